"""Verdicts in the app: number keys rate on the settings' scale, `d` dismisses, `u` undoes each; a reopen finds
them; the export dialog writes the chosen claims with their ratings, and the report; `T` shows the timeline."""

from __future__ import annotations

import csv
import io
import json

from tests.app.pilot import sync, toasts
from tests.support.dated import dated_analysis
from tests.support.small_corpus import ALPHA_12, BETA_12, GAMMA_15, cid
from workbench.app import WorkbenchApp
from workbench.app.screens.export import ExportScreen
from workbench.app.screens.timeline import TimelineScreen
from workbench.output.exports import BOM
from workbench.settings import Scale, Settings
from workbench.store import Store

NAME = cid("gamma", "=SUM(A1)")


async def choose(app: WorkbenchApp, pilot, candidate: str, *keys: str) -> None:
    app.review_screen.goto_candidate(candidate)
    await pilot.pause()
    await pilot.press(*keys)
    await pilot.pause()


@sync
async def test_number_keys_rate_d_dismisses_and_u_undoes_each(small):
    app = WorkbenchApp(small)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await choose(app, pilot, ALPHA_12, "3")
        claim = small.claim_of(ALPHA_12)
        assert (claim.status, claim.rating) == ("rated", "Mixed")
        assert app.review_screen.review.by_id[ALPHA_12].status == "rated"
        assert "verdict  Mixed (3 of 5)" in str(app.review_screen.query_one("#inspector-claim").render())
        await choose(app, pilot, ALPHA_12, "1")
        assert small.claim_of(ALPHA_12).status == "confirmed"
        await choose(app, pilot, NAME, "d")
        assert small.claim_of(NAME).status == "dismissed"
        assert app.review_screen.review.progress.dismissed == 1
        await pilot.press("u")  # the dismissal
        await pilot.pause()
        assert small.candidate(NAME).status == "pending"
        await pilot.press("u")  # the top rating: back to Mixed
        await pilot.pause()
        assert small.claim_of(ALPHA_12).rating == "Mixed"
        await choose(app, pilot, GAMMA_15, "9")  # the scale has six ratings
        assert small.claim_of(GAMMA_15) is None
        assert any("The rating scale has 6 ratings." in text for text in toasts(app))
    assert small.verify().ok


@sync
async def test_a_scale_from_the_settings_is_what_the_keys_set(small):
    app = WorkbenchApp(small, settings=Settings(scale=Scale(("True", "Half true", "False"), ())))
    async with app.run_test(size=(120, 36)) as pilot:
        await choose(app, pilot, ALPHA_12, "2")
        assert (small.claim_of(ALPHA_12).rating, small.claim_of(ALPHA_12).status) == ("Half true", "rated")
        await choose(app, pilot, ALPHA_12, "3")
        assert small.claim_of(ALPHA_12).status == "rejected"
        rows = [row for row in app.key_rows() if row[1].startswith("Rate: ")]
        assert rows == [
            ("1", "Rate: True", "Decide"),
            ("2", "Rate: Half true", "Decide"),
            ("3", "Rate: False", "Decide"),
        ]


@sync
async def test_verdicts_are_found_on_reopen_and_in_every_export(small, tmp_path):
    app = WorkbenchApp(small)
    async with app.run_test(size=(120, 36)) as pilot:
        await choose(app, pilot, ALPHA_12, "l", "space", "enter")  # link beta's 12 people
        await choose(app, pilot, ALPHA_12, "4")
        await choose(app, pilot, NAME, "d")
    assert small.claim_of(BETA_12).rating == "Misleading"
    again = WorkbenchApp(small)
    async with again.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        review = again.review_screen.review
        assert review.by_id[ALPHA_12].status == "rated" and review.by_id[NAME].status == "dismissed"
        for fmt, down in (("csv", 0), ("json", 1), ("claimreview", 3)):
            await pilot.press("x")
            assert isinstance(again.screen, ExportScreen)
            target = tmp_path / f"out.{fmt}"
            # the format, the path, then the claims: all rated
            await pilot.press(*["down"] * down, "tab", "ctrl+a", "ctrl+k", *str(target), "tab", "down", "down", "enter")
            await pilot.pause()
            assert target.exists(), fmt
    table = list(csv.DictReader(io.StringIO((tmp_path / "out.csv").read_text(encoding="utf-8-sig"), newline="")))
    assert [row["rating"] for row in table] == ["Misleading"]
    assert (tmp_path / "out.csv").read_bytes().startswith(BOM.encode())  # the dialog's default
    assert [r["rating"] for r in json.loads((tmp_path / "out.json").read_text())] == ["Misleading"]
    [review] = json.loads((tmp_path / "out.claimreview").read_text())
    assert review["reviewRating"]["alternateName"] == "Misleading" and review["reviewRating"]["ratingValue"] == 2


@sync
async def test_the_export_dialog_writes_the_report(small, tmp_path):
    app = WorkbenchApp(small)
    async with app.run_test(size=(120, 36)) as pilot:
        await choose(app, pilot, ALPHA_12, "2", "x")
        target = tmp_path / "report.html"
        await pilot.press(*["down"] * 4, "tab", "ctrl+a", "ctrl+k", *str(target), "enter")
        await pilot.pause()
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE") and "◆ Mostly accurate" in page


@sync
async def test_the_timeline_places_dated_facts_marks_a_clash_and_lists_the_undated_apart(tmp_path):
    with Store.open(tmp_path / "dates.sqlite", analyst="ann") as store:
        store.ingest(dated_analysis())
        app = WorkbenchApp(store)
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            await pilot.press("T")
            await pilot.pause()
            assert isinstance(app.screen, TimelineScreen)
            shown = [str(option.prompt) for option in app.screen.query_one("#timeline-list").options]
            assert (
                shown[0].startswith("Sun 3 Mar 2024  ≠ North Post")
                and "≠ dated Mon 4 Mar 2024 by South Post" in shown[0]
            )
            assert shown[1].startswith("Mon 4 Mar 2024  ≠ South Post")
            assert shown[2].startswith("Not placed")
            assert shown[3].startswith("Friday") and "North Post" in shown[3]
            await pilot.press("down", "enter")  # the south's date
            await pilot.pause()
            assert app.screen is app.review_screen
            assert app.review_screen.current == store.candidates("south")[0].id
