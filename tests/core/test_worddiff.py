"""word_diff: a word-level diff of two quotes."""

from hypothesis import given
from hypothesis import strategies as st

from workbench.align.worddiff import word_diff


def _side(ops: list[tuple[str, str]], drop: str) -> list[str]:
    return " ".join(words for op, words in ops if op != drop).split()


def test_identical_quotes_are_one_equal_run():
    assert word_diff("we will rebuild", "we  will rebuild") == [("equal", "we will rebuild")]


def test_changed_word_is_a_delete_then_an_insert():
    assert word_diff("we will rebuild the city", "we shall rebuild the city") == [
        ("equal", "we"),
        ("delete", "will"),
        ("insert", "shall"),
        ("equal", "rebuild the city"),
    ]


def test_added_and_dropped_words():
    assert word_diff("a b c", "a c d") == [("equal", "a"), ("delete", "b"), ("equal", "c"), ("insert", "d")]


def test_case_and_edge_punctuation_do_not_count_as_changes():
    assert word_diff("“We will win,” he said", "we will win he said.") == [("equal", "we will win he said.")]


def test_empty_sides():
    assert word_diff("", "") == []
    assert word_diff("", "new words") == [("insert", "new words")]
    assert word_diff("old words", "") == [("delete", "old words")]


words = st.lists(st.sampled_from(["the", "army", "said", "308", "fighters", "“no”", "Left"]), max_size=12)


@given(words, words)
def test_both_sides_are_recovered(a, b):
    ops = word_diff(" ".join(a), " ".join(b))
    assert _side(ops, "delete") == b
    assert _side(ops, "insert") == a  # the vocabulary has no two words equal but for case or punctuation
    assert all(op in {"equal", "insert", "delete"} and text for op, text in ops)
