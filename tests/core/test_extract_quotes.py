"""Quotations: spans, normalised wording and speakers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.extract.entities import canonicalize_entities, find_entities
from workbench.extract.quotes import find_quotes, normalise_quote
from workbench.extract.sentences import SentenceIndex
from workbench.model import Article, Candidate


def _quotes(text: str) -> list[Candidate]:
    article = Article(id="a", path="a.txt", title="", sha256="", text=text)
    index = SentenceIndex(text)
    entities = {"a": find_entities(article, index)}
    canonicalize_entities([article], entities)
    return find_quotes(article, index, entities["a"])


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in _quotes(text)]


# --- spans -------------------------------------------------------------------------------------


def test_straight_and_curly_quotes_with_their_marks():
    text = 'He said "we will stay here" and then “we will go home” at last.'
    assert [q.text for q in _quotes(text)] == ['"we will stay here"', "“we will go home”"]


def test_scare_quotes_of_fewer_than_three_words_are_skipped():
    assert _quotes('The so-called "terrorists" left the "safe zone" quickly.') == []


def test_apostrophes_are_not_quote_marks():
    text = "The soldiers' families and Varnia's mayor said the militants’ grip was Iraq’s problem."
    assert _quotes(text) == []


def test_single_quotes_count_when_they_clearly_quote():
    assert [q.text for q in _quotes("She called it ‘a very bad deal’ on Monday.")] == ["‘a very bad deal’"]
    assert [q.text for q in _quotes("She called it 'a very bad deal' on Monday.")] == ["'a very bad deal'"]


def test_quote_marks_never_pair_across_paragraphs():
    text = 'Berg said: "The water came fast and high.\n\n"We lost the school," she added.'
    quotes = _quotes(text)
    assert [q.text for q in quotes] == ['"The water came fast and high.', '"We lost the school,"']
    assert all("\n" not in q.text for q in quotes)


def test_the_value_is_the_inner_wording_and_the_key_its_comparison_form():
    (quote,) = _quotes('"We Bussed the families OUT," he said.')
    assert quote.value == "We Bussed the families OUT"
    assert quote.key == normalise_quote("we bused the families out")


# --- speakers ----------------------------------------------------------------------------------


def test_attribution_after_the_quote_resolves_a_surname_to_the_full_name():
    text = 'Colonel Ryan Dillon spoke in Tarvos. "We cratered the road east," Dillon said.'
    assert _speakers(text) == ["Ryan Dillon"]


def test_inverted_attribution_after_the_quote():
    text = '"We cratered the road east," said Ryan Dillon, a coalition spokesman.'
    assert _speakers(text) == ["Ryan Dillon"]


def test_attribution_before_the_quote():
    text = 'Mayor Anna Berg said: "Every family will have a bed."'
    assert _speakers(text) == ["Anna Berg"]


def test_attribution_verb_earlier_in_the_sentence():
    text = 'Mayor Anna Berg claimed that the river guard had "saved every single child" overnight.'
    assert _speakers(text) == ["Anna Berg"]


def test_the_verb_nearest_the_quote_names_its_speaker():
    text = (
        "The Red Cross said it had sent teams, while UN spokesman Stephane Dujarric said the agency "
        'was "monitoring the situation very closely".'
    )
    assert _speakers(text) == ["Stephane Dujarric"]


def test_an_attribution_verb_starting_with_a_is_not_according_to():
    text = 'Mayor Pedro Santos arrived. Santos later added that the budget was "already stretched too far".'
    assert _speakers(text) == ["Pedro Santos"]


def test_a_pronoun_resolves_to_the_nearest_person_named_before():
    text = (
        "Judge Olaf Brandt left the court. Mayor Anna Berg stayed in Tarvos with the Orna Council.\n\n"
        '"We are ready for the storm," she told reporters.'
    )
    assert _speakers(text) == ["Anna Berg"]


def test_a_pronoun_with_no_person_before_it_names_nobody():
    assert _speakers('The flood reached Tarvos. "We are ready for the storm," he said.') == [None]


def test_an_organisation_behind_a_statement_is_the_speaker():
    text = '"The strike hit only the road," a statement from US Central Command said.'
    assert _speakers(text) == ["US Central Command"]


def test_an_unnamed_speaker_is_named_by_the_words_the_text_uses():
    text = '"The talks have failed," the country\'s main opposition group said in a statement.'
    assert _speakers(text) == ["country's main opposition group"]


def test_a_continued_quote_keeps_its_speaker():
    text = (
        'Mayor Anna Berg said: "The water came fast and high.\n\n'
        '"We lost the school and the market."\n\n'
        '"We will rebuild both of them." She smiled.'
    )
    assert _speakers(text) == ["Anna Berg", "Anna Berg", "Anna Berg"]


def test_a_quote_left_open_takes_the_speaker_named_in_the_next_paragraph():
    text = '"We were warned many times about the gates.\n\n"Nobody listened to us," Yusuf Haddad said.'
    assert _speakers(text) == ["Yusuf Haddad", "Yusuf Haddad"]


def test_a_quote_going_on_in_a_paragraph_that_lost_its_opening_straight_mark_closes_there():
    """`"We were warned many times.⏎⏎It is with great hope that we open the gates," Yusuf Haddad said.`: the paragraph's
    first straight mark, after a comma and before a space, closes the quote its line opened with, not one opening there
    on "Yusuf Haddad said."; both parts are his."""
    text = '"We were warned many times about the gates.\n\nIt is with great hope that we open them now," Yusuf Haddad said.'
    quotes = _quotes(text)
    assert [q.text for q in quotes] == [
        '"We were warned many times about the gates.',
        'It is with great hope that we open them now,"',
    ]
    assert [q.speaker for q in quotes] == ["Yusuf Haddad", "Yusuf Haddad"]


def test_a_quote_going_on_from_one_an_introducing_paragraph_gives_a_speaker_keeps_it():
    """ "Ardern said she was not leaving.⏎⏎"I know when I have enough left …⏎⏎"I would be doing a disservice …":
    the first quote is hers by the paragraph before it, and the paragraph it goes on into too."""
    text = (
        "Jacinda Velm resigned on Thursday.\n\nVelm said she was not leaving because it was hard.\n\n"
        '"I know when I have enough left in the tank to do it justice.\n\n'
        '"I would be doing a disservice to the country to continue."'
    )
    assert _speakers(text) == ["Jacinda Velm", "Jacinda Velm"]


def test_a_quote_paragraph_after_he_said_paragraph_is_his():
    """ "He said the hotel was engulfed in smoke.⏎⏎"I hope they are safe …"": the quote goes on from the paragraph
    that tells what he said, and "he" is the instructor named before."""
    text = (
        "Ski instructor Tom Velm said he was asleep when the fire began.\n\nHe said the hotel was engulfed in smoke"
        ' and admitted he could not reach some of his students.\n\n"I hope they are safe, I could not reach them in'
        ' the smoke."'
    )
    assert _speakers(text) == ["Tom Velm"]


def test_a_straight_mark_after_a_verb_of_saying_and_a_comma_opens_its_quote():
    """`said," We will not allow …"`: the mark, however spaced, opens the quote the verb introduces."""
    text = 'Chief Minister Ravi Lal said," We will not allow anyone to disturb the peace in the state."'
    [quote] = _quotes(text)
    assert quote.text.startswith('" We will') and quote.speaker == "Ravi Lal"


def test_according_to_names_the_speaker_after_it():
    assert _speakers('According to Yusuf Haddad, "the gates were never fixed at all".') == ["Yusuf Haddad"]
    assert _speakers('"The gates were never fixed," according to Yusuf Haddad.') == ["Yusuf Haddad"]


def test_a_quote_in_narrative_with_no_attribution_has_no_speaker():
    text = 'Mayor Anna Berg spoke.\n\nThe strikes targeted vehicles "clearly identified as enemies" yesterday.'
    assert _speakers(text) == [None]


# --- normalised wording ------------------------------------------------------------------------


def test_spelling_variants_and_marks_normalise_alike():
    assert normalise_quote("Irreconcilable #ISIS fighters, not bussed across #Syria without #Iraq's consent,") == (
        normalise_quote("Irreconcilable ISIS fighters, not bused across Syria without Iraq’s consent")
    )
    assert normalise_quote("The organisation's colour and the U.S. cease-fire") == normalise_quote(
        "the organization’s color and the US ceasefire"
    )
    assert normalise_quote("We realise the defence centre travelled") == normalise_quote(
        "We realize the defense center traveled"
    )
    assert normalise_quote("EVERY family will have a bed tonight #FloodNews") == normalise_quote(
        "Every family will have a bed tonight."
    )
    assert normalise_quote("Our  @coalition will help") == "our coalition will help"


def test_different_wording_or_endings_normalise_differently():
    assert normalise_quote("Isis is a global threat; this is not a lasting solution.") != normalise_quote(
        "Isis is a global threat; this is not a lasting solution. This is further evidence."
    )
    assert normalise_quote("IS is a global threat") != normalise_quote("Isis is a global threat")


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_gives_quotes_whose_text_is_at_their_offsets(text):
    for q in _quotes(text):
        assert q.kind == "quote"
        assert text[q.start : q.end] == q.text
        assert q.sentence[0] <= q.start
        assert isinstance(q.value, str)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab '\"“”‘’.,\n#@-"))))
def test_quote_heavy_text_never_breaks(text):
    for q in _quotes(text):
        assert text[q.start : q.end] == q.text
        assert "\n" not in q.text
