"""Property tests: for arbitrary text, loading never raises and every candidate matches its offsets."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.align import align
from workbench.corpus import NoArticlesError, load_articles
from workbench.extract import extract
from workbench.model import Article

_PIECES = list("0123456789 ,.$%€-\n\"“”'’:;") + [
    "nine ", "August ", "30 ", "2017", "Mr ", "said ", "Deir ", "Aoun ", "per cent", " million", "Wednesday",
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
    for cluster in align(candidates, articles):
        assert len(cluster.members) >= 2


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
