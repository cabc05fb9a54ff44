"""The outbox drainer's rounds, on SQLite and PostgreSQL, driven through `OutboxDrainer.run` with a fake
channel: a round that only records a chat's lone message costs no lease, yet rows waiting behind a sent
one, or rows someone asked the drainer to look for, still go out at once.

The idle poll is set far beyond every wait here, so what goes out went out because of a signal (a row
waiting behind a recorded one, an empty `dispatch`), never because the drainer happened to poll.
"""

import asyncio
import re
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, event, select

from bot.channels import Delivery, Rejected
from bot.crypto import Vault
from bot.models import OutboxMessage
from bot.models.enums import Channel, OutboxStatus
from bot.models.infra import SCRUBBED, SCRUBBED_KEY
from bot.outbox import Outbox, OutboxDrainer
from bot.services.context import Deps
from tests.fakes.clock import FakeClock, RunningClock
from tests.fakes.deps import another_process, deps_on
from tests.fakes.senders import FakeSender

SUSANNE, VIVIAN = "1001", "1002"  # workers' Telegram chats
IDLE_POLL = 30.0  # seconds: the drainer never polls during a test
BOUND = 10.0  # seconds: a wait that takes longer means the rows were left for the idle poll
UPDATE_OUTBOX = re.compile(r"^\s*UPDATE\s+outbox\b", re.IGNORECASE)


def queue_for(deps: Deps, chat: str, texts: list[str], origin: str) -> None:
    """Texts for a worker's chat, queued by another process (not leased to the drainer running on `deps`,
    which is not told of them)."""
    deps = another_process(deps)
    with deps.new_uow() as uow:
        out = Outbox(uow, deps, origin, deps.clock.now())
        for text in texts:
            out.add(Channel.TELEGRAM, chat, text, kind="info")
        uow.commit()


def statuses_for(engine: Engine, vault: Vault, chat: str) -> list[str]:
    """The chat's outbox rows' states, oldest first."""
    query = (
        select(OutboxMessage.status)
        .where(OutboxMessage.recipient_hash == vault.lookup_hash(chat))
        .order_by(OutboxMessage.id)
    )
    with engine.connect() as connection:
        return list(connection.scalars(query))


async def bounded(waiting: Awaitable[Any], what: str = "the drainer") -> Any:
    """`waiting`, for at most BOUND seconds: a regression fails the test instead of hanging it."""
    try:
        return await asyncio.wait_for(waiting, BOUND)
    except TimeoutError:
        raise AssertionError(f"waited {BOUND:.0f} s for {what}: left for the idle poll?") from None


@asynccontextmanager
async def draining(drainer: OutboxDrainer) -> AsyncIterator[Callable[[], Awaitable[None]]]:
    """The drainer running with a long idle poll; yields `stop`, which ends it once what is on the wire
    is recorded (called again on the way out, in case the test did not)."""
    stop = asyncio.Event()
    running = asyncio.create_task(drainer.run(stop, idle_poll=IDLE_POLL))

    async def stopped() -> None:
        stop.set()
        if not running.done():
            await bounded(running, "the drainer to stop")

    try:
        yield stopped
    finally:
        await stopped()


class Statements:
    """The statements the database is sent while listening, as they are sent (from any thread)."""

    def __init__(self) -> None:
        self.sent: list[str] = []
        self.outbox_updated = threading.Event()

    def note(self, _conn: object, _cursor: object, statement: str, *_: object) -> None:
        self.sent.append(statement)
        if UPDATE_OUTBOX.match(statement):
            self.outbox_updated.set()

    def outbox_updates(self) -> list[str]:
        return [statement for statement in self.sent if UPDATE_OUTBOX.match(statement)]


@contextmanager
def statements_on(engine: Engine) -> Iterator[Statements]:
    """Counted as in test_inbound_groups: a `before_cursor_execute` listener on the engine."""
    statements = Statements()
    event.listen(engine, "before_cursor_execute", statements.note)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", statements.note)


@dataclass
class OnTheWire:
    """The drainer running, and Ravn's text to Susanne held on the wire: leased, not yet recorded."""

    deps: Deps
    telegram: FakeSender
    drainer: OutboxDrainer
    stop: Callable[[], Awaitable[None]]


