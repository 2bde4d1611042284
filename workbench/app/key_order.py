"""Keys typed in a burst are handled one after the other, each once the one before it has landed.

Textual hands a key to the focused widget's queue and goes on with the next at once; the key's bindings
are looked up only when it has bubbled back up to the App. So in a burst, a later key can overtake an
earlier one: an Enter bound with priority on a dialog ran before the digits still queued for its box
(`200+` then Enter stored 2), ctrl+u cleared what was typed after it, and keys typed after the one that
opens a dialog went to the pane that had the focus and were lost. `OrderedKeys` holds each key (and each
paste) until the one before it has landed, and until a screen just opened has mounted (and so has its
focus), so every key reaches what it was typed for, in the order typed.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from itertools import count

from textual import events
from textual.app import App
from textual.message import Message
from textual.message_pump import MessagePump
from textual.timer import Timer

LOOK_AGAIN = 0.02
"""Seconds between looks at whether the widget a key went to is gone (a key that closed its dialog: the
mark posted after it may then never arrive). The next key typed looks at once."""
LANDING_TIMEOUT = 5.0
"""Seconds after which the next key goes on even though the one before has not landed (a last resort:
a slow machine must not reorder keys)."""


class KeyLanded(Message):
    """Posted to the widget a key went to, just after the key: it reaches the App, bubbling the same way,
    once the key has been handled there (or stopped on the way)."""

    def __init__(self, number: int) -> None:
        super().__init__()
        self.number = number


class OrderedKeys(App[None]):
    """An App that delivers typed keys and pastes strictly in order (mixed into the workbench app)."""

    def __init__(self) -> None:
        super().__init__()
        self._typed: deque[events.Key | events.Paste] = deque()
        self._landing: int | None = None
        self._landing_at: MessagePump | None = None
        self._landing_since = 0.0
        self._numbers = count()
        self._waiting: Timer | None = None
        self._screen_wait: asyncio.Task[None] | None = None

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.Paste)) and not event.is_forwarded:
            self._typed.append(event)
            await self._deliver()
        else:
            await super().on_event(event)

    async def _deliver(self) -> None:
        """Deliver the held keys, one at a time: each goes on only when the one before it has landed."""
        if self._landing is not None and self._lost():
            self._landed()
        while self._typed and self._landing is None:
            screen = self.screen
            if not screen.is_mounted:  # a screen just opened: its focus is not set yet
                self._when_mounted(screen)
                return
            event = self._typed.popleft()
            target: MessagePump = self.focused or screen
            await super().on_event(event)  # a priority binding, or forwarded to the focused widget
            if event.is_forwarded:
                number = next(self._numbers)
                if target.post_message(KeyLanded(number)):
                    self._landing, self._landing_at, self._landing_since = number, target, time.monotonic()
                    self._look_again()

    def _when_mounted(self, screen: MessagePump) -> None:
        """Go on delivering as soon as `screen` has mounted (composed, and focused what it focuses)."""
        if self._screen_wait is not None and not self._screen_wait.done():
            return

        async def wait() -> None:
            await screen._mounted_event.wait()
            self.call_next(self._deliver)

        self._screen_wait = asyncio.create_task(wait())

    def _look_again(self) -> None:
        if self._waiting is None:
            self._waiting = self.set_timer(LOOK_AGAIN, self._looked)

    async def _looked(self) -> None:
        """Go on when the key in flight can no longer land; look again later while it still can."""
        self._waiting = None
        if self._landing is None:
            return
        if not self._lost():
            self._look_again()
            return
        self._landed()
        await self._deliver()

    def _lost(self) -> bool:
        """Whether the key in flight will never land: its widget (or screen) is gone, or it took too long."""
        target = self._landing_at
        gone = target is None or not target.is_attached or target._closing or target._closed
        return gone or time.monotonic() - self._landing_since > LANDING_TIMEOUT

    def _landed(self) -> None:
        self._landing, self._landing_at = None, None

    async def on_key_landed(self, message: KeyLanded) -> None:
        message.stop()
        if message.number == self._landing:
            self._landed()
            await self._deliver()
