"""The store's tables, versioned with PRAGMA user_version and migrated forward one step at a time."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from ..load.files import source_of

GENESIS_HASH = "0" * 64

Step = str | Callable[[sqlite3.Connection], None]
"""A migration step: SQL, or a function of the connection."""

_CLAIM_MEMBERS = (
    """CREATE TABLE claim_members (
        candidate_id TEXT PRIMARY KEY REFERENCES candidates (id) ON UPDATE CASCADE,
        claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE
    )""",
    "CREATE INDEX claim_members_claim ON claim_members (claim_id)",
)

_V1: list[Step] = [
    """CREATE TABLE articles (
        id TEXT NOT NULL,
        version INTEGER NOT NULL,
        path TEXT NOT NULL,
        title TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        text TEXT NOT NULL,
        boilerplate TEXT NOT NULL DEFAULT '[]',
        dateline TEXT,
        ingested_at TEXT NOT NULL,
        PRIMARY KEY (id, version)
    )""",
    # id is the contract id; a candidate kept from a superseded article version is renamed "<id>@v<version>".
    """CREATE TABLE candidates (
        id TEXT PRIMARY KEY,
        article TEXT NOT NULL,
        version INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT NOT NULL,
        value TEXT NOT NULL,
        unit TEXT,
        speaker TEXT,
        sentence_start INTEGER NOT NULL,
        sentence_end INTEGER NOT NULL,
        sentence_text TEXT NOT NULL,
        FOREIGN KEY (article, version) REFERENCES articles (id, version)
    )""",
    "CREATE INDEX candidates_article ON candidates (article, version)",
    # Each article's current (latest) version, and its place in ingestion order.
    """CREATE VIEW current_versions AS
       SELECT id, max(version) AS version, min(rowid) AS ord FROM articles GROUP BY id""",
    """CREATE TABLE clusters (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        members TEXT NOT NULL,
        articles TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('agree', 'conflict'))
    )""",
    """CREATE TABLE claims (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,
        label TEXT NOT NULL,
        value TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'rejected')),
        note TEXT NOT NULL DEFAULT '',
        analyst TEXT,
        decided_at TEXT
    )""",
    *_CLAIM_MEMBERS,
    """CREATE TABLE audit (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        analyst TEXT NOT NULL,
        action TEXT NOT NULL,
        target TEXT NOT NULL,
        before TEXT NOT NULL,
        after TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    )""",
    "CREATE INDEX audit_analyst_action ON audit (analyst, action)",
    """CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    """CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    # The last event's seq and hash, so that cutting events off the end of the log is detected too.
    """CREATE TABLE audit_head (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seq INTEGER NOT NULL,
        hash TEXT NOT NULL
    )""",
    """CREATE TRIGGER audit_head_follows AFTER INSERT ON audit
       BEGIN INSERT OR REPLACE INTO audit_head (id, seq, hash) VALUES (1, NEW.seq, NEW.hash); END""",
    # Which candidates, claims and articles each event touches: an index for history(), not evidence.
    """CREATE TABLE audit_refs (
        ref TEXT NOT NULL,
        seq INTEGER NOT NULL REFERENCES audit (seq),
        PRIMARY KEY (ref, seq)
    ) WITHOUT ROWID""",
    "CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
]

# Version 2: each article's provenance, and the original web pages (kept so that extraction can be re-run
# and an address is fetched once). A page belongs to the article versions with its address and sha256.
_V2: list[Step] = [
    *(f"ALTER TABLE articles ADD COLUMN {column} TEXT" for column in ("outlet", "published", "url", "author")),
    """CREATE TABLE pages (
        address TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        url TEXT,
        charset TEXT,
        body BLOB NOT NULL,
        stored_at TEXT NOT NULL,
        PRIMARY KEY (address, sha256)
    )""",
]

# Version 3 (issue 5): where the sources come from and how they word a fact. Each article's origin family;
# each candidate's hedge and bounds (figures), variant and word diff (quotes in a cluster); each cluster's
# independent sources, figure detail and speakers-differ flag; the passages articles share (replaced on
# each ingestion, like the clusters). JSON columns hold lists.
_V3: list[Step] = [
    "ALTER TABLE articles ADD COLUMN family TEXT",
    *(f"ALTER TABLE candidates ADD COLUMN {column} TEXT" for column in ("hedge", "bounds", "variant", "diff")),
    "ALTER TABLE clusters ADD COLUMN independent_sources INTEGER",
    "ALTER TABLE clusters ADD COLUMN detail TEXT",
    "ALTER TABLE clusters ADD COLUMN speakers_differ INTEGER NOT NULL DEFAULT 0",
    """CREATE TABLE shared_passages (
        id INTEGER PRIMARY KEY,
        spans TEXT NOT NULL,
        similarity REAL NOT NULL
    )""",
]


def _fill_sources(conn: sqlite3.Connection) -> None:
    """Each stored article version's source, from its path (a relative one taken from the current folder)."""
    paths = [row[0] for row in conn.execute("SELECT DISTINCT path FROM articles")]
    conn.executemany("UPDATE articles SET source = ? WHERE path = ?", [(source_of(path), path) for path in paths])


