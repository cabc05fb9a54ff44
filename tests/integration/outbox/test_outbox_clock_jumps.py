"""The outbox when the wall clock jumps while messages are on the wire, on SQLite and PostgreSQL: a
laptop woken from sleep, an NTP step, the demo's "a day later" button. A lease is measured on the wall
clock, so a jump past it made the next round lease the rows being sent again, and the worker got the
morning overview, the nudge and the handover twice. Each row goes out exactly once, in order, and none
is dropped, whichever way the clock jumps.
"""

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import Engine

from bot.crypto import Vault
from bot.models.enums import Channel, OutboxStatus
from bot.outbox import Outbox, OutboxDrainer
from tests.fakes.clock import FakeClock, RunningClock
from tests.fakes.deps import deps_on
from tests.fakes.senders import FakeSender
from tests.integration.outbox.test_outbox_drainer import (
    SUSANNE,
    VIVIAN,
    bounded,
    draining,
    queue_for,
    statuses_for,
)

SUSANNES_MORNING = [
    "Godmorgen. I dag: 10:00 Ravn (hjemmebesøg)",
    "Ravn kl. 10:00 er ikke markeret endnu",
    "Velkommen tilbage. Mens du var væk: Ravn 3 beskeder",
]
JUMPS = {
    "an hour ahead": timedelta(hours=1),
    "a day ahead (the demo's button)": timedelta(days=1),
    "a week ahead (a laptop asleep over the holiday)": timedelta(weeks=1),
    "four minutes back (an NTP step)": -timedelta(minutes=4),
}


@pytest.mark.parametrize("jump", JUMPS.values(), ids=JUMPS.keys())
async def test_rows_on_the_wire_when_the_clock_jumps_go_out_once_each(
    migrated: Engine, vault: Vault, clock: FakeClock, jump: timedelta
) -> None:
    """Susanne's three morning messages are leased and on the wire (a slow network); the clock jumps;
    a round runs by the new clock (it sends Vivian's reminder, queued after the jump). Then the network
    recovers: Susanne gets each message once, in order."""
    deps = deps_on(migrated, vault, clock)
    telegram = FakeSender()
    telegram.hold()
    queue_for(deps, SUSANNE, SUSANNES_MORNING, origin="rem:overview:1")
    drainer = OutboxDrainer(deps, {"telegram": telegram})
    async with draining(drainer) as stop:
        await bounded(telegram.on_the_wire(), "the first round")
        clock.advance(jump)
        queue_for(deps, VIVIAN, ["Påmindelse: Falk kl. 11:00"], origin="rem:checkin:2")
        drainer.wake()  # the scheduler's tick by the new clock queued something
        await bounded(telegram.on_the_wire_to(VIVIAN), "a round by the jumped clock")
        telegram.let_through()
        await bounded(telegram.wait_for(1, VIVIAN))
        await bounded(telegram.wait_for(len(SUSANNES_MORNING), SUSANNE))
        drainer.wake()  # and one more round, after they were recorded: nothing left to lease
        await asyncio.sleep(0.2)
        await stop()

    assert telegram.texts_to(SUSANNE) == SUSANNES_MORNING
    assert telegram.texts_to(VIVIAN) == ["Påmindelse: Falk kl. 11:00"]
    assert statuses_for(migrated, vault, SUSANNE) == [OutboxStatus.SENT] * 3


async def test_a_laptop_woken_from_sleep_mid_send_sends_each_message_once(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    """Real time flowing, then the machine sleeps for a day with a send on the wire (the event loop's
    clock stops, the wall clock does not): after waking, the drainer polls as usual and nothing it was
    sending goes out a second time."""
    running_clock = RunningClock(clock.now())
    deps = deps_on(migrated, vault, running_clock)
    telegram = FakeSender()
    telegram.hold()
    queue_for(deps, SUSANNE, SUSANNES_MORNING, origin="rem:overview:1")
    drainer = OutboxDrainer(deps, {"telegram": telegram})
    stop = asyncio.Event()
    running = asyncio.create_task(drainer.run(stop, idle_poll=0.05))  # rounds look all the time
    try:
        await bounded(telegram.on_the_wire(), "the first round")
        running_clock.jump(timedelta(days=1))
        await asyncio.sleep(0.3)  # several idle polls by the woken clock
        telegram.let_through()
        await bounded(telegram.wait_for(len(SUSANNES_MORNING), SUSANNE))
        await asyncio.sleep(0.3)
    finally:
        stop.set()
        await bounded(running, "the drainer to stop")

    assert telegram.texts_to(SUSANNE) == SUSANNES_MORNING
    assert statuses_for(migrated, vault, SUSANNE) == [OutboxStatus.SENT] * 3


async def test_a_text_leased_to_its_writer_before_the_clock_jumped_goes_out_once(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    """Ravn's text is committed leased to the handler that relays it; the demo's clock moves a day on
    before the handler hands it to the drainer (the commit ran in a thread meanwhile). The lease the
    drainer keeps is the writer's, not one made up by the new clock, so the next round does not take
    the text again while it is on the wire."""
    deps = deps_on(migrated, vault, clock)
    telegram = FakeSender()
    telegram.hold()
    drainer = OutboxDrainer(deps, {"telegram": telegram})
    async with draining(drainer) as stop:

        def relay_then_jump() -> None:  # the commit hands the text over; the clock jumps before it is taken
            with deps.new_uow() as uow:
                out = Outbox(uow, deps, "relay:7", deps.clock.now())
                out.add(Channel.TELEGRAM, SUSANNE, "Ravn skrev: er du der", kind="relay")
                uow.commit()
            clock.advance(timedelta(days=1))

        await asyncio.to_thread(relay_then_jump)
        await bounded(telegram.on_the_wire_to(SUSANNE), "the relayed text on the wire")
        queue_for(deps, VIVIAN, ["Påmindelse: Falk kl. 11:00"], origin="rem:checkin:2")
        drainer.wake()
        await bounded(telegram.on_the_wire_to(VIVIAN), "a round by the jumped clock")
        telegram.let_through()
        await bounded(telegram.wait_for(1, VIVIAN))
        await bounded(telegram.wait_for(1, SUSANNE))
        drainer.wake()
        await asyncio.sleep(0.2)
        await stop()

    assert telegram.texts_to(SUSANNE) == ["Ravn skrev: er du der"]
    assert statuses_for(migrated, vault, SUSANNE) == [OutboxStatus.SENT]
