"""Qt widgets: render core state and call core functions; no SQL and no NLP here."""
