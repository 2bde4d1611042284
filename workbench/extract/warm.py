"""Loads at import what extraction otherwise loads on first use (the word frequency list): a
process pool imports it before its workers start, so that each does not load it again."""

from workbench.extract.lexicon import frequent_word

frequent_word("the")
