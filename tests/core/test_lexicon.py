"""The word frequency list, read from wordfreq's file without importing wordfreq."""

from workbench.extract.lexicon import countries, word_frequencies


def test_the_word_frequencies_are_wordfreqs_own():
    from wordfreq import get_frequency_dict

    theirs = get_frequency_dict("en", wordlist="small")
    ours = word_frequencies()
    assert list(ours.items()) == list(theirs.items())  # the same words, in order, with the same floats
    assert ours["the"] > ours["ferry"] > 0


def test_country_names_come_from_the_iso_list_with_the_short_forms_news_writes():
    names = countries()
    assert {"Canada", "South Korea", "Afghanistan", "Russia", "Turkey"} <= names
    assert not {"Jordan", "Chad", "Georgia"} & names  # people bear them: a mention alone may be a person
    assert not any("," in n for n in names)  # "Korea, Republic of" is no way news writes a name
