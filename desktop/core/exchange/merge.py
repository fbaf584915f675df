"""Import as a merge (DESIGN §5): a plan the user previews, then one transaction.

The rules, per annotation id, with L = the local version, R = the bundle's (re-anchored against
the local text) and B = the newest `modified` of that annotation that this laptop has already
sent out in a bundle or received in one (`exchange_base`):

1. No L: R is **new** and added. A tombstone for an id never seen here is kept as a deletion
   marker (`deletion_markers`), which then acts as L: an older bundle that still holds the
   annotation cannot bring it back.
2. L and R say the same (same place, quote, colour, note, tags, author, deleted): **unchanged**
   (R's stamp is taken when it is newer, so the stamps agree whatever the order of imports).
3. R wins over L (newer `modified`; at the same instant a tombstone, then the larger content,
   so that every order of imports ends in the same state): R is written — **updated** (or
   **deleted** when R is a tombstone: tombstones win over older edits). If L was edited after B
   (or B is unknown), L had not been seen by anyone else: this is a **conflict**, and L is kept
   in `annotation_conflicts` (origin "local") until the user picks.
4. L wins over R: L stays. If R is not newer than B, this laptop has had R (or a later
   version) already: **unchanged**. Otherwise R is an edit this laptop never saw that lost
   to a newer local edit: a **conflict**, and R is kept in `annotation_conflicts` (origin
   "incoming").
5. A stamp later than the import time plus `CLOCK_SKEW` (a wrong clock, or a forged bundle)
   never wins by its stamp: such an R that differs from L is a **conflict** with L kept (unless
   B shows this laptop has met it), a new one is written stamped with the import time; either
   way it is listed as **far-future** in the preview. An L from the future does not win either.

So nothing is ever silently lost: a version is replaced without a conflict only when the other
side had already seen it. Every version met is remembered in B, so importing the same bundle
again finds everything unchanged. Known limit: B is one value per annotation per laptop, not
per peer; a trainer who gets two trainees' edits of the same annotation sees the second as a
plain update when the first had already been imported.

Decisions on people and organizations (renames, merges, splits, "not a name", names marked by
hand) travel as one record per entity with the time it was last decided; per entity: a record
that adds nothing to the local one is **unchanged**; one for an entity the user never decided on
here is **new** and applied; otherwise both sides decided differently — a **conflict**, shown in
the preview: the newer decision wins (a stamp from the future never does) and the other is
named there. Marks and rejections in articles this library does not have are left out.

A highlight is re-anchored (desktop/core/anchoring.py) in the local text; one whose quote is not
found keeps the bundle's position and is recorded as **orphaned**: kept, listed, not painted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from desktop.core.anchoring import CONTEXT_CHARS, AnchorBudget, Selector, anchor, describe
from desktop.core.exchange.bundle import Bundle, BundleError, check_positions
from desktop.core.models import Annotation, Changes, NameRecord, utc_now
from desktop.core.store import ExchangeBatch, StaleSnapshot, Store
from desktop.core.vietnamese import entity_key
from desktop.core.wording import count, tally

OUTCOMES = ("new", "updated", "deleted", "unchanged", "conflict")
# How far ahead of this laptop's clock another laptop's may be before its stamps are not trusted.
CLOCK_SKEW = timedelta(minutes=5)


@lru_cache(maxsize=65536)
def _when(stamp: str):
    try:
        return datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return stamp if stamp else datetime.min.replace(tzinfo=None)


def newer(a: str, b: str | None) -> bool:
    """Is timestamp a later than b (None = never)?"""
    if b is None:
        return True
    x, y = _when(a), _when(b)
    try:
        return x > y
    except TypeError:  # a stamp that did not parse: compare the text
        return a > b


def _content(a: Annotation) -> tuple:
    """What a tie between two versions stamped at the same instant is decided on."""
    if a.deleted:
        return (1,)
    return (0, a.note, a.color, tuple(a.tags), a.exact, a.start, a.end, a.author, a.created,
            a.prefix, a.suffix)


def wins(a: Annotation, b: Annotation) -> bool:
    """Does version a replace version b? The newer stamp; at the same instant the tombstone,
    then the larger content — never "whichever came first", so the order of imports does not
    matter."""
    if a.modified != b.modified:
        return newer(a.modified, b.modified)
    return _content(a) > _content(b)


def horizon(now: str | None = None) -> str:
    """The latest stamp trusted at an import made `now` (UTC ISO): now plus `CLOCK_SKEW`."""
    when = datetime.fromisoformat(now) if now else datetime.now(UTC)
    return (when + CLOCK_SKEW).isoformat(timespec="milliseconds").replace("+00:00", "Z")


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
class NameDecision:
    incoming: NameRecord
    local: NameRecord | None
    outcome: str  # new, unchanged, conflict
    taken: bool  # the incoming decision is applied


@dataclass
class ImportPlan:
    bundle: Bundle
    batch: ExchangeBatch
    decisions: list[Decision] = field(default_factory=list)
    new_articles: int = 0
    skipped_articles: int = 0  # carried by the bundle, pointed to by no annotation: not imported
    future: list[str] = field(default_factory=list)  # ids whose stamp is after the import time
    names: list[NameDecision] = field(default_factory=list)

    def count(self, outcome: str) -> int:
        return sum(1 for d in self.decisions if d.outcome == outcome)

    @property
    def counts(self) -> dict[str, int]:
        out = {name: self.count(name) for name in OUTCOMES}
        out["orphaned"] = len(self.batch.orphans)
        out["articles"] = self.new_articles
        out["skipped_articles"] = self.skipped_articles
        out["future"] = len(self.future)
        out["names_new"] = sum(1 for n in self.names if n.outcome == "new")
        out["names_conflict"] = sum(1 for n in self.names if n.outcome == "conflict")
        return out

    @property
    def changes_anything(self) -> bool:
        b = self.batch
        return bool(b.articles or b.annotations or b.conflicts or b.orphans or b.placed
                    or b.bases or b.markers or b.names)

    def summary(self) -> str:
        c = self.counts
        text = (f"{tally(c, 'new', 'updated', 'deleted', 'unchanged')}, "
                f"{count(c['conflict'], 'conflict')}, "
                f"{c['orphaned']} orphaned, {count(c['articles'], 'new article')}")
        if self.skipped_articles:
            text += (f"; {count(self.skipped_articles, 'article')} left out (no annotation "
                     "points to them)")
        if self.bundle.names is not None:
            taken = sum(n.taken for n in self.names if n.outcome == "conflict")
            text += (f"; names: {c['names_new']} new, {count(c['names_conflict'], 'conflict')}"
                     f" ({taken} taken from the bundle)")
        if self.future:
            text += (f"; {len(self.future):,} stamped in the future (not trusted: kept as "
                     "conflicts or stamped now)")
        return text


def _place(ann: Annotation, text: str, budget: AnchorBudget) -> tuple[Annotation, bool]:
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
    where = anchor(text, sel, budget=budget)
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


def plan_import(store: Store, bundle: Bundle, *, now: str | None = None,
                budget: AnchorBudget | None = None) -> ImportPlan:
    """What importing `bundle` would do; reads the store, writes nothing. Raises BundleError for
    an annotation that points outside its text or to an article found nowhere. `now`: the
    import time (UTC ISO), for stamps from the future. `budget`: the re-anchoring work of the
    whole import (one shared by every highlight, so a bundle of unplaceable quotes is bounded
    in total; the rest are orphaned); its `should_stop` raises AnchoringStopped."""
    budget = AnchorBudget() if budget is None else budget
    ids = [a.id for a in bundle.annotations]
    local = store.annotations_by_id(ids)
    markers = store.deletion_markers(i for i in ids if i not in local)
    bases = store.exchange_bases(ids)
    latest = horizon(now)
    stamp_now = min(latest, utc_now()) if now is None else now
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
    plan = ImportPlan(bundle=bundle, batch=batch)
    for r in bundle.annotations:
        old, base = local.get(r.id), bases.get(r.id)
        marker = markers.get(r.id) if old is None else None
        from_future = newer(r.modified, latest)
        if from_future:
            plan.future.append(r.id)
        if r.deleted:
            if old is None:  # never had it here: keep the marker against older bundles
                if from_future:
                    r = replace(r, modified=stamp_now, created=stamp_now)
                if marker is None or wins(r, marker):
                    batch.markers.append(r)
                    batch.bases[r.id] = r.modified
                plan.decisions.append(Decision(r, None, "unchanged"))
                continue
            incoming, orphaned = replace(old, deleted=True, modified=r.modified), False
        else:
            if old is not None and old.article_id != r.article_id:
                raise BundleError(f"annotation {r.id} belongs to another article in this library")
            incoming, orphaned = _place(r, texts[r.article_id], budget)
            if marker is not None and (from_future or not wins(incoming, marker)):
                plan.decisions.append(Decision(incoming, None, "unchanged"))  # deleted here
                continue
        # a base from the future says nothing about whether L was seen
        seen_base = base if base is not None and not newer(base, latest) else None
        quiet = False  # the same content under a newer stamp: taken without a word
        if old is None:
            outcome = "new"
            if from_future:
                incoming = replace(incoming, modified=stamp_now,
                                   created=min(incoming.created or stamp_now, stamp_now))
        elif same_content(old, incoming):
            outcome = "unchanged"
            quiet = not from_future and wins(incoming, old)
        elif (from_future or newer(old.modified, latest)) and (
                base is None or newer(r.modified, base)):
            outcome = "conflict"  # a stamp from the future does not win by its stamp
            batch.conflicts.append((incoming, "incoming"))
        elif from_future or newer(old.modified, latest):
            outcome = "unchanged"  # met before (the base says so), and settled then
        elif wins(incoming, old):
            outcome = "deleted" if incoming.deleted else "updated"
            if seen_base is None or newer(old.modified, seen_base):
                outcome = "conflict"
                batch.conflicts.append((old, "local"))
        elif base is not None and not newer(incoming.modified, base):
            outcome = "unchanged"  # this laptop has had this version, or a later one
        else:
            outcome = "conflict"
            batch.conflicts.append((incoming, "incoming"))
        written = quiet or outcome in ("new", "updated", "deleted") or (
            outcome == "conflict" and batch.conflicts[-1][1] == "local")
        if written:
            batch.annotations.append(incoming)
            if orphaned:
                batch.orphans.append((incoming.id, incoming.article_id))
            elif old is not None:  # a new id has no orphan record to clear
                batch.placed.append(incoming.id)
        if written or outcome != "unchanged" or (old is not None and newer(r.modified, base)):
            batch.expected[r.id] = old.modified if old else None
        if newer(r.modified, base) and (old is not None or written):
            batch.bases[r.id] = r.modified
        plan.decisions.append(Decision(incoming, old, outcome, orphaned and written))
    # only the articles that an annotation written now points to: a bundle cannot fill the
    # library with texts nobody annotated
    needed = {a.article_id for a in batch.annotations if not a.deleted}
    batch.articles = [a for i, a in sorted(bundle.articles.items())
                      if i not in local_articles and i in needed]
    plan.new_articles = len(batch.articles)
    plan.skipped_articles = sum(1 for i in bundle.articles
                                if i not in local_articles and i not in needed)
    _plan_names(store, plan, latest=latest, stamp_now=stamp_now)
    return plan


def _adds_nothing(incoming: NameRecord, local: NameRecord) -> bool:
    keys = {entity_key(a) for a in (local.name, *local.aliases)}
    return (incoming.name == local.name and incoming.hidden == local.hidden
            and {entity_key(a) for a in incoming.aliases} <= keys
            and set(incoming.rejected_in) <= set(local.rejected_in)
            and set(incoming.marked) <= set(local.marked))


def _plan_names(store: Store, plan: ImportPlan, *, latest: str, stamp_now: str) -> None:
    """The bundle's decisions on names against the local ones (rules in the module's text)."""
    records = plan.bundle.names or ()
    wanted = {a for r in records for a in r.articles}
    known = set(store.articles_by_id(wanted)) | {a.id for a in plan.batch.articles}
    for r in records:
        r = replace(r, rejected_in=tuple(a for a in r.rejected_in if a in known),
                    marked=tuple(m for m in r.marked if m[0] in known))
        from_future = newer(r.decided, latest)
        if from_future:
            r = replace(r, decided=stamp_now)
        found = store.local_name_record(r)
        local = found[1] if found else None
        if local is not None and _adds_nothing(r, local):
            decision = NameDecision(r, local, "unchanged", False)
        elif local is None or not local.decided:
            decision = NameDecision(r, local, "new", True)
        else:
            taken = not from_future and newer(r.decided, local.decided)
            decision = NameDecision(r, local, "conflict", taken)
        if decision.taken:
            plan.batch.names.append(r)
        if from_future:
            plan.future.append(f"name {r.name}")
        plan.names.append(decision)


def apply_plan(store: Store, plan: ImportPlan) -> Changes:
    """Write a plan in one transaction; StaleSnapshot if the library changed since planning."""
    if not plan.changes_anything:
        return Changes()
    return store.apply_exchange(plan.batch)


def import_bundle(store: Store, bundle: Bundle, *,
                  should_stop: Callable[[], bool] | None = None) -> tuple[ImportPlan, Changes]:
    """Plan and apply, planning again once if an edit slipped in between (each plan with its
    own anchoring budget); AnchoringStopped from `should_stop` leaves the store untouched."""
    plan = plan_import(store, bundle, budget=AnchorBudget(should_stop=should_stop))
    try:
        return plan, apply_plan(store, plan)
    except StaleSnapshot:
        plan = plan_import(store, bundle, budget=AnchorBudget(should_stop=should_stop))
        return plan, apply_plan(store, plan)
