"""The team server's schema: forward-only steps, roles and row-level security; IT runs them.

Who may do what is decided by the server, with `current_user` (the login role) as the user:

- `memberships` (team, login, trainer|staff) is written only by IT (`chugiai server add-user`);
  a user sees only their own rows, and every policy asks it "is current_user in this team?".
- `articles` are content-addressed (id = SHA-256 of the body, checked by the server) and never
  updated; a user sees those in their own `library`, those published to one of their teams and
  those whose annotations someone shares with one of their teams.
- `team_articles`: only a trainer of the team publishes; members read.
- `annotations`: each row belongs to its `owner` (= current_user on insert, never changed); others
  see it only while the owner shares that article with one of their teams (`shares`).
- `entity_decisions`: a trainer's corrections of people and organizations are the team's list.
- No user may DELETE anything: deletions are tombstones (`deleted = true`), so a laptop that was
  away for months learns of them and never resurrects a row.
- Every write takes one transaction-level advisory lock and a number from `change_seq` (a
  new row from the column's default, an updated one in a trigger): writers commit in `seq`
  order, so a reader who has seen `seq = n` has seen every row with a smaller number, and a
  per-table cursor is enough for incremental pulls.

Member-data tables have FORCE ROW LEVEL SECURITY: their owner (IT's role that ran `init`, when
it is not a superuser) is held to the policies like everyone, and no policy lets it in.
"""

from __future__ import annotations

MEMBER_ROLE = "chugiai_member"  # NOLOGIN group role every user's login role is granted
WRITE_LOCK = 7_420_001  # pg_advisory_xact_lock key taken by every write (see the trigger)

_IS_MEMBER = "current_user IN (SELECT login FROM chugiai.memberships)"
_MY_TEAMS = "(SELECT team_id FROM chugiai.memberships WHERE login = current_user)"
_MY_TRAINER_TEAMS = ("(SELECT team_id FROM chugiai.memberships WHERE login = current_user "
                     "AND role = 'trainer')")


def _trainers_write(table: str, *, stamped_by: str, adding: str) -> str:
    """Row-level security of a list a team's trainers keep: the team reads it, its trainers add
    and change rows, each stamped with the login of the trainer who wrote it."""
    return f"""ALTER TABLE chugiai.{table} ENABLE ROW LEVEL SECURITY;
ALTER TABLE chugiai.{table} FORCE ROW LEVEL SECURITY;
CREATE POLICY read ON chugiai.{table} FOR SELECT USING (team_id IN {_MY_TEAMS});
CREATE POLICY {adding} ON chugiai.{table} FOR INSERT WITH CHECK (
    {stamped_by} = current_user AND team_id IN {_MY_TRAINER_TEAMS});
CREATE POLICY change ON chugiai.{table} FOR UPDATE USING (team_id IN {_MY_TRAINER_TEAMS})
    WITH CHECK ({stamped_by} = current_user AND team_id IN {_MY_TRAINER_TEAMS});"""

