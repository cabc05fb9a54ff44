"""The scheduler and the outbox drainer together while the clock jumps, on SQLite and PostgreSQL, the
way the demo's clock control and a real machine move it: the demo walks a day in 15-minute steps and a
week in hours, ticking at each; a laptop asleep over a weekend wakes to one jump; an NTP step puts the
clock back a few minutes. Sends are slow, so each step finds messages still on the wire.

Whatever the jump, every reminder, overview, nudge and handover the ledger says was sent is one outbox row
that went out exactly once, and nothing is left unsent.
"""

import asyncio
from collections import Counter
from datetime import date, timedelta

import pytest
from sqlalchemy import Engine, select

from bot.crypto import Vault
from bot.models import OutboxMessage
from bot.models.enums import OutboxStatus
from bot.outbox import OutboxDrainer
from tests.fakes.clock import FakeClock
from tests.fakes.senders import FakeSender
from tests.integration.outbox.test_outbox_drainer import bounded
from tests.integration.scheduling_world import World, team_with_citizen

A_DAYS_KINDS = {"overview", "checkin", "nudge", "handover", "citizen"}
EVERY_KIND = A_DAYS_KINDS | {"escalation"}
WALKS = {  # the steps, and the kinds of message they must have sent
    "an hour at once": ([timedelta(hours=1)], {"overview", "checkin", "handover"}),
    "the demo's day: 15-minute steps": ([timedelta(minutes=15)] * 96, A_DAYS_KINDS),
    "the demo's week: hourly steps": ([timedelta(hours=1)] * 168, EVERY_KIND),
    "a laptop asleep for a week": (
        [timedelta(weeks=1), timedelta(minutes=15)],
        {"overview", "checkin", "handover"},
    ),
    "a day, then an NTP step four minutes back": (
        [timedelta(minutes=15)] * 96 + [-timedelta(minutes=4)] + [timedelta(minutes=15)] * 8,
        A_DAYS_KINDS,
    ),
}


@pytest.mark.parametrize("walk", WALKS.values(), ids=WALKS.keys())
async def test_each_scheduled_message_goes_out_once_however_the_clock_jumps(
    migrated: Engine, vault: Vault, clock: FakeClock, walk: tuple[list[timedelta], set[str]]
) -> None:
    steps, kinds_sent = walk
    world = World(migrated, vault, clock)
    team_with_citizen(world)
    world.away("Susanne", date(2026, 11, 19), date(2026, 11, 22), cover="Vivian")  # back on Monday
    world.agree("Ravn", "man,tir,tor 10:00", remind_citizen=True)
    telegram = FakeSender(delay=0.02)  # a slow network: each step finds sends on the wire
    drainer = OutboxDrainer(world.deps, {"telegram": telegram})
    stop = asyncio.Event()
    running = asyncio.create_task(drainer.run(stop, idle_poll=0.05))
    try:
        for step in steps:
            clock.advance(step)
            report = await asyncio.to_thread(world.tick)
            assert report.failed == []
            drainer.wake()
            await asyncio.sleep(0.01)
        await bounded(_all_sent(world), "every row to go out")
        await asyncio.sleep(0.3)  # a row leased twice would be sent again by now
    finally:
        stop.set()
        await bounded(running, "the drainer to stop")

    rows = _outbox(world)
    kinds = Counter(key.split(":")[1] for key, _, _ in rows)
    assert set(kinds) >= kinds_sent
    assert [status for _, _, status in rows] == [OutboxStatus.SENT] * len(rows)  # none left unsent
    queued = Counter(message for _, message, _ in rows)
    sent = Counter((delivery.address, delivery.text) for delivery, _ in telegram.sent)
    assert {message: sent[message] for message in queued} == queued  # each exactly as often as queued


def _outbox(world: World) -> list[tuple[str, tuple[str, str], str]]:
    """The scheduler's outbox rows: (idempotency key, (address, text), status)."""
    vault = world.deps.vault
    with world.deps.new_uow() as uow:
        rows = uow.session.scalars(
            select(OutboxMessage).where(OutboxMessage.idempotency_key.startswith("rem:"))
        ).all()
        return [
            (row.idempotency_key, (vault.open(row.recipient_enc), vault.open(row.body_enc)), row.status)
            for row in rows
        ]


async def _all_sent(world: World) -> None:
    while any(status == OutboxStatus.PENDING for _, _, status in await asyncio.to_thread(_outbox, world)):
        await asyncio.sleep(0.05)