# Version 4: what identifies an article from one load to the next is its source (corpus.source_of: the
# address, or the file's resolved path), not its id, which is only its file stem made unique.
_V4: list[Step] = [
    "ALTER TABLE articles ADD COLUMN source TEXT",
    _fill_sources,
]

# Version 5 (issue 12, contract 2): a quote's comparison form (`key`; its `value` is now the wording as
# printed), where each fact comes from (`attributed_to`) and each cluster's distinct origins (a JSON list).
_V5: list[Step] = [
    "ALTER TABLE candidates ADD COLUMN key TEXT",
    "ALTER TABLE candidates ADD COLUMN attributed_to TEXT",
    "ALTER TABLE clusters ADD COLUMN origins TEXT NOT NULL DEFAULT '[]'",
]


def _commit_articles(conn: sqlite3.Connection) -> None:
    """One "commit" audit event for the articles stored before ingest events committed to them."""
    from .content import commit_all  # content needs audit, which needs this module

    commit_all(conn)


# Version 6 (issue 11): the audit log commits to each article version's text, metadata and candidates
# (store/content.py). A store made before gets one "commit" event for what it holds when migrated: a change
# made before that event cannot be caught.
_V6: list[Step] = [_commit_articles]

# Version 7 (issue 13): what a reopen reuses instead of analysing again (store/reuse.py), not evidence and not
# audited: each article's extraction by its extract.extraction_key (JSON), those of the latest analysis; and
# what that analysis was made from (pipeline.inputs_of, NULL when unknown) with the warnings it gave.
_V7: list[Step] = [
    "CREATE TABLE extractions (key TEXT PRIMARY KEY, extraction TEXT NOT NULL)",
    """CREATE TABLE latest_analysis (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        inputs TEXT,
        warnings TEXT NOT NULL
    )""",
]

# Version 8 (issue 13): the story each suggested cluster is of (facts are aligned within a story; NULL in a
# store analysed before stories).
_V8: list[Step] = ["ALTER TABLE clusters ADD COLUMN story TEXT"]


