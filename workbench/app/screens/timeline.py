"""The timeline (`T`): every dated fact on the date it resolves to, with the outlets reporting it and `≠` where
outlets date the same event differently; the dates the articles do not resolve listed apart. Enter jumps to
the fact."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Label, OptionList
from textual.widgets.option_list import Option

from workbench.app.screens.dialog import SCREENS_TCSS
from workbench.app.screens.text import counted
from workbench.display import excerpt, one_line
from workbench.output.timeline import Timeline, show_date
from workbench.store import CandidateRecord

REACH = 70  # characters of a fact's sentence shown either side of its mention


class TimelineScreen(ModalScreen[str]):
    """A `Timeline` (workbench.output.timeline) as a list: enter returns the candidate id to jump to (the fact's
    first mention), escape or `T` closes it. `sources` names each article (its outlet, else its id), `texts`
    are the articles' texts (the facts are shown in their sentences)."""

    CSS_PATH = SCREENS_TCSS
    BINDINGS = [
        Binding("enter", "jump", "Go to fact", priority=True, id="timeline.jump"),
        Binding("escape", "close", "Back", id="dialog.cancel"),
        Binding("T", "close", "Back", show=False, id="timeline.close"),
    ]

    def __init__(self, timeline: Timeline, sources: dict[str, str], texts: dict[str, str]) -> None:
        super().__init__()
        self._timeline = timeline
        self._sources = sources
        self._texts = texts

    def compose(self) -> ComposeResult:
        timeline = self._timeline
        clashing = sum(1 for entry in timeline.dated if entry.clashes)
        yield Label(
            Content.assemble(
                ("Timeline", "bold"),
                f"  {counted(len(timeline.dated), 'dated fact')} · ",
                (f"≠ {clashing} dated differently", "bold $text-error" if clashing else "$text-muted"),
                f" · {len(timeline.undated)} not placed",
            ),
            id="timeline-header",
        )
        yield OptionList(*self._options(), id="timeline-list")
        yield Footer()

    def _options(self) -> list[Option]:
        options = []
        for entry in self._timeline.dated:
            mark = Content.styled("≠ ", "bold $text-error") if entry.clashes else Content("  ")
            heading = Content.assemble(
                (show_date(entry.date).replace("\u00a0", " ").ljust(16), "bold"),
                mark,
                (self._outlets(entry.mentions), "italic"),
            )
            lines = [heading, self._fact(entry.mentions[0], "the article's date: " if entry.dateline else "")]
            for date, articles in entry.clashes.items():
                dated = show_date(date).replace("\u00a0", " ")
                outlets = ", ".join(self._sources.get(a, a) for a in articles)
                lines.append(Content.styled(f"    ≠ dated {dated} by {one_line(outlets)}", "$text-error"))
            options.append(Option(Content("\n").join(lines), id=entry.mentions[0].id))
        if self._timeline.undated:
            options.append(
                Option(
                    Content.styled("Not placed: weekdays and relative dates without a date to count from", "bold"),
                    disabled=True,
                )
            )
        for undated in self._timeline.undated:
            linked = ", ".join(show_date(d).replace("\u00a0", " ") for d in undated.linked)
            heading = Content.assemble(
                (one_line(undated.mention.text)[:16].ljust(16), "bold"),
                "  ",
                (self._outlets([undated.mention]), "italic"),
                (f"  linked to {linked}" if linked else "", "$text-muted"),
            )
            options.append(Option(Content("\n").join([heading, self._fact(undated.mention)]), id=undated.mention.id))
        return options

    def _outlets(self, mentions: list[CandidateRecord]) -> str:
        return one_line(", ".join(dict.fromkeys(self._sources.get(m.article, m.article) for m in mentions)))

    def _fact(self, mention: CandidateRecord, lead: str = "") -> Content:
        """The mention in its sentence (cut to REACH either side), underlined."""
        sentence = (mention.sentence[0], mention.sentence[1])
        before, words, after = excerpt(
            self._texts.get(mention.article, ""), mention.start, mention.end, sentence, REACH
        )
        return Content.assemble(f"    {lead}", before, (words, "bold underline"), after)

    def action_jump(self) -> None:
        """Go to the highlighted fact."""
        options = self.query_one(OptionList)
        if options.highlighted is not None:
            option = options.get_option_at_index(options.highlighted)
            if option.id is not None:
                self.dismiss(option.id)

    def action_close(self) -> None:
        """Back to the review."""
        self.dismiss(None)
