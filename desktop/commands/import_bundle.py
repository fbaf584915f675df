"""`chugiai import FILE.chugiai|FILE.qdpx [--dry-run]`: merge a bundle (or a REFI-QDA project from
QualCoder, NVivo, ATLAS.ti or MAXQDA) into the library (DESIGN §5)."""

from __future__ import annotations

from desktop.commands.common import EXIT_BAD_INPUT, EXIT_OK, fail, store_for
from desktop.core.printable import for_terminal

HELP = "merge a .chugiai bundle or a REFI-QDA .qdpx project into the library (prints what it does)"


def register(parser) -> None:
    parser.add_argument("file", metavar="FILE.chugiai|FILE.qdpx")
    parser.add_argument("--dry-run", action="store_true",
                        help="only print what the import would do; change nothing")


def print_plan(plan, *, dry_run: bool) -> None:
    """What the import did (or would do); every text from the bundle printed through
    `for_terminal`, so a hostile author or quote cannot drive the terminal."""
    b = plan.bundle
    if hasattr(b, "skipped"):  # a REFI-QDA project
        print(for_terminal(f"REFI-QDA project from {b.origin or 'an unknown program'}"))
        if b.skipped:
            print("skipped: " + ", ".join(f"{n} {what}" for what, n in b.skipped))
    else:
        print(for_terminal(f"bundle by {b.author or 'unknown'} ({b.created}, "
                           f"Chú Giải {b.app_version or '?'})"))
    print(("would import: " if dry_run else "imported: ") + plan.summary())
    for d in plan.decisions:
        if d.outcome == "conflict":
            print(f"  conflict: {d.incoming.id}  "
                  f"“{for_terminal(_short(d.incoming.exact or d.local.exact))}”")
        if d.orphaned:
            print(f"  orphaned: {d.incoming.id}  “{for_terminal(_short(d.incoming.exact))}”")
    for n in plan.names:
        if n.outcome == "conflict":
            kept = n.incoming if n.taken else n.local
            print(for_terminal(f"  name conflict: “{n.local.name}” here, “{n.incoming.name}” "
                               f"in the bundle; kept “{kept.name}” (the newer decision)"))
    for ann_id in plan.future:
        print(for_terminal(f"  stamped in the future (not trusted): {ann_id}"))


def _short(text: str, n: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1] + "…"


def run(args) -> int:
    # the exchange code and the REFI-QDA reader: not for `--help`
    from desktop.core.exchange import BundleError, import_bundle, plan_import, read_bundle
    from desktop.core.exchange.refi_in import SUFFIX as QDPX
    from desktop.core.exchange.refi_in import read_qdpx

    try:
        bundle = (read_qdpx if args.file.lower().endswith(QDPX) else read_bundle)(args.file)
    except BundleError as exc:
        return fail(for_terminal(f"{args.file}: {exc}"), EXIT_BAD_INPUT)
    store = store_for(args.data_dir)
    try:
        if args.dry_run:
            plan = plan_import(store, bundle)
        else:
            plan, _ = import_bundle(store, bundle)
    except BundleError as exc:
        return fail(for_terminal(f"{args.file}: {exc}"), EXIT_BAD_INPUT)
    print_plan(plan, dry_run=args.dry_run)
    return EXIT_OK
