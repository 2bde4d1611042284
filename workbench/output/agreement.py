"""How far the analysts of one store agree: each analyst's own decision on each claim, as the store keeps it
(ClaimRecord.decisions), compared per fact kind and overall (Cohen's kappa for each pair of analysts,
Krippendorff's alpha for all of them; output/reliability.py), with the claims they decided differently.

An analyst's decision counts when it is confirmed or rejected; a rating between the two, a dismissal or none (a
reset, an undo back to pending) leaves the analyst out of that claim.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from workbench.display import one_line
from workbench.store import ClaimRecord, Store

from .reliability import cohen_kappa, krippendorff_alpha

DECIDED = ("confirmed", "rejected")
OVERALL = "all"


@dataclass(frozen=True)
class ClaimDecisions:
    """One claim, and the decision of each analyst who decided it."""

    claim: int
    kind: str
    label: str
    decisions: dict[str, str]


@dataclass(frozen=True)
class PairKappa:
    """Cohen's kappa of two analysts over the claims both decided (None when undefined)."""

    analysts: tuple[str, str]
    claims: int
    kappa: float | None


@dataclass(frozen=True)
class KindAgreement:
    """The figures of one fact kind (or OVERALL): claims decided by two analysts or more, how many of them
    alike, Krippendorff's alpha and each pair's kappa."""

    kind: str
    claims: int
    alike: int
    alpha: float | None
    kappas: list[PairKappa] = field(default_factory=list)


@dataclass(frozen=True)
class Agreement:
    """The analysts, the figures per kind then OVERALL, and the claims decided differently."""

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
                }
                for k in self.kinds
            ],
            "disagreements": [
                {"claim": d.claim, "kind": d.kind, "label": d.label, "decisions": d.decisions}
                for d in self.disagreements
            ],
        }


def latest_decisions(claims: list[ClaimRecord]) -> list[ClaimDecisions]:
    """Each claim with each analyst's confirmed or rejected decision on it, in claim order."""
    return [
        ClaimDecisions(c.id, c.kind, c.label, {a: d.status for a, d in c.decisions.items() if d.status in DECIDED})
        for c in sorted(claims, key=lambda c: c.id)
    ]


def agreement(store: Store) -> Agreement:
    """The agreement of the store's analysts (see the module)."""
    claims = [c for c in latest_decisions(store.claims()) if len(c.decisions) >= 2]
    analysts = sorted({analyst for c in claims for analyst in c.decisions})
    kinds = sorted({c.kind for c in claims})
    figures = [_figures(kind, [c for c in claims if c.kind == kind], analysts) for kind in kinds]
    figures.append(_figures(OVERALL, claims, analysts))
    disagreements = [c for c in claims if len(set(c.decisions.values())) > 1]
    return Agreement(analysts, figures, disagreements)


def _figures(kind: str, claims: list[ClaimDecisions], analysts: list[str]) -> KindAgreement:
    kappas = []
    for first, second in combinations(analysts, 2):
        pairs = [
            (c.decisions[first], c.decisions[second]) for c in claims if first in c.decisions and second in c.decisions
        ]
        kappas.append(PairKappa((first, second), len(pairs), cohen_kappa(pairs)))
    alike = sum(len(set(c.decisions.values())) == 1 for c in claims)
    return KindAgreement(
        kind, len(claims), alike, krippendorff_alpha([list(c.decisions.values()) for c in claims]), kappas
    )


def agreement_table(report: Agreement) -> str:
    """The figures as a table for people, then the disagreements (names and labels made safe to print)."""
    if not report.analysts:
        return "no claim decided by two analysts or more\n"
    lines = [one_line(f"analysts: {', '.join(report.analysts)}"), ""]
    pairs = combinations(report.analysts, 2)
    header = ("kind", "claims", "alike", "alpha", *(one_line(f"kappa {a}/{b}") for a, b in pairs))
    rows = [header] + [
        (k.kind, str(k.claims), str(k.alike), _figure(k.alpha), *(f"{_figure(p.kappa)} ({p.claims})" for p in k.kappas))
        for k in report.kinds
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines += ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows]
    lines += ["", f"disagreements: {len(report.disagreements)}"]
    lines += [
        one_line(
            f"  claim {d.claim} ({d.kind}) {d.label}: " + ", ".join(f"{a} {s}" for a, s in sorted(d.decisions.items()))
        )
        for d in report.disagreements
    ]
    return "\n".join(lines) + "\n"


def _figure(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"
