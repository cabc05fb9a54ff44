"""Group commit for inbound messages: what arrives while a transaction runs shares the next one.

A channel handler awaits `receive` as it would the service itself: it returns once the message, its
effects and its replies are committed (so the caller may confirm it to Telegram or answer Twilio), and
raises what the service raised for that message. Messages arriving together cost one commit instead of
one each; a message arriving alone is handled at once, as before.
"""

import asyncio

from bot.channels import Inbound
from bot.services.context import Deps
from bot.services.inbound import receive_many

MAX_GROUP = 32  # bounds how long one transaction (and, on SQLite, the database) is held


class InboundBatcher:
    """Hands inbound messages to `receive_many`, one group at a time, in the order they came."""

    def __init__(self, deps: Deps, max_group: int = MAX_GROUP) -> None:
        self._deps = deps
        self._max_group = max_group
        self._waiting: list[tuple[Inbound, asyncio.Future[bool]]] = []
        self._worker: asyncio.Task[None] | None = None

    async def receive(self, inbound: Inbound) -> bool:
        """Handle `inbound` durably; False when it had been handled before (a redelivery)."""
        handled: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._waiting.append((inbound, handled))
        if self._worker is None or self._worker.done():
            self._worker = asyncio.create_task(self._work())
        return await handled

    async def _work(self) -> None:
        while self._waiting:
            group = self._waiting[: self._max_group]
            del self._waiting[: self._max_group]
            inbounds = [inbound for inbound, _ in group]
            try:
                outcomes = await asyncio.to_thread(receive_many, self._deps, inbounds)
            except BaseException as error:  # receive_many reports per message: this is the task's end
                for _, handled in group:
                    if not handled.done():
                        handled.set_exception(error)
                if isinstance(error, asyncio.CancelledError):
                    raise
                continue
            for (_, handled), outcome in zip(group, outcomes, strict=True):
                if handled.done():
                    continue  # its caller was cancelled (shutting down): committed all the same
                if isinstance(outcome, Exception):
                    handled.set_exception(outcome)
                else:
                    handled.set_result(outcome)
