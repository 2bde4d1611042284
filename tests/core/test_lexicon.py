"""The word frequency list, read from wordfreq's file without importing wordfreq."""

from workbench.extract.lexicon import word_frequencies


def test_the_word_frequencies_are_wordfreqs_own():
    from wordfreq import get_frequency_dict

    theirs = get_frequency_dict("en", wordlist="small")
    ours = word_frequencies()
    assert list(ours.items()) == list(theirs.items())  # the same words, in order, with the same floats
    assert ours["the"] > ours["ferry"] > 0
