"""Placeholder until issue 4 builds it: write annotations to a .chugiai bundle."""

from __future__ import annotations

import argparse

from desktop.cli import EXIT_USAGE, fail

HELP = "write annotations to a .chugiai bundle (not in this version yet)"


def register(parser) -> None:
    parser.add_argument("args", nargs=argparse.REMAINDER)


def run(args) -> int:
    return fail(f"'{args.command}' is not available in this version yet", EXIT_USAGE)
