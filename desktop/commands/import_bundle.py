"""`chugiai import FILE.chugiai [--dry-run]`: merge a bundle into the library (DESIGN §5)."""

from __future__ import annotations

from desktop.commands.common import EXIT_BAD_INPUT, EXIT_OK, fail, store_for

HELP = "merge a .chugiai bundle into the library (prints what it does)"


def register(parser) -> None:
    parser.add_argument("file", metavar="FILE.chugiai")
    parser.add_argument("--dry-run", action="store_true",
                        help="only print what the import would do; change nothing")


def print_plan(plan, *, dry_run: bool) -> None:
    b = plan.bundle
    print(f"bundle by {b.author or 'unknown'} ({b.created}, Chú Giải {b.app_version or '?'})")
    print(("would import: " if dry_run else "imported: ") + plan.summary())
    for d in plan.decisions:
        if d.outcome == "conflict":
            print(f"  conflict: {d.incoming.id}  “{_short(d.incoming.exact or d.local.exact)}”")
        if d.orphaned:
            print(f"  orphaned: {d.incoming.id}  “{_short(d.incoming.exact)}”")


def _short(text: str, n: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1] + "…"


def run(args) -> int:
    from desktop.core.exchange import BundleError, import_bundle, plan_import, read_bundle

    try:
        bundle = read_bundle(args.file)
    except BundleError as exc:
        return fail(f"{args.file}: {exc}", EXIT_BAD_INPUT)
    store = store_for(args.data_dir)
    try:
        if args.dry_run:
            plan = plan_import(store, bundle)
        else:
            plan, _ = import_bundle(store, bundle)
    except BundleError as exc:
        return fail(f"{args.file}: {exc}", EXIT_BAD_INPUT)
    print_plan(plan, dry_run=args.dry_run)
    return EXIT_OK
