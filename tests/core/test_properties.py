"""Property tests: for arbitrary text, loading never raises and every candidate matches its offsets."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.align.annotate import count_sources, describe_clusters
from workbench.align.clusters import align
from workbench.align.passages import assign_families, find_shared_passages
from workbench.extract import extract
from workbench.load.files import NoArticlesError, load_articles
from workbench.model import Analysis, Article

_PIECES = [
    *list("0123456789 ,.$%€-\n\"“”'’:;"),
    "9" * 40,
    "1" * 4400,
    "about ",
    "more than ",
    "hundreds of ",
    "nine ",
    "August ",
    "30 ",
    "2017",
    "Mr ",
    "said ",
    "Deir ",
    "Aoun ",
    "per cent",
    " million",
    "Wednesday",
]
news_like = st.lists(st.sampled_from(_PIECES) | st.text(max_size=6), max_size=80).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(news_like, min_size=1, max_size=3))
def test_candidates_match_their_offsets(texts):
    articles = [Article(id=f"a{i}", path="", title="", sha256="", text=t) for i, t in enumerate(texts)]
    candidates = extract(articles)
    by_id = {a.id: a.text for a in articles}
    for c in candidates:
        assert by_id[c.article][c.start : c.end] == c.text
        assert 0 <= c.start < c.end <= len(by_id[c.article])
    clusters = align(candidates, articles)
    for cluster in clusters:
        assert len(cluster.members) >= 2
    shared = find_shared_passages(articles, candidates)
    assign_families(articles, shared)
    describe_clusters(clusters, candidates)
    count_sources(clusters, articles)
    json.dumps(Analysis(articles, candidates, clusters, shared).to_json(), allow_nan=False)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=300))
def test_loading_never_raises(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("load")
    (folder / "x.txt").write_bytes(data)
    warnings: list[str] = []
    try:
        articles = load_articles([folder], warn=warnings.append)
    except NoArticlesError:
        assert len(warnings) == 1 and "\n" not in warnings[0]
        return
    assert "\r" not in articles[0].text


def test_a_number_too_long_to_be_a_figure_is_no_candidate():
    # Python refuses to print an int of 4,300+ digits; such a run is noise, not a figure
    text = "Officials said " + "9" * 5000 + " people were hit and 1.5 million litres spilled."
    articles = [Article(id=a, path="", title="", sha256="", text=text) for a in ("a", "b")]
    candidates = extract(articles)
    assert [(c.kind, c.value) for c in candidates if c.article == "a"] == [("quantity", 1_500_000)]
    json.dumps(Analysis(articles, candidates, align(candidates, articles)).to_json())