M001 = f"""
DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{MEMBER_ROLE}') THEN
        CREATE ROLE {MEMBER_ROLE} NOLOGIN;
    END IF;
END $$;

CREATE SEQUENCE chugiai.change_seq;

CREATE FUNCTION chugiai.stamp() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, chugiai AS $$
BEGIN
    PERFORM pg_advisory_xact_lock({WRITE_LOCK});
    NEW.seq := nextval('chugiai.change_seq');
    RETURN NEW;
END $$;

CREATE TABLE chugiai.teams (
    id bigserial PRIMARY KEY,
    name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    created timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE chugiai.memberships (
    team_id bigint NOT NULL REFERENCES chugiai.teams ON DELETE CASCADE,
    login name NOT NULL,
    role text NOT NULL CHECK (role IN ('trainer', 'staff')),
    PRIMARY KEY (team_id, login)
);
CREATE INDEX memberships_login ON chugiai.memberships (login);

CREATE TABLE chugiai.articles (
    id text PRIMARY KEY CONSTRAINT id_is_sha256_of_body
        CHECK (id = encode(sha256(convert_to(body, 'UTF8')), 'hex')),
    slug text NOT NULL DEFAULT '',
    title text NOT NULL CHECK (length(title) <= 2000),
    body text NOT NULL CHECK (length(body) <= 16000000),
    source text NOT NULL DEFAULT '',
    published text NOT NULL DEFAULT '',
    language text NOT NULL DEFAULT 'vi',
    added_by name NOT NULL DEFAULT current_user
);

CREATE TABLE chugiai.library (
    owner name NOT NULL DEFAULT current_user,
    article_id text NOT NULL REFERENCES chugiai.articles,
    origin text NOT NULL DEFAULT 'user',
    deleted boolean NOT NULL DEFAULT false,
    seq bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (owner, article_id)
);
CREATE INDEX library_seq ON chugiai.library (seq);

CREATE TABLE chugiai.team_articles (
    team_id bigint NOT NULL REFERENCES chugiai.teams ON DELETE CASCADE,
    article_id text NOT NULL REFERENCES chugiai.articles,
    published_by name NOT NULL DEFAULT current_user,
    deleted boolean NOT NULL DEFAULT false,
    seq bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (team_id, article_id)
);
CREATE INDEX team_articles_seq ON chugiai.team_articles (seq);

CREATE TABLE chugiai.annotations (
    owner name NOT NULL DEFAULT current_user,
    id text NOT NULL,
    article_id text NOT NULL REFERENCES chugiai.articles,
    start integer NOT NULL,
    "end" integer NOT NULL,
    exact text NOT NULL DEFAULT '',
    prefix text NOT NULL DEFAULT '',
    suffix text NOT NULL DEFAULT '',
    color text NOT NULL DEFAULT 'yellow',
    note text NOT NULL DEFAULT '',
    tags jsonb NOT NULL DEFAULT '[]',
    author text NOT NULL DEFAULT '',
    created text NOT NULL DEFAULT '',
    modified text NOT NULL DEFAULT '',
    deleted boolean NOT NULL DEFAULT false,
    device text NOT NULL DEFAULT '',
    seq bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (owner, id)
);
CREATE INDEX annotations_seq ON chugiai.annotations (seq);
CREATE INDEX annotations_owner_article ON chugiai.annotations (owner, article_id);

CREATE TABLE chugiai.shares (
    owner name NOT NULL DEFAULT current_user,
    team_id bigint NOT NULL REFERENCES chugiai.teams ON DELETE CASCADE,
    article_id text NOT NULL REFERENCES chugiai.articles,
    shared boolean NOT NULL DEFAULT true,
    seq bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (owner, team_id, article_id)
);
CREATE INDEX shares_seq ON chugiai.shares (seq);
CREATE INDEX shares_article ON chugiai.shares (article_id, owner);

CREATE TABLE chugiai.entity_decisions (
    team_id bigint NOT NULL REFERENCES chugiai.teams ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('PER', 'ORG')),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 500),
    aliases jsonb NOT NULL DEFAULT '[]',
    hidden boolean NOT NULL DEFAULT false,
    decided_by name NOT NULL DEFAULT current_user,
    modified text NOT NULL DEFAULT '',
    deleted boolean NOT NULL DEFAULT false,
    seq bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (team_id, kind, name)
);
CREATE INDEX entity_decisions_seq ON chugiai.entity_decisions (seq);

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON chugiai.library
    FOR EACH ROW EXECUTE FUNCTION chugiai.stamp();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON chugiai.team_articles
    FOR EACH ROW EXECUTE FUNCTION chugiai.stamp();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON chugiai.annotations
    FOR EACH ROW EXECUTE FUNCTION chugiai.stamp();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON chugiai.shares
    FOR EACH ROW EXECUTE FUNCTION chugiai.stamp();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON chugiai.entity_decisions
    FOR EACH ROW EXECUTE FUNCTION chugiai.stamp();

-- a row never changes hands, nor articles
CREATE FUNCTION chugiai.keep_owner() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, chugiai AS $$
BEGIN
    IF NEW.owner IS DISTINCT FROM OLD.owner OR NEW.id IS DISTINCT FROM OLD.id
            OR NEW.article_id IS DISTINCT FROM OLD.article_id THEN
        RAISE EXCEPTION 'an annotation keeps its owner, id and article';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER keep_owner BEFORE UPDATE ON chugiai.annotations
    FOR EACH ROW EXECUTE FUNCTION chugiai.keep_owner();

-- grants: nothing to PUBLIC; members get exactly what the policies then narrow down
REVOKE ALL ON ALL TABLES IN SCHEMA chugiai FROM PUBLIC;
REVOKE ALL ON SCHEMA chugiai FROM PUBLIC;
REVOKE ALL ON FUNCTION chugiai.stamp() FROM PUBLIC;
REVOKE ALL ON FUNCTION chugiai.keep_owner() FROM PUBLIC;
GRANT USAGE ON SCHEMA chugiai TO {MEMBER_ROLE};
GRANT USAGE ON SEQUENCE chugiai.change_seq TO {MEMBER_ROLE};
GRANT SELECT ON chugiai.teams, chugiai.memberships TO {MEMBER_ROLE};
GRANT SELECT, INSERT ON chugiai.articles TO {MEMBER_ROLE};
GRANT SELECT, INSERT, UPDATE ON chugiai.library, chugiai.team_articles, chugiai.annotations,
    chugiai.shares, chugiai.entity_decisions TO {MEMBER_ROLE};

ALTER TABLE chugiai.teams ENABLE ROW LEVEL SECURITY;
ALTER TABLE chugiai.memberships ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON chugiai.memberships FOR SELECT USING (login = current_user);
CREATE POLICY my_teams ON chugiai.teams FOR SELECT USING (id IN {_MY_TEAMS});

ALTER TABLE chugiai.articles ENABLE ROW LEVEL SECURITY;
ALTER TABLE chugiai.articles FORCE ROW LEVEL SECURITY;
CREATE POLICY read ON chugiai.articles FOR SELECT USING (
    added_by = current_user
    OR id IN (SELECT article_id FROM chugiai.library WHERE owner = current_user)
    OR id IN (SELECT article_id FROM chugiai.team_articles WHERE team_id IN {_MY_TEAMS})
    OR id IN (SELECT article_id FROM chugiai.shares WHERE shared AND team_id IN {_MY_TEAMS}));
CREATE POLICY add ON chugiai.articles FOR INSERT WITH CHECK (
    added_by = current_user AND {_IS_MEMBER});

ALTER TABLE chugiai.library ENABLE ROW LEVEL SECURITY;
ALTER TABLE chugiai.library FORCE ROW LEVEL SECURITY;
CREATE POLICY own ON chugiai.library FOR ALL USING (owner = current_user)
    WITH CHECK (owner = current_user AND {_IS_MEMBER});

{_trainers_write('team_articles', stamped_by='published_by', adding='publish')}

ALTER TABLE chugiai.shares ENABLE ROW LEVEL SECURITY;
ALTER TABLE chugiai.shares FORCE ROW LEVEL SECURITY;
CREATE POLICY read ON chugiai.shares FOR SELECT USING (
    owner = current_user OR team_id IN {_MY_TEAMS});
CREATE POLICY add ON chugiai.shares FOR INSERT WITH CHECK (
    owner = current_user AND team_id IN {_MY_TEAMS});
CREATE POLICY change ON chugiai.shares FOR UPDATE USING (owner = current_user)
    WITH CHECK (owner = current_user AND team_id IN {_MY_TEAMS});

ALTER TABLE chugiai.annotations ENABLE ROW LEVEL SECURITY;
ALTER TABLE chugiai.annotations FORCE ROW LEVEL SECURITY;
CREATE POLICY read ON chugiai.annotations FOR SELECT USING (
    owner = current_user
    OR EXISTS (SELECT 1 FROM chugiai.shares s WHERE s.owner = annotations.owner
               AND s.article_id = annotations.article_id AND s.shared
               AND s.team_id IN {_MY_TEAMS}));
CREATE POLICY add ON chugiai.annotations FOR INSERT WITH CHECK (
    owner = current_user AND {_IS_MEMBER});
CREATE POLICY change ON chugiai.annotations FOR UPDATE USING (owner = current_user)
    WITH CHECK (owner = current_user);

{_trainers_write('entity_decisions', stamped_by='decided_by', adding='decide')}
"""

