"""The user's decisions on people and organizations as they travel in bundles.

A decision is carried as the state it left (`NameRecord`): the entity's name, the spellings the
user gave it (rename, merge, split, mark), whether it is "not a name" everywhere or in some
articles, the mentions marked by hand, and when it was last decided (`entities.decided_at`,
stamped by triggers). The merge rules are in `desktop/core/exchange/merge.py`; applying a record
here makes the local library say the same, inside the import's transaction.

A team's list (its trainers' decisions, pulled by a sync into `team_entity_decisions`) is a layer
under the user's own: its spellings are aliases with origin 'team', its entities origin 'team',
and it never stamps `decided_at`, so that the user's later decisions stay theirs (and are the
only ones a bundle or a sync sends on) and an entity the user decided on keeps its name and its
"not a name" as the user left them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from desktop.core.models import Changes, NameRecord
from desktop.core.store.base import StoreBase
from desktop.core.vietnamese import entity_key, fold

TEAM_APPLIED = "team_names.applied"  # setting: the team decisions applied here, as applied
TEAM_CREATED = "team_names.created"  # setting: "KIND:key" of names first made here by the team


class NameExchangeQueries(StoreBase):
    def name_records(self, article_ids: Iterable[str]) -> list[NameRecord]:
        """The decided entities that these articles mention (or reject), as records to share."""
        ids = list(dict.fromkeys(article_ids))
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self.conn.execute(
            "SELECT id, kind, name, hidden, decided_at FROM entities WHERE decided_at IS NOT NULL "
            f"AND (id IN (SELECT entity_id FROM mentions WHERE article_id IN ({marks})) "
            f"OR id IN (SELECT entity_id FROM entity_rejections WHERE article_id IN ({marks}))) "
            "ORDER BY kind, key", ids + ids).fetchall()
        return [self._record(row, ids) for row in rows]

    def _record(self, row, article_ids: list[str]) -> NameRecord:
        entity_id, kind, name, hidden, decided = row
        marks = ",".join("?" * len(article_ids))
        aliases = tuple(r[0] for r in self.conn.execute(
            "SELECT alias FROM entity_aliases WHERE entity_id = ? AND origin = 'user' "
            "ORDER BY key", [entity_id]))
        rejected = tuple(r[0] for r in self.conn.execute(
            f"SELECT article_id FROM entity_rejections WHERE entity_id = ? AND article_id IN "
            f"({marks}) ORDER BY article_id", [entity_id, *article_ids]))
        marked = tuple(self.conn.execute(
            f"SELECT article_id, start, end FROM mentions WHERE entity_id = ? AND origin = 'user' "
            f"AND rejected = 0 AND article_id IN ({marks}) ORDER BY article_id, start, end",
            [entity_id, *article_ids]).fetchall())
        return NameRecord(kind=kind, name=name, aliases=aliases, hidden=bool(hidden),
                          rejected_in=rejected, marked=marked, decided=decided)

    def local_name_record(self, record: NameRecord) -> tuple[int, NameRecord] | None:
        """The local entity a record speaks of (by its name, then by its spellings) as a record
        over the record's articles, or None. Its `decided` is "" when the user never decided."""
        entity_id = self._entity_named(record.kind, (record.name, *record.aliases))
        if entity_id is None:
            return None
        row = self.conn.execute("SELECT id, kind, name, hidden, coalesce(decided_at, '') "
                                "FROM entities WHERE id = ?", [entity_id]).fetchone()
        articles = sorted({*record.rejected_in, *(m[0] for m in record.marked)}) or [""]
        return entity_id, self._record(row, articles)

    def _entity_named(self, kind: str, spellings: Iterable[str]) -> int | None:
        """The entity that one of these spellings names: by its name first, then by an alias
        that can identify one entity ("Hùng" alone cannot: it may be split off to its own)."""
        keys = [k for k in (entity_key(s) for s in spellings) if k]
        for key in keys:
            row = self.conn.execute("SELECT id FROM entities WHERE kind = ? AND key = ?",
                                    [kind, key]).fetchone()
            if row:
                return row[0]
        for key in keys:
            if kind == "PER" and " " not in key:
                continue
            row = self.conn.execute(
                "SELECT a.entity_id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id "
                "WHERE e.kind = ? AND a.key = ? ORDER BY a.origin = 'user' DESC, e.id LIMIT 1",
                [kind, key]).fetchone()
            if row:
                return row[0]
        return None

    def _apply_name_records(self, records: Iterable[NameRecord]) -> set[str]:
        """Make the library say what each record says; inside the caller's transaction.
        Returns the ids of the articles whose people and organizations changed."""
        touched: set[str] = set()
        for record in records:
            touched |= self._apply_name_record(record)
        return touched

    def _apply_name_record(self, record: NameRecord) -> set[str]:
        kind, key = record.kind, entity_key(record.name)
        entity_id = self._entity_named(kind, (record.name, *record.aliases))
        if entity_id is None:
            entity_id = self._inserted(
                "INSERT INTO entities(kind, name, key, origin, hidden) VALUES (?, ?, ?, 'user', ?)",
                [kind, record.name, key, int(record.hidden)])
        touched = self._take_spellings(entity_id, kind, (record.name, *record.aliases))
        self.conn.execute("UPDATE entities SET name = ?, key = ?, origin = 'user', hidden = ? "
                          "WHERE id = ?", [record.name, key, int(record.hidden), entity_id])
        for spelling in (record.name, *record.aliases):
            spelling_key = entity_key(spelling)
            if spelling_key:
                self.conn.execute(
                    "INSERT INTO entity_aliases(entity_id, alias, key, origin) "
                    "VALUES (?, ?, ?, 'user') ON CONFLICT(entity_id, key) DO UPDATE SET "
                    "origin = 'user'", [entity_id, spelling, spelling_key])
        local = {r[0]: r[1] for r in self.conn.execute(
            f"SELECT id, body FROM articles WHERE id IN "
            f"({','.join('?' * len(record.articles))})", list(record.articles))}
        for article_id in record.rejected_in:
            if article_id in local:
                self.conn.execute("INSERT OR IGNORE INTO entity_rejections(article_id, entity_id) "
                                  "VALUES (?, ?)", [article_id, entity_id])
                touched.add(article_id)
        for article_id, start, end in record.marked:
            body = local.get(article_id)
            if body is not None and 0 <= start < end <= len(body):
                self.conn.execute(
                    "INSERT INTO mentions(article_id, entity_id, start, end, origin, rejected) "
                    "VALUES (?, ?, ?, ?, 'user', 0) ON CONFLICT(article_id, entity_id, start, end) "
                    "DO UPDATE SET origin = 'user', rejected = 0",
                    [article_id, entity_id, start, end])
                touched.add(article_id)
        self.conn.execute("UPDATE entities SET decided_at = ? WHERE id = ?",
                          [record.decided, entity_id])
        touched |= {r[0] for r in self.conn.execute(
            "SELECT DISTINCT article_id FROM mentions WHERE entity_id = ?", [entity_id])}
        return touched

    def _take_spellings(self, entity_id: int, kind: str, spellings: Iterable[str]) -> set[str]:
        """Every spelling given now names `entity_id`: another entity of that name is merged
        into it (the exporter merged them), another entity's alias of it is split off to it
        with its mentions (the exporter split it)."""
        touched: set[str] = set()
        for spelling in spellings:
            key = entity_key(spelling)
            if not key:
                continue
            for (other,) in self.conn.execute(
                    "SELECT id FROM entities WHERE kind = ? AND key = ? AND id != ?",
                    [kind, key, entity_id]).fetchall():
                touched |= {r[0] for r in self.conn.execute(
                    "SELECT DISTINCT article_id FROM mentions WHERE entity_id = ?", [other])}
                for table in ("mentions", "entity_rejections"):
                    self.conn.execute(f"UPDATE OR IGNORE {table} SET entity_id = ? "
                                      "WHERE entity_id = ?", [entity_id, other])
                    self.conn.execute(f"DELETE FROM {table} WHERE entity_id = ?", [other])
                self.conn.execute("UPDATE OR IGNORE entity_aliases SET entity_id = ? "
                                  "WHERE entity_id = ?", [entity_id, other])
                self.conn.execute("DELETE FROM entity_aliases WHERE entity_id = ?", [other])
                self.conn.execute("DELETE FROM entities WHERE id = ?", [other])
            for (other,) in self.conn.execute(
                    "SELECT a.entity_id FROM entity_aliases a JOIN entities e ON e.id = "
                    "a.entity_id WHERE e.kind = ? AND a.key = ? AND a.entity_id != ?",
                    [kind, key, entity_id]).fetchall():
                self.conn.execute("DELETE FROM entity_aliases WHERE entity_id = ? AND key = ?",
                                  [other, key])
                for article_id, start, end, body in self.conn.execute(
                        "SELECT m.article_id, m.start, m.end, a.body FROM mentions m "
                        "JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ?",
                        [other]).fetchall():
                    if entity_key(body[start:end]) == key:
                        self.conn.execute(
                            "UPDATE OR IGNORE mentions SET entity_id = ? WHERE article_id = ? "
                            "AND entity_id = ? AND start = ? AND end = ?",
                            [entity_id, article_id, other, start, end])
                        touched.add(article_id)
        return touched

    # -- a team's list, under the user's own decisions ------------------------------------------

    def apply_team_names(self, *, login: str | None = None) -> Changes:
        """Apply the team decisions pulled since the last time (new, changed or withdrawn), in
        one transaction; flags the articles whose people and organizations changed. A decision
        `login` (this user, a trainer) made later on another laptop replaces hers here."""
        rows = self.conn.execute(
            "SELECT team_id, kind, name, aliases, hidden, deleted FROM team_entity_decisions "
            "ORDER BY deleted DESC, modified, team_id, kind, name").fetchall()
        applied = self._team_applied()
        current = {f"{t}:{k}:{n}": [json.loads(a), bool(h), bool(d)]
                   for t, k, n, a, h, d in rows}
        todo = [(k, n, current[f"{t}:{k}:{n}"], applied.get(f"{t}:{k}:{n}"))
                for t, k, n, _, _, _ in rows if applied.get(f"{t}:{k}:{n}") != current[f"{t}:{k}:{n}"]]
        if not todo:
            return Changes()
        touched: set[str] = set()
        with self._atomic():
            if login is not None:
                self._yield_to_own_later(login, {f"{k}:{n}" for k, n, _, _ in todo})
            # first what the trainers take back (a whole decision, or spellings it no longer
            # gives), then what they decide: a spelling taken back from one entity may be the
            # name of another decision now
            for kind, name, (aliases, _hidden, deleted), before in todo:
                given = [] if before is None or before[2] else before[0]
                if deleted:
                    touched |= self._withdraw_team_name(kind, name, given)
                elif set(given) - set(aliases):
                    touched |= self._take_back_spellings(kind, (name, *given),
                                                         [a for a in given if a not in aliases])
            for kind, name, (aliases, hidden, deleted), _ in todo:
                if not deleted:
                    touched |= self._apply_team_name(kind, name, aliases, hidden=hidden)
            self.set_setting(TEAM_APPLIED, current)
        return Changes(entities=frozenset(touched))

    def _team_applied(self) -> dict[str, list]:
        return self.setting(TEAM_APPLIED, {})

    def own_team_decisions(self, login: str) -> dict[str, tuple[list, bool]]:
        """This trainer's live decisions as the team's list holds them (some made on her other
        laptops), applied here, by "KIND:name": ([kind, name, aliases, hidden], whether the
        entity here is still as the list left it — False once she decided on it here)."""
        applied = self._team_applied()
        out: dict[str, tuple[list, bool]] = {}
        for team, kind, name, aliases, hidden in self.conn.execute(
                "SELECT team_id, kind, name, aliases, hidden FROM team_entity_decisions WHERE "
                "decided_by = ? AND NOT deleted ORDER BY modified", [login]).fetchall():
            spellings = json.loads(aliases)
            if applied.get(f"{team}:{kind}:{name}") != [spellings, bool(hidden), False]:
                continue  # pulled, not yet applied (a sync stopped before it)
            out[f"{kind}:{name}"] = ([kind, name, spellings, bool(hidden)],
                                     self._team_entity(kind, (name, *spellings)) is not None)
        return out

    def _yield_to_own_later(self, login: str, keys: set[str]) -> None:
        """Her own decision here that she changed or withdrew later on another laptop becomes
        the team's list's, so that what the list now says (or its withdrawal) applies here."""
        mine = self.entity_decisions()
        for kind, name, aliases, hidden, deleted, modified in self.conn.execute(
                "SELECT kind, name, aliases, hidden, deleted, modified FROM "
                "team_entity_decisions WHERE decided_by = ? ORDER BY modified",
                [login]).fetchall():
            key, spellings = f"{kind}:{name}", json.loads(aliases)
            here = mine.get(key)
            if key not in keys or (here is None if deleted else here is not None and list(
                    here) == [kind, name, spellings, bool(hidden)]):
                continue  # the same here already (it may be what this laptop sent)
            entity_id = self._entity_named(kind, (name, *spellings))
            if entity_id is None:
                continue
            decided = self.conn.execute("SELECT decided_at FROM entities WHERE id = ?",
                                        [entity_id]).fetchone()[0]
            if decided is None or decided >= modified:
                continue
            self.conn.execute("UPDATE entity_aliases SET origin = 'team' WHERE entity_id = ? "
                              "AND origin = 'user'", [entity_id])
            self.conn.execute("UPDATE entities SET origin = 'team' WHERE id = ?", [entity_id])
            self._restore_decided({entity_id: None})

    def _decided(self, kind: str, keys: list[str]) -> dict[int, str | None]:
        """`decided_at` of every entity these spellings name (as its name or an alias)."""
        marks = ",".join("?" * len(keys))
        return dict(self.conn.execute(
            f"SELECT id, decided_at FROM entities WHERE kind = ? AND (key IN ({marks}) OR id IN "
            f"(SELECT entity_id FROM entity_aliases WHERE key IN ({marks})))",
            [kind, *keys, *keys]).fetchall())

    def _restore_decided(self, before: dict[int, str | None]) -> None:
        """Undo what the decision triggers stamped: the team's list is not the user's decision."""
        self.conn.executemany("UPDATE entities SET decided_at = ? WHERE id = ?",
                              [(when, entity_id) for entity_id, when in before.items()])

    def _apply_team_name(self, kind: str, name: str, aliases: list[str], *,
                         hidden: bool) -> set[str]:
        """One trainer's decision: its spellings name one entity (merged or split off to it),
        called by the trainer's name and shown or hidden as the trainer said — except what the
        user decided: a spelling the user gave another entity stays there, an entity the user
        decided on keeps its name and visibility."""
        spellings = [s for s in dict.fromkeys((name, *aliases)) if entity_key(s)]
        keys = [entity_key(s) for s in spellings]
        if not keys:
            return set()
        before = self._decided(kind, keys)
        changed = self.conn.total_changes
        entity_id = self._entity_named(kind, spellings)
        if entity_id is None:
            entity_id = self._inserted(
                "INSERT INTO entities(kind, name, key, origin, hidden) VALUES (?, ?, ?, 'team', ?)",
                [kind, name, keys[0], int(hidden)])
            before[entity_id] = None
            if not hidden:  # a name the team marked (a hidden one hides what is extracted)
                self._team_created(kind, keys[0], add=True)
        touched = self._articles_of_entity(entity_id)
        for spelling, key in zip(spellings, keys, strict=True):
            touched |= self._take_team_spelling(entity_id, kind, spelling, key, before)
        if before.get(entity_id) is None:  # never decided on here: the trainer's name and call
            taken = self.conn.execute("SELECT 1 FROM entities WHERE kind = ? AND key = ? AND "
                                      "id != ?", [kind, keys[0], entity_id]).fetchone()
            if taken is None:  # (else an entity the user decided on has that name)
                self.conn.execute("UPDATE entities SET name = ?, key = ? WHERE id = ? AND "
                                  "name IS NOT ?", [name, keys[0], entity_id, name])
            self.conn.execute(
                "UPDATE entities SET hidden = ?, origin = 'team' WHERE id = ? AND "
                "(hidden != ? OR origin = 'auto')", [int(hidden), entity_id, int(hidden)])
        if not hidden:
            touched |= self._mention_team_spellings(entity_id, spellings)
        if self.conn.total_changes == changed:
            return set()
        self._restore_decided(before)
        return touched | self._articles_of_entity(entity_id)

    def _take_team_spelling(self, entity_id: int, kind: str, spelling: str, key: str,
                            decided: dict[int, str | None]) -> set[str]:
        """A spelling of the team's entity: another entity of that name is merged into it, or
        the spelling split off another entity's aliases — unless the user put it there or
        decided on that other entity."""
        mine = self.conn.execute(
            "SELECT 1 FROM entity_aliases a JOIN entities e ON e.id = a.entity_id "
            "WHERE e.kind = ? AND a.key = ? AND a.origin = 'user' AND a.entity_id != ?",
            [kind, key, entity_id]).fetchone()
        named = [r[0] for r in self.conn.execute(
            "SELECT id FROM entities WHERE kind = ? AND key = ? AND id != ?",
            [kind, key, entity_id])]
        if mine is not None or any(decided.get(other) is not None for other in named):
            return set()
        touched = self._take_spellings(entity_id, kind, [spelling])
        self.conn.execute(
            "INSERT INTO entity_aliases(entity_id, alias, key, origin) VALUES (?, ?, ?, 'team') "
            "ON CONFLICT(entity_id, key) DO UPDATE SET origin = 'team' WHERE origin = 'auto'",
            [entity_id, spelling, key])
        return touched

    def _articles_of_entity(self, entity_id: int) -> set[str]:
        return {r[0] for r in self.conn.execute(
            "SELECT DISTINCT article_id FROM mentions WHERE entity_id = ?", [entity_id])}

    def _mention_team_spellings(self, entity_id: int, spellings: list[str]) -> set[str]:
        """Mention the team's spellings in every article that has them as whole words, as a
        name the user marked is (the full-text index finds the few candidates)."""
        touched: set[str] = set()
        for spelling in spellings:
            words = fold(spelling).replace('"', " ").split()
            if not words:
                continue
            phrase = '"' + " ".join(words) + '"'
            rows = self.conn.execute(
                "SELECT a.id, a.body FROM articles_fts f JOIN articles a ON a.id = f.article_id "
                "WHERE articles_fts MATCH ?", [f"body : {phrase}"]).fetchall()
            for article_id, body in rows:
                if self._apply_marks(article_id, body, entity_id=entity_id):
                    touched.add(article_id)
        return touched

    def _withdraw_team_name(self, kind: str, name: str, aliases: list[str]) -> set[str]:
        """A trainer no longer decides on a name: the team's entity is undone — shown again,
        and every spelling the decision gave it split off as the extractor had it — unless the
        user decided on it (then it stays as it is: the user's correction is on top)."""
        entity_id = self._team_entity(kind, (name, *aliases))
        if entity_id is None:
            return set()
        touched = self._articles_of_entity(entity_id)
        key = self.conn.execute("SELECT key FROM entities WHERE id = ?", [entity_id]).fetchone()[0]
        if self._team_created(kind, key):  # a name the team marked: its marks go with it
            self.conn.execute("DELETE FROM mentions WHERE entity_id = ? AND origin != 'user'",
                              [entity_id])
        touched |= self._take_back_spellings(kind, (name, *aliases), [name, *aliases])
        if self.conn.execute("SELECT 1 FROM entities WHERE id = ?", [entity_id]).fetchone():
            self.conn.execute("UPDATE entities SET origin = 'auto', hidden = 0 WHERE id = ?",
                              [entity_id])
            self._restore_decided({entity_id: None})
        return touched

    def _team_created(self, kind: str, key: str, *, add: bool = False) -> bool:
        """Was this name first made here by the team's list (a name a trainer marked, which
        no extractor found here)? `add` records that it was."""
        created = set(self.setting(TEAM_CREATED, []))
        if add and f"{kind}:{key}" not in created:
            self.set_setting(TEAM_CREATED, sorted(created | {f"{kind}:{key}"}))
        return f"{kind}:{key}" in created

    def _forget_team_created(self, kind: str, key: str) -> None:
        created = self.setting(TEAM_CREATED, [])
        if f"{kind}:{key}" in created:
            self.set_setting(TEAM_CREATED, [k for k in created if k != f"{kind}:{key}"])

    def _team_entity(self, kind: str, spellings: Iterable[str]) -> int | None:
        """The entity a team decision made of these spellings, if the user never decided on it."""
        entity_id = self._entity_named(kind, spellings)
        if entity_id is None:
            return None
        row = self.conn.execute("SELECT origin, decided_at FROM entities WHERE id = ?",
                                [entity_id]).fetchone()
        return entity_id if row[0] == "team" and row[1] is None else None

    def _take_back_spellings(self, kind: str, decided: Iterable[str],
                             spellings: Iterable[str]) -> set[str]:
        """Spellings a trainer no longer gives the team's entity go back to what the extractor
        makes of them: each its own entity with its mentions (the entity's own name stays with
        it); an entity left with no mention goes, and the articles concerned are extracted
        again when next opened, which restores what the team's list had replaced. Spellings
        the user gave an entity stay where they are."""
        entity_id = self._team_entity(kind, decided)
        if entity_id is None:
            return set()
        touched = self._articles_of_entity(entity_id)
        name_key = self.conn.execute("SELECT key FROM entities WHERE id = ?",
                                     [entity_id]).fetchone()[0]
        before = self._decided(kind, [name_key])
        for spelling in dict.fromkeys(spellings):
            key = entity_key(spelling)
            if not key or key == name_key or self.conn.execute(
                    "SELECT 1 FROM entity_aliases WHERE entity_id = ? AND key = ? AND "
                    "origin = 'user'", [entity_id, key]).fetchone():
                continue
            self.conn.execute("DELETE FROM entity_aliases WHERE entity_id = ? AND key = ?",
                              [entity_id, key])
            moved = [(a, s, e) for a, s, e, body in self.conn.execute(
                "SELECT m.article_id, m.start, m.end, a.body FROM mentions m JOIN articles a "
                "ON a.id = m.article_id WHERE m.entity_id = ? AND m.origin != 'user'",
                [entity_id]).fetchall() if entity_key(body[s:e]) == key]
            if not moved:
                continue
            row = self.conn.execute("SELECT id FROM entities WHERE kind = ? AND key = ?",
                                    [kind, key]).fetchone()
            target = row[0] if row else self._inserted(
                "INSERT INTO entities(kind, name, key, origin, hidden) VALUES (?, ?, ?, "
                "'auto', 0)", [kind, spelling, key])
            before.setdefault(target, None)
            self.conn.execute("INSERT OR IGNORE INTO entity_aliases(entity_id, alias, key, origin)"
                              " VALUES (?, ?, ?, 'auto')", [target, spelling, key])
            self.conn.executemany(
                "UPDATE OR IGNORE mentions SET entity_id = ? WHERE article_id = ? AND "
                "entity_id = ? AND start = ? AND end = ?",
                [(target, a, entity_id, s, e) for a, s, e in moved])
        if self.conn.execute("SELECT 1 FROM mentions WHERE entity_id = ? LIMIT 1",
                             [entity_id]).fetchone() is None:
            for table in ("entity_rejections", "entity_aliases"):
                self.conn.execute(f"DELETE FROM {table} WHERE entity_id = ?", [entity_id])
            self.conn.execute("DELETE FROM entities WHERE id = ?", [entity_id])
            before.pop(entity_id, None)
            self._forget_team_created(kind, name_key)
        self._restore_decided(before)
        self.conn.executemany("DELETE FROM extractions WHERE article_id = ?",
                              [(a,) for a in touched])
        return touched
