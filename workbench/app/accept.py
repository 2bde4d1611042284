"""The question `a` asks on a conflicting cluster: accept the mentions agreeing with the selected one, all, or none."""

from __future__ import annotations

from textual.content import Content

from workbench.app.review import Review
from workbench.app.screens import ChoiceScreen
from workbench.app.screens.text import literal


def accept_choice(review: Review, cid: str, members: list[str], agreeing: list[str]) -> ChoiceScreen:
    """The choice screen for accepting the conflicting cluster of `cid`; answers "agreeing", "all", "cancel"."""
    value = review.shown(cid)
    values = list(dict.fromkeys(review.shown(m) for m in members))
    others = len(members) - len(agreeing)
    question = Content.assemble(
        "The sources disagree: ",
        Content(", ").join(
            literal(v, "bold" if v == value else "bold $text-error").truncate(24, ellipsis=True) for v in values
        ),
        ".",
    )
    answers = [
        (
            "agreeing",
            Content.assemble(
                f"= Accept the {len(agreeing)} mentions giving ",
                literal(value, "bold").truncate(30, ellipsis=True),
                f" as one confirmed claim; {others} stay pending",
            ),
        ),
        ("all", Content(f"≠ Accept all {len(members)} mentions as one claim anyway")),
        ("cancel", Content("  Cancel")),
    ]
    return ChoiceScreen(Content.styled("Accept a conflicting cluster", "bold"), question, answers)
