"""Exports say where a claim comes from: the sources its mentions are credited to, and the one source
every outlet cites when they all repeat one party's figure."""

import csv
import io
import json
from pathlib import Path

from workbench.output.exports import export
from workbench.pipeline import analyze
from workbench.store import Store

CONVOY = "Convoy leaves\n\nThe convoy carried 308 militants, according to Hezbollah.\n"
STRANDED = "Convoy stranded\n\nHezbollah said 308 militants were on the buses.\n"
COUNTED = "Convoy counted\n\nMonitors counted 308 militants on the buses.\n"


def _exported(tmp_path: Path, texts: dict[str, str], fmt: str) -> str:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in texts.items():
        (corpus / name).write_text(text)
    analysis = analyze([corpus])
    [cluster] = [c for c in analysis.clusters if c.kind == "quantity"]
    with Store.open(tmp_path / "review.sqlite", analyst="ann") as store:
        store.ingest(analysis)
        store.accept_cluster(cluster.id)
        return export(store, fmt)


def test_outlets_that_all_cite_one_party_have_one_origin(tmp_path):
    [claim] = [c for c in json.loads(_exported(tmp_path, {"a.txt": CONVOY, "b.txt": STRANDED}, "json"))]
    assert claim["origins"] == ["Hezbollah"]
    assert claim["one_origin"] == "Hezbollah"
    assert [m["attributed_to"] for m in claim["mentions"]] == ["Hezbollah", "Hezbollah"]


def test_a_mention_with_its_own_source_leaves_no_single_origin(tmp_path):
    text = _exported(tmp_path, {"a.txt": CONVOY, "b.txt": STRANDED, "c.txt": COUNTED}, "csv")
    [row] = list(csv.DictReader(io.StringIO(text)))
    assert row["origins"] == '["Hezbollah"]'
    assert row["one_origin"] == ""
