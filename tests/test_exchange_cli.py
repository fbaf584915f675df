"""`chugiai export / import / report` run as a trainer or IT runs them: exit codes and output."""

import json
import zipfile

from test_cli import chugiai

from desktop import paths
from desktop.core.store import Store


def _annotate(folder):
    from desktop.core.annotating import new_highlight

    store = Store(folder / paths.DB_FILENAME)
    art = store.article(store.article_summaries()[0].id)
    start = art.body.index("Bộ Ngoại giao")
    store.put_annotation(new_highlight(art, start, start + 13, note="ghi chú", tags=("WPS",),
                                       author="Cô Lan"))
    store.close()
    return art.id


def test_export_then_import_with_dry_run_then_for_real(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    assert chugiai("--data-dir", str(a), "list").returncode == 0
    article_id = _annotate(a)
    out = tmp_path / "x.chugiai"
    result = chugiai("--data-dir", str(a), "export", str(out), "--article", article_id[:12])
    assert result.returncode == 0, result.stderr
    assert "1 annotation, " in result.stdout and zipfile.is_zipfile(out)

    dry = chugiai("import", str(out), "--dry-run", env_data_dir=b)
    assert dry.returncode == 0, dry.stderr
    assert "would import: 1 new" in dry.stdout
    listed = json.loads(chugiai("list", "--json", env_data_dir=b).stdout)
    assert sum(x["annotations"] for x in listed) == 0  # the dry run changed nothing

    real = chugiai("import", str(out), env_data_dir=b)
    assert real.returncode == 0 and "imported: 1 new" in real.stdout
    again = chugiai("import", str(out), env_data_dir=b)
    assert "0 new, 0 updated, 0 deleted, 1 unchanged" in again.stdout


def test_import_of_a_bad_file_exits_3_with_one_line(tmp_path):
    bad = tmp_path / "bad.chugiai"
    bad.write_text("không phải zip", encoding="utf-8")
    for path in (bad, tmp_path / "missing.chugiai"):
        result = chugiai("--data-dir", str(tmp_path / "d"), "import", str(path))
        assert result.returncode == 3
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("chugiai: ")


def test_bad_usage_exits_2(tmp_path):
    d = str(tmp_path / "d")
    assert chugiai("--data-dir", d, "export").returncode == 2  # no OUT
    result = chugiai("--data-dir", d, "export", str(tmp_path / "x.zip"))
    assert result.returncode == 2 and ".chugiai" in result.stderr
    result = chugiai("--data-dir", d, "export", str(tmp_path / "x.chugiai"), "--article", "zzz")
    assert result.returncode == 2 and "no article" in result.stderr
    result = chugiai("--data-dir", d, "report", str(tmp_path / "r.txt"))
    assert result.returncode == 2 and "--format" in result.stderr
    assert chugiai("--data-dir", d, "report", "--format", "pdf", "r.pdf").returncode == 2


def test_report_formats(tmp_path):
    d = tmp_path / "d"
    chugiai("--data-dir", str(d), "list")
    _annotate(d)
    for fmt in ("html", "md", "csv", "qdpx"):
        out = tmp_path / f"r.{fmt}"
        result = chugiai("--data-dir", str(d), "report", "--format", fmt, str(out))
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 0
    assert "Bộ Ngoại giao" in (tmp_path / "r.html").read_text(encoding="utf-8")
    assert (tmp_path / "r.csv").read_bytes().startswith(b"\xef\xbb\xbf")
