"""A spelling split off its canonical name: kept in the store with its audit event, once."""

from __future__ import annotations

from workbench.store import Store


def test_a_split_is_kept_audited_and_written_once(store, db_path):
    assert store.split_name("Lantry", "LANTRY") is True
    assert store.split_name("Lantry", "LANTRY") is False  # already split: no second event
    events = [e for e in store.events() if e.action == "split_name"]
    assert len(events) == 1 and events[0].target == "name:Lantry" and events[0].after == {"split": "LANTRY"}
    store.close()
    with Store.open(db_path) as reopened:
        assert reopened.name_splits() == {("Lantry", "LANTRY")} and reopened.verify().ok
