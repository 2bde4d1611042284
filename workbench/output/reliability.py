"""Agreement between analysts, beyond what chance gives: Cohen's kappa for two of them (nominal), Krippendorff's
alpha for any number, each unit decided by any two or more (missing decisions allowed), nominal or ordinal.

    kappa = (p_o - p_e) / (1 - p_e)      p_o: the share of units both decide alike; p_e: the share chance gives,
                                         the sum over values of the product of each analyst's share of it
    alpha = 1 - D_o / D_e                from the coincidence matrix: o_ck sums, over units, the pairs of values
                                         c, k its m_u decisions hold, each pair weighted 1 / (m_u - 1); n_c = sum_k
                                         o_ck, n = sum_c n_c; D_o = sum_{c != k} o_ck / n,
                                         D_e = sum_{c != k} n_c n_k / (n (n - 1))
    ordinal alpha                        the same with each pair weighted by its squared distance on the scale,
                                         delta_ck = (sum_{g from c to k} n_g - (n_c + n_k) / 2)^2:
                                         D_o = sum o_ck delta_ck / n, D_e = sum n_c n_k delta_ck / (n (n - 1))

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


def krippendorff_alpha(units: Iterable[Sequence[Hashable]], order: Sequence[Hashable] | None = None) -> float | None:
    """Krippendorff's alpha of the decisions each unit was given (one value an analyst; a unit with fewer than two
    is not pairable and left out): nominal, or ordinal on `order` (every value, in the scale's order)."""
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
    distance = _nominal if order is None else _ordinal(order, totals)
    observed = sum(weight * distance(first, second) for (first, second), weight in coincidences.items())
    pairs = sum(totals[c] * totals[k] * distance(c, k) for c in totals for k in totals)
    expected = pairs / (n - 1) if n > 1 else 0.0
    return None if expected == 0 else 1 - observed / expected


def _nominal(first: Hashable, second: Hashable) -> float:
    return float(first != second)


def _ordinal(order: Sequence[Hashable], totals: dict[Hashable, float]):
    """The ordinal distance of two values: the squared number of decisions between them on the scale, each end's
    counted half."""
    place = {value: i for i, value in enumerate(order)}
    counts = [totals.get(value, 0.0) for value in order]

    def distance(first: Hashable, second: Hashable) -> float:
        low, high = sorted((place[first], place[second]))
        return (sum(counts[low : high + 1]) - (counts[low] + counts[high]) / 2) ** 2

    return distance
