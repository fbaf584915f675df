"""Entry point: parses arguments, then runs a headless command or opens the window.

The composition root: this module opens the store and starts the application; the window's
session, panels and controllers are created and connected by `desktop/ui/compose.py`, which
it calls (Mu's way: one place where objects are made and wired).
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from desktop import cli

DEFAULT_LANGUAGE = "vi"
LANGUAGE_SETTING = "ui.language"
LOCALES = {"vi": "vi_VN", "en": "en_GB"}
EXIT_WHEN_IDLE_ENV = "CHUGIAI_EXIT_WHEN_IDLE"
NO_WELCOME_ENV = "CHUGIAI_NO_WELCOME"  # set: no first-run welcome on a new data folder
SINGLE_INSTANCE_DELAY_MS = 100  # listen for a second start just after the first paint
_translators: list = []  # installed by install_translator, removed by its next call


def bundle_argument(argv: list[str]) -> tuple[str | None, list[str]]:
    """`chugiai FILE.chugiai` (a file manager opening a bundle): the bundle, and the other
    arguments; (None, argv) when the arguments are anything else (sub-commands parse as usual)."""
    if argv and argv[-1].lower().endswith(".chugiai") and Path(argv[-1]).is_file() \
            and cli.window_args(argv[:-1]) is not None:
        return str(Path(argv[-1]).resolve()), argv[:-1]
    return None, argv


def main(argv: list[str] | None = None) -> int:
    # Start-up builds thousands of long-lived objects (Qt's enums, classes, the window) and
    # hardly any garbage: the collector's passes over them only slow the start down.
    # The window turns it back on after its first paint (_collect_from_now_on); commands at once.
    gc.disable()
    bundle, argv = bundle_argument(sys.argv[1:] if argv is None else list(argv))
    args = cli.parse_args(argv)
    args.open_bundle = bundle
    if args.self_test or args.command or args.probe_platform:
        gc.enable()
    if args.probe_platform:
        from desktop import platform_check  # only for this option

        return platform_check.probe()
    if args.self_test:
        from desktop import selftest  # only for this option

        return selftest.run(make_window=create_window, load_fonts=load_fonts)
    if args.command:
        return cli.run(args)
    return run_gui(args)


def load_fonts() -> str | None:
    """Register the bundled fonts (full Vietnamese coverage); returns the reading font family."""
    # Qt and the window's modules load only when a window is made, never for a command
    from PySide6.QtGui import QFontDatabase

    from desktop import paths

    family = None
    for path in sorted((paths.resource_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0 and family is None:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    return family


def install_translator(app, language: str):
    """Load resources/i18n/<language>.qm (English's holds only its plural forms)."""
    # Qt: only when a window is made
    import shiboken6
    from PySide6.QtCore import QLocale, QTranslator

    from desktop import paths

    # the translators installed here, not app.findChildren(QTranslator): its first call is
    # slow enough to show in the start-up time
    while _translators:
        old = _translators.pop()
        if shiboken6.isValid(old):
            app.removeTranslator(old)
    QLocale.setDefault(QLocale(LOCALES.get(language, "vi_VN")))  # dates and numbers
    translator = QTranslator(app)
    if translator.load(str(paths.resource_dir() / "i18n" / f"{language}.qm")):
        app.installTranslator(translator)
        _translators.append(translator)
        return translator
    return None


def create_window(data_dir: str | None = None, *, language: str | None = None):
    """Open the store (loading the corpus on first use) and build the window, not yet shown.

    `language` "vi"/"en" installs that translation, "auto" the user's choice (Vietnamese by
    default); None leaves the application's translators as they are.
    """
    # Qt and the window's modules: only when a window is made
    from PySide6.QtWidgets import QApplication

    from desktop import paths
    from desktop.ui import compose

    store = cli.open_store(data_dir)
    if language == "auto":
        language = (store.setting(LANGUAGE_SETTING) or paths.machine_defaults().language
                    or DEFAULT_LANGUAGE)
    if language is not None:
        install_translator(QApplication.instance(), language)
    window = compose.build_window(
        store, team_server=paths.team_server(user_setting=store.setting(paths.SERVER_SETTING)))
    defaults = paths.machine_defaults()
    if not window.session.author and defaults.author_name:  # IT's pre-filled name (kiosk laptops)
        window.session.author = defaults.author_name
    compose.restore_state(window)
    if not os.environ.get(NO_WELCOME_ENV):  # tests, the self-test and screenshots opt out
        window.comfort.maybe_first_run()
    return window


def _import_pure_python_first() -> None:
    """Import the window's pure-Python modules before PySide6 is first imported.

    PySide's import hook reads the source of every module imported after PySide6 (looking for
    "PySide6", shibokensupport/feature.py), so the pure-Python ones are cheaper imported first.
    Only what the window imports anyway.
    """
    import bisect  # noqa: F401 — each of these is imported by the window's modules
    import threading  # noqa: F401

    import platformdirs  # noqa: F401

    from desktop import defaults, logs, paths  # noqa: F401
    from desktop.core import annotating, corpus, entities, store  # noqa: F401


def run_gui(args) -> int:
    _import_pure_python_first()
    if sys.platform.startswith("linux") and _platform_problem():
        return 1
    # Qt and the window's modules: only now that a window opens, never for a command
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QFont, QIcon
    from PySide6.QtWidgets import QApplication

    from desktop import paths
    from desktop.core.store import StoreError
    from desktop.ui import theme

    app = QApplication.instance() or theme.new_application(sys.argv)
    app.setApplicationName("Chú Giải")
    app.setOrganizationName("ChuGiai")
    app.setApplicationDisplayName("Chú Giải")
    from desktop.ui.single_instance import SingleInstance, bring_to_front  # needs the QApplication

    instance = SingleInstance(paths.data_dir(args.data_dir), parent=app)
    if not instance.claim() and instance.send(sys.argv[1:]):
        return 0  # the running window on this data folder takes over
    icon = paths.resource_dir() / "icons" / "chugiai.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    family = load_fonts()
    if family:
        app.setFont(QFont(family, 10))
    from desktop import logs  # the window's path only

    def tell_user(report):
        from PySide6.QtWidgets import QMessageBox  # only after a crash

        QMessageBox.warning(None, "Chú Giải", app.translate(
            "app", "Something went wrong. Your work so far is saved.\n\nA report for IT: %1")
            .replace("%1", str(report or paths.log_dir())))

    from desktop.ui.store_faults import tell_fault  # the window's path only

    logs.install_crash_handler(paths.log_dir(), tell_user, faults=tell_fault)
    window = None
    while window is None:
        try:
            window = create_window(args.data_dir, language=args.lang or "auto")
        except StoreError as exc:  # damaged file, read-only folder, full disk: say so, offer a backup
            from desktop.ui.dialogs.open_failed import offer_backup  # dialogs: when shown

            if not offer_backup(exc, paths.database_path(args.data_dir)):
                return 1
    window.show()
    instance.activated.connect(lambda _argv: bring_to_front(window))
    instance.activated.connect(lambda argv: _offer_bundle(window, bundle_argument(list(argv))[0]))
    _offer_bundle(window, getattr(args, "open_bundle", None))
    QTimer.singleShot(SINGLE_INSTANCE_DELAY_MS, instance.serve)
    QTimer.singleShot(SINGLE_INSTANCE_DELAY_MS, _collect_from_now_on)
    # the log file (logging.handlers, platform details) waits for the first paint too
    QTimer.singleShot(SINGLE_INSTANCE_DELAY_MS, lambda: _start_log(logs, paths))
    from desktop.ui.backup_job import schedule_daily_backup  # the window's path only

    schedule_daily_backup(window.store.path, on_damage=window.faults.damage_found.emit)
    if os.environ.get(EXIT_WHEN_IDLE_ENV):
        # benchmarks and smoke tests: the first idle moment after the window shows ends the run;
        # then the widget count, for benchmarks/startup.py's bare window of the same size
        # (counted after the "idle" line: QApplication.allWidgets() itself takes a while)
        QTimer.singleShot(0, lambda: (print("idle", flush=True),
                                      print(f"widgets {len(app.allWidgets())}", flush=True),
                                      window.close(), app.quit()))
    code = app.exec()
    _quit(instance, code)
    return code


QUIT_WAIT_MS = 5000  # jobs still running when the window has closed get this long to stop


def _quit(instance, code: int) -> None:
    """The window is closed: give the data folder to the next start at once, then stop the
    jobs; one that does not stop in QUIT_WAIT_MS ends with the process, which never stays
    alive behind a closed window. Nothing is left half-written: the merge is the GUI thread's
    transaction, and exports and backups go to a temporary file renamed when complete."""
    from desktop.ui import workers  # the window's path only

    instance.release()
    workers.cancel_all()
    if not workers.wait_all(QUIT_WAIT_MS):
        import logging  # only when a job would not stop

        logging.getLogger(__name__).warning("a background job did not stop; quitting anyway")
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def _start_log(logs, paths) -> None:
    """The log file, and what was wrong in IT's defaults.ini (ignored keys and values)."""
    import logging  # the window loads it anyway; the commands do not

    logs.setup_logging(paths.log_dir())
    for warning in paths.machine_defaults().warnings:
        logging.getLogger(logs.LOGGER).warning("defaults.ini: %s", warning)


def _platform_problem() -> bool:
    """A missing system library of the platform plugin: one line naming it and its package, in
    the terminal and the log, instead of Qt's abort."""
    from desktop import platform_check  # Linux only, before Qt is touched

    problem = platform_check.preflight()
    if problem is None:
        return False
    # only when a library is missing
    import logging

    from desktop import logs, paths

    print(problem.line(), file=sys.stderr, flush=True)
    logs.setup_logging(paths.log_dir())
    logging.getLogger(logs.LOGGER).error(problem.line())
    return True


def _collect_from_now_on() -> None:
    """After the first paint: what start-up made lives as long as the app, so it leaves the
    collector's generations for good (gc.freeze); collection runs as usual from here on."""
    gc.freeze()
    gc.enable()


def _offer_bundle(window, path: str | None) -> None:
    """Opening a .chugiai file with the app: the import preview, once the window is up."""
    if path:
        from PySide6.QtCore import QTimer  # Qt: not at module level, for the commands' sake

        QTimer.singleShot(0, lambda: window.exchange.import_file(path))
