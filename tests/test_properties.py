"""Property-based tests (hypothesis): text rules, anchoring under random edits, and
untrusted files (bundles, documents) that may only ever give clear errors."""

from __future__ import annotations

import io
import itertools
import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.anchoring import anchor, describe
from desktop.core.vietnamese import fold, nfc

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợ" \
             "ùúủũụừứửữựỳýỷỹỵĐĂÂÊÔƠƯ .,\n"
FAST = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

texts = st.one_of(st.text(), st.text(alphabet=VIETNAMESE)).map(nfc)


@FAST
@given(texts)
def test_fold_keeps_the_length(text):
    assert len(fold(text)) == len(text)


@FAST
@given(texts)
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


@st.composite
def highlighted_text(draw):
    """A Vietnamese-like text and a highlight in it."""
    body = draw(st.text(alphabet=VIETNAMESE, min_size=2, max_size=300))
    start = draw(st.integers(0, len(body) - 1))
    end = draw(st.integers(start + 1, min(len(body), start + 40)))
    return body, start, end


@st.composite
def edits(draw, body: str):
    """A few random insertions, deletions and replacements: (start, end, replacement) each."""
    out = []
    for _ in range(draw(st.integers(1, 4))):
        start = draw(st.integers(0, len(body)))
        end = draw(st.integers(start, min(len(body), start + 30)))
        out.append((start, end, draw(st.text(alphabet=VIETNAMESE, max_size=20))))
    return out


def apply(body: str, changes: list[tuple[int, int, str]]) -> str:
    for start, end, new in changes:
        start, end = min(start, len(body)), min(end, len(body))
        body = body[:start] + new + body[end:]
    return body


@FAST
@given(st.data())
def test_random_edits_never_lose_a_highlight(data):
    """Re-anchored inside the new text, or orphaned (kept at its old place) — never dropped."""
    body, start, end = data.draw(highlighted_text())
    sel = describe(body, start, end)
    edited = apply(body, data.draw(edits(body)))
    found = anchor(edited, sel)
    assert found.status in {"exact", "moved", "fuzzy", "orphaned"}
    if found.orphaned:
        assert (found.start, found.end) == (sel.start, sel.end)
        return
    assert 0 <= found.start < found.end <= len(edited)
    if found.status in {"exact", "moved"}:
        assert edited[found.start:found.end] == sel.exact


@FAST
@given(st.data())
def test_edits_away_from_a_highlight_keep_it_exactly(data):
    """Text changed only before or after the highlight: the quote is found again, unchanged."""
    body, start, end = data.draw(highlighted_text())
    sel = describe(body, start, end)
    before = data.draw(st.text(alphabet=VIETNAMESE, max_size=30))
    after = data.draw(st.text(alphabet=VIETNAMESE, max_size=30))
    cut_before = data.draw(st.integers(0, start))
    cut_after = data.draw(st.integers(end, len(body)))
    edited = before + body[cut_before:start] + body[start:end] + body[end:cut_after] + after
    found = anchor(edited, sel)
    assert not found.orphaned
    assert edited[found.start:found.end] == sel.exact


# -- untrusted files -----------------------------------------------------------------------

def _bundle_api():
    from desktop.core.exchange.bundle import BundleError, read_bundle

    return read_bundle, BundleError


@st.composite
def zips(draw):
    """Zip archives with the member names a bundle has, holding random or JSON-ish bytes."""
    names = st.sampled_from(["manifest.json", "annotations.jsonld", "articles/x.json",
                             "../evil.json", "/abs.json", "articles/" + "a" * 64 + ".json"])
    contents = st.one_of(st.binary(max_size=200),
                         st.sampled_from([b"{}", b"[]", b"null", b'{"format": "chugiai-export",'
                                          b' "version": 1, "files": {}}', b"NaN", b'{"a": 1e999}']))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, content in draw(st.lists(st.tuples(names, contents), max_size=5,
                                           unique_by=lambda member: member[0])):
            zf.writestr(name, content)
    return buffer.getvalue()


@FAST
@given(st.one_of(st.binary(max_size=2000), zips()))
def test_random_bytes_as_a_bundle_give_a_clear_error(data):
    read_bundle, bundle_error = _bundle_api()
    try:
        read_bundle(data)
    except bundle_error as exc:
        assert str(exc).strip()


@FAST
@given(st.binary(max_size=2000), st.sampled_from([".txt", ".md", ".html", ".docx", ".pdf", ""]))
def test_random_bytes_as_a_document_give_a_document_or_a_clear_error(data, suffix):
    from desktop.core.documents import Document, DocumentError, read_document

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"doc{suffix}"
        path.write_bytes(data)
        try:
            doc = read_document(path)
        except DocumentError as exc:
            assert str(exc).strip()
            return
        assert isinstance(doc, Document)
        assert doc.body == nfc(doc.body)


# -- painting highlights ---------------------------------------------------------------------

@FAST
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 30)), max_size=25))
def test_sweep_line_segments_match_the_brute_force(spans):
    """desktop/ui/reader_view.py's sweep gives what checking every highlight per segment gave."""
    from desktop.core.models import Annotation
    from desktop.ui.reader_view import covered_segments

    anns = [Annotation(id=str(i), article_id="a", start=s, end=s + n, exact="", color="yellow")
            for i, (s, n) in enumerate(spans)]
    bounds = sorted({p for a in anns for p in (a.start, a.end)})
    expected = []
    for seg_start, seg_end in itertools.pairwise(bounds):
        covering = [a for a in anns if a.start <= seg_start and seg_end <= a.end]
        if covering:
            expected.append((seg_start, seg_end, covering))
    assert list(covered_segments(anns)) == expected
