"""How far the analysts of one store agree: each analyst's own decision on each claim, as the store keeps it
(ClaimRecord.decisions), compared per fact kind and overall (Cohen's kappa for each pair of analysts,
Krippendorff's alpha for all of them; output/reliability.py), with the claims they decided differently.

An analyst's decision counts when it is confirmed or rejected; a rating between the two, a dismissal or none (a
reset, an undo back to pending) leaves the analyst out of that claim. The ordinal alpha compares the verdicts on
the rating scale instead (settings.Scale: confirm its top, reject its bottom, a rating its place), with every
claim two analysts or more gave a verdict on the scale; a rating off the scale or a dismissal is no verdict there.
A settlement (an adjudicator's) is no analyst's decision: it is not counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from workbench.display import one_line
from workbench.settings import Scale
from workbench.store import ClaimRecord, Store

from .reliability import cohen_kappa, krippendorff_alpha

DECIDED = ("confirmed", "rejected")
OVERALL = "all"


@dataclass(frozen=True)
class ClaimDecisions:
    """One claim, and the decision of each analyst who decided it (confirmed or rejected), and each one's verdict
    on the rating scale."""

    claim: int
    kind: str
    label: str
    decisions: dict[str, str]
    verdicts: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PairKappa:
    """Cohen's kappa of two analysts over the claims both decided (None when undefined)."""

    analysts: tuple[str, str]
    claims: int
    kappa: float | None


@dataclass(frozen=True)
class KindAgreement:
    """The figures of one fact kind (or OVERALL): claims decided by two analysts or more, how many of them
    alike, Krippendorff's alpha and each pair's kappa; the claims two analysts or more gave a verdict on the scale
    and their ordinal alpha."""

    kind: str
    claims: int
    alike: int
    alpha: float | None
    kappas: list[PairKappa] = field(default_factory=list)
    rated: int = 0
    ordinal_alpha: float | None = None


@dataclass(frozen=True)
class Agreement:
    """The analysts, the figures per kind then OVERALL, and the claims decided differently (confirmed or rejected
    differently, or given different verdicts on the scale)."""

    analysts: list[str]
    kinds: list[KindAgreement]
    disagreements: list[ClaimDecisions]

    def to_json(self) -> dict[str, Any]:
        return {
            "analysts": self.analysts,
            "kinds": [
                {
                    "kind": k.kind,
                    "claims": k.claims,
                    "alike": k.alike,
                    "alpha": k.alpha,
                    "kappa": [{"analysts": list(p.analysts), "claims": p.claims, "kappa": p.kappa} for p in k.kappas],
                    "rated": k.rated,
                    "ordinal_alpha": k.ordinal_alpha,
                }
                for k in self.kinds
            ],
            "disagreements": [
                {"claim": d.claim, "kind": d.kind, "label": d.label, "decisions": d.decisions, "verdicts": d.verdicts}
                for d in self.disagreements
            ],
        }


def latest_decisions(claims: list[ClaimRecord], scale: Scale) -> list[ClaimDecisions]:
    """Each claim with each analyst's confirmed or rejected decision on it, and their verdicts on the scale, in
    claim order."""
    return [
        ClaimDecisions(
            c.id,
            c.kind,
            c.label,
            {a: d.status for a, d in c.decisions.items() if d.status in DECIDED},
            {a: v for a, d in c.decisions.items() if (v := scale.rating_of(d.status, d.rating)) in scale.ordered},
        )
        for c in sorted(claims, key=lambda c: c.id)
    ]


def agreement(store: Store, scale: Scale | None = None) -> Agreement:
    """The agreement of the store's analysts (see the module); verdicts on `scale` (default: the default scale)."""
    scale = scale or Scale()
    claims = [c for c in latest_decisions(store.claims(), scale) if len(c.decisions) >= 2 or len(c.verdicts) >= 2]
    analysts = sorted({analyst for c in claims for analyst in (*c.decisions, *c.verdicts)})
    kinds = sorted({c.kind for c in claims})
    figures = [_figures(kind, [c for c in claims if c.kind == kind], analysts, scale) for kind in kinds]
    figures.append(_figures(OVERALL, claims, analysts, scale))
    disagreements = [c for c in claims if len(set(c.decisions.values())) > 1 or len(set(c.verdicts.values())) > 1]
    return Agreement(analysts, figures, disagreements)


def _figures(kind: str, every: list[ClaimDecisions], analysts: list[str], scale: Scale) -> KindAgreement:
    claims = [c for c in every if len(c.decisions) >= 2]
    rated = [list(c.verdicts.values()) for c in every if len(c.verdicts) >= 2]
    kappas = []
    for first, second in combinations(analysts, 2):
        pairs = [
            (c.decisions[first], c.decisions[second]) for c in claims if first in c.decisions and second in c.decisions
        ]
        kappas.append(PairKappa((first, second), len(pairs), cohen_kappa(pairs)))
    alike = sum(len(set(c.decisions.values())) == 1 for c in claims)
    alpha = krippendorff_alpha([list(c.decisions.values()) for c in claims])
    return KindAgreement(kind, len(claims), alike, alpha, kappas, len(rated), krippendorff_alpha(rated, scale.ordered))


def agreement_table(report: Agreement) -> str:
    """The figures as a table for people, then the disagreements (names and labels made safe to print)."""
    if not report.analysts:
        return "no claim decided by two analysts or more\n"
    lines = [one_line(f"analysts: {', '.join(report.analysts)}"), ""]
    pairs = combinations(report.analysts, 2)
    header = ("kind", "claims", "alike", "alpha", *(one_line(f"kappa {a}/{b}") for a, b in pairs), "rated", "ordinal")
    rows = [header] + [
        (
            k.kind,
            str(k.claims),
            str(k.alike),
            _figure(k.alpha),
            *(f"{_figure(p.kappa)} ({p.claims})" for p in k.kappas),
            str(k.rated),
            _figure(k.ordinal_alpha),
        )
        for k in report.kinds
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines += ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows]
    lines += ["", f"disagreements: {len(report.disagreements)}"]
    lines += [
        one_line(
            f"  claim {d.claim} ({d.kind}) {d.label}: "
            + ", ".join(
                f"{a} {d.decisions.get(a) or d.verdicts[a]}" for a in sorted(d.decisions.keys() | d.verdicts.keys())
            )
        )
        for d in report.disagreements
    ]
    return "\n".join(lines) + "\n"


def _figure(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"
