"""Taking a store made now back to an older schema version, for the migration tests: the tables and
columns that the versions after it add are dropped (what each test drops of earlier versions is its own)."""

from __future__ import annotations

import sqlite3

from workbench.store.schema import MIGRATIONS


def version_creating(table: str) -> int:
    """The schema version whose migration step creates the table (found in MIGRATIONS, so reordered steps
    need no change here)."""
    create = f"CREATE TABLE {table} "
    return next(i + 1 for i, steps in enumerate(MIGRATIONS) if any(isinstance(s, str) and create in s for s in steps))


SIGNED = version_creating("signatures")
"""The schema version that signs the audit events."""
CORRECTED = version_creating("corrections")
"""The schema version that keeps the analyst's corrections."""
VERDICTS = version_creating("evidence")
"""The schema version that gives claims a rating and an evidence ledger."""
PER_ANALYST = version_creating("analyst_decisions")
"""The schema version that keeps each analyst's decision apart."""
STORIES = version_creating("article_stories")
"""The schema version that keeps each article's story."""
SETTLED = version_creating("settlements")
"""The schema version that keeps adjudicators' settlements and the chains of merged stores."""


def back_to_version(conn: sqlite3.Connection, version: int) -> None:
    """Undo the schema of versions 7 and 8, the signatures, corrections, name splits, verdicts, per-analyst
    decisions, stories, settlements and merged chains where `version` is older, and set the version (the claims keep the status `disputed`
    allowed)."""
    if version < SETTLED:
        conn.executescript(
            """DROP TABLE settlements; DROP TABLE merged_keys; DROP TABLE merged_events; DROP TABLE merged_chains"""
        )
    if version < STORIES:
        conn.execute("DROP TABLE article_stories")
    if version < PER_ANALYST:
        conn.execute("DROP TABLE analyst_decisions")
    if (
        version < VERDICTS
    ):  # no evidence; the claims as version 1 made them: no rating, three statuses (members set aside)
        conn.executescript(
            """DROP TABLE evidence;
               CREATE TEMP TABLE kept AS SELECT candidate_id, claim_id FROM claim_members;
               CREATE TEMP TABLE counter AS SELECT seq FROM sqlite_sequence WHERE name = 'claims';
               DROP TABLE claim_members;
               CREATE TABLE old_claims (
                   id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, label TEXT NOT NULL,
                   value TEXT NOT NULL,
                   status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'rejected')),
                   note TEXT NOT NULL DEFAULT '', analyst TEXT, decided_at TEXT);
               INSERT INTO old_claims SELECT id, kind, label, value, status, note, analyst, decided_at FROM claims;
               DROP TABLE claims;
               ALTER TABLE old_claims RENAME TO claims;
               DELETE FROM sqlite_sequence WHERE name IN ('claims', 'old_claims');
               INSERT INTO sqlite_sequence (name, seq) SELECT 'claims', seq FROM counter;
               CREATE TABLE claim_members (
                   candidate_id TEXT PRIMARY KEY REFERENCES candidates (id) ON UPDATE CASCADE,
                   claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE);
               CREATE INDEX claim_members_claim ON claim_members (claim_id);
               INSERT INTO claim_members SELECT * FROM kept;
               DROP TABLE kept;
               DROP TABLE counter;"""
        )
    if version < version_creating("name_splits"):  # the same step adds articles.outlet_inferred
        conn.executescript("DROP TABLE name_splits; ALTER TABLE articles DROP COLUMN outlet_inferred")
    if version < CORRECTED:
        conn.execute("DROP TABLE corrections")
    if version < SIGNED:
        conn.executescript("DROP TABLE signatures; DROP TABLE analyst_keys")
    if version < 8:
        conn.execute("ALTER TABLE clusters DROP COLUMN story")
    if version < 7:
        conn.executescript("DROP TABLE extractions; DROP TABLE latest_analysis")
    conn.execute(f"PRAGMA user_version = {version}")
