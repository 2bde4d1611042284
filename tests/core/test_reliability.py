"""Cohen's kappa and Krippendorff's alpha (nominal) match the published worked examples."""

from __future__ import annotations

import pytest

from workbench.output.reliability import cohen_kappa, krippendorff_alpha

_ = None
EXAMPLE_C = [
    [value for value in unit if value is not None]
    for unit in zip(
        [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
        [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
    )
]
"""Krippendorff (2011), section C: 4 observers (one a row), 12 units, missing values; a unit's values."""


def test_cohens_kappa_of_the_wikipedia_worked_example():
    # Wikipedia, "Cohen's kappa", section "Simple example": 50 grant proposals read by A and B; both say yes to
    # 20 and no to 15, A yes and B no to 5, A no and B yes to 10; p_o = 0.7, p_e = 0.5, kappa = 0.4.
    pairs = [("yes", "yes")] * 20 + [("yes", "no")] * 5 + [("no", "yes")] * 10 + [("no", "no")] * 15
    assert cohen_kappa(pairs) == pytest.approx(0.4)


def test_krippendorffs_alpha_of_two_observers_on_binary_data():
    # Krippendorff, K. (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg School for Communication
    # Departmental Papers 43, section A (binary data, two observers, no missing data): alpha = 0.095.
    first = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    second = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    assert krippendorff_alpha(list(zip(first, second))) == pytest.approx(0.095, abs=5e-4)


def test_krippendorffs_alpha_of_four_observers_with_missing_values():
    # The same paper, section C (nominal data, any number of observers, missing values): 4 observers, 12 units,
    # the last one coded by one observer only (not pairable); alpha = 0.743.
    assert krippendorff_alpha(EXAMPLE_C) == pytest.approx(0.743, abs=5e-4)


def test_both_are_undefined_without_units_or_when_every_decision_is_alike():
    assert cohen_kappa([]) is None and krippendorff_alpha([]) is None
    assert cohen_kappa([("confirmed", "confirmed")] * 3) is None
    assert krippendorff_alpha([["confirmed", "confirmed"], ["confirmed"]]) is None


def test_perfect_agreement_is_one_and_systematic_disagreement_below_zero():
    assert cohen_kappa([("a", "a"), ("b", "b")]) == 1 and krippendorff_alpha([["a", "a"], ["b", "b"]]) == 1
    assert cohen_kappa([("a", "b"), ("b", "a")]) == -1
    assert krippendorff_alpha([["a", "b"], ["b", "a"]]) < 0


def test_krippendorffs_ordinal_alpha_of_four_observers_with_missing_values():
    # The data of section C above, read as ranks: Krippendorff (2011) gives, for the same reliability data under
    # the other metrics, ordinal alpha = 0.815 (the fast-krippendorff package's test of its ordinal metric
    # checks the same figure on these data).
    assert krippendorff_alpha(EXAMPLE_C, order=[1, 2, 3, 4, 5]) == pytest.approx(0.815, abs=5e-4)
    assert krippendorff_alpha(EXAMPLE_C, order=[5, 4, 3, 2, 1]) == pytest.approx(0.815, abs=5e-4)  # either way up
    assert krippendorff_alpha(EXAMPLE_C) == pytest.approx(0.743, abs=5e-4)  # nominal as before


def test_ordinal_alpha_counts_near_ratings_as_less_apart_than_far_ones():
    order = ["Accurate", "Mostly accurate", "Mixed", "Misleading", "Inaccurate"]
    near = [["Accurate", "Mostly accurate"], ["Inaccurate", "Inaccurate"], ["Mixed", "Mixed"]]
    far = [["Accurate", "Inaccurate"], ["Mostly accurate", "Mostly accurate"], ["Mixed", "Mixed"]]
    near_alpha, far_alpha = krippendorff_alpha(near, order), krippendorff_alpha(far, order)
    assert near_alpha is not None and far_alpha is not None and near_alpha > far_alpha
