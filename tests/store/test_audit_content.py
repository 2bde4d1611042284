"""verify() checks what the exports publish: each article version's text and metadata and each candidate, against
what the ingest events commit to; an old store is migrated with one "commit" event for what it holds."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace

import pytest

from tests.support.old_store import back_to_version
from tests.support.small_corpus import changed_texts, cid, make_analysis
from workbench.store import Store, audit, schema

A12, A14, B12 = cid("alpha", "12 people"), cid("alpha", "14 people"), cid("beta", "12 people")


def tamper(path, *statements):
    """Change the file directly, as someone with file access would, writing no audit event."""
    with sqlite3.connect(path) as conn:
        for statement in statements:
            conn.execute(statement)


@pytest.fixture
def reviewed(store, db_path):
    store.link(A12, [B12])
    store.confirm(A12)
    assert store.verify().ok
    store.close()
    return db_path


def verify(path):
    with Store.open(path, readonly=True) as opened:
        return opened.verify()


@pytest.mark.parametrize(
    ("statement", "article", "candidate", "reason"),
    [
        (
            "UPDATE articles SET outlet = 'Fake News Daily', url = 'https://evil.example/' WHERE id = 'alpha'",
            "alpha v1",
            None,
            "outlet differs from what seq 1 commits to",
        ),
        ("UPDATE articles SET url = 'https://evil.example/' WHERE id = 'beta'", "beta v1", None, "url differs"),
        ("UPDATE articles SET published = '2001-09-11' WHERE id = 'beta'", "beta v1", None, "published differs"),
        ("UPDATE articles SET title = 'Other' WHERE id = 'gamma'", "gamma v1", None, "title differs"),
        (
            "UPDATE articles SET text = replace(text, '12 people', '42 people') WHERE id = 'alpha'",
            "alpha v1",
            None,
            "text differs",
        ),
        ("UPDATE articles SET sha256 = 'feed' WHERE id = 'alpha'", "alpha v1", None, "sha256 differs"),
        ("UPDATE articles SET path = '/elsewhere.txt' WHERE id = 'alpha'", "alpha v1", None, "path differs"),
        (f"UPDATE candidates SET value = '42' WHERE id = '{A12}'", "alpha v1", A12, "differs from what seq 1"),
        (
            f"UPDATE candidates SET sentence_text = 'Police said 42 people died.' WHERE id = '{B12}'",
            "beta v1",
            B12,
            "differs from what seq 2",
        ),
        (f"UPDATE candidates SET speaker = 'Nobody' WHERE id = '{A14}'", "alpha v1", A14, "differs"),
        (f"DELETE FROM candidates WHERE id = '{A14}'", "alpha v1", A14, "seq 1 commits to it but it is not in"),
        (
            f"""INSERT INTO candidates (id, article, version, start, "end", text, kind, value, sentence_start,
                                        sentence_end, sentence_text)
                SELECT 'alpha:0-6:entity', article, version, 0, 6, 'Police', 'entity', '"Police"', 0, 10, 'x'
                FROM candidates WHERE id = '{A12}'""",
            "alpha v1",
            "alpha:0-6:entity",
            "no audit event commits to it",
        ),
    ],
)
def test_a_changed_article_or_candidate_is_named(reviewed, statement, article, candidate, reason):
    tamper(reviewed, statement)
    result = verify(reviewed)
    assert not result.ok
    assert (result.bad_article, result.bad_candidate) == (article, candidate)
    assert result.reason.startswith(reason)


def test_a_deleted_article_version_is_caught(reviewed):
    tamper(reviewed, "PRAGMA foreign_keys = OFF", "DELETE FROM candidates WHERE article = 'gamma'")
    tamper(reviewed, "DELETE FROM articles WHERE id = 'gamma'")
    result = verify(reviewed)
    assert (result.ok, result.bad_article) == (False, "gamma v1")
    assert result.reason == "seq 3 commits to it but it is not in the store"


def test_a_stale_candidate_kept_from_an_old_version_is_checked_too(store, db_path):
    store.reject(A14)
    store.ingest(make_analysis(changed_texts()))  # alpha v2: A14 stays on v1 as "<id>@v1"
    assert store.verify().ok
    store.close()
    tamper(db_path, f"UPDATE candidates SET text = '41 people' WHERE id = '{A14}@v1'")
    result = verify(db_path)
    assert (result.ok, result.bad_article, result.bad_candidate) == (False, "alpha v1", f"{A14}@v1")


def test_a_reanalysis_that_changes_an_unchanged_article_is_recorded(store):
    analysis = make_analysis()
    analysis.articles[1] = replace(analysis.articles[1], outlet="The Beta Times")
    before = len(store.events())
    store.ingest(analysis)
    events = store.events()
    assert [(e.action, e.target) for e in events[before:]] == [("refresh", "beta")]
    assert events[-1].before == {"version": 1, "sha256": analysis.articles[1].sha256}
    assert store.verify().ok
    store.ingest(analysis)  # the same analysis again: nothing changes, no event
    assert len(store.events()) == before + 1


def _as_version_5(path):
    """The store as version 5 kept it: ingest events commit to nothing (the chain rewritten as it was made)."""
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TRIGGER audit_no_update")
        prev = schema.GENESIS_HASH
        for seq, at, analyst, action, target, before, after in conn.execute(
            "SELECT seq, at, analyst, action, target, before, after FROM audit ORDER BY seq"
        ).fetchall():
            payload = json.loads(after)
            if isinstance(payload, dict):
                payload.pop("content", None)
            after = audit.canonical(payload)
            digest = audit.event_hash(seq, at, analyst, action, target, before, after, prev)
            conn.execute(
                "UPDATE audit SET after = ?, prev_hash = ?, hash = ? WHERE seq = ?", (after, prev, digest, seq)
            )
            conn.execute("UPDATE audit_head SET seq = ?, hash = ?", (seq, digest))
            prev = digest
        conn.execute(next(step for step in schema.MIGRATIONS[0] if "TRIGGER audit_no_update" in str(step)))
        back_to_version(conn, 5)


def test_an_old_store_is_migrated_with_one_commit_event_and_verifies(store, db_path):
    store.confirm(A12)
    store.close()
    _as_version_5(db_path)
    tamper(db_path, "UPDATE articles SET outlet = 'Changed before the migration' WHERE id = 'beta'")
    with Store.open(db_path, analyst="ann") as migrated:
        assert migrated.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        last = migrated.events()[-1]
        assert (last.seq, last.action, last.analyst, last.target) == (5, "commit", "workbench", "articles")
        assert sorted(last.after["articles"]) == ["alpha", "beta", "gamma"]
        result = migrated.verify()
        assert (result.ok, result.count, result.claims, result.articles) == (True, 5, 1, 3)
        migrated.ingest(make_analysis())  # nothing changed but beta's outlet, back to the analysis's
        assert [e.action for e in migrated.events()[5:]] == ["refresh"]
        assert migrated.verify().ok
    tamper(db_path, "UPDATE articles SET url = 'https://evil.example/' WHERE id = 'gamma'")
    result = verify(db_path)
    assert (result.ok, result.bad_article, result.reason) == (
        False,
        "gamma v1",
        "url differs from what seq 5 commits to",
    )


def test_a_changed_cluster_or_shared_passage_is_caught(reviewed):
    tamper(reviewed, "UPDATE clusters SET detail = 'exact', status = 'agree' WHERE id = 'C1'")
    result = verify(reviewed)
    assert (result.ok, result.bad_cluster, result.reason) == (False, "C1", "differs from what seq 3 commits to")
    tamper(reviewed, "UPDATE clusters SET detail = NULL, status = 'conflict' WHERE id = 'C1'")
    assert verify(reviewed).ok
    tamper(reviewed, """INSERT INTO shared_passages (spans, similarity) VALUES ('[["alpha", 0, 9]]', 1.0)""")
    result = verify(reviewed)
    assert (result.ok, result.reason) == (False, "the shared passages differ from what seq 3 commits to")


def test_new_suggestions_for_the_same_articles_are_recorded(store):
    analysis = make_analysis()
    before = len(store.events())
    store.ingest(replace(analysis, clusters=analysis.clusters[:2]))
    [event] = store.events()[before:]
    assert (event.action, event.target, sorted(event.after["suggestions"]["clusters"])) == (
        "suggest",
        "clusters",
        ["C1", "C2"],
    )
    assert store.verify().ok


def test_a_reingestion_restores_a_changed_article_instead_of_committing_to_it(store, db_path):
    genuine = {a.id: a.text for a in store.articles()}
    store.close()
    tamper(
        db_path,
        "UPDATE articles SET text = replace(text, '12 people', '42 people') WHERE id = 'alpha'",  # sha256 kept
        f"UPDATE candidates SET start = 0, kind = 'money', text = '42 people' WHERE id = '{A12}'",
    )
    with Store.open(db_path, analyst="ann") as reopened:
        reopened.ingest(make_analysis())
        assert {a.id: a.text for a in reopened.articles()} == genuine
        restored = reopened.candidate(A12)
        assert (restored.start, restored.kind, restored.text) == (12, "quantity", "12 people")
        assert reopened.verify().ok