_DATA_TABLES = ("library", "team_articles", "annotations", "shares", "entity_decisions")
_INSERTABLE = {  # every column but `seq`: a user cannot choose a row's change number
    "library": "owner, article_id, origin, deleted, title, title_modified",
    "team_articles": "team_id, article_id, published_by, deleted, title, title_modified",
    "annotations": 'owner, id, article_id, start, "end", exact, prefix, suffix, color, note, '
                   "tags, author, created, modified, deleted, device",
    "shares": "owner, team_id, article_id, shared",
    "entity_decisions": "team_id, kind, name, aliases, hidden, decided_by, modified, deleted",
}

# Titles travel with an article's place in a library: the user's own title (library) and the
# title a trainer gives what they publish (team_articles); the newest `title_modified` wins on
# each laptop. Change numbers of new rows come from the column's default, set-wise, instead of a
# trigger per row: the advisory lock is taken once per statement (before any number is drawn),
# and `seq` is left out of the members' INSERT grant, so it still cannot be forged; an UPDATE is
# stamped by the row trigger as before.
S002 = f"""
ALTER TABLE chugiai.library
    ADD COLUMN title text NOT NULL DEFAULT '' CHECK (length(title) <= 2000),
    ADD COLUMN title_modified text NOT NULL DEFAULT '' CHECK (length(title_modified) <= 64);
ALTER TABLE chugiai.team_articles
    ADD COLUMN title text NOT NULL DEFAULT '' CHECK (length(title) <= 2000),
    ADD COLUMN title_modified text NOT NULL DEFAULT '' CHECK (length(title_modified) <= 64);

CREATE FUNCTION chugiai.lock_writes() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, chugiai AS $$
BEGIN
    PERFORM pg_advisory_xact_lock({WRITE_LOCK});
    RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION chugiai.lock_writes() FROM PUBLIC;
""" + "".join(f"""
DROP TRIGGER stamp ON chugiai.{t};
CREATE TRIGGER lock_writes BEFORE INSERT OR UPDATE ON chugiai.{t}
    FOR EACH STATEMENT EXECUTE FUNCTION chugiai.lock_writes();
CREATE TRIGGER stamp BEFORE UPDATE ON chugiai.{t}
    FOR EACH ROW EXECUTE FUNCTION chugiai.stamp();
ALTER TABLE chugiai.{t} ALTER COLUMN seq SET DEFAULT nextval('chugiai.change_seq');
REVOKE INSERT ON chugiai.{t} FROM {MEMBER_ROLE};
GRANT INSERT ({_INSERTABLE[t]}) ON chugiai.{t} TO {MEMBER_ROLE};
""" for t in _DATA_TABLES)

