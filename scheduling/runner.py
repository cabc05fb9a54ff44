"""The scheduler inside `skp-bot run`: APScheduler fires the tick, a leadership check and the nightly
purge; only the process that leads ticks. Nothing that must survive a restart lives here: what is due
and what was sent are rows (DESIGN.md), so the jobs are plain in-memory intervals.

On PostgreSQL the leader is the process holding a session-level `pg_try_advisory_lock` on a connection of
its own; when it dies its connection closes, the lock is free, and another replica's next leadership check
takes over and ticks at once. On SQLite (one process by design) the process always leads; should a second
process run anyway, the reminder ledger's unique keys still send each reminder once.
"""

import asyncio
import logging
from collections.abc import Callable

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from bot.services.context import Deps
from scheduling.tick import TickReport, run_retention, run_tick

log = logging.getLogger(__name__)

TICK_SECONDS = 15.0
LEADERSHIP_SECONDS = 5.0
# The lock is per schema, so test schemas (and deployments sharing a server) each elect their own leader.
_LOCK = text("SELECT pg_try_advisory_lock(hashtext('skp-bot scheduler:' || current_schema()))")


class Leadership:
    """Whether this process may tick."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._connection: Connection | None = None

    @property
    def exclusive(self) -> bool:
        return self._engine.dialect.name == "postgresql"

    def check(self) -> bool:
        """Keep or take the lead; False while another process holds it or the database is away."""
        if not self.exclusive:
            return True
        try:
            if self._connection is not None:
                self._connection.execute(text("SELECT 1"))
                self._connection.commit()
                return True
            connection = self._engine.connect()
            held = bool(connection.execute(_LOCK).scalar())
            connection.commit()  # the session-level lock outlives the transaction; no idle transaction
            if held:
                self._connection = connection
            else:
                connection.close()
            return held
        except DBAPIError:
            self._drop()
            return False

    def release(self) -> None:
        self._drop()  # closing the connection ends the session and frees the lock

    def _drop(self) -> None:
        if self._connection is not None:
            try:
                self._connection.invalidate()
            finally:
                self._connection = None


class Scheduler:
    """Started by the Runtime; `wake()` ticks at once (the demo's clock control, a new leader)."""

    def __init__(
        self,
        deps: Deps,
        engine: Engine,
        tick_seconds: float = TICK_SECONDS,
        after_tick: Callable[[], None] = lambda: None,
    ) -> None:
        """`after_tick`: told after each tick (the outbox drainer: what the tick queued goes out now)."""
        self.deps = deps
        self._after_tick = after_tick
        self.leadership = Leadership(engine)
        self.leading = False
        self.last_tick: TickReport | None = None
        self._tick_seconds = tick_seconds
        self._lock = asyncio.Lock()

    async def run(self, stop: asyncio.Event) -> None:
        scheduler = AsyncIOScheduler(timezone=self.deps.profile.tz)
        scheduler.add_job(self._lead, "interval", seconds=LEADERSHIP_SECONDS, max_instances=1, coalesce=True)
        scheduler.add_job(self.wake, "interval", seconds=self._tick_seconds, max_instances=1, coalesce=True)
        scheduler.add_job(
            self._retention, CronTrigger(hour=3, minute=15, timezone=self.deps.profile.tz), max_instances=1
        )
        await self._lead()
        scheduler.start()
        try:
            await stop.wait()
        finally:
            scheduler.shutdown(wait=False)
            async with self._lock:  # a tick in flight finishes its transaction first
                await asyncio.to_thread(self.leadership.release)
            self.leading = False

    async def wake(self) -> TickReport | None:
        """Run one tick now, if this process leads; ticks never overlap."""
        if not self.leading:
            return None
        async with self._lock:
            self.last_tick = await asyncio.to_thread(run_tick, self.deps)
        self._after_tick()
        return self.last_tick

    async def _lead(self) -> None:
        was = self.leading
        self.leading = await asyncio.to_thread(self.leadership.check)
        if self.leading and not was:
            log.info("scheduler leading")
            await self._retention()  # a purge missed while no one led is caught up now
            await self.wake()
        elif was and not self.leading:
            log.warning("scheduler lost the lead")

    async def _retention(self) -> None:
        if self.leading:
            async with self._lock:
                await asyncio.to_thread(run_retention, self.deps)
