"""The story list: a store of two stories opens on it, each story listed; opening one shows only its articles,
with its own counts and summary; `L` or `esc` goes back to the list. A store of one story opens on its articles. Exports
of one story: the dialog's default, and `workbench export --story`."""

from __future__ import annotations

import json

from textual.widgets import OptionList

from tests.app.pilot import loaded, shown, sync
from tests.cli.running import run
from tests.core.test_stories import FERRY, RATES
from workbench.app import WorkbenchApp
from workbench.app.screens.export import ExportScreen
from workbench.app.screens.review import ReviewScreen
from workbench.app.screens.stories import StoryListScreen
from workbench.app.screens.summary import SummaryScreen
from workbench.app.widgets.progress_header import ProgressHeader, header_line
from workbench.pipeline import analyze
from workbench.store import Store


def _two_stories(tmp_path) -> Store:
    for name, text in (FERRY | RATES).items():
        (tmp_path / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    store = Store.open(tmp_path / "two.sqlite", analyst="ann")
    store.ingest(analyze([str(tmp_path / f"{name}.txt") for name in FERRY | RATES]))
    return store


def test_the_store_keeps_each_articles_story(tmp_path):
    with _two_stories(tmp_path) as store:
        assert [(s.id, s.articles) for s in store.stories()] == [("s1", list(FERRY)), ("s2", list(RATES))]


@sync
async def test_two_stories_open_on_the_list_and_a_story_shows_only_its_articles(tmp_path):
    with _two_stories(tmp_path) as store:
        app = WorkbenchApp(store)
        async with app.run_test(size=(160, 48)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, StoryListScreen)
            options = app.screen.query_one(OptionList)
            listed = [options.get_option_at_index(i) for i in range(options.option_count)]
            assert [o.id for o in listed] == ["s1", "s2"]
            assert "Ferry fire off Skarvik" in str(listed[0].prompt) and "2 articles" in str(listed[1].prompt)
            await pilot.press("down", "enter")
            await loaded(app, pilot)
            assert isinstance(app.screen, ReviewScreen)
            review = app.review_screen.review
            assert review is not None and review.article_ids == list(RATES)
            assert set(shown(app)) == set(RATES)
            assert {store.candidate(cid).article for cid in review.by_id} <= set(RATES)
            assert all(set(k.articles) <= set(RATES) for k in review.clusters.values())
            assert review.progress.pending == sum(1 for c in store.candidates() if c.article in RATES)
            state = app.review_screen.query_one(ProgressHeader)._shown
            assert "story s2 · 2 articles" in str(header_line(*state, compact=False))
            assert str(header_line(*state, compact=True)).startswith("s2  ·")
            await pilot.press("s")
            await pilot.pause()
            assert isinstance(app.screen, SummaryScreen)
            assert f"{len(review.matrix().entries)} facts" in str(listed[1].prompt)  # the list counts as it does
            await pilot.press("escape", "L")
            await pilot.pause()
            assert isinstance(app.screen, StoryListScreen)
            assert app.screen.query_one(OptionList).highlighted == 1  # the open story
            await pilot.press("up", "enter")
            await loaded(app, pilot)
            assert app.review_screen.review.article_ids == list(FERRY)
            assert set(shown(app)) == set(FERRY)
            await pilot.press("m")  # the inspector alone on screen: esc restores it first, then goes back
            await pilot.pause()
            assert app.review_screen.maximized is not None
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, ReviewScreen) and app.review_screen.maximized is None
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, StoryListScreen)


@sync
async def test_one_story_opens_on_its_articles(seeds_db):
    with Store.open(seeds_db, analyst="ann") as store:
        app = WorkbenchApp(store)
        async with app.run_test(size=(160, 48)) as pilot:
            await loaded(app, pilot)
            assert isinstance(app.screen, ReviewScreen)
            assert len(app.review_screen.review.articles) == len(store.articles())
            await pilot.press("escape")  # one story: no list to go back to
            await pilot.pause()
            assert isinstance(app.screen, ReviewScreen)


def _confirm_one_of_each(store: Store) -> dict[str, str]:
    """Confirm a pending fact of each story; story id -> the confirmed candidate."""
    chosen = {}
    for story in store.stories():
        cid = next(c.id for c in store.candidates() if c.article in story.articles)
        store.confirm(cid)
        chosen[story.id] = cid
    return chosen


def _exported(path) -> set[str]:
    return {m["candidate"] for claim in json.loads(path.read_text()) for m in claim["mentions"]}


@sync
async def test_the_export_dialog_exports_the_open_story_unless_told_every_story(tmp_path):
    with _two_stories(tmp_path) as store:
        confirmed = _confirm_one_of_each(store)
        app = WorkbenchApp(store)
        async with app.run_test(size=(160, 48)) as pilot:
            await pilot.pause()
            await pilot.press("down", "enter")  # s2
            await loaded(app, pilot)
            for name, keys in (("one.json", ()), ("all.json", ("tab", "tab", "space"))):
                await pilot.press("x")
                assert isinstance(app.screen, ExportScreen)
                await pilot.press("down", "tab", "ctrl+a", "ctrl+k", *str(tmp_path / name), *keys, "enter")
                await pilot.pause()
        assert _exported(tmp_path / "one.json") == {confirmed["s2"]}
        assert _exported(tmp_path / "all.json") == set(confirmed.values())


def test_export_story_takes_only_that_storys_claims(tmp_path, capsys):
    with _two_stories(tmp_path) as store:
        confirmed = _confirm_one_of_each(store)
    db = str(tmp_path / "two.sqlite")
    code, out, err = run(capsys, "export", "--db", db, "--format", "json", "--story", "s1")
    assert (code, err) == (0, "")
    assert {m["candidate"] for claim in json.loads(out) for m in claim["mentions"]} == {confirmed["s1"]}
    code, out, _ = run(capsys, "export", "--db", db, "--format", "json")
    assert {m["candidate"] for claim in json.loads(out) for m in claim["mentions"]} == set(confirmed.values())
    code, out, err = run(capsys, "export", "--db", db, "--story", "s9")
    assert code == 2 and "no story 's9'" in err and "s1, s2" in err


def test_report_story_shows_only_that_storys_articles(tmp_path, capsys):
    """`workbench report --story s1`: the report of one story (its articles in the matrix, none of the other's)."""
    with _two_stories(tmp_path) as store:
        _confirm_one_of_each(store)
        titles = {a.id: a.title for a in store.articles()}
        headlines = {s.id: [titles[a] for a in s.articles] for s in store.stories()}
    db = str(tmp_path / "two.sqlite")
    code, _, err = run(capsys, "report", "--db", db, "--format", "md", "--story", "s1", "-o", str(tmp_path / "s1.md"))
    assert (code, err) == (0, "")
    text = (tmp_path / "s1.md").read_text(encoding="utf-8")
    assert all(title in text for title in headlines["s1"]) and not any(title in text for title in headlines["s2"])
    code, _, err = run(capsys, "report", "--db", db, "--story", "s9", "-o", str(tmp_path / "s9.html"))
    assert code == 2 and "no story 's9'" in err
