"""Choose which candidates the review shows: kinds, states, conflicts only, single-source only."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Label

from workbench.app.filters import Filter
from workbench.app.screens.checklist import CheckList
from workbench.app.screens.dialog import Dialog
from workbench.model import KINDS
from workbench.output.summary import STATES

SCOPES: dict[str, str] = {"conflicts_only": "conflicts only", "single_source_only": "one source only"}


class FilterScreen(Dialog[Filter]):
    """Tick with space, move between the groups with tab; enter applies, backspace shows everything (closing)."""

    BINDINGS = [
        Binding("enter", "submit", "Apply", priority=True, id="dialog.submit"),
        Binding("backspace", "clear", "Show all", id="filter.clear"),
    ]

    def __init__(self, current: Filter) -> None:
        super().__init__(Content("Filter candidates"))
        self._current = current

    def compose_body(self) -> ComposeResult:
        current = self._current
        groups = [
            ("filter-kinds", "Kind", [(kind, kind) for kind in KINDS], current.kinds),
            ("filter-states", "State", [(state, state) for state in STATES], current.states),
            (
                "filter-scope",
                "Clusters",
                list(SCOPES.items()),
                {name for name in SCOPES if getattr(current, name)},
            ),
        ]
        with Horizontal(id="filter-groups"):
            for widget_id, title, items, ticked in groups:
                check_list = CheckList(((v, Content(label)) for v, label in items), ticked, id=widget_id)
                check_list.border_title = Content(title)
                yield check_list
        yield Label(Content("No kind (or state) ticked means every kind (or state)."), classes="hint")

    def chosen(self) -> Filter:
        """The filter the ticks currently describe."""
        scope = self.query_one("#filter-scope", CheckList).ticked
        return Filter(
            kinds=frozenset(self.query_one("#filter-kinds", CheckList).ticked),
            states=frozenset(self.query_one("#filter-states", CheckList).ticked),
            **{name: name in scope for name in SCOPES},
        )

    def action_submit(self) -> None:
        """Apply the filter."""
        self.dismiss(self.chosen())

    def action_clear(self) -> None:
        """Apply no filter: every candidate shows."""
        self.dismiss(Filter())
