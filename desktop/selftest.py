"""`chugiai --self-test`: proves an installed copy works, for IT after a deployment and for CI.

Runs in a temporary data folder (the user's data is never opened), one line per step:
`ok <step>: …`, `SKIP <step>: …` or `FAIL <step>: …`, then a summary. Exit 0 only when no step
failed. Works from source and frozen; on a windowed build without a console (Windows), the
lines also go to `self-test.txt` in the log folder so IT can read them.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from desktop import __version__, paths

EXIT_PASSED = 0
EXIT_FAILED = 1
REPORT_FILENAME = "self-test.txt"
SELF_TEST_AUTHOR = "chugiai self-test"
SELF_TEST_NOTE = "Ghi chú tự kiểm tra — Việt Nam"
SELF_TEST_TAGS = ("tự-kiểm-tra",)
HIGHLIGHT_CHARS = 24
RENDER_SIZE = (1100, 720)
RENDER_SETTLE_MS = 500  # let the first paint and the deferred jobs' timers run
HANDOVER_WAIT_MS = 5000  # for the first start to read what a second one sent
PROBE_TIMEOUT_S = 30
EXCHANGE_MODULE = "desktop.core.exchange"

# Qt plugins a deployment must carry, by platform (the bundle is slimmed; this guards it)
REQUIRED_PLUGINS = {
    "linux": {"platforms": ("xcb", "wayland", "offscreen"),
              "platforminputcontexts": ("ibus", "compose")},
    "win32": {"platforms": ("windows", "offscreen")},
    "darwin": {"platforms": ("cocoa", "offscreen")},
}


class StepFailed(Exception):
    """A check did not hold; the message says what was expected."""


class Skipped(Exception):
    """The step cannot run in this build (a feature not in it yet); not a failure."""


@dataclass
class Context:
    """What the steps share: the temporary data folder, the store, the article under test."""
    data_dir: Path
    environ: dict = field(default_factory=dict)  # as the user started us, before offscreen
    store: object = None
    article: object = None
    annotation: object = None
    notes: list[str] = field(default_factory=list)


@dataclass
class Report:
    """The printed lines and the tally; writes each line as soon as it is known."""
    out: TextIO | None
    lines: list[str] = field(default_factory=list)
    failed: int = 0
    skipped: int = 0
    passed: int = 0

    def line(self, text: str) -> None:
        self.lines.append(text)
        if self.out is not None:
            print(text, file=self.out, flush=True)


def run(*, make_window: Callable, load_fonts: Callable | None = None,
        out: TextIO | None = None) -> int:
    """Run every step in a fresh temporary data folder; 0 when none failed."""
    environ = dict(os.environ)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("CHUGIAI_NO_WELCOME", "1")  # its window is checked, not greeted
    report = Report(out if out is not None else sys.stdout)
    mode = "frozen" if getattr(sys, "frozen", False) else "source"
    report.line(f"chugiai {__version__} self-test ({mode}, {sys.platform}, Python "
                f"{sys.version.split()[0]})")
    with tempfile.TemporaryDirectory(prefix="chugiai-selftest-") as tmp:
        ctx = Context(data_dir=Path(tmp), environ=environ)
        steps = [
            ("resources", _check_resources),
            ("corpus", _check_corpus),
            ("extract", _check_extract),
            ("annotation", _check_annotation),
            ("export/import", _check_exchange),
            ("qt plugins", _check_plugins),
            ("platform", _check_platform),
            ("single instance", _check_single_instance),
            ("window", lambda c: _check_window(c, make_window, load_fonts)),
        ]
        for name, step in steps:
            _run_step(report, name, step, ctx)
        if ctx.store is not None:
            ctx.store.close()
    verdict = "passed" if not report.failed else "FAILED"
    report.line(f"self-test {verdict}: {report.passed} ok, {report.skipped} skipped, "
                f"{report.failed} failed")
    _write_report_file(report)
    return EXIT_PASSED if not report.failed else EXIT_FAILED


def _run_step(report: Report, name: str, step: Callable[[Context], str], ctx: Context) -> None:
    """One step → one line; an unexpected exception is a failure with its last frame."""
    start = time.perf_counter()
    try:
        detail = step(ctx)
    except Skipped as exc:
        report.skipped += 1
        report.line(f"SKIP {name}: {exc}")
        return
    except StepFailed as exc:
        report.failed += 1
        report.line(f"FAIL {name}: {exc}")
        return
    except Exception as exc:  # the self-test reports everything; it must not crash
        report.failed += 1
        where = traceback.extract_tb(exc.__traceback__)[-1]
        report.line(f"FAIL {name}: {type(exc).__name__}: {exc} "
                    f"({Path(where.filename).name}:{where.lineno})")
        return
    report.passed += 1
    report.line(f"ok {name}: {detail} ({time.perf_counter() - start:.2f} s)")


def _write_report_file(report: Report) -> None:
    """Without a console (windowed Windows build) the lines would be lost: keep them on disk."""
    if report.out is not None:
        return
    try:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        (folder / REPORT_FILENAME).write_text("\n".join(report.lines) + "\n", encoding="utf-8")
    except OSError:
        pass


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise StepFailed(message)


# -- steps -------------------------------------------------------------------------------------

def _check_resources(ctx: Context) -> str:
    """Fonts, icon and translation ship with the app (bundled data is easy to lose)."""
    res = paths.resource_dir()
    fonts = sorted((res / "fonts").glob("*.ttf"))
    _require(bool(fonts), f"no fonts in {res / 'fonts'}")
    _require((res / "icons" / "chugiai.svg").is_file(), "icons/chugiai.svg missing")
    _require((res / "i18n" / "vi.qm").is_file(), "i18n/vi.qm missing")
    return f"{len(fonts)} fonts, icon, Vietnamese translation in {res}"


def _check_corpus(ctx: Context) -> str:
    """The bundled corpus loads into a fresh data folder."""
    # here: a part missing from the build fails this step only
    from desktop import cli

    ctx.store = cli.open_store(str(ctx.data_dir))
    summaries = ctx.store.article_summaries()
    _require(bool(summaries), f"no articles loaded from {paths.corpus_dir()}")
    ctx.article = min((ctx.store.article(s.id) for s in summaries), key=lambda a: len(a.body))
    return f"{len(summaries)} articles in {ctx.data_dir}"


def _check_extract(ctx: Context) -> str:
    """The NLP models (underthesea's and our sequence model) are in the build and find people or
    organizations."""
    # here: a part missing from the build fails this step only
    from desktop.core.entities import EXTRACTOR_VERSION, extract, sequence

    _require(ctx.article is not None, "no article (corpus step failed)")
    model = sequence.resource_path(paths.resource_dir())
    _require(sequence.load(model) is not None, f"the entity model did not load from {model}")
    found = extract(ctx.article.body, resources=paths.resource_dir())
    _require(bool(found), f"no people or organizations found in {ctx.article.title!r}")
    ctx.store.save_extraction(ctx.article.id, EXTRACTOR_VERSION, found)
    stored = ctx.store.article_entities(ctx.article.id)
    _require(bool(stored), "extracted entities were not saved")
    names = ", ".join(e.name for e in found[:3])
    return f"{len(found)} people/organizations in {ctx.article.title!r} ({names}, …)"


def _check_annotation(ctx: Context) -> str:
    """A highlight with a Vietnamese note and a tag is saved and read back unchanged."""
    # here: a part missing from the build fails this step only
    from desktop.core.annotating import History, new_highlight

    _require(ctx.article is not None, "no article (corpus step failed)")
    end = min(HIGHLIGHT_CHARS, len(ctx.article.body))
    ann = new_highlight(ctx.article, 0, end, author=SELF_TEST_AUTHOR, note=SELF_TEST_NOTE,
                        tags=SELF_TEST_TAGS)
    History(ctx.store).create(ann)
    back = ctx.store.annotation(ann.id)
    _require(back is not None, "annotation not found after saving")
    for name in ("start", "end", "exact", "note", "tags", "color", "author"):
        _require(getattr(back, name) == getattr(ann, name),
                 f"{name} changed: {getattr(ann, name)!r} → {getattr(back, name)!r}")
    ctx.annotation = back
    return f"highlight {back.exact!r} with a note saved and read back"


def _exchange():
    """The exchange module, if this build has it (SKIP, not FAIL, when it does not)."""
    try:
        from desktop.core import exchange  # a static import, so PyInstaller bundles it
    except ModuleNotFoundError as exc:
        if exc.name != EXCHANGE_MODULE:
            raise
        raise Skipped("not available in this build") from None
    if not all(hasattr(exchange, f) for f in ("export_bundle", "read_bundle", "import_bundle")):
        raise Skipped("not available in this build (no export_bundle/read_bundle/import_bundle)")
    return exchange


def _check_exchange(ctx: Context) -> str:
    """The annotation survives export to a .chugiai bundle and import into another data folder."""
    exchange = _exchange()
    _require(ctx.annotation is not None, "no annotation (annotation step failed)")
    # here: a part missing from the build fails this step only
    from desktop import cli

    path = ctx.data_dir / "self-test.chugiai"
    exchange.export_bundle(ctx.store, path, author=SELF_TEST_AUTHOR, app_version=__version__)
    bundle = exchange.read_bundle(path)
    _require(bundle.app_version == __version__,
             f"manifest app_version {bundle.app_version!r}, expected {__version__!r}")
    other = cli.open_store(str(ctx.data_dir / "import-target"))
    try:
        plan, _ = exchange.import_bundle(other, bundle)
        back = other.annotation(ctx.annotation.id)
        _require(back is not None, "annotation missing after import")
        for name in ("start", "end", "exact", "note", "tags", "color", "author"):
            _require(getattr(back, name) == getattr(ctx.annotation, name),
                     f"{name} changed in the round trip")
        again, _ = exchange.import_bundle(other, exchange.read_bundle(path))
        _require(not again.changes_anything, "importing the same bundle twice changed something")
    finally:
        other.close()
    return f"{path.name} ({path.stat().st_size} bytes, app_version {bundle.app_version}) " \
           f"exported and imported: {plan.summary()}"


def _check_plugins(ctx: Context) -> str:
    """Screens, Wayland and the input methods (ibus for Vietnamese typing) are in the build."""
    # here: a part missing from the build fails this step only
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    platform = "linux" if sys.platform.startswith("linux") else sys.platform
    found = []
    for kind, names in REQUIRED_PLUGINS.get(platform, {}).items():
        present = {p.name for p in (folder / kind).glob("*")} if (folder / kind).is_dir() else set()
        for name in names:
            _require(any(name in p for p in present), f"{kind}/{name} plugin missing in {folder}")
            found.append(name)
    return ", ".join(found) or f"no list for {sys.platform}"


def _check_platform(ctx: Context) -> str:
    """The platform plugin the user's desktop gets (xcb under X11, wayland in a Wayland
    session) loads with its system libraries and starts, in a child process: a missing
    library aborts Qt, and the self-test must live to name it."""
    # here: a part missing from the build fails this step only
    import subprocess

    if not sys.platform.startswith("linux"):
        raise Skipped(f"no system libraries to check on {sys.platform}")
    env = dict(ctx.environ)
    if env.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal"):
        del env["QT_QPA_PLATFORM"]  # a test setting, not the desktop the user has
    command = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "desktop"]
    try:
        done = subprocess.run([*command, "--probe-platform"], env=env, capture_output=True,
                              text=True, timeout=PROBE_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise StepFailed(f"the platform plugin did not start within {PROBE_TIMEOUT_S} s") from None
    lines = [line for line in (done.stdout + done.stderr).splitlines() if line.strip()]
    if done.returncode != 0:
        named = [line for line in lines if ".so" in line or "needed" in line] or lines or ["?"]
        raise StepFailed(f"{named[0].removeprefix('chugiai: ')} (exit {done.returncode})")
    return lines[-1] if lines else "started"


def _check_single_instance(ctx: Context) -> str:
    """A second start on the data folder reaches the first (the lock and QtNetwork's local
    socket), as opening a .chugiai file from the file manager does."""
    # here: a part missing from the build fails this step only
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui.single_instance import SingleInstance

    QApplication.instance() or QApplication(sys.argv[:1])
    first = SingleInstance(ctx.data_dir)
    try:
        _require(first.claim(), "could not claim the data folder")
        _require(first.serve(), "could not listen for a second start")
        second = SingleInstance(ctx.data_dir)
        _require(not second.claim(), "a second start did not see the first")
        got: list = []
        loop = QEventLoop()
        first.activated.connect(lambda argv: (got.append(argv), loop.quit()))
        _require(second.send(["self-test.chugiai"]), "the first start did not answer")
        QTimer.singleShot(HANDOVER_WAIT_MS, loop.quit)
        if not got:
            loop.exec()
        _require(got == [["self-test.chugiai"]], f"the first start received {got!r}")
    finally:
        first.release()
    return f"a second start handed its file to the first ({first.name})"


def _check_window(ctx: Context, make_window: Callable, load_fonts: Callable | None) -> str:
    """The main window builds, opens an article and paints offscreen."""
    # here: a part missing from the build fails this step only
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    family = load_fonts() if load_fonts else None
    window = make_window(str(ctx.data_dir))
    try:
        window.resize(*RENDER_SIZE)
        window.show()
        loop = QEventLoop()
        QTimer.singleShot(RENDER_SETTLE_MS, loop.quit)
        loop.exec()
        image = window.grab().toImage()
        _require(not image.isNull() and image.width() > 0, "the window did not paint")
        article = window.session.article
        _require(article is not None, "no article open in the window")
        text = window.reader.toPlainText()
        _require(article.body[:HIGHLIGHT_CHARS] in text, "the reader does not show the article")
    finally:
        window.close()
        app.processEvents()
    return f"{image.width()}×{image.height()} on {app.platformName()}, font {family or 'default'}"
