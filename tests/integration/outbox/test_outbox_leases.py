"""Leasing outbox rows for sending, on SQLite and PostgreSQL: two drainers (two replicas) never take the
same row, and a chat's rows are offered in order, never past an older one that waits."""

import threading
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.engine import RowMapping

from bot.channels import Delivery
from bot.models.enums import Channel
from bot.outbox import Post
from bot.outbox._held import PendingOutbox
from bot.uow import SqlAlchemyUnitOfWork, UnitOfWork, session_factory

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
LEASE = NOW + timedelta(seconds=20)
DELIVERY = Delivery(Channel.TELEGRAM, "1001", "sealed")


def outbox_row(
    recipient: str, key: str, message_id: Any = None, due: datetime = NOW, created: datetime = NOW
) -> dict[str, Any]:
    """The values of an outbox row for `recipient`, due at `due` (what `OutboxRepository.queue` takes)."""
    return {
        "idempotency_key": key,
        "channel": "telegram",
        "recipient_hash": recipient,
        "recipient_enc": "sealed",
        "body_enc": "sealed",
        "kind": "relay",
        "options": None,
        "next_attempt_at": due,
        "created_at": created,
        "message_id": message_id,
    }


def queue(uow: UnitOfWork, values: dict[str, Any]) -> PendingOutbox:
    """An outbox row as `Outbox.add` queues it: leased to its writer if a drainer of this process takes
    its channel (`sending`) and nothing older waits for the recipient."""
    return uow.outbox.queue(values, DELIVERY, False, LEASE)


def unit_of_work(engine: Engine, sending: bool = False) -> SqlAlchemyUnitOfWork:
    """`sending`: as in `skp-bot run`, a drainer of this process takes Telegram rows at the commit."""
    post = Post()
    if sending:
        post.attach(lambda _leased, _waiting: None, [Channel.TELEGRAM])
    return SqlAlchemyUnitOfWork(session_factory(engine, post))


def queued(engine: Engine, recipient: str, count: int, due: datetime = NOW) -> list[int]:
    """`count` rows for `recipient`, due at `due`; their ids, oldest first."""
    rows = []
    with SqlAlchemyUnitOfWork(session_factory(engine)) as uow:
        for n in range(count):
            rows.append(queue(uow, outbox_row(recipient, f"{recipient}:{n}:{due.isoformat()}", due=due)))
        uow.commit()
    return [row.id for row in rows if row.id is not None]


def leased_ids(rows: list[RowMapping]) -> list[int]:
    return [row["id"] for row in rows]


def test_two_drainers_leasing_at_the_same_moment_never_take_the_same_row(migrated: Engine) -> None:
    ids = queued(migrated, "a" * 64, 3) + queued(migrated, "b" * 64, 2)
    factory = session_factory(migrated)
    first_leased = threading.Event()
    first_may_commit = threading.Event()
    taken: dict[str, list[int]] = {}

    def first() -> None:
        with SqlAlchemyUnitOfWork(factory) as uow:
            taken["first"] = leased_ids(uow.outbox.lease_due(NOW, 50, LEASE, ["telegram"]))
            first_leased.set()
            first_may_commit.wait(10)
            uow.commit()

    def second() -> None:
        with SqlAlchemyUnitOfWork(factory) as uow:
            taken["second"] = leased_ids(uow.outbox.lease_due(NOW, 50, LEASE, ["telegram"]))
            uow.commit()

    one = threading.Thread(target=first)
    one.start()
    assert first_leased.wait(10)
    two = threading.Thread(target=second)
    two.start()
    two.join(0.3)  # the second drainer is now waiting for the first one's rows (or for the database)
    first_may_commit.set()
    one.join(10)
    two.join(10)

    assert sorted(taken["first"]) == sorted(ids)
    assert taken["second"] == []


def test_a_chats_rows_are_offered_in_order_and_never_past_an_older_one_waiting_for_a_retry(
    migrated: Engine,
) -> None:
    waiting = queued(migrated, "a" * 64, 1, due=NOW + timedelta(seconds=5))  # backing off after a 429
    behind = queued(migrated, "a" * 64, 2)
    other_chat = queued(migrated, "b" * 64, 2)

    with SqlAlchemyUnitOfWork(session_factory(migrated)) as uow:
        offered = leased_ids(uow.outbox.lease_due(NOW, 50, LEASE, ["telegram"]))
        uow.commit()

    assert offered == other_chat
    assert not set(offered) & set(waiting + behind)
