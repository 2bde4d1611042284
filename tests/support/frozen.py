"""The frozen analyses the snapshot tests render, so that a change in extraction or alignment does not move
every snapshot: what `workbench analyze --format json` wrote for each corpus, kept in tests/fixtures/analysis/,
read back into the Analysis model.

The JSON contract leaves out the article texts (it gives their sha256 and length): they are read from the
article files again, and a file whose bytes or text no longer match the frozen analysis is an error.

From the repository root:
    python -m tests.support.frozen            write the frozen analyses again (then look at the snapshots)
    python -m tests.support.frozen --check    say which frozen analyses differ from what `analyze` gives now
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.support.paths import REPO
from workbench.load.files import load_articles
from workbench.model import Analysis, Article, Candidate, Cluster, SharedPassage, Story

FROZEN = REPO / "tests" / "fixtures" / "analysis"
CORPORA = {  # name -> what `analyze` is given, relative to the repository root
    "seeds": "seeds",  # the bundled demo corpus
    "markup": "tests/fixtures/markup/markup_article.txt",  # markup-like text, escape and control characters
    "paraphrase": "tests/fixtures/paraphrase",  # two outlets, one quoting the other's words reordered
}
REGENERATE = "python -m tests.support.frozen"


def frozen_path(name: str) -> Path:
    return FROZEN / f"{name}.json"


def analyze_json(name: str) -> bytes:
    """What `workbench analyze --format json` prints for the corpus, run from the repository root."""
    command = [sys.executable, "-m", "workbench.cli", "analyze", "--format", "json", CORPORA[name]]
    return subprocess.run(command, cwd=REPO, capture_output=True, check=True).stdout


def load_frozen(name: str) -> Analysis:
    """The frozen analysis of the corpus, its paths made absolute as `analyze` on REPO/path makes them."""
    data = json.loads(frozen_path(name).read_text(encoding="utf-8"))
    return analysis_from_json(data, REPO)


def analysis_from_json(data: dict[str, Any], root: Path) -> Analysis:
    """An Analysis from the `analyze` JSON contract; article paths are taken relative to `root` and the texts
    are read from those files. Fields the model does not know are left aside."""
    paths = [root / a["path"] for a in data["articles"]]
    texts = {article.sha256: article.text for article in load_articles(paths)}
    articles = []
    for a, path in zip(data["articles"], paths, strict=True):
        text = texts.get(a["sha256"])
        if text is None or len(text) != a["length"]:
            raise ValueError(f"{path} is not the article the frozen analysis was made from: run {REGENERATE}")
        articles.append(
            Article(
                a["id"],
                str(path),
                a["title"],
                a["sha256"],
                text,
                boilerplate=[(start, end) for start, end in a["boilerplate"]],
                dateline=a["dateline"],
                outlet=a["outlet"],
                outlet_inferred=a.get("outlet_inferred", False),
                published=a["published"],
                url=a["url"],
                author=a["author"],
                family=a["family"],
            )
        )
    by_id = {article.id: article for article in articles}
    candidates = [
        Candidate(
            c["article"],
            c["start"],
            c["end"],
            c["text"],
            c["kind"],
            c["value"],
            (c["sentence"][0], c["sentence"][1]),
            unit=c["unit"],
            speaker=c["speaker"],
            hedge=c["hedge"],
            bounds=c["bounds"],
            variant=c["variant"],
            diff=[(op, words) for op, words in c["diff"]] if c["diff"] is not None else None,
            key=c["key"],
            attributed_to=c["attributed_to"],
        )
        for c in data["candidates"]
    ]
    for candidate in candidates:
        if by_id[candidate.article].text[candidate.start : candidate.end] != candidate.text:
            raise ValueError(f"{candidate.id} is not where the frozen analysis says: run {REGENERATE}")
    clusters = [
        Cluster(
            k["id"],
            k["kind"],
            list(k["members"]),
            list(k["articles"]),
            k["status"],
            independent_sources=k["independent_sources"],
            detail=k["detail"],
            speakers_differ=k["speakers_differ"],
            origins=list(k["origins"]),
            story=k["story"],
        )
        for k in data["clusters"]
    ]
    passages = [
        SharedPassage([(article, start, end) for article, start, end in p["spans"]], p["similarity"])
        for p in data["shared_passages"]
    ]
    stories = [Story(s["id"], list(s["articles"])) for s in data["stories"]]
    return Analysis(articles, candidates, clusters, passages, stories)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=REGENERATE, description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only say which frozen analyses differ from analyze's")
    args = parser.parse_args(argv)
    differ = []
    for name, corpus in CORPORA.items():
        if args.check:
            if frozen_path(name).read_bytes() != analyze_json(name):
                differ.append(name)
                print(f"{frozen_path(name).relative_to(REPO)} differs from what analyze gives for {corpus}")
        else:
            frozen_path(name).parent.mkdir(parents=True, exist_ok=True)
            frozen_path(name).write_bytes(analyze_json(name))
            print(f"wrote {frozen_path(name).relative_to(REPO)} (analyze {corpus})")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
