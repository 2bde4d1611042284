"""The evidence ledger in the app (`E`): a mention chosen in the link list, an address served on 127.0.0.1 and a
described source added, each undone with `u`; the inspector lists them; a reopen and the exports find them."""

from __future__ import annotations

import csv
import io
import json

from tests.app.pilot import sync, toasts
from tests.support.small_corpus import ALPHA_12, BETA_12
from workbench.app import WorkbenchApp
from workbench.app.screens import LinkScreen
from workbench.app.screens.evidence import EvidenceScreen
from workbench.output.exports import export


async def open_ledger(app: WorkbenchApp, pilot) -> EvidenceScreen:
    app.review_screen.goto_candidate(ALPHA_12)
    await pilot.pause()
    await pilot.press("E")
    await pilot.pause()
    assert isinstance(app.screen, EvidenceScreen)
    return app.screen


def inspector_claim(app: WorkbenchApp) -> str:
    return str(app.review_screen.query_one("#inspector-claim").render())


@sync
async def test_a_mention_an_address_and_a_source_are_added_undone_and_found_again(small, site):
    address = f"{site.base}/news/ferry-fire.html"
    app = WorkbenchApp(small)
    async with app.run_test(size=(160, 48), notifications=True) as pilot:
        await pilot.pause()
        await open_ledger(app, pilot)
        await pilot.press("enter")  # a mention: the link list
        await pilot.pause()
        assert isinstance(app.screen, LinkScreen)
        await pilot.press("enter")  # its suggestion (beta's 12 people) is ticked
        await pilot.pause()
        assert [(e.kind, e.candidate) for e in small.claim_of(ALPHA_12).evidence] == [("mention", BETA_12)]
        await open_ledger(app, pilot)
        await pilot.press("down", "tab", *address, "tab", *"212 passengers", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        [_, fetched] = small.claim_of(ALPHA_12).evidence
        assert (fetched.kind, fetched.address, fetched.excerpt) == ("address", address, "212 passengers")
        assert site.hits["/news/ferry-fire.html"] == 1
        await open_ledger(app, pilot)
        await pilot.press("down", "down", "tab", *"Call to the police", "tab", *"2024-03-16", "enter")
        await pilot.pause()
        assert small.claim_of(ALPHA_12).evidence[2].description == "Call to the police"
        shown = inspector_claim(app)
        assert "evidence ▸ mention in beta" in shown and "sha256 " + fetched.sha256[:12] in shown
        assert "▸ source: Call to the police, 2024-03-16" in shown
        await pilot.press("u")  # the source
        await pilot.pause()
        assert len(small.claim_of(ALPHA_12).evidence) == 2
        await open_ledger(app, pilot)
        await pilot.press("tab", "tab", "down", "delete")  # past the address field to the items: the second
        await pilot.pause()
        assert [e.kind for e in small.claim_of(ALPHA_12).evidence] == ["mention"]
        await pilot.press("u")  # the removal
        await pilot.pause()
    assert [e.kind for e in small.claim_of(ALPHA_12).evidence] == ["mention", "address"]
    assert small.verify().ok
    small.confirm(ALPHA_12)
    [row] = csv.DictReader(io.StringIO(export(small, "csv"), newline=""))
    assert "mention in beta" in row["evidence"] and address in row["evidence"]
    assert [e["kind"] for e in json.loads(export(small, "json"))[0]["evidence"]] == ["mention", "address"]
    citations = json.loads(export(small, "claimreview"))[0]["citation"]
    assert citations[1]["identifier"]["value"] == fetched.sha256
    again = WorkbenchApp(small)
    async with again.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        again.review_screen.goto_candidate(ALPHA_12)
        await pilot.pause()
        assert "evidence ▸ mention in beta\n         ▸ Ferry fire" in inspector_claim(again)
        await pilot.press("u", "u")  # the confirm, then the address
        await pilot.pause()
        assert [e.kind for e in small.claim_of(ALPHA_12).evidence] == ["mention"]
        await pilot.press("u")  # the mention: its claim, made for it, goes too
        await pilot.pause()
        assert small.claim_of(ALPHA_12) is None
    assert small.verify().ok


@sync
async def test_an_address_that_cannot_be_fetched_is_said_and_nothing_is_added(small, site):
    app = WorkbenchApp(small)
    async with app.run_test(size=(160, 48), notifications=True) as pilot:
        await pilot.pause()
        await open_ledger(app, pilot)
        await pilot.press("down", "tab", *f"{site.base}/gone.html", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert any("HTTP 404" in text for text in toasts(app))
    assert small.claim_of(ALPHA_12) is None