# A publication and a share carry when the user asked for it, an article's place in a library
# when it was added or deleted: a request or an import made earlier on a laptop that was away
# never undoes a later withdrawal or deletion.
S004 = f"""
ALTER TABLE chugiai.library
    ADD COLUMN modified text NOT NULL DEFAULT '' CHECK (length(modified) <= 64);
ALTER TABLE chugiai.team_articles
    ADD COLUMN modified text NOT NULL DEFAULT '' CHECK (length(modified) <= 64);
ALTER TABLE chugiai.shares
    ADD COLUMN modified text NOT NULL DEFAULT '' CHECK (length(modified) <= 64);
GRANT INSERT (modified) ON chugiai.library, chugiai.team_articles, chugiai.shares
    TO {MEMBER_ROLE};
"""

# (name, SQL) in order; an applied step is never edited, a new one is appended
STEPS: tuple[tuple[str, str], ...] = (
    ("s001_team_library", M001),
    ("s002_titles_and_set_wise_numbers", S002),
    ("s004_requests_carry_their_time", S004),
)


def init(conn) -> list[str]:
    """Create the schema, or bring it up to date; returns the steps applied now (idempotent)."""
    applied_now = []
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", [WRITE_LOCK + 1])
        conn.execute("CREATE SCHEMA IF NOT EXISTS chugiai")
        conn.execute("CREATE TABLE IF NOT EXISTS chugiai.schema_steps ("
                     "name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())")
        conn.execute("REVOKE ALL ON chugiai.schema_steps FROM PUBLIC")
        done = {row[0] for row in conn.execute("SELECT name FROM chugiai.schema_steps")}
        for name, sql in STEPS:
            if name in done:
                continue
            conn.execute(sql)
            conn.execute("INSERT INTO chugiai.schema_steps(name) VALUES (%s)", [name])
            applied_now.append(name)
    return applied_now


