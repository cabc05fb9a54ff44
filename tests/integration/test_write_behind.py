"""Outbox rows and messages held back until the transaction's next statement, on SQLite and PostgreSQL:
nothing can tell they were held — a read in the same transaction sees them, a rollback leaves nothing,
and a recipient's rows go straight out, or wait behind an older one, all of them alike and in order."""

from datetime import timedelta

from sqlalchemy import Engine, func, select

from bot.db import make_session_factory
from bot.models import Citizen, Message, OutboxMessage, Team
from bot.models.enums import CitizenStatus, DeliveryStatus, Direction, OutboxStatus
from bot.uow import SqlAlchemyUnitOfWork
from tests.integration.test_outbox_leases import LEASE, NOW, outbox_row

SUSANNE, VIVIAN = "s" * 64, "v" * 64


def unit_of_work(engine: Engine) -> SqlAlchemyUnitOfWork:
    return SqlAlchemyUnitOfWork(make_session_factory(engine))


def test_a_read_in_the_same_transaction_sees_the_rows_held_back(migrated: Engine) -> None:
    with unit_of_work(migrated) as uow:
        uow.outbox.queue(outbox_row(SUSANNE, "a:1"))
        uow.outbox.queue(outbox_row(SUSANNE, "a:2"))

        assert uow.outbox.count_to(SUSANNE, NOW - timedelta(hours=1)) == 2  # e.g. the SMS flood limit


def test_a_rolled_back_transaction_leaves_none_of_its_held_rows(migrated: Engine) -> None:
    with unit_of_work(migrated) as uow:
        uow.outbox.queue(outbox_row(SUSANNE, "b:1"))
        uow.rollback()
        uow.commit()
    with unit_of_work(migrated) as uow:
        assert uow.session.scalar(select(func.count()).select_from(OutboxMessage)) == 0


def test_the_outbox_rows_of_a_relayed_message_point_at_it(migrated: Engine) -> None:
    with unit_of_work(migrated) as uow:
        team = Team(name="SKP", created_at=NOW)
        uow.teams.add(team)
        citizen = Citizen(team_id=team.id, alias="Ravn", status=CitizenStatus.ACTIVE, created_at=NOW)
        uow.citizens.add(citizen)
        message = uow.messages.insert(
            citizen_id=citizen.id,
            worker_id=None,
            direction=Direction.INBOUND,
            channel="sms",
            body_enc="sealed",
            external_id="SM1",
            delivery_status=DeliveryStatus.RECEIVED,
            created_at=NOW,
            purged_at=None,
        )
        queued = uow.outbox.queue(outbox_row(SUSANNE, "c:1", message))
        uow.commit()
    with unit_of_work(migrated) as uow:
        stored = uow.session.get(OutboxMessage, queued.id)
        assert stored is not None and stored.message_id == message.id
        assert uow.session.get(Message, message.id) is not None


def test_a_recipients_rows_go_straight_out_together_or_all_wait_behind_an_older_one(migrated: Engine) -> None:
    with unit_of_work(migrated) as uow:
        uow.outbox.queue(outbox_row(VIVIAN, "older"))  # Vivian has a row waiting from before
        uow.commit()
    with unit_of_work(migrated) as uow:
        to_susanne = uow.outbox.queue(outbox_row(SUSANNE, "d:1"), leased_until=LEASE)
        to_vivian = uow.outbox.queue(outbox_row(VIVIAN, "d:2"), leased_until=LEASE)
        followers = [
            uow.outbox.queue(outbox_row(SUSANNE, "d:3"), leased_until=LEASE, leader=to_susanne),
            uow.outbox.queue(outbox_row(VIVIAN, "d:4"), leased_until=LEASE, leader=to_vivian),
        ]
        uow.outbox.count_to(SUSANNE, NOW)  # a read between: the rows so far are written here
        later = [
            uow.outbox.queue(outbox_row(SUSANNE, "d:5"), leased_until=LEASE, leader=to_susanne),
            uow.outbox.queue(outbox_row(VIVIAN, "d:6"), leased_until=LEASE, leader=to_vivian),
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
