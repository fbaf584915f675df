"""Making, changing and deleting highlights, each step undoable (create, edit, delete).

Every step is a pair of annotation states (before, after). Undo writes `before` back, redo writes
`after`; a new highlight's `before` is its own tombstone, so undoing a create is a delete that
travels in exports like any other (DESIGN §5).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop.core.models import COLORS, Annotation, Article, Changes, utc_now
from desktop.core.store import Store

MAX_UNDO_STEPS = 200


def new_highlight(article: Article, start: int, end: int, *, color: str = COLORS[0],
                  author: str = "", note: str = "", tags: tuple[str, ...] = ()) -> Annotation:
    """A highlight of article.body[start:end] with all three selectors filled in."""
    import uuid  # it loads platform: not needed before the first highlight

    if color not in COLORS:
        raise ValueError(f"unknown colour {color!r}; expected one of {', '.join(COLORS)}")
    from desktop.core.anchoring import describe  # the first highlight, not the first paint

    sel = describe(article.body, start, end)
    now = utc_now()
    return Annotation(id=str(uuid.uuid4()), article_id=article.id, start=sel.start, end=sel.end,
                      exact=sel.exact, prefix=sel.prefix, suffix=sel.suffix, color=color,
                      note=note, tags=tags, author=author, created=now, modified=now)


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags as typed in one box: separated by commas, trimmed, duplicates dropped, order kept."""
    return tuple(dict.fromkeys(t.strip() for t in text.split(",") if t.strip()))


@dataclass(frozen=True)
class Step:
    label: str
    before: Annotation
    after: Annotation
    merge_key: str | None = None


class History:
    """Annotation changes written through the store, with undo and redo."""

    def __init__(self, store: Store):
        self.store = store
        self._done: list[Step] = []
        self._undone: list[Step] = []

    def create(self, ann: Annotation) -> Changes:
        return self._do(Step("create", replace(ann, deleted=True), ann))

    def edit(self, before: Annotation, **fields) -> Changes:
        """Change fields of a highlight; consecutive note edits of one highlight undo as one."""
        after = before.evolve(**fields)
        merge_key = f"note:{before.id}" if set(fields) == {"note"} else None
        return self._do(Step("edit", before, after, merge_key))

    def delete(self, ann: Annotation) -> Changes:
        return self._do(Step("delete", ann, ann.evolve(deleted=True)))

    def _do(self, step: Step) -> Changes:
        changes = self.store.put_annotation(step.after)
        last = self._done[-1] if self._done else None
        if step.merge_key and last and last.merge_key == step.merge_key:
            self._done[-1] = replace(step, before=last.before)
        else:
            self._done.append(step)
            del self._done[:-MAX_UNDO_STEPS]
        self._undone.clear()
        return changes

    @property
    def undo_label(self) -> str | None:
        return self._done[-1].label if self._done else None

    @property
    def redo_label(self) -> str | None:
        return self._undone[-1].label if self._undone else None

    def undo(self) -> Changes:
        if not self._done:
            return Changes()
        step = self._done[-1]
        changes = self.store.put_annotation(replace(step.before, modified=utc_now()))
        self._undone.append(self._done.pop())  # only once written: a failed undo can be retried
        return changes

    def redo(self) -> Changes:
        if not self._undone:
            return Changes()
        step = self._undone[-1]
        changes = self.store.put_annotation(replace(step.after, modified=utc_now()))
        self._done.append(self._undone.pop())
        return changes
