"""A list of options ticked on and off, drawn as [x] / [ ] so the state reads without colour."""

from __future__ import annotations

from collections.abc import Iterable

from textual import on
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

TICKED = Content.styled("[x] ", "bold $text-success")
UNTICKED = Content.styled("[ ] ", "dim")


class CheckList(OptionList):
    """Options keyed by value; space (or a click) ticks the highlighted one. `ticked` survives `show`."""

    BINDINGS = [Binding("space", "tick", "Tick", id="checklist.toggle")]

    class Changed(Message):
        """Posted when an option is ticked or unticked."""

        def __init__(self, check_list: CheckList, value: str) -> None:
            super().__init__()
            self.check_list = check_list
            self.value = value

        @property
        def control(self) -> CheckList:
            return self.check_list

    def __init__(
        self,
        items: Iterable[tuple[str, Content]] = (),
        ticked: Iterable[str] = (),
        *,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.ticked: set[str] = set(ticked)
        self._labels: dict[str, Content] = {}
        self._pending_items = list(items)

    def on_mount(self) -> None:
        self.show(self._pending_items)

    def _prompt(self, value: str) -> Content:
        return (TICKED if value in self.ticked else UNTICKED) + self._labels[value]

    def show(self, items: Iterable[tuple[str, Content]]) -> None:
        """Replace the shown options with (value, label) pairs, keeping every tick, highlighting the first."""
        self._labels = dict(items)
        self.set_options(Option(self._prompt(value), id=value) for value in self._labels)
        self.highlighted = 0 if self._labels else None

    def action_tick(self) -> None:
        """Tick or untick the highlighted option."""
        option = self.highlighted_option
        if option is None or option.id is None:
            return
        self.ticked.symmetric_difference_update({option.id})
        self.replace_option_prompt(option.id, self._prompt(option.id))
        self.post_message(self.Changed(self, option.id))

    @on(OptionList.OptionSelected)
    def _clicked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_tick()
