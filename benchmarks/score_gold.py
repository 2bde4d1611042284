"""Print the gold scores of the current extractor (the figures for closing notes).

python benchmarks/score_gold.py                        # both seed corpora
python benchmarks/score_gold.py STORY_FOLDER [...]     # stories of real coverage, each a folder of articles
                                                       # with its hand-made gold.json (tests/gold/FORMAT.md)
python benchmarks/score_gold.py --brief STORY_FOLDER   # the summary lines only (a blind test set's: no details)

Each story's full report is followed by one summary line (recall, link F1, statuses right, speakers), and a
mean line when there are several: the lines of the closing notes' tables.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.gold.goldscore import Score, describe, score
from tests.support.paths import SEEDS, SEEDS_GOLD, SHARED_GOLD, SHARED_SEEDS
from workbench.pipeline import analyze


def summary(name: str, s: Score, clusters: int) -> tuple[str, tuple[float, float, int, float]]:
    right = clusters - len(s.status_wrong)
    line = (
        f"{name:14} recall {s.recall:.3f}  link F1 {s.pair_f1:.3f} (P {s.pair_precision:.3f} R {s.pair_recall:.3f})"
        f"  statuses {right}/{clusters}  speakers {s.speaker_accuracy:.3f}"
    )
    return line, (s.recall, s.pair_f1, right, s.speaker_accuracy)


def main(folders: list[str], brief: bool = False) -> None:
    if not folders:
        for name, folder, gold in (("seeds", SEEDS, SEEDS_GOLD), ("shared", SHARED_SEEDS, SHARED_GOLD)):
            if folder.is_dir() and gold.exists():
                print(f"== {name}")
                print(describe(score(analyze([folder]), gold)))
        return
    lines, rows, clusters = [], [], 0
    missing = [folder for folder in folders if not (Path(folder) / "gold.json").is_file()]
    if missing:
        print(
            f"score_gold.py: {missing[0]}: no gold.json in it (a story folder holds its articles and gold.json)",
            file=sys.stderr,
        )
        sys.exit(2)
    for folder in map(Path, folders):
        gold = folder / "gold.json"
        s = score(analyze([folder]), gold)
        count = len(json.loads(gold.read_text(encoding="utf-8")).get("clusters", []))
        if not brief:
            print(f"== {folder.name}\n{describe(s)}")
        line, row = summary(folder.name, s, count)
        lines.append(line)
        rows.append(row)
        clusters += count
    print("\n".join(lines))
    if len(rows) > 1:
        k = len(rows)
        print(
            f"{'mean':14} recall {sum(r[0] for r in rows) / k:.3f}  link F1 {sum(r[1] for r in rows) / k:.3f}"
            f"  statuses {sum(r[2] for r in rows)}/{clusters}  speakers {sum(r[3] for r in rows) / k:.3f}"
        )


if __name__ == "__main__":
    arguments = sys.argv[1:]
    main([a for a in arguments if a != "--brief"], brief="--brief" in arguments)
