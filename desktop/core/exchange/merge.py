"""Import as a merge (DESIGN §5): a plan the user previews, then one transaction.

The rules, per annotation id, with L = the local version, R = the bundle's (re-anchored against
the local text) and B = the newest `modified` of that annotation that this laptop has already
sent out in a bundle or received in one (`exchange_base`):

1. No L: R is **new** and added (a tombstone for an id never seen here is skipped: there is
   nothing to delete).
2. L and R say the same (same place, quote, colour, note, tags, author, deleted): **unchanged**.
3. R is newer than L (`modified`; a tie keeps local): R is written — **updated** (or
   **deleted** when R is a tombstone: tombstones win over older edits). If L was edited after B
   (or B is unknown), L had not been seen by anyone else: this is a **conflict**, and L is kept
   in `annotation_conflicts` (origin "local") until the user picks.
4. L is newer than R, or as new: L stays. If R is not newer than B, this laptop has had R (or a
   later version) already: **unchanged**. Otherwise R is an edit this laptop never saw that lost
   to a newer local edit: a **conflict**, and R is kept in `annotation_conflicts` (origin
   "incoming").

So nothing is ever silently lost: a version is replaced without a conflict only when the other
side had already seen it. Every version met is remembered in B, so importing the same bundle
again finds everything unchanged. Known limit: B is one value per annotation per laptop, not
per peer; a trainer who gets two trainees' edits of the same annotation sees the second as a
plain update when the first had already been imported.

A highlight is re-anchored (desktop/core/anchoring.py) in the local text; one whose quote is not
found keeps the bundle's position and is recorded as **orphaned**: kept, listed, not painted.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import lru_cache

from desktop.core.anchoring import CONTEXT_CHARS, Selector, anchor, describe
from desktop.core.exchange.bundle import Bundle, BundleError, check_positions
from desktop.core.models import Annotation, Changes
from desktop.core.store import ExchangeBatch, StaleSnapshot, Store
from desktop.core.wording import count

OUTCOMES = ("new", "updated", "deleted", "unchanged", "conflict")


@lru_cache(maxsize=65536)
def _when(stamp: str):
    try:
        return datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return datetime.min.replace(tzinfo=None) if not stamp else stamp


def newer(a: str, b: str | None) -> bool:
    """Is timestamp a later than b (None = never)?"""
    if b is None:
        return True
    x, y = _when(a), _when(b)
    try:
        return x > y
    except TypeError:  # a stamp that did not parse: compare the text
        return a > b


def same_content(a: Annotation, b: Annotation) -> bool:
    if a.deleted or b.deleted:
        return a.deleted == b.deleted
    return (a.article_id, a.start, a.end, a.exact, a.color, a.note, tuple(a.tags), a.author) == \
        (b.article_id, b.start, b.end, b.exact, b.color, b.note, tuple(b.tags), b.author)


@dataclass
class Decision:
    incoming: Annotation  # as it will be written (re-anchored), or as the bundle has it
    local: Annotation | None
    outcome: str
    orphaned: bool = False


@dataclass
class ImportPlan:
    bundle: Bundle
    batch: ExchangeBatch
    decisions: list[Decision] = field(default_factory=list)
    new_articles: int = 0

    def count(self, outcome: str) -> int:
        return sum(1 for d in self.decisions if d.outcome == outcome)

    @property
    def counts(self) -> dict[str, int]:
        out = {name: self.count(name) for name in OUTCOMES}
        out["orphaned"] = len(self.batch.orphans)
        out["articles"] = self.new_articles
        return out

    @property
    def changes_anything(self) -> bool:
        b = self.batch
        return bool(b.articles or b.annotations or b.conflicts or b.orphans or b.placed or b.bases)

    def summary(self) -> str:
        c = self.counts
        return (f"{c['new']} new, {c['updated']} updated, {c['deleted']} deleted, "
                f"{c['unchanged']} unchanged, {count(c['conflict'], 'conflict')}, "
                f"{c['orphaned']} orphaned, {count(c['articles'], 'new article')}")


def _place(ann: Annotation, text: str) -> tuple[Annotation, bool]:
    """The highlight re-anchored in the local text; (as given, True) when it cannot be."""
    if ann.deleted:
        return ann, False
    start, end = ann.start, ann.end
    if 0 <= start < end <= len(text) and text.startswith(ann.exact, start) \
            and end - start == len(ann.exact):
        # still at its place (the usual case: the same text): only the context may be new
        prefix = text[max(0, start - CONTEXT_CHARS):start]
        suffix = text[end:end + CONTEXT_CHARS]
        if prefix == ann.prefix and suffix == ann.suffix:
            return ann, False
        return replace(ann, prefix=prefix, suffix=suffix), False
    sel = Selector(max(ann.start, 0), max(ann.end, 0), ann.exact, ann.prefix, ann.suffix)
    where = anchor(text, sel)
    if where.orphaned:
        if ann.start < 0:  # no position given, and the quote is not here
            end = min(len(ann.exact), len(text))
            return replace(ann, start=0, end=end), True
        return ann, True
    sel = describe(text, where.start, where.end)
    if (sel.start, sel.end, sel.exact, sel.prefix, sel.suffix) == \
            (ann.start, ann.end, ann.exact, ann.prefix, ann.suffix):
        return ann, False
    return replace(ann, start=sel.start, end=sel.end, exact=sel.exact, prefix=sel.prefix,
                   suffix=sel.suffix), False


def plan_import(store: Store, bundle: Bundle) -> ImportPlan:
    """What importing `bundle` would do; reads the store, writes nothing. Raises BundleError for
    an annotation that points outside its text or to an article found nowhere."""
    ids = [a.id for a in bundle.annotations]
    local = store.annotations_by_id(ids)
    bases = store.exchange_bases(ids)
    wanted = {a.article_id for a in bundle.annotations if a.article_id}
    local_articles = store.articles_by_id(wanted | set(bundle.articles))
    texts = {i: a.body for i, a in bundle.articles.items()}
    texts.update({i: a.body for i, a in local_articles.items()})
    for ann in bundle.annotations:
        if not ann.deleted and ann.article_id not in texts:
            raise BundleError(f"annotation {ann.id} points to an article that is neither in the "
                              "bundle nor in this library")
    check_positions(bundle.annotations, texts)

    batch = ExchangeBatch()
    batch.articles = [a for i, a in sorted(bundle.articles.items()) if i not in local_articles]
    plan = ImportPlan(bundle=bundle, batch=batch, new_articles=len(batch.articles))
    for r in bundle.annotations:
        old, base = local.get(r.id), bases.get(r.id)
        if r.deleted:
            if old is None:
                plan.decisions.append(Decision(r, None, "unchanged"))
                continue
            incoming, orphaned = replace(old, deleted=True, modified=r.modified), False
        else:
            if old is not None and old.article_id != r.article_id:
                raise BundleError(f"annotation {r.id} belongs to another article in this library")
            incoming, orphaned = _place(r, texts[r.article_id])
        if old is None:
            outcome = "new"
        elif same_content(old, incoming):
            outcome = "unchanged"
        elif newer(incoming.modified, old.modified):
            outcome = "deleted" if incoming.deleted else "updated"
            if base is None or newer(old.modified, base):
                outcome = "conflict"
                batch.conflicts.append((old, "local"))
        elif base is not None and not newer(incoming.modified, base):
            outcome = "unchanged"  # this laptop has had this version, or a later one
        else:
            outcome = "conflict"
            batch.conflicts.append((incoming, "incoming"))
        written = outcome in ("new", "updated", "deleted") or (
            outcome == "conflict" and batch.conflicts[-1][1] == "local")
        if written:
            batch.annotations.append(incoming)
            if orphaned:
                batch.orphans.append((incoming.id, incoming.article_id))
            elif old is not None:  # a new id has no orphan record to clear
                batch.placed.append(incoming.id)
        if outcome != "unchanged" or (old is not None and newer(r.modified, base)):
            batch.expected[r.id] = old.modified if old else None
        if newer(r.modified, base) and (old is not None or written):
            batch.bases[r.id] = r.modified
        plan.decisions.append(Decision(incoming, old, outcome, orphaned and written))
    return plan


def apply_plan(store: Store, plan: ImportPlan) -> Changes:
    """Write a plan in one transaction; StaleSnapshot if the library changed since planning."""
    if not plan.changes_anything:
        return Changes()
    return store.apply_exchange(plan.batch)


def import_bundle(store: Store, bundle: Bundle) -> tuple[ImportPlan, Changes]:
    """Plan and apply, planning again once if an edit slipped in between."""
    plan = plan_import(store, bundle)
    try:
        return plan, apply_plan(store, plan)
    except StaleSnapshot:
        plan = plan_import(store, bundle)
        return plan, apply_plan(store, plan)
