"""One anchoring budget per import: a bundle of quotes that are nowhere is bounded in total, and
Cancel stops the planning with nothing written."""

import uuid

from desktop import __version__, paths
from desktop.core.anchoring import IMPORT_FUZZY_CHARS, AnchorBudget
from desktop.core.corpus import load_bundled
from desktop.core.exchange import Selection, export_bundle, plan_import, read_bundle
from desktop.core.models import Annotation
from desktop.core.store import Store

T0 = "2025-01-01T00:00:00.000Z"


def unanchorable_bundle(tmp_path, n=2_000):
    """A real bundle carrying its article and `n` highlights whose quote (a stretch of the
    article read backwards: the same letters, in no order the text has) is nowhere in it."""
    store = Store(tmp_path / "trainer" / paths.DB_FILENAME)
    load_bundled(store, paths.corpus_dir())
    art = max((store.article(s.id) for s in store.article_summaries()), key=lambda a: len(a.body))
    step = max(1, (len(art.body) - 60) // n)
    for i in range(n):
        start = (i * step) % (len(art.body) - 60)
        quote = art.body[start:start + 40][::-1]
        store.put_annotation(Annotation(id=str(uuid.UUID(int=i + 1)), article_id=art.id,
                                        start=start, end=start + 40, exact=quote,
                                        created=T0, modified=T0))
    path = tmp_path / "nowhere.chugiai"
    export_bundle(store, path, Selection(), author="Cô Lan", app_version=__version__)
    store.close()
    return path, art


def test_a_bundle_of_unplaceable_quotes_is_planned_within_one_budget(tmp_path):
    path, _art = unanchorable_bundle(tmp_path)
    bundle = read_bundle(path)
    assert len(bundle.annotations) == 2_000
    receiver = Store(tmp_path / "receiver" / paths.DB_FILENAME)
    budget = AnchorBudget(chars=IMPORT_FUZZY_CHARS)
    plan = plan_import(receiver, bundle, budget=budget)
    assert budget.chars == 0  # spent: the highlights after it were not searched for
    assert plan.counts["new"] == 2_000
    assert plan.counts["orphaned"] == 2_000  # kept, listed as not found in the text


def _dump(store):
    """Every row of the database (its bytes on disk move with checkpoints the window makes)."""
    return "\n".join(store.conn.iterdump())


def test_cancel_stops_the_import_while_it_plans_and_writes_nothing(qtbot, open_window, tmp_path):
    from PySide6.QtWidgets import QPushButton

    path, _ = unanchorable_bundle(tmp_path)
    window = open_window()
    before = _dump(window.store)
    job = window.exchange.import_file(str(path))
    dialog = window.exchange.progress_dialog
    assert dialog.findChild(QPushButton).text() == "Cancel"
    dialog.canceled.emit()  # what its Cancel button sends; at once, before the plan can be done
    qtbot.waitUntil(lambda: job not in window.exchange.jobs, timeout=20_000)
    assert job.should_stop()
    assert window.exchange.preview is None
    assert window.exchange.status_bar.currentMessage() == "Import cancelled. Nothing was changed."
    assert _dump(window.store) == before
