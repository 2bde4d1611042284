"""An outlet taken from the text is kept as such in the store and named so in the pane header."""

from __future__ import annotations

from workbench.app.widgets.article_pane import source_label
from workbench.pipeline import analyze
from workbench.store import Store


def test_an_inferred_outlet_is_kept_marked_and_shown_as_inferred(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "wire.txt").write_text("Dam bursts\n\nBEIRUT (Reuters) – 14 people died on Sunday.\n", encoding="utf-8")
    (texts / "plain.txt").write_text("Dam bursts\n\nOfficials said 14 people died on Sunday.\n", encoding="utf-8")
    with Store.open(tmp_path / "r.sqlite") as store:
        store.ingest(analyze([str(texts)]))
    with Store.open(tmp_path / "r.sqlite") as reopened:
        articles = {a.id: a for a in reopened.articles()}
    assert articles["wire"].outlet == "Reuters" and articles["wire"].outlet_inferred
    assert articles["plain"].outlet is None and not articles["plain"].outlet_inferred
    assert source_label(articles["wire"]) == "Reuters?" and source_label(articles["plain"]) == "plain"
