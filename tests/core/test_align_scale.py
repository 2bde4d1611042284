"""Alignment does not depend on the corpus's size: two articles' facts link alone and among many."""

from __future__ import annotations

from workbench.pipeline import analyze

PAIR = {
    "a.txt": "Flood update\n\nOfficials evacuated 4,812 residents from the lower town on Monday.\n",
    "b.txt": "River report\n\nCrews evacuated 4,812 residents overnight as the water rose.\n",
}


def _linked(folder) -> bool:
    analysis = analyze([folder], workers=1)
    ids = {c.id: c.article for c in analysis.candidates if c.text.startswith("4,812")}
    by_article = {article: cid for cid, article in ids.items()}
    assert len(by_article) == 2
    return any(set(by_article.values()) <= set(cl.members) for cl in analysis.clusters)


def test_a_shared_figure_links_alone_and_among_hundreds_of_articles(tmp_path):
    """The words the two sentences share are in over 300 other descriptions: they still propose the pair."""
    alone, crowd = tmp_path / "alone", tmp_path / "crowd"
    for folder in (alone, crowd):
        folder.mkdir()
        for name, text in PAIR.items():
            (folder / name).write_text(text, encoding="utf-8")
    for i in range(320):
        hamlet = "".join("aeiou"[int(d) % 5] + "kmrst"[int(d) // 2] for d in f"{i:03d}")  # a word of its own
        text = f"Village {i}\n\nVolunteers evacuated {20 + i % 200} residents from {hamlet.title()}.\n"
        (crowd / f"v{i:03d}.txt").write_text(text, encoding="utf-8")
    assert _linked(alone)
    assert _linked(crowd)
