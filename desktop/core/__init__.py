"""Pure-Python core: text rules, store, anchoring, extraction. Never imports Qt."""
