"""Headless Chromium driven through the DevTools protocol, for a page that runs script (`workbench serve`): open
an address, type keys into the page, and read what its websockets receive. Every wait is bounded."""

from __future__ import annotations

import asyncio
import base64
import json
import queue
import re
import subprocess
import threading
import time
import urllib.request
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiohttp

from tests.support.browser import chromium

STARTUP = 60  # seconds for Chromium to start on a busy machine


def _listening(process: subprocess.Popen[str]) -> str:
    """The browser's DevTools address, from the line Chromium prints on stderr when it listens."""
    lines: queue.Queue[str] = queue.Queue()
    assert process.stderr is not None
    stderr = process.stderr
    threading.Thread(target=lambda: [lines.put(line) for line in stderr], daemon=True).start()
    deadline = time.monotonic() + STARTUP
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=1)
        except queue.Empty:
            continue
        if found := re.search(r"DevTools listening on (ws://\S+)", line):
            return found[1]
    raise AssertionError("Chromium printed no DevTools address")


class Page:
    """One browser tab over its DevTools websocket: commands, and the bytes its page's websockets received."""

    def __init__(self, socket: aiohttp.ClientWebSocketResponse) -> None:
        self._socket = socket
        self._next = 0
        self._waiting: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self.received = bytearray()
        self._reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        async for message in self._socket:
            data = json.loads(message.data)
            if "id" in data and data["id"] in self._waiting:
                self._waiting.pop(data["id"]).set_result(data)
            elif data.get("method") == "Network.webSocketFrameReceived":
                frame = data["params"]["response"]
                payload = frame["payloadData"]
                self.received += base64.b64decode(payload) if frame["opcode"] == 2 else payload.encode()

    async def send(self, method: str, **params: Any) -> dict[str, Any]:
        """Run a DevTools command; its result (AssertionError on an error answer)."""
        self._next += 1
        answer = self._waiting[self._next] = asyncio.get_running_loop().create_future()
        await self._socket.send_str(json.dumps({"id": self._next, "method": method, "params": params}))
        data = await asyncio.wait_for(answer, 30)
        assert "error" not in data, data
        return data["result"]

    def screen_text(self) -> str:
        """What the page's websockets received, as text without terminal escape sequences."""
        text = self.received.decode("utf-8", "replace")
        return re.sub(r"\x1b(\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][A-Z0-9]|[=>78])", "", text)

    async def wait_for_text(self, text: str, seconds: float) -> None:
        """Wait until `text` has come over the page's websockets (AssertionError after `seconds`)."""
        deadline = time.monotonic() + seconds
        while text not in self.screen_text():
            assert time.monotonic() < deadline, f"{text!r} never came; the last received: {self.screen_text()[-500:]!r}"
            await asyncio.sleep(0.2)

    async def press(self, key: str) -> None:
        """One key as a person types it: a printable character, or "Enter"."""
        if key == "Enter":
            down = {"key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13, "text": "\r"}
        else:
            down = {"key": key, "code": f"Key{key.upper()}", "windowsVirtualKeyCode": ord(key.upper()), "text": key}
        await self.send("Input.dispatchKeyEvent", type="keyDown", **down)
        await self.send("Input.dispatchKeyEvent", type="keyUp", **{k: v for k, v in down.items() if k != "text"})

    async def type(self, text: str) -> None:
        for key in text:
            await self.press(key)


@asynccontextmanager
async def browser_page(profile: Path) -> AsyncIterator[Page]:
    """A tab of a new headless Chromium (closed on the way out), its network followed."""
    process = subprocess.Popen(
        [
            chromium(),
            "--headless",
            "--no-sandbox",  # the tests may run as root, where Chromium's sandbox refuses to start
            "--disable-gpu",
            f"--user-data-dir={profile}",
            "--remote-debugging-port=0",
            "--window-size=1280,800",
            "about:blank",
        ],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        start_new_session=True,  # a signal it sends its process group stays there
    )
    try:
        port = re.search(r":(\d+)/", _listening(process))[1]  # type: ignore[index]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=30) as answer:
            target = next(t for t in json.load(answer) if t["type"] == "page")
        async with (
            aiohttp.ClientSession() as session,
            session.ws_connect(target["webSocketDebuggerUrl"], max_msg_size=0) as socket,
        ):
            page = Page(socket)
            await page.send("Network.enable")
            await page.send("Page.enable")
            yield page
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=30)
