"""Fixtures of the command-line tests: a reviewed store."""

import pytest

from tests.support.small_corpus import cid


@pytest.fixture
def reviewed(store, db_path):
    """The small corpus's store with 6 events: 3 ingests, a link, a confirm, a reject; closed, its path."""
    store.link(cid("alpha", "12 people"), [cid("beta", "12 people")])
    store.confirm(cid("alpha", "12 people"))
    store.reject(cid("gamma", "15 people"))
    store.close()
    return db_path
