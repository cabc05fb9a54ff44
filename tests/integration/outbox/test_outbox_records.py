"""Recording a drain round's sends, on SQLite and PostgreSQL: every accepted row is marked sent with
its own channel id, and a row cancelled meanwhile (the citizen deleted everything) stays cancelled."""

from sqlalchemy import Engine, select, update

from bot.models import Citizen, Message, OutboxMessage, Team
from bot.models.enums import CitizenStatus, DeliveryStatus, Direction, OutboxStatus
from bot.uow import SqlAlchemyUnitOfWork, session_factory
from tests.integration.outbox.test_outbox_leases import LEASE, NOW, outbox_row, queue, queued


def test_a_round_of_sends_is_recorded_row_by_row_and_a_cancelled_row_stays_cancelled(
    migrated: Engine,
) -> None:
    first, cancelled, last = queued(migrated, "a" * 64, 3)
    other_chat = queued(migrated, "b" * 64, 1)[0]
    factory = session_factory(migrated)
    with SqlAlchemyUnitOfWork(factory) as uow:
        uow.session.execute(
            update(OutboxMessage).where(OutboxMessage.id == cancelled).values(status=OutboxStatus.CANCELLED)
        )
        uow.commit()

    with SqlAlchemyUnitOfWork(factory) as uow:
        sent = {first: "101", cancelled: "102", last: "103", other_chat: "7"}
        recorded = uow.outbox.mark_sent(sent, LEASE)
        uow.commit()

    assert sorted(row["id"] for row in recorded) == sorted([first, last, other_chat])
    with SqlAlchemyUnitOfWork(factory) as uow:
        rows = {row.id: (row.status, row.external_id) for row in uow.session.scalars(select(OutboxMessage))}
    assert rows == {
        first: (OutboxStatus.SENT, "101"),
        cancelled: (OutboxStatus.CANCELLED, None),
        last: (OutboxStatus.SENT, "103"),
        other_chat: (OutboxStatus.SENT, "7"),
    }


def test_recording_no_sends_changes_nothing(migrated: Engine) -> None:
    (row_id,) = queued(migrated, "a" * 64, 1)
    with SqlAlchemyUnitOfWork(session_factory(migrated)) as uow:
        assert uow.outbox.mark_sent({}, NOW) == []
        uow.commit()
        assert uow.session.get(OutboxMessage, row_id).status == OutboxStatus.PENDING  # type: ignore[union-attr]


def test_a_round_larger_than_one_statement_takes_records_every_row(migrated: Engine) -> None:
    ids = queued(migrated, "a" * 64, 70)
    factory = session_factory(migrated)
    with SqlAlchemyUnitOfWork(factory) as uow:
        recorded = uow.outbox.mark_sent({row_id: f"m{row_id}" for row_id in ids}, LEASE)
        uow.commit()

    assert [row["id"] for row in recorded] == ids
    with SqlAlchemyUnitOfWork(factory) as uow:
        rows = uow.session.execute(select(OutboxMessage.id, OutboxMessage.status, OutboxMessage.external_id))
        assert {row.id: (row.status, row.external_id) for row in rows} == {
            row_id: (OutboxStatus.SENT, f"m{row_id}") for row_id in ids
        }


def test_a_sent_row_names_its_message_only_when_a_worker_wrote_it_to_a_citizen(migrated: Engine) -> None:
    """Only such a message's delivery is followed: a citizen's text relayed to a worker stays received."""
    factory = session_factory(migrated)
    with SqlAlchemyUnitOfWork(factory) as uow:
        team = Team(name="SKP", created_at=NOW)
        uow.teams.add(team)
        citizen = Citizen(team_id=team.id, alias="Ravn", status=CitizenStatus.ACTIVE, created_at=NOW)
        uow.citizens.add(citizen)
        messages = {
            direction: Message(
                citizen_id=citizen.id,
                direction=direction,
                channel="telegram",
                body_enc="sealed",
                delivery_status=DeliveryStatus.RECEIVED
                if direction == Direction.INBOUND
                else DeliveryStatus.QUEUED,
                created_at=NOW,
            )
            for direction in (Direction.INBOUND, Direction.OUTBOUND)
        }
        for message in messages.values():
            uow.messages.add(message)
        rows = {
            direction: queue(
                uow,
                outbox_row(
                    "w" * 64 if direction == Direction.INBOUND else "c" * 64, f"relay:{direction}", message.id
                ),
            )
            for direction, message in messages.items()
        }
        uow.commit()

    with SqlAlchemyUnitOfWork(factory) as uow:
        recorded = uow.outbox.mark_sent({row.id: f"m{row.id}" for row in rows.values() if row.id}, LEASE)
        uow.commit()

    assert {row["id"]: row["message_id"] for row in recorded} == {
        rows[Direction.INBOUND].id: None,
        rows[Direction.OUTBOUND].id: messages[Direction.OUTBOUND].id,
    }
