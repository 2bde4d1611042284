"""Zero-width characters in an article are shown in its pane (◌), one for one: a number or a name split
by one no longer looks whole."""

from __future__ import annotations

from tests.app.pilot import shown, sync
from workbench.app import WorkbenchApp
from workbench.app.screens.text import ZERO_WIDTH, ZERO_WIDTH_MARK, pane_text
from workbench.model import Analysis, Article, Candidate
from workbench.store import Store

TEXT = "Officials said 1\u200b500 people left.\nThe \ufeffmayor, Ann\u200dLee, met 12\u2060 families (\u200cok)."


def test_every_zero_width_character_is_shown_one_for_one():
    shown_text = pane_text(TEXT)
    assert len(shown_text) == len(TEXT)
    assert not set(ZERO_WIDTH) & set(shown_text)
    assert shown_text.count(ZERO_WIDTH_MARK) == 5
    assert "1◌500 people" in shown_text and "Ann◌Lee" in shown_text


@sync
async def test_the_pane_shows_zero_width_characters(tmp_path):
    fragment = "1\u200b500 people"
    start = TEXT.index(fragment)
    fact = Candidate("odd", start, start + len(fragment), fragment, "quantity", 1500, (0, len(TEXT)))
    with Store.open(tmp_path / "zw.sqlite") as store:
        store.ingest(Analysis([Article("odd", "odd.txt", "Odd", "0" * 64, TEXT)], [fact], []))
        app = WorkbenchApp(store)
        async with app.run_test(size=(100, 30)):
            view = shown(app)["odd"]
            lines = "".join(view.render_line(i).text for i in range(view.line_count))
            assert "Officials said 1◌500 people left." in lines and "Ann◌Lee, met 12◌ families (◌ok)" in lines
            assert not set(ZERO_WIDTH) & set(lines)
