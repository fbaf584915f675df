"""Chú Giải — offline reader and annotator for Vietnamese articles."""

__version__ = "0.1.0"
