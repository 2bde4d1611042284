"""The names view (`N`): every canonical name with its spellings, outlets and counts, reviewed a group at a time.

`c` / `r` confirm or reject every mention of the highlighted group (one store decision per mention, each
audited and undone by `u`), `p` splits a spelling off into a group of its own (kept in the store), enter goes
to the group's first mention. The list (widgets/name_list.py) makes only the lines on screen (Line API).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from textual.app import ComposeResult
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Label

from workbench.app.bindings import NAMES_BINDINGS
from workbench.app.review import Review
from workbench.app.screens.choice import ChoiceScreen
from workbench.app.screens.dialog import SCREENS_TCSS
from workbench.app.screens.text import counted, literal
from workbench.app.widgets.article_pane import source_label
from workbench.app.widgets.name_list import NameList
from workbench.display import one_line
from workbench.output.names import NameGroup

OUTLETS_NAMED = 6  # a name many articles give: the line names these, then counts the rest


def group_lines(review: Review, group: NameGroup) -> list[Content]:
    """A group as three lines: its name, mentions, outlets and review counts; its spellings; its outlets."""
    states = Counter(review.by_id[m].status for m in group.members)
    title = Content.styled(one_line(group.title), "bold")
    if group.split is not None:
        title += Content.styled(f"  (split off {one_line(group.name)})", "italic $text-muted")
    counts = Content.assemble(
        (f"  {counted(len(group.members), 'mention')} · {counted(len(group.articles), 'outlet')}  ", "$text-muted"),
        (f"✓{states['confirmed']}", "$text-success"),
        " ",
        (f"✗{states['rejected']}", "$text-error"),
        " ",
        (f"·{states['pending']}", "$text-warning"),
    )
    spellings = ", ".join(f"{text} ×{count}" for text, count in group.spellings)
    outlets = [source_label(review.articles[review.article_order[a]]) for a in group.articles]
    named = ", ".join(outlets[:OUTLETS_NAMED]) + (
        f" and {len(outlets) - OUTLETS_NAMED} more" if outlets[OUTLETS_NAMED:] else ""
    )
    return [
        title + counts,
        Content.assemble(("   spellings: ", "$text-muted"), one_line(spellings)),
        Content.assemble(("   outlets: ", "$text-muted"), (one_line(named), "italic")),
    ]


class NamesScreen(ModalScreen[str]):
    """The name groups of a Review; `decide(call, touched)` runs a store decision the review screen's way and
    says whether it was saved, `split(name, spelling)` splits a spelling off the same way. Dismissed with the
    candidate id to go to, or None."""

    CSS_PATH = SCREENS_TCSS
    BINDINGS = [*NAMES_BINDINGS]

    def __init__(
        self,
        review: Review,
        decide: Callable[[Callable[[], object], list[str]], bool],
        split: Callable[[str, str], bool],
    ) -> None:
        super().__init__()
        self._review = review
        self._decide = decide
        self._split = split
        self._groups: list[NameGroup] = []

    def compose(self) -> ComposeResult:
        yield Label(id="names-header")
        yield NameList(lambda index: group_lines(self._review, self._groups[index]), id="names-list")
        yield Footer()

    def on_mount(self) -> None:
        self._show()

    def _show(self, keep: str | None = None) -> None:
        """List the groups as they are now, the highlight on the group `keep` (else where it was)."""
        names = self.query_one(NameList)
        self._groups = self._review.name_groups()
        ids = [g.id for g in self._groups]
        names.show(len(ids), ids.index(keep) if keep in ids else names.cursor)
        mentions = sum(len(g.members) for g in self._groups)
        header = Content.assemble(
            ("Names", "bold"),
            f"  {counted(len(self._groups), 'name')} · {counted(mentions, 'mention')}  ",
            ("enter: the name's first mention", "$text-muted"),
        )
        self.query_one("#names-header", Label).update(header)

    @property
    def group(self) -> NameGroup | None:
        """The highlighted group."""
        index = self.query_one(NameList).cursor
        return self._groups[index] if index < len(self._groups) else None

    def action_confirm_group(self) -> None:
        """Confirm every mention of the highlighted group."""
        self._decide_group("confirm")

    def action_reject_group(self) -> None:
        """Reject every mention of the highlighted group."""
        self._decide_group("reject")

    def _decide_group(self, decision: str) -> None:
        group = self.group
        if group is None:
            return
        store = self._review.store
        decide = store.confirm if decision == "confirm" else store.reject

        def each() -> None:
            for member in group.members:
                decide(member)

        if self._decide(each, group.members):
            self._show(group.id)

    def action_split_spelling(self) -> None:
        """Split one of the highlighted group's spellings off into a group of its own (asks which)."""
        group = self.group
        if group is None:
            return
        if len(group.spellings) < 2:
            self.notify("This group has one spelling: nothing to split off.", severity="warning")
            return
        answers = [(text, literal(f"{text} ×{count}")) for text, count in group.spellings]

        def chosen(spelling: str | None) -> None:
            if spelling is not None and self._split(group.name, spelling):
                self._show(group.id)

        question = Content.assemble("Split which spelling off ", literal(group.title, "bold"), "?")
        self.app.push_screen(ChoiceScreen(Content("Split a spelling off"), question, answers), chosen)

    def action_go_to(self) -> None:
        """Go to the highlighted group's first mention."""
        group = self.group
        self.dismiss(group.members[0] if group is not None else None)

    def on_name_list_selected(self, event: NameList.Selected) -> None:
        event.stop()
        self.action_go_to()

    def action_close(self) -> None:
        """Back to the review."""
        self.dismiss(None)
