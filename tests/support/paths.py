"""Where the test corpora are: the bundled seeds and the real articles in ../shared/seeds."""

from pathlib import Path

import pytest

from workbench.resources import seeds_dir

REPO = Path(__file__).resolve().parents[2]
SHARED_SEEDS = REPO.parent / "shared" / "seeds"
SEEDS = seeds_dir()
SEEDS_GOLD = SEEDS / "gold.json"
SHARED_GOLD = REPO / "tests" / "gold" / "shared_seeds.json"


def need_shared_seeds() -> Path:
    """The shared seeds folder, or skip the test when it is absent."""
    if not SHARED_SEEDS.is_dir():
        pytest.skip("../shared/seeds is absent")
    return SHARED_SEEDS
