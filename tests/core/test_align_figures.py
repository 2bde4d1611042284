"""A cluster's figure detail: exact, rounded, within-bounds or contradiction."""

from __future__ import annotations

import pytest

from workbench.align.figures import figure_detail
from workbench.model import Candidate


def _figure(value, bounds=None, kind="quantity", unit="militant"):
    return Candidate("a", 0, 1, str(value), kind, value, (0, 1), unit, hedge="h" if bounds else None, bounds=bounds)


@pytest.mark.parametrize(
    "figures, detail",
    [
        ([_figure(308), _figure(308)], "exact"),
        ([_figure(12, [11.4, 12.6]), _figure(12)], "exact"),  # "a dozen" and 12
        ([_figure(308), _figure(300), _figure(308)], "rounded"),  # 300 is 2.6% from 308
        ([_figure(63), _figure(60)], "rounded"),  # 5% exactly
        ([_figure(64), _figure(60)], "contradiction"),
        ([_figure(308), _figure(300), _figure(400)], "contradiction"),
        ([_figure(14), _figure(15)], "contradiction"),  # 15 is no round figure
        ([_figure(63), _figure(60, [60, None])], "within-bounds"),  # "more than 60"
        ([_figure(308), _figure(300, [285, 315])], "within-bounds"),  # "about 300"
        ([_figure(212), _figure(200, [190, 210])], "contradiction"),  # "about 200" is 5.7% off
        ([_figure(14), _figure(16, [16, None])], "contradiction"),  # "at least 16" excludes 14
        ([_figure(17), _figure(14, [14, None]), _figure(16, [16, None])], "within-bounds"),
        ([_figure(385), _figure(400, [380, 400])], "within-bounds"),  # "nearly 400" and 385
        ([_figure(350), _figure(200, [200, 999])], "within-bounds"),  # "hundreds of"
        ([_figure(2.3e6, kind="money"), _figure(2.8e6, kind="money")], "contradiction"),
        ([_figure(97, kind="percent"), _figure(100, kind="percent")], "rounded"),
        ([_figure(3, unit="hour"), _figure(180, unit="minute")], "exact"),  # one time in two units
        ([_figure(2, unit="day"), _figure(40, unit="hour")], "contradiction"),
    ],
)
def test_detail(figures, detail):
    assert figure_detail(figures) == detail


def test_no_detail_for_dates_and_quotes():
    date = Candidate("a", 0, 4, "1968", "date", "1968", (0, 4))
    assert figure_detail([date, date]) is None
