"""`chugiai sync [--server URL] [--password-file FILE]`: sync the library with the team server.

The server: --server, else CHUGIAI_SERVER, else the user's setting, else IT's defaults.ini.
The password: --password-file, else PGPASSWORD or ~/.pgpass (libpq's own); a client certificate
instead: sslcert=/sslkey= in the URL, else libpq's ~/.postgresql/postgresql.crt and .key. Exit 3
with one line (Vietnamese / English) when the server refuses the password or the certificate,
cannot be reached, or shows a certificate that does not match.
"""

from __future__ import annotations

from desktop.commands.common import EXIT_BAD_INPUT, EXIT_OK, fail, store_for

HELP = "sync the library with the team server (PostgreSQL)"


def register(parser) -> None:
    parser.add_argument("--server", metavar="URL",
                        help="postgresql://login@host/db[?sslmode=verify-full…] "
                             "(default: CHUGIAI_SERVER, the settings, defaults.ini)")
    parser.add_argument("--password-file", metavar="FILE",
                        help="read the password from the first line of FILE "
                             "(default: PGPASSWORD or ~/.pgpass)")
    parser.add_argument("--publish", metavar="TEAM",
                        help="first publish the given articles (with your annotations) to TEAM "
                             "(trainers)")
    parser.add_argument("--share", metavar="TEAM",
                        help="first share your annotations on the given articles with TEAM")
    parser.add_argument("articles", nargs="*", metavar="ARTICLE_ID",
                        help="articles for --publish / --share")


def run(args) -> int:
    from desktop import paths  # platformdirs: not for --help

    store = store_for(args.data_dir)
    try:
        url = paths.team_server(explicit=args.server,
                                user_setting=store.setting(paths.SERVER_SETTING))
        if not url:
            return fail("no team server set (use --server URL, CHUGIAI_SERVER or defaults.ini)",
                        EXIT_BAD_INPUT)
        return _sync(store, url, args)
    finally:
        store.close()


def _sync(store, url: str, args) -> int:
    # the sync code and psycopg: only when a sync runs
    from desktop.core.sync import SyncError
    from desktop.core.sync.connect import read_password_file
    from desktop.core.sync.engine import sync

    for team, kind in ((args.publish, "publish"), (args.share, "share")):
        if team:
            unknown = [a for a in args.articles if store.article(a) is None]
            if unknown or not args.articles:
                return fail(f"--{kind} needs article ids of this library"
                            + (f"; unknown: {unknown[0]}" if unknown else ""), EXIT_BAD_INPUT)
            store.publish(team, args.articles, kind=kind)
    try:
        password = read_password_file(args.password_file) if args.password_file else None
        report = sync(store, url, password=password)
    except SyncError as exc:
        return fail(str(exc), EXIT_BAD_INPUT)
    print(f"{report.login}: {report.summary()}")
    for line in report.refused[:20]:
        print(f"  refused: {line}")
    return EXIT_OK
