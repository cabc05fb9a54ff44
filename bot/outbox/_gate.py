"""Where a channel's sends wait their turn, most urgent first (private to the drainer).

A channel takes a few sends at a time (Telegram about 30 messages a second, through a few requests on the
wire; Twilio a few per second). Whatever the drainer has leased beyond that waits somewhere: left to wait
in the sender (a semaphore, a thread pool, the HTTP client's pool) it waits first come, first served, and
a crisis answer written behind a morning's overviews would wait behind all of them. Here it waits by
priority, then by age, and the sender never has more than it can take at once.
"""

import asyncio
import heapq
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from itertools import count


class Gate:
    """At most `width` sends of one channel on the wire; the others wait, lowest (priority, id) first."""

    def __init__(self, width: int) -> None:
        self._width = width
        self._busy = 0
        self._waiting: list[tuple[int, int, int, asyncio.Future[None]]] = []
        self._arrivals = count()  # ties (the same row twice cannot be): first come first

    @asynccontextmanager
    async def turn(self, priority: int, outbox_id: int) -> AsyncIterator[None]:
        await self._enter(priority, outbox_id)
        try:
            yield
        finally:
            self._leave()

    async def _enter(self, priority: int, outbox_id: int) -> None:
        if self._busy < self._width and not self._waiting:
            self._busy += 1
            return
        turn: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiting, (priority, outbox_id, next(self._arrivals), turn))
        try:
            await turn
        except asyncio.CancelledError:
            if turn.done() and not turn.cancelled():
                self._leave()  # given the turn as it was cancelled: pass it on
            raise

    def _leave(self) -> None:
        """A send ended: the most urgent waiting one takes its place on the wire."""
        while self._waiting:
            *_, turn = heapq.heappop(self._waiting)
            if not turn.done():
                turn.set_result(None)
                return
        self._busy -= 1
