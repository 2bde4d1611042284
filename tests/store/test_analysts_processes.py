"""Two and three processes deciding the same claims on one store at the same time (issue 16): every analyst's
last decision is kept, none overwritten, and each claim's status derives from them."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.support.small_corpus import ALPHA_12, ALPHA_14, GAMMA_15
from workbench.store import AnalystDecision, Store

CANDIDATES = (ALPHA_12, ALPHA_14, GAMMA_15)
ROUNDS = 6

# One analyst's bounded loop: each round decides every candidate, confirming or rejecting it by the parity of
# round + candidate + analyst, so that the analysts' decisions differ and change while the others write.
WORKER = """
import sys
from workbench.store import Store
path, analyst, index, rounds, *candidates = sys.argv[1:]
with Store.open(path, analyst=analyst) as store:
    for round_ in range(int(rounds)):
        for place, candidate in enumerate(candidates):
            decide = store.confirm if (round_ + place + int(index)) % 2 else store.reject
            decide(candidate)
"""


def last_decision(index: int, place: int) -> AnalystDecision:
    return AnalystDecision("confirmed" if (ROUNDS - 1 + place + index) % 2 else "rejected")


@pytest.mark.parametrize("analysts", [("ann", "bob"), ("ann", "bob", "cy")])
def test_concurrent_analysts_each_keep_their_own_last_decision(store, db_path, analysts):
    store.close()
    workers = [
        subprocess.Popen([sys.executable, "-c", WORKER, str(db_path), name, str(i), str(ROUNDS), *CANDIDATES])
        for i, name in enumerate(analysts)
    ]
    assert [w.wait(timeout=120) for w in workers] == [0] * len(analysts)
    with Store.open(db_path, readonly=True) as reader:
        for place, candidate in enumerate(CANDIDATES):
            claim = reader.claim_of(candidate)
            expected = {name: last_decision(i, place) for i, name in enumerate(analysts)}
            assert claim.decisions == expected
            verdicts = {d.status for d in expected.values()}
            assert claim.status == (verdicts.pop() if len(verdicts) == 1 else "disputed")
        assert reader.verify().ok
        assert len([e for e in reader.events() if e.action in ("confirm", "reject")]) >= len(analysts) * len(CANDIDATES)
