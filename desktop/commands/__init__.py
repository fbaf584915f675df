"""Headless sub-commands, one module each: `HELP`, `register(parser)`, `run(args) -> int`."""
