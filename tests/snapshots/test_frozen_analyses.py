"""The frozen analyses the snapshots render read back into the model: every article found by its bytes, every
candidate where its offsets say, every cluster member a candidate."""

import pytest

from tests.support.frozen import CORPORA, load_frozen


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_a_frozen_analysis_reads_back_whole(name):
    analysis = load_frozen(name)
    texts = {article.id: article.text for article in analysis.articles}
    assert analysis.articles and analysis.candidates
    assert all(texts[c.article][c.start : c.end] == c.text for c in analysis.candidates)
    ids = {c.id for c in analysis.candidates}
    assert all(set(cluster.members) <= ids for cluster in analysis.clusters)
