"""The review app driven by keys (App.run_test): navigation, following, decisions, tools, persistence."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import pytest
from textual.widgets._toast import Toast
from textual.worker import WorkerFailed

import workbench.app.app as app_py
from tests.app.pilot import first_pending, header_text, loaded, shown, sync, toasts
from tests.support.paths import SEEDS
from tests.support.small_corpus import ALPHA_12, ALPHA_14, BETA_12, GAMMA_15, cid
from workbench.app import WorkbenchApp, run_app
from workbench.app.bindings import KeymapError, load_keymap
from workbench.app.review import Review
from workbench.app.screens import (
    ChoiceScreen,
    ExportScreen,
    FilterScreen,
    HelpScreen,
    LinkScreen,
    PromptScreen,
    SummaryScreen,
)
from workbench.app.screens.export import ExportChoice
from workbench.app.view_state import SAVE_DELAY, SELECTION_KEY
from workbench.app.widgets.article_view import ArticleView
from workbench.display import clean
from workbench.model import Analysis, Article, Candidate, Cluster
from workbench.store import Store, StoreError

# -- start, layout, navigation ---------------------------------------------------------------------


@sync
async def test_start_focuses_the_first_article_on_its_first_pending_candidate(small):
    app = WorkbenchApp(small)
    async with app.run_test(size=(120, 30)):
        first = small.articles()[0].id
        assert isinstance(app.focused, ArticleView) and app.focused.article_id == first
        assert app.review_screen.current == app.focused.cursor == first_pending(small, first)


@pytest.mark.parametrize(("size", "panes"), [((80, 24), 2), ((160, 48), 4), ((60, 20), 1)])
@sync
async def test_as_many_panes_as_fit(seeds_db, size, panes):
    with Store.open(seeds_db) as store:
        app = WorkbenchApp(store)
        async with app.run_test(size=size):
            assert len(shown(app)) == panes


@sync
async def test_keys_move_within_and_across_articles(small):
    app = WorkbenchApp(small)
    async with app.run_test(size=(80, 24)) as pilot:
        alpha = [c.id for c in small.candidates("alpha")]
        await pilot.press("j")
        assert app.review_screen.current == alpha[1]
        await pilot.press("down", "down")
        assert app.review_screen.current == alpha[3]
        await pilot.press("k")
        assert app.review_screen.current == alpha[2]
        await pilot.press("j", "j", "j", "j")  # stays on the last one
        assert app.review_screen.current == alpha[-1]
        await pilot.press("tab", "tab")  # 2 panes at 80 columns: the window slides to show gamma
        assert app.review_screen.current == first_pending(small, "gamma")
        assert app.focused.article_id == "gamma" and set(shown(app)) == {"beta", "gamma"}
        await pilot.press("shift+tab")
        assert app.review_screen.current == first_pending(small, "beta") and app.focused.article_id == "beta"


@sync
async def test_the_other_panes_follow_the_selected_fact(small):
    app = WorkbenchApp(small)
    async with app.run_test(size=(160, 40)) as pilot:
        app.review_screen.goto_candidate(BETA_12)
        await pilot.pause()
        views = shown(app)
        assert views["beta"].cursor == BETA_12 and app.focused is views["beta"]
        assert views["alpha"].cursor == ALPHA_12  # of the cluster's two alpha mentions, the one that agrees
        assert views["gamma"].cursor == GAMMA_15
        assert "≠ 15 people" in header_text(app, "gamma") and "= 12 people" in header_text(app, "alpha")
        await pilot.press("j")  # beta's money: gamma has no mention of it
        assert views["gamma"].cursor is None
        assert "no mention of this fact" in header_text(app, "gamma")


def test_a_weekday_agrees_with_the_date_it_falls_on(tmp_path):
    texts = {
        "mon": "It broke on Wednesday.",
        "tue": "It broke on 30 August 2017.",
        "wed": "It broke on 31 August 2017.",
    }
    facts = [
        ("mon", "Wednesday", "wednesday"),
        ("tue", "30 August 2017", "2017-08-30"),
        ("wed", "31 August 2017", "2017-08-31"),
    ]
    articles = [Article(a, f"{a}.txt", a, a * 21 + "x", text) for a, text in texts.items()]
    dates = [
        Candidate(a, texts[a].index(f), texts[a].index(f) + len(f), f, "date", v, (0, len(texts[a])))
        for a, f, v in facts
    ]
    cluster = Cluster("D", "date", [c.id for c in dates], list(texts), "conflict")
    with Store.open(tmp_path / "dates.sqlite") as store:
        store.ingest(Analysis(articles, dates, [cluster]))
        review = Review(store)
    weekday, day, other_day = (c.id for c in dates)
    assert review.agrees(weekday, day)  # 30 August 2017 was a Wednesday
    assert not review.agrees(weekday, other_day) and not review.agrees(day, other_day)
    assert review.mention_in(day, "mon") == weekday


@sync
async def test_clicking_a_highlighted_span_selects_it(small):
    app = WorkbenchApp(small)
    async with app.run_test(size=(120, 30)) as pilot:
        view = shown(app)["beta"]
        line = next(i for i in range(view.line_count) if "$1.5" in view.render_line(i).text)
        column = view.render_line(line).text.index("$1.5") + 2
        await pilot.click(view, offset=(column, line))
        assert app.review_screen.current == cid("beta", "$1.5 billion") and app.focused is view
        gamma = shown(app)["gamma"]
        await pilot.click(gamma, offset=(5, gamma.size.height - 1))  # below the text: the article is focused
        assert app.focused is gamma and app.review_screen.current == first_pending(small, "gamma")


@sync
async def test_a_theme_change_repaints_the_cached_lines(small):
    app = WorkbenchApp(small)
    async with app.run_test(size=(120, 30)) as pilot:
        view = shown(app)["alpha"]
        before = list(view.render_line(0))
        app.theme = "textual-light"
        await pilot.pause()
        assert list(view.render_line(0)) != before


def _text_styles(view: ArticleView) -> dict[str, tuple[bool, ...]]:
    """Each rendered run of text (stripped) with its (bold, italic, underline, strike, reverse)."""
    styles = {}
    for y in range(view.line_count):
        for segment in view.render_line(y):
            style = segment.style
            if segment.text.strip() and style is not None:
                styles[segment.text.strip()] = (
                    bool(style.bold),
                    bool(style.italic),
                    bool(style.underline),
                    bool(style.strike),
                    bool(style.reverse),
                )
    return styles


@sync
async def test_review_states_read_without_colour(small, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    small.confirm(ALPHA_14)
    small.reject(cid("alpha", "$1.5 billion"))
    app = WorkbenchApp(small)
    async with app.run_test(size=(160, 30)) as pilot:
        assert app.no_color
        app.review_screen.goto_candidate(BETA_12)  # alpha's "12 people" is followed, not selected
        await pilot.pause()
        styles = _text_styles(shown(app)["alpha"])
        states = {
            "pending": styles['"We are heartbroken,"'],
            "confirmed, in a conflict": styles["14 people"],
            "rejected": styles["$1.5 billion"],
            "followed": styles["12 people"],
            "selected": _text_styles(shown(app)["beta"])["12 people"],
        }
        assert len(set(states.values())) == len(states), states
        assert states["pending"][2] and states["rejected"][3] and states["followed"][4]


# -- decisions ---------------------------------------------------------------------------------------


@sync
async def test_decisions_are_stored_before_they_are_shown(small):
    app = WorkbenchApp(small)
    async with app.run_test(size=(120, 30)) as pilot:
        app.review_screen.goto_candidate(ALPHA_14)
        await pilot.press("c")
        assert small.candidate(ALPHA_14).status == "confirmed"
        assert app.review_screen.review.by_id[ALPHA_14].status == "confirmed"
        assert "✓1" in header_text(app, "alpha")
        await pilot.press("r")
        assert small.candidate(ALPHA_14).status == "rejected"
        await pilot.press("space")
        assert small.candidate(ALPHA_14).status == "pending"
        await pilot.press("u")
        assert small.candidate(ALPHA_14).status == "rejected" == app.review_screen.review.by_id[ALPHA_14].status


@sync
async def test_accept_cluster_confirms_every_member_as_one_claim(small):
    app = WorkbenchApp(small)
    async with app.run_test(size=(120, 30)) as pilot:
        app.review_screen.goto_candidate(cid("alpha", "$1.5 billion"))
        await pilot.press("a")
        money = [cid("alpha", "$1.5 billion"), cid("beta", "$1.5 billion")]
        claims = {small.claim_of(m).id for m in money}
        assert len(claims) == 1 and small.claim_of(money[0]).status == "confirmed"
        assert all(app.review_screen.review.by_id[m].status == "confirmed" for m in money)


@sync
@pytest.mark.parametrize(
    ("answer", "accepted", "pending"),
    [
        ("enter", {ALPHA_12, BETA_12}, {ALPHA_14, GAMMA_15}),  # the first answer: only the agreeing mentions
        ("down,enter", {ALPHA_12, ALPHA_14, BETA_12, GAMMA_15}, set()),  # all of them anyway
        ("escape", set(), {ALPHA_12, ALPHA_14, BETA_12, GAMMA_15}),
    ],
)
async def test_accept_on_a_conflict_asks_which_mentions(small, answer, accepted, pending):
    app = WorkbenchApp(small)
    async with app.run_test(size=(120, 30)) as pilot:
        app.review_screen.goto_candidate(ALPHA_12)
        await pilot.press("a")
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press(*answer.split(","))
        assert {small.claim_of(m).id for m in accepted} == ({small.claim_of(ALPHA_12).id} if accepted else set())
        assert {m for m in (ALPHA_12, ALPHA_14, BETA_12, GAMMA_15) if small.candidate(m).status == "pending"} == pending
        assert app.review_screen.review.progress.conflicts_open == (1 if pending else 0)


@sync
async def test_accepting_a_name_group_is_one_decision_and_one_undo(seeds_db):
    with Store.open(seeds_db, analyst="ann") as store:
        app = WorkbenchApp(store)
        async with app.run_test(size=(120, 30)) as pilot:
            dam = next(
                c for c, v in app.review_screen.review.by_id.items() if v.kind == "entity" and v.value == "Orvano Dam"
            )
            members = app.review_screen.review.cluster(dam).members
            app.review_screen.goto_candidate(dam)
            logged = len(store.events())
            await pilot.press("a")
            assert [e.action for e in store.events()[logged:]] == ["accept"]
            assert {store.claim_of(m).id for m in members} == {store.claim_of(dam).id}
            assert {app.review_screen.review.by_id[m].status for m in members} == {"confirmed"}
            await pilot.press("u")
            assert {app.review_screen.review.by_id[m].status for m in members} == {"pending"}
            assert all(store.claim_of(m) is None for m in members)


@sync
async def test_link_modal_links_the_chosen_mentions(small):
    app = WorkbenchApp(small)
    async with app.run_test(size=(120, 30)) as pilot:
        app.review_screen.goto_candidate(ALPHA_12)
        await pilot.press("l")
        assert isinstance(app.screen, LinkScreen)
        options = {o["candidate_id"]: o for o in app.screen._options}
        assert options[BETA_12]["preselected"] and not options[GAMMA_15]["preselected"]  # 15 ≠ 12: offered only
        assert options[BETA_12]["score"] > options[GAMMA_15]["score"] and options[GAMMA_15]["mark"] == "conflict"
        await pilot.press("enter")  # the suggested cluster's agreeing mentions are pre-ticked
        assert isinstance(app.screen.focused, ArticleView)
        assert set(small.claim_of(ALPHA_12).members) == {ALPHA_12, BETA_12}


@sync
async def test_a_store_error_is_shown_and_the_decision_is_not(small, tmp_path):
    path = Path(small.path)
    small.close()
    with Store.open(path, readonly=True) as readonly:
        app = WorkbenchApp(readonly)
        async with app.run_test(size=(120, 30)) as pilot:
            chosen = app.review_screen.current
            await pilot.press("c")
            assert app.review_screen.review.by_id[chosen].status == "pending"
            assert any(n.title == "Not saved" and n.severity == "error" for n in app._notifications)
            assert "✓0" in header_text(app, "alpha")


@sync
async def test_moving_never_writes_the_selection_is_saved_once_the_keys_rest(small, monkeypatch):
    saved = []
    monkeypatch.setattr(small, "set_state", lambda key, value, wait=True: saved.append((key, value, wait)))
    # keys never rest for an hour here: whatever is written while the delay is that long, a key press wrote,
    # however slow the machine (the start's selection included)
    monkeypatch.setattr(app_py, "SAVE_DELAY", 3600)
    app = WorkbenchApp(small)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("j", "j", "k", "j")
        assert saved == []
        # with a short delay the keys soon rest: the next move is saved once, without waiting for the store
        monkeypatch.setattr(app_py, "SAVE_DELAY", 0.05)
        await pilot.press("j")
        for _ in range(200):
            if saved:
                break
            await pilot.pause(0.05)
        await pilot.pause(0.2)
        assert saved == [(SELECTION_KEY, {"article": "alpha", "candidate": app.review_screen.current}, False)]
        monkeypatch.setattr(app_py, "SAVE_DELAY", 3600)
        await pilot.press("k")
    assert saved[1:] == [(SELECTION_KEY, {"article": "alpha", "candidate": app.review_screen.current}, True)]  # at exit


@sync
async def test_keys_stay_quick_while_another_process_holds_the_write_lock(small):
    other = sqlite3.connect(small.path)
    other.execute("BEGIN IMMEDIATE")  # as another workbench deciding, or ingesting a folder
    app = WorkbenchApp(small)
    async with app.run_test(size=(120, 30)) as pilot:
        started = time.perf_counter()
        await pilot.press("j", "j")
        await pilot.pause(SAVE_DELAY + 0.3)  # the save finds the store busy and leaves it for later
        await pilot.press("j")
        assert time.perf_counter() - started < 3  # not the 15 s busy timeout
        other.rollback()
        last = app.review_screen.current
    assert small.get_state(SELECTION_KEY)["candidate"] == last  # saved on the way out


@sync
async def test_an_unreadable_claim_is_a_notice_in_the_inspector(small, monkeypatch):
    app = WorkbenchApp(small)
    async with app.run_test(size=(160, 40), notifications=True) as pilot:

        def fail(*args):
            raise StoreError(f"{small.path}: disk I/O error")

        monkeypatch.setattr(small, "history", fail)
        monkeypatch.setattr(small, "claim_of", fail)
        await pilot.press("j")
        claim = str(app.query_one("#inspector-claim").render())
        assert "cannot read it now" in claim and "disk I/O error" in claim
        await pilot.press("n")  # a note needs the claim: refused with a notification
        assert not isinstance(app.screen, PromptScreen)
        assert any("disk I/O error" in text for text in toasts(app))


@sync
async def test_decisions_count_progress_without_asking_the_store(small, monkeypatch):
    counted = small.progress
    app = WorkbenchApp(small)
    async with app.run_test(size=(120, 30)) as pilot:
        monkeypatch.setattr(small, "progress", lambda: pytest.fail("the store was asked for progress"))
        app.review_screen.goto_candidate(ALPHA_14)
        await pilot.press("r")
        app.review_screen.goto_candidate(ALPHA_12)
        assert app.review_screen.review.progress.conflicts_open == counted().conflicts_open == 1
        await pilot.press("a", "down", "enter")  # accept all of the 12/14/15 conflict: it closes
        assert app.review_screen.review.progress.conflicts_open == counted().conflicts_open == 0
        assert app.review_screen.review.progress.pending == counted().pending
        await pilot.press("u")
        assert app.review_screen.review.progress.conflicts_open == counted().conflicts_open == 1


# -- the whole review, then reopening ---------------------------------------------------------------


@sync
async def test_a_whole_review_is_restored_on_reopening(seeds_db, tmp_path):
    export_path = tmp_path / "out.json"
    with Store.open(seeds_db, analyst="ann") as store:
        app = WorkbenchApp(store)
        async with app.run_test(size=(160, 48)) as pilot:
            confirmed = app.review_screen.current
            await pilot.press("c", "j")
            rejected = app.review_screen.current
            await pilot.press("r", "j")
            noted = app.review_screen.current
            await pilot.press("n", *"checked by phone", "enter")
            await pilot.press("e", "ctrl+a", "ctrl+k", *"42", "enter")
            clustered = next(
                c
                for c in app.review_screen.review.by_id
                if app.review_screen.review.cluster(c) and c not in (confirmed, rejected, noted)
            )
            app.review_screen.goto_candidate(clustered)
            await pilot.press("a")
            accepted = set(app.review_screen.review.cluster(clustered).members)
            await pilot.press("u")  # undo the accept
            await pilot.press("a")  # and accept again
            await pilot.press("l", "enter")
            await pilot.press("f")
            assert isinstance(app.screen, FilterScreen)
            await pilot.press("space", "enter")  # the first kind only
            kept_kind = next(iter(app.review_screen.review.filter.kinds))
            await pilot.press("slash", *"dam", "enter")
            assert app.review_screen.search_query == "dam" and app.review_screen._matches
            await pilot.press("x")
            assert isinstance(app.screen, ExportScreen)
            await pilot.press("down", "tab", "ctrl+a", "ctrl+k", *str(export_path), "enter")  # json
            last_selection = app.review_screen.current
            await pilot.press("q")
        assert app.return_code == 0
        assert {c["status"] for c in json.loads(export_path.read_text())} == {"confirmed"}

    with Store.open(seeds_db, analyst="ann") as store:
        by_id = {c.id: c for c in store.candidates()}
        assert by_id[confirmed].status == "confirmed" and by_id[rejected].status == "rejected"
        claim = store.claim_of(noted)
        assert claim.note == "checked by phone"
        assert claim.value == ("42" if by_id[noted].kind in ("date", "quote", "entity") else 42)
        assert all(by_id[m].status == "confirmed" for m in accepted)
        again = WorkbenchApp(store)
        async with again.run_test(size=(160, 48)):
            assert again.review_screen.current == last_selection and again.focused.cursor == last_selection
            assert again.review_screen.review.filter.kinds == {kept_kind}
            assert again.review_screen.review.by_id[confirmed].status == "confirmed"


# -- screens the app opens -------------------------------------------------------------------------


@sync
async def test_summary_jumps_to_the_chosen_fact(small):
    app = WorkbenchApp(small)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("s")
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("enter")  # conflicts come first: the C1 row's first mention
        assert app.review_screen.current == ALPHA_12


@sync
async def test_help_lists_every_key_with_the_users_keymap(small, tmp_path):
    keymap_file = tmp_path / "keymap.toml"
    keymap_file.write_text('confirm = "y"\n"workbench.reject" = "ctrl+r,r"\n')
    app = WorkbenchApp(small, keymap=load_keymap(keymap_file))
    async with app.run_test(size=(120, 30)) as pilot:
        first = app.review_screen.current
        await pilot.press("c")  # no longer bound
        assert small.candidate(first).status == "pending"
        await pilot.press("y")
        assert small.candidate(first).status == "confirmed"
        rows = {description: keys for keys, description, _ in app.key_rows()}
        assert rows["Confirm"] == "y" and rows["Reject"] == "^r / r"
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('nonsense = "x"', "no key binding is called 'nonsense'"),
        ("confirm = 3", "must be a non-empty string"),
        ('confirm = "\\u001b[2J"', "must be a non-empty string of printable keys"),  # the footer shows keys as given
        ("[", "not a valid keymap"),
    ],
)
def test_a_bad_keymap_is_one_line_naming_the_file(tmp_path, content, reason):
    path = tmp_path / "keymap.toml"
    path.write_text(content)
    with pytest.raises(KeymapError, match=reason) as caught:
        load_keymap(path)
    assert str(caught.value).startswith(str(path)) and "\n" not in str(caught.value)


@sync
async def test_search_without_a_hit_keeps_the_selection(small):
    app = WorkbenchApp(small)
    async with app.run_test(size=(120, 30)) as pilot:
        before = app.review_screen.current
        await pilot.press("slash")
        assert isinstance(app.screen, PromptScreen)
        await pilot.press(*"zebra", "enter")
        assert app.review_screen.current == before and not app.review_screen._matches


# -- literal text, long text, loading ---------------------------------------------------------------


@pytest.mark.parametrize("odd", ["[/x]", "[@click=app.quit]q[/]", "\x1b[2J"])
@sync
async def test_notifications_show_queries_and_paths_literally(small, tmp_path, odd):
    app = WorkbenchApp(small)
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        app.review_screen.search(odd)  # no hit: a notification quotes the query
        app.review_screen._export(
            ExportChoice("csv", str(tmp_path / odd / "claims.csv"))
        )  # no such folder: one naming the path
        await pilot.pause()
        shown = clean(odd)
        assert any(f"No match for “{shown}”" in text for text in toasts(app))
        assert any(f"{tmp_path / shown / 'claims.csv'}: no folder {tmp_path / shown}" in text for text in toasts(app))
        await pilot.click(Toast)  # a live [@click] would quit the app
        assert app.is_running


def _single_article(text: str, facts: list[tuple[str, str]]) -> Analysis:
    article = Article("odd", "odd.txt", "Odd [b]title[/b]", "0" * 64, text)
    candidates = []
    for fragment, kind in facts:
        start = text.index(fragment)
        candidates.append(Candidate("odd", start, start + len(fragment), fragment, kind, fragment, (0, len(text))))
    return Analysis([article], candidates, [])


@sync
async def test_markup_and_escape_characters_are_shown_literally(tmp_path):
    text = "[bold]not bold[/bold] and [link=http://x]y[/link]\n\x1b[31mred\x1b[0m\there \x07 12 people"
    with Store.open(tmp_path / "odd.sqlite") as store:
        store.ingest(_single_article(text, [("[bold]not bold[/bold]", "quote"), ("12 people", "quantity")]))
        app = WorkbenchApp(store)
        async with app.run_test(size=(100, 30)):
            view = shown(app)["odd"]
            lines = [view.render_line(i).text for i in range(view.line_count)]
            assert "[bold]not bold[/bold]" in lines[0] and "[link=http://x]y[/link]" in "".join(lines)
            assert "␛[31mred␛[0m here ␇ 12 people" in "".join(lines)
            assert not any("\x1b" in line or "\x07" in line or "\t" in line for line in lines)
            assert "Odd [b]title[/b]" in header_text(app, "odd")


@sync
async def test_export_never_writes_over_the_store(small, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(Path(small.path).parent))
    app = WorkbenchApp(small)
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await pilot.press("c", "x")
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("tab", "ctrl+a", "ctrl+k", *f"~/{Path(small.path).name}", "enter")
        assert isinstance(app.screen, ExportScreen)  # the dialog refuses and stays open
        await pilot.press("escape")
        app.review_screen._export(ExportChoice("csv", f"{small.path}-wal"))  # even were the dialog bypassed
        await pilot.pause()
        assert any("it is the review store" in text for text in toasts(app))
    assert small.verify().ok and small.claims()


def _one_fact(tmp_path: Path, fragment: str, kind: str, value) -> Store:
    text = f"The report gives {fragment} here."
    start = text.index(fragment)
    fact = Candidate("odd", start, start + len(fragment), fragment, kind, value, (0, len(text)))
    store = Store.open(tmp_path / "one.sqlite", analyst="ann")
    store.ingest(Analysis([Article("odd", "odd.txt", "Odd", "0" * 64, text)], [fact], []))
    return store


@pytest.mark.parametrize(
    ("fragment", "kind", "value"),
    [("1,500", "quantity", 1500), ("12.5%", "percent", 12.5), ("2024", "date", "2024"), ("dozens", "quantity", None)],
)
@sync
async def test_editing_a_value_and_keeping_it_stores_the_same_value(tmp_path, fragment, kind, value):
    with _one_fact(tmp_path, fragment, kind, value) as store:
        app = WorkbenchApp(store)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("e", "enter")
            stored = store.claim_of(app.review_screen.current).value
            assert stored == value and type(stored) is type(value)


@pytest.mark.parametrize(
    ("fragment", "kind", "value", "typed", "expected"),
    [
        *[
            ("1,500", "quantity", 1500, typed, "is not a number: type a plain number")
            for typed in ["NaN", "-Infinity", "1e999", "1,500", '"abc"', "[1,2]"]
        ],
        *[
            ("30 Aug", "date", "--08-30", typed, "is not a date: type YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD or a weekday")
            for typed in ["2017-13-45", "banana"]
        ],
    ],
)
@sync
async def test_a_value_not_in_its_kinds_form_is_refused_saying_the_form(
    tmp_path, fragment, kind, value, typed, expected
):
    with _one_fact(tmp_path, fragment, kind, value) as store:
        app = WorkbenchApp(store)
        async with app.run_test(size=(100, 30), notifications=True) as pilot:
            await pilot.press("e", "ctrl+a", "ctrl+k", *typed, "enter")
            assert any(expected in text for text in toasts(app))
            assert store.claim_of(app.review_screen.current) is None and store.verify().ok


@sync
async def test_a_long_article_renders_only_the_visible_lines(tmp_path):
    text = "\n".join(f"Paragraph {i} says that {i} people were counted." for i in range(20_000))
    with Store.open(tmp_path / "long.sqlite") as store:
        store.ingest(_single_article(text, [("19999 people", "quantity")]))
        app = WorkbenchApp(store)
        async with app.run_test(size=(100, 30)) as pilot:
            view = shown(app)["odd"]
            assert view.line_count >= 20_000
            assert len(view._cache) <= view.size.height  # rendered lines: the visible ones only
            assert round(view.scroll_y) > 19_000  # scrolled to the selected candidate near the end
            await pilot.press("pagedown")
            assert len(view._cache) <= 2 * view.size.height


@sync
async def test_a_folder_is_analysed_in_a_worker_behind_a_progress_bar(tmp_path):
    with Store.open(tmp_path / "load.sqlite") as store:
        app = WorkbenchApp(store, analyze_paths=[str(SEEDS)])
        async with app.run_test(size=(120, 30)) as pilot:
            await loaded(app, pilot)
            assert app.review_screen.review is not None and len(shown(app)) == 3
            assert app.review_screen.current == first_pending(store, store.articles()[0].id)


@sync
async def test_a_folder_without_articles_ends_the_app_with_one_line(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    with Store.open(tmp_path / "load.sqlite") as store:
        app = WorkbenchApp(store, analyze_paths=[str(empty)])
        async with app.run_test(size=(120, 30)) as pilot:
            with pytest.raises(WorkerFailed):
                await app.workers.wait_for_complete()
            await pilot.pause()
        assert app.return_code == 2
        assert app.load_error == f"{empty}: no usable article (no .txt, .md, .html or .htm files in this folder)"


def test_open_on_a_folder_without_articles_says_why_and_leaves_no_store(tmp_path, capsys):
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "blank.txt").write_text("\n")
    db = tmp_path / "new.sqlite"
    assert run_app([str(folder)], db=str(db), analyst=None) == 2
    err = capsys.readouterr().err
    assert err == f"workbench: error: {folder}: no usable article (blank.txt: skipped: empty)\n"
    assert list(tmp_path.glob("new.sqlite*")) == []


@sync
async def test_the_theme_chosen_is_restored_on_reopening(small):
    app = WorkbenchApp(small)
    async with app.run_test(size=(120, 30)) as pilot:
        app.theme = "nord"
        await pilot.pause()
    assert small.get_state("app.theme") == "nord"
    again = WorkbenchApp(small)
    async with again.run_test(size=(120, 30)):
        assert again.theme == "nord"


def test_run_app_reports_a_bad_store_in_one_line(tmp_path, capsys):
    bad = tmp_path / "not-a-store.sqlite"
    bad.write_text("just text, not SQLite\n" * 100)
    assert run_app([str(SEEDS)], db=str(bad), analyst=None) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"workbench: error: {bad}: ") and "\n" not in err


@sync
async def test_reopening_scrolls_the_restored_selection_into_view(seeds_db):
    with Store.open(seeds_db, analyst="ann") as store:
        article = store.articles()[1].id
        deep = [c for c in store.candidates(article)][-5]
        store.set_state("app.selection", {"article": article, "candidate": deep.id})
        app = WorkbenchApp(store, analyze_paths=[str(SEEDS)])
        async with app.run_test(size=(80, 24)) as pilot:
            await loaded(app, pilot)
            view = app.focused
            assert view.cursor == deep.id
            line = view.cursor_line
            assert view.scroll_y <= line < view.scroll_y + view.scrollable_content_region.height


@sync
async def test_tab_selects_the_next_articles_mention_of_the_selected_fact(small):
    app = WorkbenchApp(small)
    async with app.run_test(size=(160, 40)) as pilot:
        screen = app.review_screen
        screen.goto_candidate(cid("alpha", '"We are heartbroken,"'))
        await pilot.press("tab")
        assert screen.current == cid("beta", '"We are heartbroken,"')  # not beta's first pending fact
        await pilot.press("shift+tab", "down", "tab")  # alpha's $1.5 billion: beta's, then gamma has none
        assert screen.current == cid("beta", "$1.5 billion")
        await pilot.press("tab")
        assert screen.current == first_pending(small, "gamma")
