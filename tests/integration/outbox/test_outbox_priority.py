"""First things first under load, on SQLite and PostgreSQL: with a thousand overviews queued behind a
rate-limited channel, a crisis answer written after them is the next message sent, and each chat still
gets its messages in the order they were written."""

import asyncio

from sqlalchemy import Engine

from bot.crypto import Vault
from bot.models.enums import Channel, OutboxKind
from bot.outbox import Outbox, OutboxDrainer
from bot.services.context import Deps
from tests.fakes.clock import FakeClock
from tests.fakes.deps import another_process, deps_on
from tests.fakes.senders import FakeSender
from tests.integration.outbox.test_outbox_drainer import bounded

CHATS = [str(2000 + n) for n in range(100)]  # a big team's chats
PER_CHAT = 10  # 1,000 notices in all
CRISIS_ANSWER = "Ring 112 hvis du er i fare. Livslinien: 70 201 201"
RAVN = "3001"  # a citizen in crisis, with nothing queued for him


def backlog(deps: Deps) -> dict[str, list[str]]:
    """1,000 overviews and notices, queued by another process (no drainer hears of them): per chat, in
    the order written."""
    written = {chat: [f"Overblik {chat} nr. {n}" for n in range(PER_CHAT)] for chat in CHATS}
    other = another_process(deps)
    with other.new_uow() as uow:
        out = Outbox(uow, other, "overview:backlog", other.clock.now())
        for n in range(PER_CHAT):
            for chat in CHATS:
                out.add(Channel.TELEGRAM, chat, written[chat][n], kind=OutboxKind.INFO)
        uow.commit()
    return written


def answer_in_crisis(deps: Deps, chat: str, origin: str) -> None:
    with deps.new_uow() as uow:
        Outbox(uow, deps, origin, deps.clock.now()).add(
            Channel.TELEGRAM, chat, CRISIS_ANSWER, kind=OutboxKind.CRISIS
        )
        uow.commit()


def texts(telegram: FakeSender) -> list[str]:
    return [delivery.text for delivery, _ in telegram.sent]


async def sent_at_least(telegram: FakeSender, count: int) -> None:
    while len(telegram.sent) < count:
        await asyncio.sleep(0.005)


async def test_a_crisis_answer_written_after_a_thousand_notices_is_the_next_message_sent(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    deps = deps_on(migrated, vault, clock)
    telegram = FakeSender(per_second=500, in_flight=1)  # Telegram's pace, faster: one at a time
    written = backlog(deps)
    drainer = OutboxDrainer(deps, {"telegram": telegram})
    stop = asyncio.Event()
    running = asyncio.create_task(drainer.run(stop, idle_poll=0.2))
    try:
        await bounded(sent_at_least(telegram, 100), "the backlog to flow")
        before = len(telegram.sent)
        answer_in_crisis(deps, RAVN, "crisis:1")  # as the citizens' service writes it: this process
        await bounded(telegram.wait_for(1, RAVN), "the crisis answer")
        # At most the one send on the wire when it was committed went out before it.
        assert texts(telegram).index(CRISIS_ANSWER) <= before + 1
        await bounded(sent_at_least(telegram, 1001), "the backlog to drain")
    finally:
        stop.set()
        await bounded(running, "the drainer to stop")
    for chat in CHATS:
        assert telegram.texts_to(chat) == written[chat]


async def test_a_crisis_answer_another_process_wrote_goes_ahead_of_the_backlog_after_its_own_chat(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    """Written where no drainer hears of it, and for a chat with notices still queued: the next drain
    round leases it first, with that chat's older notices, which go out before it, as written."""
    deps = deps_on(migrated, vault, clock)
    telegram = FakeSender(per_second=200, in_flight=1)
    written = backlog(deps)
    drainer = OutboxDrainer(deps, {"telegram": telegram})
    stop = asyncio.Event()
    running = asyncio.create_task(drainer.run(stop, idle_poll=0.2))
    busy_chat = CHATS[-1]  # its notices come last in the backlog: none sent yet
    try:
        await bounded(sent_at_least(telegram, 100), "the backlog to flow")
        answer_in_crisis(another_process(deps), busy_chat, "crisis:2")
        before = len(telegram.sent)
        await bounded(telegram.wait_for(PER_CHAT + 1, busy_chat), "the crisis answer")
        # The chat's ten notices and the answer, each leased by the round that records the one before
        # it, ahead of most of the backlog (without priorities it went out last).
        assert texts(telegram).index(CRISIS_ANSWER) < before + 500
        await bounded(sent_at_least(telegram, 1001), "the backlog to drain")
    finally:
        stop.set()
        await bounded(running, "the drainer to stop")
    assert telegram.texts_to(busy_chat) == [*written[busy_chat], CRISIS_ANSWER]
    for chat in CHATS[:-1]:
        assert telegram.texts_to(chat) == written[chat]


def test_a_round_leases_the_most_urgent_rows_first_and_a_chats_older_rows_with_them(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    """The lease alone: a chat's notices written before its crisis answer are leased with it, ahead of
    everything else; conversation before reminders before notices; never a chat's newer row without its
    older ones."""
    deps = another_process(deps_on(migrated, vault, clock))
    with deps.new_uow() as uow:
        out = Outbox(uow, deps, "mixed", deps.clock.now())
        out.add(Channel.TELEGRAM, "1", "notice to 1", kind=OutboxKind.INFO)
        out.add(Channel.TELEGRAM, "2", "notice to 2", kind=OutboxKind.INFO)
        out.add(Channel.TELEGRAM, "3", "reminder to 3", kind=OutboxKind.REMINDER)
        out.add(Channel.TELEGRAM, "2", "crisis answer to 2", kind=OutboxKind.CRISIS)
        out.add(Channel.TELEGRAM, "4", "relay to 4", kind=OutboxKind.RELAY)
        out.add(Channel.TELEGRAM, "2", "notice after to 2", kind=OutboxKind.INFO)
        uow.commit()

    def lease(limit: int) -> list[str]:
        now = clock.now()
        with deps.new_uow() as uow:
            rows = uow.outbox.lease_due(now, limit, now, ["telegram"])  # leased until now: due again
            uow.commit()
        return [vault.open(row["body_enc"]) for row in rows]

    # `limit` rows chosen, most urgent first, each with its chat's older rows (in id order).
    assert lease(1) == ["notice to 2", "crisis answer to 2"]
    assert lease(2) == ["notice to 2", "crisis answer to 2", "relay to 4"]
    assert lease(3) == ["notice to 2", "reminder to 3", "crisis answer to 2", "relay to 4"]
    assert len(lease(6)) == 6
