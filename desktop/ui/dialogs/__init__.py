"""Dialogs: each one a small window that renders core state and calls core functions."""
