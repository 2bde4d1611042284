"""The app says at start when the analyst's key is not the one the store registered for them (their key changed,
or someone else reviews under their name), and when their key cannot be used."""

from __future__ import annotations

from tests.app.pilot import sync, toasts
from tests.support.small_corpus import ALPHA_12
from workbench.app import WorkbenchApp
from workbench.store import Store
from workbench.store.keys import KEYS_ENV, key_file


@sync
async def test_a_key_the_store_did_not_register_is_said_at_start(small, monkeypatch, tmp_path):
    small.confirm(ALPHA_12)  # registers ann's key
    app = WorkbenchApp(small)
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await pilot.pause()
        assert not any("Your key" in t for t in toasts(app))
    monkeypatch.setenv(KEYS_ENV, str(tmp_path / "another machine"))
    with Store.open(small.path, analyst="ann") as elsewhere:
        app = WorkbenchApp(elsewhere)
        async with app.run_test(size=(120, 30), notifications=True) as pilot:
            await pilot.pause()
            assert any("Your key is not the one this store registered for ann at seq" in t for t in toasts(app))


@sync
async def test_a_key_that_cannot_be_used_is_said_at_start(small):
    small.confirm(ALPHA_12)
    key_file("ann").chmod(0o644)
    with Store.open(small.path, analyst="ann") as opened:
        app = WorkbenchApp(opened)
        async with app.run_test(size=(120, 30), notifications=True) as pilot:
            await pilot.pause()
            assert any("others may read this private key" in t for t in toasts(app))
