"""Outbox rows and messages held back until the transaction's next statement, on SQLite and PostgreSQL:
nothing can tell they were held — a read in the same transaction sees them, a rollback leaves nothing,
and a recipient's rows go straight out, or wait behind an older one, all of them alike and in order."""

from sqlalchemy import Engine, event, func, select

from bot.models import Citizen, Message, OutboxMessage, Team
from bot.models.enums import CitizenStatus, DeliveryStatus, Direction, OutboxStatus
from bot.outbox import PendingMessage, Post
from bot.outbox._held import MAX_LEASED_RECIPIENTS
from bot.uow import SqlAlchemyUnitOfWork, session_factory
from tests.integration.outbox.test_outbox_leases import LEASE, NOW, outbox_row, queue, unit_of_work

SUSANNE, VIVIAN = "s" * 64, "v" * 64


def pending_for(uow: SqlAlchemyUnitOfWork, recipient: str) -> int:
    """A read in the transaction: how many rows wait for `recipient`."""
    query = select(func.count()).where(OutboxMessage.recipient_hash == recipient)
    return uow.session.scalar(query.where(OutboxMessage.status == OutboxStatus.PENDING)) or 0


def test_a_read_in_the_same_transaction_sees_the_rows_held_back(migrated: Engine) -> None:
    with unit_of_work(migrated) as uow:
        queue(uow, outbox_row(SUSANNE, "a:1"))
        queue(uow, outbox_row(SUSANNE, "a:2"))

        assert pending_for(uow, SUSANNE) == 2


def test_a_rolled_back_transaction_leaves_none_of_its_held_rows(migrated: Engine) -> None:
    with unit_of_work(migrated) as uow:
        queue(uow, outbox_row(SUSANNE, "b:1"))
        uow.rollback()
        uow.commit()
    with unit_of_work(migrated) as uow:
        assert uow.session.scalar(select(func.count()).select_from(OutboxMessage)) == 0


def a_citizen(uow: SqlAlchemyUnitOfWork) -> Citizen:
    team = Team(name="SKP", created_at=NOW)
    uow.teams.add(team)
    citizen = Citizen(team_id=team.id, alias="Ravn", status=CitizenStatus.ACTIVE, created_at=NOW)
    uow.citizens.add(citizen)
    return citizen


def relayed(uow: SqlAlchemyUnitOfWork, citizen: Citizen, external_id: str) -> PendingMessage:
    return uow.outbox.hold_message(
        dict(
            citizen_id=citizen.id,
            worker_id=None,
            direction=Direction.INBOUND,
            channel="sms",
            body_enc=f"sealed {external_id}",
            external_id=external_id,
            delivery_status=DeliveryStatus.RECEIVED,
            created_at=NOW,
            purged_at=None,
        )
    )


def test_the_outbox_rows_of_a_relayed_message_point_at_it(migrated: Engine) -> None:
    with unit_of_work(migrated) as uow:
        citizen = a_citizen(uow)
        message = relayed(uow, citizen, "SM1")
        queued = queue(uow, outbox_row(SUSANNE, "c:1", message))
        uow.commit()
    with unit_of_work(migrated) as uow:
        stored = uow.session.get(OutboxMessage, queued.id)
        assert stored is not None and stored.message_id == message.id
        assert uow.session.get(Message, message.id) is not None


def test_a_recipients_rows_go_straight_out_together_or_all_wait_behind_an_older_one(migrated: Engine) -> None:
    with unit_of_work(migrated) as uow:
        queue(uow, outbox_row(VIVIAN, "older"))  # Vivian has a row waiting from before
        uow.commit()
    with unit_of_work(migrated, sending=True) as uow:
        to_susanne = queue(uow, outbox_row(SUSANNE, "d:1"))
        to_vivian = queue(uow, outbox_row(VIVIAN, "d:2"))
        followers = [
            queue(uow, outbox_row(SUSANNE, "d:3")),
            queue(uow, outbox_row(VIVIAN, "d:4")),
        ]
        pending_for(uow, SUSANNE)  # a read between: the rows so far are written here
        later = [
            queue(uow, outbox_row(SUSANNE, "d:5")),
            queue(uow, outbox_row(VIVIAN, "d:6")),
        ]
        uow.commit()

    assert [to_susanne.leased, followers[0].leased, later[0].leased] == [True, True, True]
    assert [to_vivian.leased, followers[1].leased, later[1].leased] == [False, False, False]
    with unit_of_work(migrated) as uow:
        stored = uow.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).all()
        by_key = {item.idempotency_key: item for item in stored}
        assert [item.idempotency_key for item in stored if item.recipient_hash == SUSANNE] == [
            "d:1",
            "d:3",
            "d:5",
        ]
        assert [item.idempotency_key for item in stored if item.recipient_hash == VIVIAN] == [
            "older",
            "d:2",
            "d:4",
            "d:6",
        ]
        assert {by_key[key].next_attempt_at for key in ("d:1", "d:3", "d:5")} == {LEASE}
        assert {by_key[key].next_attempt_at for key in ("d:2", "d:4", "d:6")} == {NOW}
        assert all(item.status == OutboxStatus.PENDING for item in stored)


