"""Hedged figures: the words before a figure that make it a bound or a range, and vague counts."""

from __future__ import annotations

import pytest

from workbench.extract.numbers import find_numbers
from workbench.extract.sentences import SentenceIndex
from workbench.model import Article


def _figures(text: str):
    found = find_numbers(Article("a", "a.txt", "", "", text), SentenceIndex(text))
    return [(c.text, c.value, c.hedge, c.bounds) for c in found]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("More than 300 fighters left.", ("300 fighters", 300, "More than", [300, None])),
        ("It carried at least 14 people.", ("14 people", 14, "at least", [14, None])),
        ("Nearly 400 men were bused out.", ("400 men", 400, "Nearly", [380, 400])),
        ("About 200 homes were destroyed.", ("200 homes", 200, "About", [190, 210])),
        ("Some 6 million cubic metres escaped.", ("6 million cubic metres", 6000000, "Some", [5700000, 6300000])),
        ("Up to 50 boats searched.", ("50 boats", 50, "Up to", [None, 50])),
        ("Fewer than 20 families stayed.", ("20 families", 20, "Fewer than", [None, 20])),
        ("There were hundreds of fighters.", ("hundreds of fighters", 200, "hundreds", [200, 999])),
        ("A dozen boats searched.", ("A dozen boats", 12, "a dozen", [11.4, 12.6])),
        ("It cost more than $1.5 billion.", ("$1.5 billion", 1500000000, "more than", [1500000000, None])),
        ("Nearly 40% of the farmland flooded.", ("40%", 40, "Nearly", [38, 40])),
        ("Winds exceeding 150 km/h hit the coast.", ("150 km/h", 150, "exceeding", [150, None])),
        ("The storm left 1,300-plus people homeless.", ("1,300-plus people", 1300, "plus", [1300, None])),
        ("The convoy included 308 militants.", ("308 militants", 308, None, None)),
        ("They talked for hours about the 12 boats.", ("12 boats", 12, None, None)),
    ],
)
def test_hedges_give_bounds_and_keep_the_stated_value_and_span(sentence, expected):
    assert _figures(sentence) == [expected]


def test_a_hedge_on_another_line_is_not_taken():
    assert _figures("It was more than\n300 fighters")[0][2:] == (None, None)