@asynccontextmanager
async def ravns_text_on_the_wire(engine: Engine, vault: Vault, clock: FakeClock) -> AsyncIterator[OnTheWire]:
    """A round leased Ravn's text and is over; the send waits for `telegram.let_through()`."""
    deps = deps_on(engine, vault, clock)
    telegram = FakeSender()
    telegram.hold()
    queue_for(deps, SUSANNE, ["Ravn skrev: hej"], origin="relay:1")
    drainer = OutboxDrainer(deps, {"telegram": telegram})
    async with draining(drainer) as stop:
        await bounded(telegram.on_the_wire(), "the first round")
        yield OnTheWire(deps, telegram, drainer, stop)


async def test_a_chats_lone_message_is_recorded_without_a_lease_in_the_same_round(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    """The usual case: one message for a chat, nothing behind it. Recording it is the round's one
    UPDATE of the outbox; looking for more (a second UPDATE, the lease) would find nothing, and keep the
    transaction open for the messages coming in."""
    async with ravns_text_on_the_wire(migrated, vault, clock) as wire:
        with statements_on(migrated) as statements:
            wire.telegram.let_through()
            # The recording round has begun (its first UPDATE is being sent), so stop lets it finish
            # as it would have anyway: it did not know, when it began, that the drainer was stopping.
            assert await asyncio.to_thread(statements.outbox_updated.wait, BOUND), "never recorded"
            await wire.stop()

    assert wire.telegram.texts_to(SUSANNE) == ["Ravn skrev: hej"]
    assert statuses_for(migrated, vault, SUSANNE) == [OutboxStatus.SENT]
    (record,) = statements.outbox_updates()  # a second one would be the lease
    assert "external_id" in record  # the one UPDATE is the record, not a lease


async def test_rows_waiting_behind_a_sent_one_go_out_in_order_once_it_is_recorded(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    """Rows queued for a chat while its older message is on the wire wait their turn, unleased, and
    nobody wakes the drainer for them: the record of the sent one says rows follow it, and the same round
    leases them."""
    async with ravns_text_on_the_wire(migrated, vault, clock) as wire:
        queue_for(wire.deps, SUSANNE, ["Ravn skrev: er du der?", "Ravn skrev: ring gerne"], origin="relay:2")
        wire.telegram.let_through()
        await bounded(wire.telegram.wait_for(3, SUSANNE), "the rows behind the sent one")
        await wire.stop()

    assert wire.telegram.texts_to(SUSANNE) == [
        "Ravn skrev: hej",
        "Ravn skrev: er du der?",
        "Ravn skrev: ring gerne",
    ]
    assert statuses_for(migrated, vault, SUSANNE) == [OutboxStatus.SENT] * 3


async def test_rows_the_drainer_was_asked_to_look_for_go_out_once_the_send_on_the_wire_is_recorded(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    """An empty dispatch while a send is on the wire does not start a round of its own: the round that
    records that send looks for the rows, though nothing waits behind the sent one in its own chat."""
    async with ravns_text_on_the_wire(migrated, vault, clock) as wire:
        queue_for(wire.deps, VIVIAN, ["Falk skrev: godmorgen", "Falk skrev: ses vi?"], origin="relay:2")
        wire.drainer.dispatch([])  # what a handler does when its commit queued rows it could not lease
        wire.telegram.let_through()
        await bounded(wire.telegram.wait_for(2, VIVIAN), "the rows dispatch([]) announced")
        await wire.stop()

    assert wire.telegram.texts_to(SUSANNE) == ["Ravn skrev: hej"]
    assert wire.telegram.texts_to(VIVIAN) == ["Falk skrev: godmorgen", "Falk skrev: ses vi?"]
    assert statuses_for(migrated, vault, VIVIAN) == [OutboxStatus.SENT] * 2


async def test_rows_nobody_announced_go_out_within_the_idle_poll_however_busy_the_drainer_is(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    """A reminder the scheduler queued, or a row another process wrote, comes with no signal. While a
    stream of citizens' texts keeps the drainer busy (every send wakes a round that only records it),
    such a row must still go out within the idle poll, not after the stream ends."""
    deps = deps_on(migrated, vault, clock)
    telegram = FakeSender()
    drainer = OutboxDrainer(deps, {"telegram": telegram})
    stop = asyncio.Event()
    running = asyncio.create_task(drainer.run(stop, idle_poll=0.3))
    streaming = True

    async def stream() -> None:
        n = 0
        while streaming:
            n += 1
            with deps.new_uow() as uow:  # as a relayed text: leased to the writer, sent at once
                out = Outbox(uow, deps, f"relay:{n}", deps.clock.now())
                out.add(Channel.TELEGRAM, SUSANNE, f"Ravn skrev: {n}", kind="relay")
                uow.commit()
            await asyncio.sleep(0.02)

    streamer = asyncio.create_task(stream())
    try:
        await bounded(telegram.wait_for(5, SUSANNE), "the stream to flow")
        queue_for(deps, VIVIAN, ["Påmindelse: Ravn kl. 10"], origin="rem:1")  # no wake, no dispatch
        assert await asyncio.wait_for(telegram.wait_for(1, VIVIAN), 3.0) == ["Påmindelse: Ravn kl. 10"]
        assert not streamer.done()  # it went out while the stream went on
    finally:
        streaming = False
        await bounded(streamer, "the stream to end")
        stop.set()
        await bounded(running, "the drainer to stop")
    assert statuses_for(migrated, vault, VIVIAN) == [OutboxStatus.SENT]


async def test_a_chain_slower_than_its_lease_gives_the_rest_back_instead_of_sending_them_twice(
    migrated: Engine, vault: Vault, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows leased together go out one after another; on a slow network the last ones would still be
    waiting when their lease ran out, and the next round would take them again: each message twice. The
    chain gives back what it has not sent by half the lease, to be leased afresh."""
    monkeypatch.setattr("bot.outbox.drainer.LEASE", timedelta(seconds=1))
    deps = deps_on(migrated, vault, RunningClock(clock.now()))
    telegram = FakeSender(delay=0.25)
    texts = [f"Påmindelse {n}" for n in range(6)]  # 1.5 s on the wire in all: past the 1 s lease
    queue_for(deps, SUSANNE, texts, origin="rem:1")
    drainer = OutboxDrainer(deps, {"telegram": telegram})
    stop = asyncio.Event()
    running = asyncio.create_task(drainer.run(stop, idle_poll=0.1))  # rounds look often
    try:
        assert await bounded(telegram.wait_for(6, SUSANNE)) == texts
        await asyncio.sleep(1.5)  # a second lease of any of them would have sent it again by now
    finally:
        stop.set()
        await bounded(running, "the drainer to stop")
    assert telegram.texts_to(SUSANNE) == texts
    assert statuses_for(migrated, vault, SUSANNE) == [OutboxStatus.SENT] * 6


class RefusingSender:
    """A channel that refuses every message for good (as Telegram does a malformed one)."""

    async def send(self, delivery: Delivery) -> str:
        raise Rejected("refused")


async def test_an_anonymous_reply_the_channel_refuses_is_given_up_and_forgotten(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    """A reply to an anonymous reporter that can never be sent keeps nothing of whom it was for, what it
    said, or which id it had: the same as one that was sent."""
    deps = deps_on(migrated, vault, clock)
    with deps.new_uow() as uow:
        Outbox(uow, deps, "telegram:4711", deps.clock.now()).add(
            Channel.TELEGRAM, "9001", "Din kvittering: K7Q2", ephemeral=True
        )
        uow.commit()
    drainer = OutboxDrainer(deps, {"telegram": RefusingSender()})
    async with draining(drainer) as stop:
        for _ in range(100):
            if drainer.stats.failed:
                break
            await asyncio.sleep(0.05)
        await stop()

    with deps.new_uow() as uow:
        row = uow.session.scalars(select(OutboxMessage)).one()
        assert row.status == OutboxStatus.FAILED
        assert (row.recipient_hash, row.recipient_enc, row.body_enc) == (SCRUBBED, "", "")
        assert row.idempotency_key == f"{SCRUBBED_KEY}{row.id}" and "4711" not in row.idempotency_key
