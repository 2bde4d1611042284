"""Exports carry each claim's independent sources (wire copy counted once) and figure detail."""

from __future__ import annotations

import csv
import io
import json

from tests.support.paths import SEEDS
from workbench.output.exports import export
from workbench.pipeline import analyze
from workbench.store import Store


def test_exports_carry_independent_sources_and_detail(tmp_path):
    analysis = analyze([SEEDS])
    family = {a.id: a.family for a in analysis.articles}
    wire = next(
        c for c in analysis.clusters if c.detail and len({family[a] for a in c.articles}) < len(set(c.articles))
    )
    with Store.open(tmp_path / "s.sqlite") as store:
        store.ingest(analysis)
        store.accept_cluster(wire.id)
        [record] = json.loads(export(store, "json"))
        [row] = csv.DictReader(io.StringIO(export(store, "csv")))
    assert record["sources"] == len(set(wire.articles)) > record["independent_sources"] == wire.independent_sources
    assert record["detail"] == wire.detail
    assert (row["independent_sources"], row["detail"]) == (str(wire.independent_sources), wire.detail)