def _rebuild_claims(conn: sqlite3.Connection, statuses: tuple[str, ...], copied: str) -> None:
    """Rebuild the claims table allowing `statuses` (SQLite cannot change a CHECK in place), copying the
    `copied` columns. The members are set aside first, since dropping the claims would cascade to them; the
    AUTOINCREMENT counter is carried over, so that an undo re-creating a deleted claim keeps its id."""
    (counter,) = conn.execute("SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = 'claims'").fetchone()
    conn.execute("CREATE TEMP TABLE members_kept AS SELECT candidate_id, claim_id FROM claim_members")
    conn.execute("DROP TABLE claim_members")
    allowed = ", ".join(f"'{status}'" for status in statuses)
    conn.execute(
        f"""CREATE TABLE claims_new (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            label TEXT NOT NULL,
            value TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ({allowed})),
            note TEXT NOT NULL DEFAULT '',
            analyst TEXT,
            decided_at TEXT,
            rating TEXT
        )"""
    )
    conn.execute(f"INSERT INTO claims_new ({copied}) SELECT {copied} FROM claims")
    conn.execute("DROP TABLE claims")
    conn.execute("ALTER TABLE claims_new RENAME TO claims")
    conn.execute("DELETE FROM sqlite_sequence WHERE name IN ('claims', 'claims_new')")
    conn.execute("INSERT INTO sqlite_sequence (name, seq) VALUES ('claims', ?)", (counter,))
    for statement in _CLAIM_MEMBERS:
        conn.execute(statement)
    conn.execute("INSERT INTO claim_members SELECT candidate_id, claim_id FROM members_kept")
    conn.execute("DROP TABLE members_kept")


_V9_STATUSES = ("pending", "confirmed", "rejected", "rated", "dismissed")


def _verdicts(conn: sqlite3.Connection) -> None:
    """Claims with a rating and the statuses `rated` and `dismissed`."""
    _rebuild_claims(conn, _V9_STATUSES, "id, kind, label, value, status, note, analyst, decided_at")


# Version 9 (issue 16): each audit event's Ed25519 signature over its hash and the public key that made it, and
# each analyst's key as their first signed event registered it (store/signatures.py); both append-only. Events
# made before stay unsigned.
_V9: list[Step] = [
    """CREATE TABLE signatures (
        seq INTEGER PRIMARY KEY REFERENCES audit (seq),
        public_key TEXT NOT NULL,
        signature TEXT NOT NULL
    )""",
    """CREATE TABLE analyst_keys (
        analyst TEXT PRIMARY KEY,
        public_key TEXT NOT NULL,
        seq INTEGER NOT NULL REFERENCES audit (seq)
    )""",
    *(
        f"""CREATE TRIGGER {table}_no_{change} BEFORE {change.upper()} ON {table}
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"""
        for table in ("signatures", "analyst_keys")
        for change in ("update", "delete")
    ),
]

# Version 10 (issue 14): the analyst's corrections of the analysis (store/corrections.py), made again to each
# later analysis; `stale` when the latest one left nothing to apply a correction to.
_V10: list[Step] = [
    """CREATE TABLE corrections (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        action TEXT NOT NULL,
        article TEXT NOT NULL,
        target TEXT NOT NULL,
        data TEXT NOT NULL,
        stale INTEGER NOT NULL DEFAULT 0
    )"""
]

# Version 11 (issue 14): the spellings the analyst split off a canonical name into a group of their own
# (store/names.py), each with its "split_name" audit event; whether an article's outlet was taken from its text.
_V11: list[Step] = [
    "CREATE TABLE name_splits (name TEXT NOT NULL, spelling TEXT NOT NULL, PRIMARY KEY (name, spelling))",
    "ALTER TABLE articles ADD COLUMN outlet_inferred INTEGER NOT NULL DEFAULT 0",
]

# Version 12 (issue 15): verdicts and their evidence. A claim's rating (a name on the settings' scale; NULL for pending and dismissed
# claims, and for claims decided before ratings), and the statuses `rated` (a rating between the top and the
# bottom) and `dismissed` (not a checkable fact).
_V12: list[Step] = [
    _verdicts,
    # Each claim's evidence ledger (store/evidence.py), in the order the items were added; part of the claim's
    # audited snapshot. An address's page bytes are kept in `pages` under its address and sha256.
    """CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('mention', 'address', 'source')),
        candidate TEXT,
        address TEXT,
        sha256 TEXT,
        fetched_at TEXT,
        title TEXT,
        excerpt TEXT NOT NULL DEFAULT '',
        description TEXT,
        date TEXT
    )""",
    "CREATE INDEX evidence_claim ON evidence (claim_id)",
]


