"""Waiting for what a fake server recorded, from a thread or from an async test, without polling."""

import asyncio
import contextlib
import copy
import threading
import time
from typing import Any


class RecordedWaits:
    """Mixin for the fake servers. Subclasses set `_lock`, `_changed` (a Condition on `_lock`) and
    `_async_waiters`, and define `_recorded(key)` and `_missing(until, key, timeout)`; they call
    `_notify_sent()` with the lock held whenever something new was recorded."""

    _lock: threading.Lock
    _changed: threading.Condition
    _async_waiters: set[tuple[asyncio.AbstractEventLoop, asyncio.Event]]

    def _recorded(self, key: Any) -> list[Any]:
        """What was recorded for `key` (None: everything), oldest first, not copied; lock held."""
        raise NotImplementedError

    def _count(self, key: Any) -> int:
        """How many were recorded for `key`; lock held. Subclasses may count without listing."""
        return len(self._recorded(key))

    def _match(self, until: Any, key: Any, copying: bool = True) -> list[Any] | None:
        """Copies of what was recorded once `until` (a count, or a predicate) is met, else None.

        Copied only once met: a waiter is woken for every message recorded, and copying the whole
        history at each wake made a long benchmark's waiting cost more than the bot it measured.
        """
        if isinstance(until, int):
            if self._count(key) < until:
                return None
            return copy.deepcopy(self._recorded(key)) if copying else []
        recorded = self._recorded(key)
        return copy.deepcopy([item for item in recorded if until(item)]) or None

    def _missing(self, until: Any, key: Any, timeout: float) -> str:
        raise NotImplementedError

    def _wait(self, until: Any, key: Any, timeout: float) -> list[Any]:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            pass  # no loop here to block
        else:
            raise RuntimeError("wait_for would block the event loop the bot may run in; use wait_for_async")
        deadline = time.monotonic() + timeout
        with self._changed:
            while (found := self._match(until, key)) is None:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(self._missing(until, key, timeout))
                self._changed.wait(remaining)
            return found

    async def count_reached_async(self, count: int, timeout: float = 5.0) -> None:
        """Wait until `count` things were recorded in all, copying nothing: for benchmarks, whose
        histories grow to thousands of messages and which read `sent_times` instead."""
        await self._wait_async(count, None, timeout, copying=False)

    async def _wait_async(self, until: Any, key: Any, timeout: float, copying: bool = True) -> list[Any]:
        loop = asyncio.get_running_loop()
        waiter = (loop, asyncio.Event())
        deadline = loop.time() + timeout
        with self._lock:
            self._async_waiters.add(waiter)
        try:
            while True:
                waiter[1].clear()
                with self._lock:
                    found = self._match(until, key, copying)
                    if found is not None:
                        return found
                    remaining = deadline - loop.time()
                    if remaining <= 0:
                        raise AssertionError(self._missing(until, key, timeout))
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(waiter[1].wait(), remaining)
        finally:
            with self._lock:
                self._async_waiters.discard(waiter)

    def _notify_sent(self) -> None:
        """Wake wait_for (threads) and wait_for_async (their own event loops); lock held."""
        self._changed.notify_all()
        for loop, event in self._async_waiters:
            with contextlib.suppress(RuntimeError):  # that test's loop is closed
                loop.call_soon_threadsafe(event.set)