def pending(conn) -> list[str]:
    """Steps this server has not had yet (all of them when it was never initialised)."""
    row = conn.execute("SELECT to_regclass('chugiai.schema_steps')").fetchone()
    if row[0] is None:
        return [name for name, _ in STEPS]
    done = {r[0] for r in conn.execute("SELECT name FROM chugiai.schema_steps")}
    return [name for name, _ in STEPS if name not in done]


def add_team(conn, name: str) -> bool:
    """Create a team; False when it existed already."""
    with conn.transaction():
        cur = conn.execute("INSERT INTO chugiai.teams(name) VALUES (%s) ON CONFLICT (name) "
                           "DO NOTHING", [name])
        return cur.rowcount == 1


def add_user(conn, login: str, *, team: str, role: str, password: str | None,
             certificate: bool = False) -> bool:
    """Create (or update) a user's login role and put it in a team with a role; True when the
    login role is new. The password travels as a SCRAM verifier made here, never in clear;
    `certificate`: the role signs in with a client certificate (CN = login) and has no
    password (an existing one is removed, so no password line of pg_hba.conf lets it in)."""
    from psycopg import sql  # with the connection's own package

    if role not in ("trainer", "staff"):
        raise ValueError("role must be trainer or staff")
    if certificate and password is not None:
        raise ValueError("a user who signs in with a certificate has no password")
    with conn.transaction():
        team_row = conn.execute("SELECT id FROM chugiai.teams WHERE name = %s", [team]).fetchone()
        if team_row is None:
            raise LookupError(f"no team named {team!r} (add it first: chugiai server add-team)")
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [login]).fetchone()
        ident = sql.Identifier(login)
        if exists is None:
            if password is None and not certificate:
                raise ValueError(f"{login} is a new user: a password is needed "
                                 "(or --certificate)")
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(ident))
        if certificate:
            conn.execute(sql.SQL("ALTER ROLE {} PASSWORD NULL").format(ident))
        if password is not None:
            verifier = conn.pgconn.encrypt_password(
                password.encode(), login.encode(), b"scram-sha-256").decode()
            conn.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(ident, sql.Literal(verifier)))
        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(MEMBER_ROLE), ident))
        conn.execute("INSERT INTO chugiai.memberships(team_id, login, role) VALUES (%s, %s, %s) "
                     "ON CONFLICT (team_id, login) DO UPDATE SET role = excluded.role",
                     [team_row[0], login, role])
    return exists is None
