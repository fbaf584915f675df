"""Schema steps, one decorated function each; an applied step is never edited, a new one is added.

Imported only when a database needs a step (sqlite-utils costs start-up time).
"""

from __future__ import annotations

import sqlite3

import sqlite_utils
from sqlite_utils.migrations import Migrations

from desktop.core.store.base import MIGRATION_NAMES, MIGRATION_SET

migrations = Migrations(MIGRATION_SET)


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    """The data model of DESIGN §3."""
    db.table("articles").create(
        {"id": str, "slug": str, "title": str, "source": str, "published": str,
         "language": str, "origin": str, "body": str, "added_at": str},
        pk="id", not_null={"title", "body"},
    )
    db.table("annotations").create(
        {"id": str, "article_id": str, "start": int, "end": int, "exact": str, "prefix": str,
         "suffix": str, "color": str, "note": str, "author": str, "created": str,
         "modified": str, "deleted": int},
        pk="id", foreign_keys=[("article_id", "articles", "id")],
        defaults={"deleted": 0, "note": "", "prefix": "", "suffix": "", "author": ""},
    )
    db.table("annotations").create_index(["article_id", "deleted"])
    db.table("annotation_tags").create(
        {"annotation_id": str, "tag": str}, pk=("annotation_id", "tag"),
        foreign_keys=[("annotation_id", "annotations", "id")],
    )
    db.table("entities").create(
        {"id": int, "kind": str, "name": str, "key": str, "origin": str, "hidden": int},
        pk="id", defaults={"hidden": 0, "origin": "auto"},
    )
    db.table("entities").create_index(["kind", "key"], unique=True)
    db.table("entity_aliases").create(
        {"entity_id": int, "alias": str, "key": str}, pk=("entity_id", "key"),
        foreign_keys=[("entity_id", "entities", "id")],
    )
    db.table("entity_aliases").create_index(["key"])
    db.table("mentions").create(
        {"article_id": str, "entity_id": int, "start": int, "end": int, "origin": str,
         "rejected": int},
        pk=("article_id", "entity_id", "start", "end"),
        foreign_keys=[("article_id", "articles", "id"), ("entity_id", "entities", "id")],
        defaults={"origin": "auto", "rejected": 0},
    )
    db.table("mentions").create_index(["entity_id"])
    db.table("extractions").create(
        {"article_id": str, "extractor_version": str, "extracted_at": str}, pk="article_id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db.table("settings").create({"key": str, "value": str}, pk="key")
    db.execute(
        "CREATE VIRTUAL TABLE articles_fts USING fts5("
        "article_id UNINDEXED, title, body, notes, tokenize='unicode61 remove_diacritics 2')"
    )


@migrations()
def m002_entity_decisions(db: sqlite_utils.Database) -> None:
    """User decisions on entities: user-owned aliases, rejections in one article."""
    # origin 'user': the user put this spelling on this entity (mark, rename, merge, split);
    # such a spelling always resolves to its entity when an extraction is saved
    db.table("entity_aliases").add_column("origin", str, not_null_default="auto")
    db.table("entity_rejections").create(
        {"article_id": str, "entity_id": int}, pk=("article_id", "entity_id"),
        foreign_keys=[("article_id", "articles", "id"), ("entity_id", "entities", "id")],
    )
    db.table("entity_rejections").create_index(["entity_id"])


@migrations()
def m003_exchange(db: sqlite_utils.Database) -> None:
    """Sharing bundles (DESIGN §5): what was exchanged, conflicts, orphaned highlights.

    - `exchange_base`: per annotation, the newest `modified` that has left this laptop in a bundle
      or arrived from one; an edit newer than it has not been seen by anyone else yet.
    - `annotation_conflicts`: the other version of an annotation when both sides edited it since
      they last exchanged it; kept, with every field, until the user picks one.
    - `annotation_orphans`: imported highlights whose quote was not found in the local text.
    """
    db.table("exchange_base").create({"annotation_id": str, "modified": str}, pk="annotation_id")
    db.table("annotation_conflicts").create(
        {"id": int, "annotation_id": str, "article_id": str, "start": int, "end": int,
         "exact": str, "prefix": str, "suffix": str, "color": str, "note": str, "tags": str,
         "author": str, "created": str, "modified": str, "deleted": int, "origin": str,
         "recorded_at": str},
        pk="id", not_null={"annotation_id", "modified", "origin"},
    )
    db.table("annotation_conflicts").create_index(["annotation_id", "modified", "origin"], unique=True)
    db.table("annotation_orphans").create(
        {"annotation_id": str, "article_id": str, "recorded_at": str}, pk="annotation_id")
    db.table("annotation_orphans").create_index(["article_id"])


@migrations()
def m004_library_order(db: sqlite_utils.Database) -> None:
    """A library of 10,000 articles: the library's order (bundled first, then by date
    added and title) as a covering index. Listing the library, or the articles still to extract,
    then reads the index instead of the table, whose rows carry the bodies (10,000 articles:
    28 → 14 ms and 21 → 5 ms). The ORDER BY of those queries must match it (store/articles.py)."""
    db.execute("CREATE INDEX articles_library_order "
               "ON articles(origin = 'user', added_at, title, id, source, origin)")


@migrations()
def m005_deletion_markers(db: sqlite_utils.Database) -> None:
    """Deletion markers for annotations this library never had: kept so that an older bundle
    that still holds the annotation cannot bring it back (the annotations table needs a text
    and an article, which a marker does not carry)."""
    db.table("deletion_markers").create(
        {"annotation_id": str, "article_id": str, "modified": str}, pk="annotation_id",
        not_null={"modified"})
    db.table("deletion_markers").create_index(["article_id"])


_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"


@migrations()
def m006_entity_decided(db: sqlite_utils.Database) -> None:
    """When the user last decided on an entity (rename, merge, split, not a name, marked by
    hand), so that decisions carried in bundles merge by "the newest wins". Stamped by triggers
    on every table a decision writes, so no decision can forget it; decisions made before this
    step are stamped with the time of the step."""
    db.table("entities").add_column("decided_at", str)
    db.execute(f"UPDATE entities SET decided_at = {_NOW} WHERE origin = 'user' OR hidden = 1 "
               "OR id IN (SELECT entity_id FROM entity_rejections) "
               "OR id IN (SELECT entity_id FROM entity_aliases WHERE origin = 'user') "
               "OR id IN (SELECT entity_id FROM mentions WHERE origin = 'user')")
    stamp = f"UPDATE entities SET decided_at = {_NOW} WHERE id ="
    for name, event, condition, entity in [
        ("entities_decided_insert", "INSERT ON entities", "NEW.origin = 'user'", "NEW.id"),
        ("entities_decided_update", "UPDATE OF name, key, origin, hidden ON entities",
         "NEW.name IS NOT OLD.name OR NEW.origin IS NOT OLD.origin "
         "OR NEW.hidden IS NOT OLD.hidden", "NEW.id"),
        ("rejections_decided", "INSERT ON entity_rejections", "1", "NEW.entity_id"),
        ("user_alias_decided_insert", "INSERT ON entity_aliases", "NEW.origin = 'user'",
         "NEW.entity_id"),
        ("user_alias_decided_update", "UPDATE OF origin ON entity_aliases",
         "NEW.origin = 'user'", "NEW.entity_id"),
        ("alias_removed_decided", "DELETE ON entity_aliases", "1", "OLD.entity_id"),
        ("user_mention_decided_insert", "INSERT ON mentions", "NEW.origin = 'user'",
         "NEW.entity_id"),
        ("user_mention_decided_update", "UPDATE OF origin, entity_id ON mentions",
         "NEW.origin = 'user'", "NEW.entity_id"),
    ]:
        db.execute(f"CREATE TRIGGER {name} AFTER {event} WHEN {condition} "
                   f"BEGIN {stamp} {entity}; END")



@migrations()
def m007_team_sync(db: sqlite_utils.Database) -> None:
    """The team library (desktop/core/sync): this laptop's id, what it still has to send, how far
    it has read the server, and what others share with it (read-only here).

    - `sync_outbox`: one row per local article or annotation changed since it last went up; `n`
      counts the changes, so an edit made while a push is under way is not cleared by it.
      Triggers fill it, whatever code path writes; existing rows are queued once now.
    - `sync_state`: per server (URL without password), the per-table cursors, the user's teams
      and the last sync; `sync_device`: a random id for this laptop's data file.
    - `sync_teams`, `sync_team_articles`, `sync_remote_shares`, `shared_annotations`,
      `team_entity_decisions`: what the server's other users publish and share with this user.
    - `sync_publications`: this user's own intents to publish or share an article with a team.
    """
    # quiet = 1 only inside a pull's transaction: what it writes is not a local change
    db.execute("CREATE TABLE sync_device (device_id TEXT NOT NULL, quiet INTEGER NOT NULL)")
    db.execute("INSERT INTO sync_device VALUES (lower(hex(randomblob(16))), 0)")
    db.execute("CREATE TABLE sync_outbox (kind TEXT NOT NULL, key TEXT NOT NULL, "
               "n INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (kind, key))")
    for table, kind, when in (("annotations", "annotation", "INSERT"),
                              ("annotations", "annotation", "UPDATE"),
                              ("annotations", "annotation", "DELETE"),
                              ("articles", "article", "INSERT"),
                              ("articles", "article", "DELETE")):
        row = "OLD" if when == "DELETE" else "NEW"
        db.execute(f"CREATE TRIGGER sync_{table}_{when.lower()} AFTER {when} ON {table} "
                   "WHEN NOT (SELECT quiet FROM sync_device) BEGIN "
                   f"INSERT INTO sync_outbox(kind, key) VALUES ('{kind}', {row}.id) "
                   "ON CONFLICT(kind, key) DO UPDATE SET n = n + 1; END")
    db.execute("INSERT INTO sync_outbox(kind, key) SELECT 'article', id FROM articles")
    db.execute("INSERT INTO sync_outbox(kind, key) SELECT 'annotation', id FROM annotations")
    db.execute("CREATE TABLE sync_state (server TEXT PRIMARY KEY, login TEXT NOT NULL, "
               "cursors TEXT NOT NULL DEFAULT '{}', teams TEXT NOT NULL DEFAULT '[]', "
               "last_sync TEXT)")
    db.execute("CREATE TABLE sync_teams (team_id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
               "role TEXT NOT NULL)")
    db.execute("CREATE TABLE sync_team_articles (team_id INTEGER NOT NULL, article_id TEXT NOT "
               "NULL, published_by TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, "
               "PRIMARY KEY (team_id, article_id))")
    db.execute("CREATE TABLE sync_remote_shares (owner TEXT NOT NULL, team_id INTEGER NOT NULL, "
               "article_id TEXT NOT NULL, shared INTEGER NOT NULL, "
               "PRIMARY KEY (owner, team_id, article_id))")
    db.execute("CREATE TABLE shared_annotations (owner TEXT NOT NULL, id TEXT NOT NULL, "
               "article_id TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, "
               "exact TEXT NOT NULL, prefix TEXT NOT NULL, suffix TEXT NOT NULL, "
               "color TEXT NOT NULL, note TEXT NOT NULL, tags TEXT NOT NULL, author TEXT NOT NULL,"
               " created TEXT NOT NULL, modified TEXT NOT NULL, deleted INTEGER NOT NULL, "
               "PRIMARY KEY (owner, id))")
    db.execute("CREATE INDEX shared_annotations_article ON shared_annotations(article_id, owner)")
    db.execute("CREATE TABLE team_entity_decisions (team_id INTEGER NOT NULL, kind TEXT NOT NULL,"
               " name TEXT NOT NULL, aliases TEXT NOT NULL, hidden INTEGER NOT NULL, "
               "decided_by TEXT NOT NULL, modified TEXT NOT NULL, deleted INTEGER NOT NULL, "
               "PRIMARY KEY (team_id, kind, name))")
    # articles whose notes' index a pull has still to refresh (once each, after its batches)
    db.execute("CREATE TABLE sync_reindex (article_id TEXT PRIMARY KEY, "
               "new INTEGER NOT NULL DEFAULT 0)")
    db.execute("CREATE TABLE sync_publications (team TEXT NOT NULL, article_id TEXT NOT NULL, "
               "kind TEXT NOT NULL CHECK (kind IN ('publish', 'share')), "
               "active INTEGER NOT NULL DEFAULT 1, pushed INTEGER NOT NULL DEFAULT 0, "
               "PRIMARY KEY (team, article_id, kind))")


@migrations()
def m008_team_library_changes(db: sqlite_utils.Database) -> None:
    """What the team library sends besides new rows: title edits and articles that left it.

    - `sync_titles`: per article, when its title was last changed (here, or on the server side
      by the edit taken); an edit here also queues a 'title' entry in `sync_outbox` (a title
      only: it never puts back an article deleted elsewhere).
    - `sync_gone`: articles whose place in this user's library or in a team's library went away
      on the server (`reason` library|team), written with the pull batch that said so and
      settled once the pull is over (the user's own work on them is never removed).
    """
    db.execute("CREATE TABLE sync_titles (article_id TEXT PRIMARY KEY, modified TEXT NOT NULL)")
    db.execute("CREATE TRIGGER sync_articles_title AFTER UPDATE OF title ON articles "
               "WHEN NEW.title IS NOT OLD.title AND NOT (SELECT quiet FROM sync_device) BEGIN "
               "INSERT INTO sync_titles(article_id, modified) VALUES (NEW.id, "
               "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT(article_id) DO UPDATE SET "
               "modified = excluded.modified; "
               "INSERT INTO sync_outbox(kind, key) VALUES ('title', NEW.id) "
               "ON CONFLICT(kind, key) DO UPDATE SET n = n + 1; END")
    db.execute("CREATE TABLE sync_gone (article_id TEXT PRIMARY KEY, reason TEXT NOT NULL "
               "CHECK (reason IN ('library', 'team')))")


@migrations()
def m009_note_index(db: sqlite_utils.Database) -> None:
    """Notes get a search index of their own, one row per note: a note saved re-indexes that
    note, not its article's whole row (title, text of up to megabytes, every note), which froze
    the window on a big article. `articles_fts.notes` stays, empty.

    - `note_index`: the folded text of each live annotation's non-empty note, by article.
    - `notes_fts`: its full-text index (external content), kept in step by two triggers.
    """
    from desktop.core.vietnamese import fold  # only this step needs it

    db.execute("CREATE TABLE note_index (id INTEGER PRIMARY KEY, "
               "annotation_id TEXT NOT NULL UNIQUE REFERENCES annotations(id), "
               "article_id TEXT NOT NULL, folded TEXT NOT NULL)")
    db.execute("CREATE INDEX note_index_article ON note_index(article_id)")
    db.execute("CREATE VIRTUAL TABLE notes_fts USING fts5(folded, content='note_index', "
               "content_rowid='id', tokenize='unicode61 remove_diacritics 2')")
    db.execute("CREATE TRIGGER note_index_insert AFTER INSERT ON note_index BEGIN "
               "INSERT INTO notes_fts(rowid, folded) VALUES (NEW.id, NEW.folded); END")
    db.execute("CREATE TRIGGER note_index_delete AFTER DELETE ON note_index BEGIN "
               "INSERT INTO notes_fts(notes_fts, rowid, folded) VALUES ('delete', OLD.id, "
               "OLD.folded); END")
    rows = db.execute("SELECT id, article_id, note FROM annotations "
                      "WHERE deleted = 0 AND note != ''").fetchall()
    db.conn.executemany("INSERT INTO note_index(annotation_id, article_id, folded) "
                        "VALUES (?, ?, ?)", [(i, a, fold(n)) for i, a, n in rows])
    db.execute("UPDATE articles_fts SET notes = '' WHERE article_id IN "
               "(SELECT DISTINCT article_id FROM annotations WHERE note != '')")



@migrations()
def m010_note_index_set_wise(db: sqlite_utils.Database) -> None:
    """New notes reach their full-text index in one statement per write (the store does it),
    not through a trigger per row, which cost twice the rest of a 10,000-note import. Deleting
    still goes through its trigger."""
    db.execute("DROP TRIGGER IF EXISTS note_index_insert")


@migrations()
def m011_outbox_order(db: sqlite_utils.Database) -> None:
    """The sync's outbox in the order it is sent (articles first, then by age) as an index, so
    that each push batch reads on from where the last one ended instead of sorting the whole
    outbox again (a first sync of 100,000 annotations: 20 sorts of 100,000 rows)."""
    db.execute("CREATE INDEX sync_outbox_order ON sync_outbox(kind = 'annotation')")


@migrations()
def m012_team_requests_and_own_titles(db: sqlite_utils.Database) -> None:
    """Requests and titles in the team library carry whose and when they are.

    - `sync_publications.asked`: when the user asked to publish or share (or to stop): the
      server keeps the latest, so an older one sent by a laptop that was away does not undo it
      (requests made before this step carry no time: any later one wins over them).
    - `sync_titles.source`: where the title here came from — 'own' (edited here, or in the
      user's own library on the server) or 'team' (a trainer's title of what they published).
    - `sync_pending_titles`: a title pulled for an article not here yet (it comes with a later
      table of the same pull), written when the article arrives.
    - `title_conflicts`: the version of an article's title that lost, until the user picks
      (origin 'local': the user's own that a newer team title replaced; 'incoming': a team
      title older than the user's own).
    - `sync_outbox.at`: when an article came (back) into this library — an import, an undone
      deletion, an article kept for the user's own work: a deletion made elsewhere after it
      wins over it, one made before does not — and when an annotation was removed with its
      article: an edit made elsewhere after that removal wins over it.
    """
    db.execute("ALTER TABLE sync_publications ADD COLUMN asked TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE sync_outbox ADD COLUMN at TEXT NOT NULL DEFAULT ''")
    db.execute("DROP TRIGGER sync_articles_insert")
    db.execute("CREATE TRIGGER sync_articles_insert AFTER INSERT ON articles "
               "WHEN NOT (SELECT quiet FROM sync_device) BEGIN "
               "INSERT INTO sync_outbox(kind, key, at) VALUES ('article', NEW.id, "
               f"{_NOW}) ON CONFLICT(kind, key) DO UPDATE SET n = n + 1, at = excluded.at; END")
    db.execute("DROP TRIGGER sync_annotations_delete")
    db.execute("CREATE TRIGGER sync_annotations_delete AFTER DELETE ON annotations "
               "WHEN NOT (SELECT quiet FROM sync_device) BEGIN "
               "INSERT INTO sync_outbox(kind, key, at) VALUES ('annotation', OLD.id, "
               f"{_NOW}) ON CONFLICT(kind, key) DO UPDATE SET n = n + 1, at = excluded.at; END")
    db.execute("ALTER TABLE sync_titles ADD COLUMN source TEXT NOT NULL DEFAULT 'own'")
    db.execute("DROP TRIGGER sync_articles_title")
    db.execute("CREATE TRIGGER sync_articles_title AFTER UPDATE OF title ON articles "
               "WHEN NEW.title IS NOT OLD.title AND NOT (SELECT quiet FROM sync_device) BEGIN "
               "INSERT INTO sync_titles(article_id, modified, source) VALUES (NEW.id, "
               "strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'own') ON CONFLICT(article_id) DO UPDATE "
               "SET modified = excluded.modified, source = 'own'; "
               "INSERT INTO sync_outbox(kind, key) VALUES ('title', NEW.id) "
               "ON CONFLICT(kind, key) DO UPDATE SET n = n + 1; END")
    db.execute("CREATE TABLE sync_pending_titles (article_id TEXT PRIMARY KEY, title TEXT NOT "
               "NULL, modified TEXT NOT NULL, source TEXT NOT NULL)")
    db.execute("CREATE TABLE title_conflicts (id INTEGER PRIMARY KEY, article_id TEXT NOT NULL, "
               "title TEXT NOT NULL, modified TEXT NOT NULL, origin TEXT NOT NULL CHECK (origin "
               "IN ('local', 'incoming')), recorded_at TEXT NOT NULL, "
               "UNIQUE (article_id, modified, origin))")



@migrations()
def m013_kept_articles_and_settled_titles(db: sqlite_utils.Database) -> None:
    """The team library remembers what the user settled.

    - `sync_kept`: the articles kept as the user's own after the team withdrew them (her work
      is on them): only these are "withdrawn from the team", not an article she imported
      herself that a teammate also shared or a trainer also published. Filled with what was
      listed as withdrawn before this step.
    - `title_conflicts.settled`: a title conflict the user picked stays as a settled row (with
      the version that was in use then), so reading the server again from the start (her
      teams changed) does not ask the same question again.
    """
    db.execute("CREATE TABLE sync_kept (article_id TEXT PRIMARY KEY REFERENCES articles(id) "
               "ON DELETE CASCADE)")
    db.execute(
        "INSERT INTO sync_kept(article_id) SELECT a.id FROM articles a WHERE a.origin = 'user' "
        "AND (EXISTS (SELECT 1 FROM sync_team_articles t WHERE t.article_id = a.id AND "
        "t.deleted = 1) OR EXISTS (SELECT 1 FROM sync_remote_shares r WHERE "
        "r.article_id = a.id AND r.shared = 0))")
    db.execute("ALTER TABLE title_conflicts ADD COLUMN settled INTEGER NOT NULL DEFAULT 0")


def migrate(conn: sqlite3.Connection) -> None:
    """Apply every pending step, each in its own transaction."""
    db = sqlite_utils.Database(conn, execute_plugins=False)
    migrations.apply(db)


def step_names() -> list[str]:
    return [m.name for m in migrations._migrations]


assert tuple(step_names()) == MIGRATION_NAMES, "update MIGRATION_NAMES in store/__init__.py"
