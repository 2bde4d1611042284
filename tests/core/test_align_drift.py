"""Quote drift: each quote of a cluster classed against the cluster's most common wording."""

from __future__ import annotations

import pytest

from workbench.align.drift import classify, reference, speakers_differ, variant
from workbench.extract.quotenorm import normalise_quote
from workbench.model import Candidate

REFERENCE = "“To prevent the convoy from moving further east, we cratered the road and destroyed a small bridge,”"


def _quote(text: str, article: str = "a", speaker: str | None = None) -> Candidate:
    return Candidate(article, 0, len(text), text, "quote", normalise_quote(text), (0, len(text)), speaker=speaker)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            '"To prevent the convoy from moving further east, we cratered the road and destroyed a small bridge"',
            "verbatim",
        ),
        (
            '"To prevent the convoy from moving further east we cratered the road and destroyed a small bridge."',
            "minor",
        ),
        (
            '"TO PREVENT the convoy from moving further east, we cratered the road and destroyed a small bridge #Syria"',
            "minor",
        ),
        ('"To prevent the convoy from moving further east, we cratered the road"', "truncated"),  # cut short
        ('"we cratered the road and destroyed a small bridge"', "truncated"),  # its opening dropped
        ('"To prevent the convoy from moving further west, we cratered the road"', "altered"),  # a word changed
        ('"To prevent the convoy from moving further east, we will strike any vehicle on it"', "altered"),
        (
            '"We did crater the road and destroyed a small bridge to prevent this convoy from moving further east"',
            "paraphrase",
        ),
    ],
)
def test_variant_against_the_reference(text, expected):
    assert variant(_quote(REFERENCE), _quote(text)) == expected


def test_the_most_common_wording_is_the_reference_and_the_earliest_breaks_a_tie():
    first, other, same_as_other = (
        _quote("“We will stay until the end”"),
        _quote('"we will stay until the end"'),
        _quote("‘we will stay until the end’"),
    )
    assert reference([first, other, same_as_other]) is other
    assert reference([first, other]) is first


def test_classify_sets_variant_and_word_diff():
    members = [
        _quote(REFERENCE, "a"),
        _quote('"To prevent the convoy from moving further east, we cratered the road"', "b"),
    ]
    classify(members)
    assert [m.variant for m in members] == ["verbatim", "truncated"]
    assert members[0].diff == [
        ("equal", "To prevent the convoy from moving further east, we cratered the road and destroyed a small bridge")
    ]
    assert members[1].diff == [
        ("equal", "To prevent the convoy from moving further east, we cratered the road"),
        ("delete", "and destroyed a small bridge"),
    ]


@pytest.mark.parametrize(
    "speakers, differ",
    [
        (["Ryan Dillon", "Ryan Dillon", None], False),
        (["Erik Marsk", "Marsk"], False),
        (["US Central Command", "Ryan Dillon"], True),
        ([None, None], False),
    ],
)
def test_speakers_differ(speakers, differ):
    assert speakers_differ([_quote(REFERENCE, speaker=s) for s in speakers]) is differ
