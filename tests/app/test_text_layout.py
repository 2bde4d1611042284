"""Article text wrapped by cells, offsets kept."""

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from workbench.app.widgets.text_layout import line_of, offset_at_cell, wrap_lines
from workbench.display import clean


def test_wrapping_breaks_at_spaces_and_cuts_long_words():
    text = "one two three\n\nabcdefghij"
    assert [text[s:e] for s, e in wrap_lines(text, 8)] == ["one two", "three", "", "abcdefgh", "ij"]


def test_wide_characters_count_two_cells():
    text = "漢字漢字 ok"
    assert [text[s:e] for s, e in wrap_lines(text, 5)] == ["漢字", "漢字", "ok"]


texts = st.text(alphabet=st.sampled_from("ab 漢\n\t\x1b."), max_size=80)


@given(texts, st.integers(min_value=1, max_value=12))
def test_wrapped_lines_fit_cover_every_word_and_keep_order(text, width):
    shown = clean(text)
    lines = wrap_lines(shown, width)
    assert all(cell_len(shown[s:e]) <= max(width, 2) for s, e in lines)  # a wide character alone may overflow 1
    assert [s for s, _ in lines] == sorted(s for s, _ in lines)
    covered = "".join(shown[s:e] for s, e in lines)
    assert covered.replace(" ", "") == shown.replace(" ", "").replace("\n", "")
    starts = [s for s, _ in lines]
    for index, (start, end) in enumerate(lines):
        assert line_of(lines, starts, start) == index
        if end > start:
            assert offset_at_cell(shown, (start, end), 0) == start


def test_offset_at_cell_maps_columns_to_characters():
    text = "a漢b"
    assert [offset_at_cell(text, (0, 3), cell) for cell in range(5)] == [0, 1, 1, 2, None]
