"""A channel sender for driving the real outbox drainer: it takes every message (at once, or when the test
lets it through) and remembers what it took, in order."""

import asyncio
from collections.abc import Callable
from itertools import count

from bot.channels import Delivery


class FakeSender:
    """What a channel accepted, in the order it accepted it; `hold()` keeps the next sends on the wire.

    `ids` makes the channel's id for each message (a Telegram message_id, a Twilio SID); by default
    "1", "2", … as Telegram numbers a chat's messages. `delay`: how long each send takes.
    `per_second`: a rate limit, as Telegram's, taking messages one after another at most this often;
    `in_flight`: how many sends it says it takes at once (the drainer lets no more through).
    """

    def __init__(
        self,
        ids: Callable[[], str] | None = None,
        delay: float = 0.0,
        per_second: float | None = None,
        in_flight: int | None = None,
    ) -> None:
        numbers = count(1)
        self._ids = ids or (lambda: str(next(numbers)))
        self.sent: list[tuple[Delivery, str]] = []  # what was accepted, and the id it was given
        self._changed = asyncio.Condition()
        self._open = asyncio.Event()
        self._open.set()
        self._on_the_wire = 0
        self._addresses_on_the_wire: list[str] = []
        self._delay = delay  # seconds each send takes on the wire (a slow network)
        self._interval = 0.0 if per_second is None else 1.0 / per_second
        self._paced = asyncio.Lock()  # the rate limit: one message at a time through it, in turn
        self._next_slot = 0.0
        if in_flight is not None:
            self.in_flight = in_flight

    def hold(self) -> None:
        """Sends from now on stay on the wire until `let_through()`."""
        self._open.clear()

    def let_through(self) -> None:
        self._open.set()

    async def send(self, delivery: Delivery) -> str:
        async with self._changed:
            self._on_the_wire += 1
            self._addresses_on_the_wire.append(delivery.address)
            self._changed.notify_all()
        await self._open.wait()
        await asyncio.sleep(self._delay)
        if self._interval:
            async with self._paced:
                loop = asyncio.get_running_loop()
                await asyncio.sleep(max(0.0, self._next_slot - loop.time()))
                self._next_slot = loop.time() + self._interval
        message_id = self._ids()
        async with self._changed:
            self._on_the_wire -= 1
            self._addresses_on_the_wire.remove(delivery.address)
            self.sent.append((delivery, message_id))
            self._changed.notify_all()
        return message_id

    def texts_to(self, address: str) -> list[str]:
        return [delivery.text for delivery, _ in self.sent if delivery.address == address]

    def id_of(self, address: str, text: str) -> str:
        """The channel's id for the last message with `text` sent to `address`."""
        return [
            sent_id for delivery, sent_id in self.sent if (delivery.address, delivery.text) == (address, text)
        ][-1]

    async def on_the_wire(self) -> None:
        """Until a send has started (and, if held, waits to be let through)."""
        async with self._changed:
            await self._changed.wait_for(lambda: self._on_the_wire > 0)

    async def on_the_wire_to(self, address: str) -> None:
        """Until a send to `address` has started (and, if held, waits to be let through)."""
        async with self._changed:
            await self._changed.wait_for(lambda: address in self._addresses_on_the_wire)

    async def wait_for(self, count: int, address: str) -> list[str]:
        """Until `count` messages went to `address`; their texts. Bound it with asyncio.wait_for."""
        async with self._changed:
            await self._changed.wait_for(lambda: len(self.texts_to(address)) >= count)
        return self.texts_to(address)
