"""Refusals the user reads: a code the interface translates, and an English line for logs and CLI."""

from __future__ import annotations


class UserError(ValueError):
    """`code` names the reason (the UI has a translated sentence for each, with `values`
    filled in); `str()` stays the English one-line message for the log and the command line."""

    def __init__(self, message: str, code: str = "invalid", **values):
        super().__init__(message)
        self.code = code
        self.values = values
