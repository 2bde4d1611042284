"""Print the gold scores of the current extractor (the figures for closing notes).

python benchmarks/score_gold.py            # both corpora
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.gold.goldscore import describe, score
from tests.support.paths import SEEDS, SEEDS_GOLD, SHARED_GOLD, SHARED_SEEDS
from workbench.pipeline import analyze

for name, folder, gold in (("seeds", SEEDS, SEEDS_GOLD), ("shared", SHARED_SEEDS, SHARED_GOLD)):
    if folder.is_dir() and gold.exists():
        print(f"== {name}")
        print(describe(score(analyze([folder]), gold)))
