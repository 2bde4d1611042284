"""Agreement between analysts on nominal decisions, beyond what chance gives: Cohen's kappa for two of them,
Krippendorff's alpha for any number, each unit decided by any two or more (missing decisions allowed).

    kappa = (p_o - p_e) / (1 - p_e)      p_o: the share of units both decide alike; p_e: the share chance gives,
                                         the sum over values of the product of each analyst's share of it
    alpha = 1 - D_o / D_e                from the coincidence matrix: o_ck sums, over units, the pairs of values
                                         c, k its m_u decisions hold, each pair weighted 1 / (m_u - 1); n_c = sum_k
                                         o_ck, n = sum_c n_c; D_o = sum_{c != k} o_ck / n,
                                         D_e = sum_{c != k} n_c n_k / (n (n - 1))

Both are None where undefined: no unit, or every decision alike (chance agreement is then 1).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from itertools import permutations


def cohen_kappa(pairs: Sequence[tuple[Hashable, Hashable]]) -> float | None:
    """Cohen's kappa of two analysts' decisions, one (first's, second's) pair a unit both decided."""
    if not pairs:
        return None
    total = len(pairs)
    observed = sum(first == second for first, second in pairs) / total
    firsts, seconds = Counter(first for first, _ in pairs), Counter(second for _, second in pairs)
    chance = sum(firsts[value] * seconds[value] for value in firsts) / total**2
    return None if chance == 1 else (observed - chance) / (1 - chance)


def krippendorff_alpha(units: Iterable[Sequence[Hashable]]) -> float | None:
    """Krippendorff's alpha (nominal) of the decisions each unit was given (one value an analyst; a unit with
    fewer than two is not pairable and left out)."""
    coincidences: defaultdict[tuple[Hashable, Hashable], float] = defaultdict(float)
    for values in units:
        if len(values) < 2:
            continue
        weight = 1 / (len(values) - 1)
        for first, second in permutations(values, 2):
            coincidences[first, second] += weight
    totals: defaultdict[Hashable, float] = defaultdict(float)
    for (first, _), weight in coincidences.items():
        totals[first] += weight
    n = sum(totals.values())
    observed = sum(weight for (first, second), weight in coincidences.items() if first != second)
    expected = sum(totals[c] * totals[k] for c in totals for k in totals if c != k) / (n - 1) if n > 1 else 0.0
    return None if expected == 0 else 1 - observed / expected
