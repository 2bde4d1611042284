"""Quote drift: each quote of a cluster classed against the cluster's most common wording."""

from __future__ import annotations

import pytest

from workbench.align.drift import agrees, classify, reference, speakers_differ, variant
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
        ('"To prevent the convoy from moving further east, we cratered the ro', "truncated"),  # a page cut mid-word
        ('"To prevent the convoy from moving further east, we cratered the rut"', "altered"),  # a word, not a cut
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


def test_a_quote_a_page_cut_mid_word_agrees_with_the_whole():
    members = [_quote("“The winds of change are he", "a"), _quote("“the winds of change are here!”", "b")]
    assert agrees(members)


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


def test_pieces_of_one_telling_each_agree_with_the_whole():
    """One outlet quotes whole what another quotes in two pieces around its attribution; the piece that
    is not the reference is a part of the whole, so it is truncated, not a paraphrase of the other piece."""
    members = [
        _quote('"We made mistakes. I take responsibility for how we got here."', "a"),
        _quote('"I take responsibility for how we got here,"', "b"),
        _quote('"I take responsibility for how we got here."', "c"),
        _quote('"We made mistakes,"', "c"),
    ]
    classify(members)
    assert [m.variant for m in members] == ["truncated", "verbatim", "verbatim", "truncated"]
    assert members[3].diff == [("equal", "We made mistakes"), ("delete", "I take responsibility for how we got here")]
    assert agrees(members)


def test_two_quotes_going_on_from_the_reference_differently_conflict():
    members = [
        _quote('"The truth still matters,"', "a"),
        _quote('"The truth still matters,"', "b"),
        _quote('"The truth still matters. Stone insisted that it does not,"', "c"),
        _quote('"The truth still matters. Stone\'s insistence that it does not is a threat,"', "d"),
    ]
    classify(members)
    assert [m.variant for m in members] == ["verbatim", "verbatim", "truncated", "altered"]
    assert not agrees(members)


def test_a_quote_with_words_left_out_agrees_with_the_whole():
    """ "…" or "..." marks words an outlet left out: each piece a run of the whole, in order, is the statement cut; a
    word changed in a piece is not."""
    whole = _quote('"The defendant showed no remorse at any stage of this trial and must bear the consequences."', "a")
    for mark in ("...", "…", ". . ."):
        elided = _quote(f'"showed no remorse at any stage {mark} and must bear the consequences"', "b")
        classify(members := [whole, elided])
        assert [m.variant for m in members] == ["verbatim", "truncated"]
        assert agrees(members)
    changed = _quote('"showed no regret at any stage ... and must bear the consequences"', "b")
    assert variant(whole, changed) == "altered"
    plans = _quote('"The government has no plans to close the hospital this year."', "a")
    turned = _quote('"The government has ... plans to close the hospital this year."', "b")
    assert variant(plans, turned) == "altered"  # the word left out turns the meaning


def test_two_cuts_of_one_statement_overlapping_agree():
    """One outlet starts earlier, the other goes on further: the first's closing words open the second."""
    earlier = _quote(
        '"First of all, the guys had to play with 14 men, I thought the courage they showed out here tonight was'
        ' incredible, the whole team are absolute warriors."'
    )
    further = _quote(
        '"I thought the courage they showed out here tonight was incredible, the whole team are absolute warriors.'
        " It's tough,\"",
        "b",
    )
    assert variant(earlier, further) == "truncated"
    assert variant(earlier, _quote('"I thought the courage they showed was fine. It\'s tough,"', "c")) != "truncated"


def test_a_three_word_phrase_found_in_a_longer_quote_is_a_part_of_it():
    whole = _quote('"Their lack of remorse borders on pathological,"', "a")
    assert variant(whole, _quote('"borders on pathological"', "b")) == "truncated"
    assert variant(whole, _quote('"on pathological"', "b")) != "truncated"  # two words: too few to tell


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
