"""`chugiai server init|add-team|add-user URL …`: IT sets up the team library's PostgreSQL server.

URL is libpq's (postgresql://admin@host:5432/db?sslmode=verify-full); the admin's password comes
from PGPASSWORD or ~/.pgpass as for psql. The admin role needs CREATEROLE (or is a superuser).
"""

from __future__ import annotations

from desktop.commands.common import EXIT_BAD_INPUT, EXIT_OK, fail

HELP = "set up the team library's PostgreSQL server (for IT): init, add-team, add-user"


def register(parser) -> None:
    sub = parser.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    init = sub.add_parser("init", help="create or update the schema, roles and access policies "
                                       "(safe to run again)")
    init.add_argument("url", metavar="URL", help="the server, as the admin role: postgresql://…")
    team = sub.add_parser("add-team", help="create a team (a department, a class)")
    team.add_argument("url", metavar="URL")
    team.add_argument("team", metavar="TEAM")
    user = sub.add_parser("add-user", help="create a user's login (or change its password) and "
                                           "put it in a team")
    user.add_argument("url", metavar="URL")
    user.add_argument("login", metavar="LOGIN")
    user.add_argument("--team", required=True, metavar="TEAM")
    user.add_argument("--role", required=True, choices=("trainer", "staff"),
                      help="trainer: publishes to the team; staff: reads what is published")
    user.add_argument("--password-file", metavar="FILE",
                      help="read the user's new password from the first line of FILE "
                           "(default: ask twice)")
    user.add_argument("--keep-password", action="store_true",
                      help="an existing user: only add to the team, leave the password")
    user.add_argument("--certificate", action="store_true",
                      help="no password (an existing one is removed): the user signs in with a "
                           "client certificate whose CN is LOGIN (pg_hba.conf: hostssl … cert)")


def _ask_password(login: str) -> str:
    import getpass  # only when IT types a password

    first = getpass.getpass(f"New password for {login}: ")
    if first != getpass.getpass("Again: "):
        raise ValueError("the two passwords differ")
    if len(first) < 8:
        raise ValueError("a password needs at least 8 characters")
    return first


def run(args) -> int:
    # the server code and psycopg: not for --help
    from desktop.core.sync import SyncError, schema
    from desktop.core.sync.connect import connect, read_password_file

    try:
        password = None
        if args.server_command == "add-user" and args.certificate and args.password_file:
            return fail("--certificate: the user signs in with a certificate, not a password",
                        EXIT_BAD_INPUT)
        if args.server_command == "add-user" and not (args.keep_password or args.certificate):
            password = (read_password_file(args.password_file) if args.password_file
                        else _ask_password(args.login))
            if not password:
                return fail("the password is empty", EXIT_BAD_INPUT)
        with connect(args.url, autocommit=True) as conn:
            if args.server_command == "init":
                done = schema.init(conn)
                print(f"schema up to date ({len(done)} steps applied now: "
                      f"{', '.join(done) or 'none'})")
            elif args.server_command == "add-team":
                added = schema.add_team(conn, args.team)
                print(f"team {args.team}: {'added' if added else 'exists already'}")
            else:
                new = schema.add_user(conn, args.login, team=args.team, role=args.role,
                                      password=password, certificate=args.certificate)
                print(f"user {args.login}: {'created' if new else 'updated'}; "
                      f"{args.role} of {args.team}")
    except SyncError as exc:
        return fail(str(exc), EXIT_BAD_INPUT)
    except (ValueError, LookupError) as exc:
        return fail(str(exc), EXIT_BAD_INPUT)
    except Exception as exc:  # psycopg's, from a server that refuses (no CREATEROLE, …)
        from desktop.core.sync.connect import as_sync_error  # only on a server's refusal

        if type(exc).__module__.startswith("psycopg"):
            return fail(f"{as_sync_error(exc)} ({str(exc).strip().splitlines()[0]})",
                        EXIT_BAD_INPUT)
        raise
    return EXIT_OK