def test_a_groups_messages_and_their_rows_are_written_together_each_pointing_at_its_own(
    migrated: Engine,
) -> None:
    """Three texts of a group: two relayed to two workers each (Vivian has a row waiting from before), one
    relayed to nobody. On PostgreSQL, messages and rows go in one INSERT; on SQLite, one per table."""
    with unit_of_work(migrated) as uow:
        citizen = a_citizen(uow)
        queue(uow, outbox_row(VIVIAN, "older"))
        uow.commit()
    inserts: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        if "INSERT" in statement:
            inserts.append(statement)

    with unit_of_work(migrated, sending=True) as uow:
        messages = [relayed(uow, citizen, f"SM{n}") for n in range(3)]
        rows = []
        for message in messages[:2]:
            for worker in (SUSANNE, VIVIAN):
                key = f"e:{message.values['external_id']}:{worker[0]}"
                row = queue(uow, outbox_row(worker, key, message))
                rows.append((row, message, worker))
        event.listen(migrated, "before_cursor_execute", count)
        try:
            uow.commit()
        finally:
            event.remove(migrated, "before_cursor_execute", count)

    together = migrated.dialect.name == "postgresql"
    assert len(inserts) == (2 if together else 3)  # the followers of a leader come second
    assert all(message.id is not None for message in messages)
    assert len({message.id for message in messages}) == 3
    with unit_of_work(migrated) as uow:
        for row, message, worker in rows:
            stored = uow.session.get(OutboxMessage, row.id)
            assert stored is not None and stored.message_id == message.id
            assert row.leased == (worker == SUSANNE)
            assert stored.next_attempt_at == (LEASE if worker == SUSANNE else NOW)
        for message in messages:
            kept = uow.session.get(Message, message.id)
            assert kept is not None and kept.body_enc == f"sealed {message.values['external_id']}"


def test_a_commit_hands_what_it_leased_to_the_drainer_and_a_rollback_hands_nothing(migrated: Engine) -> None:
    """The post's courier (the drainer, in `skp-bot run`) hears of rows only once they are committed; a
    tick that queues for very many recipients leases as many as a drain round would, and says the rest
    wait, so the drainer's rounds take them in turn."""
    post = Post()
    handed: list[tuple[list[str], bool]] = []
    post.attach(
        lambda leased, waiting: handed.append(([d.delivery.address for d in leased], waiting)), ["telegram"]
    )
    factory = session_factory(migrated, post)
    with SqlAlchemyUnitOfWork(factory) as uow:
        queue(uow, outbox_row(SUSANNE, "f:1"))
        uow.rollback()
    assert handed == []

    recipients = [f"{n:064d}" for n in range(MAX_LEASED_RECIPIENTS + 10)]
    with SqlAlchemyUnitOfWork(factory) as uow:
        rows = [queue(uow, outbox_row(recipient, f"g:{recipient}")) for recipient in recipients]
        assert handed == []  # not before the commit
        uow.commit()

    assert len(handed) == 1
    leased, waiting = handed[0]
    assert len(leased) == MAX_LEASED_RECIPIENTS and waiting
    assert [row.leased for row in rows] == [True] * MAX_LEASED_RECIPIENTS + [False] * 10


def test_rows_are_not_leased_to_a_writer_whose_process_sends_nothing_on_their_channel(
    migrated: Engine,
) -> None:
    post = Post()
    post.attach(lambda leased, waiting: None, ["sms"])  # this process sends SMS only
    with SqlAlchemyUnitOfWork(session_factory(migrated, post)) as uow:
        row = queue(uow, outbox_row(SUSANNE, "h:1"))  # a Telegram row
        uow.commit()
    assert not row.leased
    with unit_of_work(migrated) as uow:
        stored = uow.session.get(OutboxMessage, row.id)
        assert stored is not None and stored.next_attempt_at == NOW  # due for whichever process sends it