def _disputable(conn: sqlite3.Connection) -> None:
    """Claims that may be `disputed` (their evidence set aside, like their members, while they are rebuilt)."""
    conn.execute("CREATE TEMP TABLE evidence_kept AS SELECT * FROM evidence")
    columns = "id, kind, label, value, status, note, analyst, decided_at, rating"
    _rebuild_claims(conn, (*_V9_STATUSES, "disputed"), columns)
    conn.execute("INSERT OR IGNORE INTO evidence SELECT * FROM evidence_kept")
    conn.execute("DROP TABLE evidence_kept")


# Version 13 (issue 16): each analyst's decision on a claim kept as theirs (store/claims.py); a claim's status is
# derived from them: the one decision, the decision all agree on, or `disputed` when they differ. Each decided
# claim's decision becomes that of its recorded analyst.
_V13: list[Step] = [
    _disputable,
    """CREATE TABLE analyst_decisions (
        claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        analyst TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('confirmed', 'rejected', 'rated', 'dismissed')),
        rating TEXT,
        PRIMARY KEY (claim_id, analyst)
    )""",
    """INSERT INTO analyst_decisions (claim_id, analyst, status, rating)
       SELECT id, analyst, status, rating FROM claims WHERE status != 'pending' AND analyst IS NOT NULL""",
]

# Version 14 (issue 13): the story each article of the latest analysis is of (align.stories), replaced by each
# ingest as the clusters are; not evidence. A store analysed before holds none: all its articles are one story.
_V14: list[Step] = ["CREATE TABLE article_stories (article TEXT PRIMARY KEY, story TEXT NOT NULL)"]

# Version 15 (issue 16 items 5 and 6): an adjudicator's settlement of a disputed claim (store/settlements.py), whose
# verdict the claim's status then is, naming the analysts' decisions it settled (JSON); and the audit chains of the
# stores merged into this one (store/merge.py): each chain's name and head as the "merge" event (its seq) recorded
# it, its events with their signatures, and the analysts' keys its store registered; append-only.
_V15: list[Step] = [
    """CREATE TABLE settlements (
        claim_id INTEGER PRIMARY KEY REFERENCES claims (id) ON DELETE CASCADE,
        adjudicator TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('confirmed', 'rejected', 'rated', 'dismissed')),
        rating TEXT,
        settled TEXT NOT NULL
    )""",
    """CREATE TABLE merged_chains (
        source INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        head TEXT NOT NULL,
        events INTEGER NOT NULL,
        seq INTEGER NOT NULL REFERENCES audit (seq)
    )""",
    """CREATE TABLE merged_events (
        source INTEGER NOT NULL REFERENCES merged_chains (source),
        seq INTEGER NOT NULL,
        at TEXT NOT NULL,
        analyst TEXT NOT NULL,
        action TEXT NOT NULL,
        target TEXT NOT NULL,
        before TEXT NOT NULL,
        after TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        public_key TEXT,
        signature TEXT,
        PRIMARY KEY (source, seq)
    )""",
    """CREATE TABLE merged_keys (
        source INTEGER NOT NULL REFERENCES merged_chains (source),
        analyst TEXT NOT NULL,
        public_key TEXT NOT NULL,
        seq INTEGER NOT NULL,
        PRIMARY KEY (source, analyst)
    )""",
    *(
        f"""CREATE TRIGGER {table}_no_{change} BEFORE {change.upper()} ON {table}
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"""
        for table in ("merged_chains", "merged_events", "merged_keys")
        for change in ("update", "delete")
    ),
]

# MIGRATIONS[i] takes a database at user_version i to i + 1; a step is SQL or a function of the connection.
MIGRATIONS: list[list[Step]] = [_V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8, _V9, _V10, _V11, _V12, _V13, _V14, _V15]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection) -> None:
    """Bring the schema up to SCHEMA_VERSION; call inside a write transaction."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for step in range(version, SCHEMA_VERSION):
        for statement in MIGRATIONS[step]:
            if callable(statement):
                statement(conn)
            else:
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {step + 1}")
