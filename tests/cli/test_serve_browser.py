"""`workbench serve` in a real browser (issue 16 item 8): headless Chromium opens the page, the app asks the
visitor's name, the keys typed in the page reach the app, and the decision they make lands in the store under
that name, signed. Skipped when Chromium is not installed."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.browser import chromium
from tests.support.devtools import Page, browser_page
from tests.support.paths import SEEDS
from workbench.store import EventRecord, Store

STARTUP = 120  # seconds: the server analyses the corpus first, on a busy machine


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_listening(process: subprocess.Popen[bytes], port: int) -> None:
    deadline = time.monotonic() + STARTUP
    while time.monotonic() < deadline:
        assert process.poll() is None, f"serve exited with {process.returncode}"
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.3)
    raise AssertionError("serve did not listen in time")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """`workbench serve` on the demo corpus (its process group ended on the way out): its address and store."""
    chromium()
    port, db = _free_port(), tmp_path / "served.sqlite"
    process = subprocess.Popen(
        [sys.executable, "-m", "workbench", "serve", "--db", str(db), "--port", str(port), str(SEEDS)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # the visitors' app processes in its group
    )
    try:
        _wait_until_listening(process, port)
        yield f"http://127.0.0.1:{port}/", db
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=30)


def _decisions_of(db: Path, analyst: str) -> list[EventRecord]:
    with Store.open(db, readonly=True) as store:
        return [e for e in store.events() if e.analyst == analyst]


async def _until_decided(db: Path, analyst: str, seconds: float) -> list[EventRecord]:
    deadline = time.monotonic() + seconds
    while not (found := _decisions_of(db, analyst)):
        assert time.monotonic() < deadline, f"no decision of {analyst} reached the store"
        await asyncio.sleep(0.3)
    return found


async def _visit(page: Page, address: str, db: Path) -> list[EventRecord]:
    await page.send("Page.navigate", url=address)
    await page.wait_for_text("Your name", STARTUP)  # the app's first screen, over the page's websocket
    await page.send("Runtime.evaluate", expression="document.querySelector('.xterm-helper-textarea').focus()")
    await page.type("carol")
    await page.press("Enter")
    await page.wait_for_text("Store", STARTUP)  # the notification that names the store and the analyst
    await page.press("c")
    return await _until_decided(db, "carol", 60)


def test_a_visitor_is_asked_their_name_and_their_key_press_lands_a_decision_in_the_store(served, tmp_path):
    address, db = served

    async def visit() -> list[EventRecord]:
        async with browser_page(tmp_path / "profile") as page:
            return await _visit(page, address, db)

    [decision] = asyncio.run(visit())
    assert decision.action == "confirm"
    with Store.open(db, readonly=True) as store:
        signed = store.check_signatures()
        assert signed.ok and signed.unsigned == 0
        assert store.claims("confirmed")[0].analyst == "carol"
