"""Where sentences end: a full stop after an abbreviation or a name's initial goes on; after a one-letter
word that ends a sentence ("on X.", "Plan B.") the next sentence starts."""

import pytest

from workbench.extract.sentences import sentence_spans


@pytest.mark.parametrize(
    "text, expected",
    [
        ("George W. Bush spoke. J. Smith left.", ["George W. Bush spoke.", "J. Smith left."]),
        ("Dr. Ana Ruiz and Mr. Hale met.", ["Dr. Ana Ruiz and Mr. Hale met."]),
        (
            "Musk announced it on X. In response, he said more.",
            ["Musk announced it on X.", "In response, he said more."],
        ),
        ("They chose Plan B. The rest followed.", ["They chose Plan B.", "The rest followed."]),
        ("The book by A. A. Milne sold well.", ["The book by A. A. Milne sold well."]),
        (
            "Commissioner G.S. Malik spoke. J.K. Rowling wrote.",
            ["Commissioner G.S. Malik spoke.", "J.K. Rowling wrote."],
        ),
        (
            "It went to the Royal Society of G.B. The rest stayed.",
            ["It went to the Royal Society of G.B.", "The rest stayed."],
        ),
        ("He flew to Washington D.C. Police there met him.", ["He flew to Washington D.C.", "Police there met him."]),
        ("It is based in the U.A.E. Investors left.", ["It is based in the U.A.E.", "Investors left."]),
        ("He met said Commissioner G.S. Malik there.", ["He met said Commissioner G.S. Malik there."]),
    ],
)
def test_sentence_ends(text, expected):
    assert [text[start:end] for start, end in sentence_spans(text)] == expected
