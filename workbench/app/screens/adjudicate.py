"""The adjudicator's view of one claim: each analyst's decision, note and evidence side by side, one column an
analyst, and the claim's settlement when it has one. A verdict key settles the claim (the screen returns it):
c the scale's top (confirmed), r its bottom (rejected), 1-9 a rating, d dismissed; escape closes."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Label, Static

from workbench.app.screens.dialog import Dialog
from workbench.app.widgets.inspector import decision_content
from workbench.display import one_line
from workbench.output.adjudication import Position
from workbench.output.evidence import describe
from workbench.settings import Scale
from workbench.store import AnalystDecision, ClaimRecord

Verdict = tuple[str, str | None]
"""A settlement: its status and rating."""


class AdjudicateScreen(Dialog[Verdict]):
    """Each analyst's position on a claim side by side; a verdict key returns the settlement to make."""

    DEFAULT_CSS = """
    AdjudicateScreen #dialog { max-width: 150; }
    AdjudicateScreen #positions { height: auto; max-height: 30; }
    AdjudicateScreen .position { width: 1fr; height: auto; padding: 0 1; border-left: solid $primary-muted; }
    """
    BINDINGS = [
        Binding("c", "settle('confirmed')", "Settle: confirm", id="adjudicate.confirm"),
        Binding("r", "settle('rejected')", "Settle: reject", id="adjudicate.reject"),
        Binding("d", "settle('dismissed')", "Settle: dismiss", id="adjudicate.dismiss"),
        *(Binding(str(n), f"rate({n})", f"Rating {n}", show=False, id=f"adjudicate.rate_{n}") for n in range(1, 10)),
    ]

    def __init__(self, claim: ClaimRecord, positions: list[Position], scale: Scale) -> None:
        super().__init__(Content.assemble("Adjudicate: ", one_line(claim.label)))
        self._claim = claim
        self._positions = positions
        self._scale = scale

    def compose_body(self) -> ComposeResult:
        claim = self._claim
        if claim.settlement is None:
            head = Content.styled(f"Disputed: {len(claim.decisions)} analysts decided it differently", "bold")
        else:
            settled = claim.settlement
            verdict = decision_content(AnalystDecision(settled.status, settled.rating))
            head = Content.assemble(
                ("Settled by ", "bold"), (one_line(settled.adjudicator), "bold italic"), ": ", verdict
            )
        yield Label(head)
        if claim.note:
            yield Label(Content.assemble(("the claim's note  ", "$text-muted"), one_line(claim.note)))
        with Horizontal(id="positions"):
            for position in self._positions:
                yield Static(_column(position), classes="position")
        keys = f"1-{len(self._scale.names)}" if len(self._scale.names) > 1 else "1"
        yield Label(
            f"Settle it: c confirm · r reject · {keys} a rating · d dismiss · esc back (u undoes)", classes="hint"
        )

    def action_settle(self, status: str) -> None:
        """Settle the claim with this verdict: confirm gives the scale's top, reject its bottom."""
        self.dismiss((status, {"confirmed": self._scale.top, "rejected": self._scale.bottom}.get(status)))

    def action_rate(self, number: int) -> None:
        """Settle the claim with the scale's rating `number` (1: the top)."""
        names = self._scale.names
        if number <= len(names):
            rating = names[number - 1]
            self.dismiss((self._scale.status_of(rating), rating))


def _column(position: Position) -> Content:
    """One analyst's column: name, decision (and when), note, evidence."""
    lines = [Content.styled(one_line(position.analyst), "bold")]
    lines.append(
        decision_content(position.decision)
        if position.decision
        else Content.styled("no decision", "italic $text-muted")
    )
    if position.decided_at:
        lines.append(Content.styled(position.decided_at[:16].replace("T", " "), "$text-muted"))
    lines.append(Content.assemble(("note ", "$text-muted"), one_line(position.note) if position.note else "—"))
    lines.append(
        Content.styled("evidence", "$text-muted") if position.evidence else Content.styled("no evidence", "$text-muted")
    )
    lines += [Content.assemble("▸ ", describe(item)) for item in position.evidence]
    return Content("\n").join(lines)
