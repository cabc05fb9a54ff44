"""The reminder ledger: a key claimed once stays claimed, across transactions and sessions."""

from datetime import UTC, datetime, timedelta

from bot.models import Reminder
from bot.models.enums import ReminderKind
from bot.uow import SqlAlchemyUnitOfWork

DUE = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def test_a_reminder_key_is_claimed_once_even_from_a_second_transaction(uow: SqlAlchemyUnitOfWork) -> None:
    with uow:
        first = uow.reminders.claim("overview:1:2026-11-24", ReminderKind.OVERVIEW, due_at=DUE, now=DUE)
        again = uow.reminders.claim("overview:1:2026-11-24", ReminderKind.OVERVIEW, due_at=DUE, now=DUE)
        uow.commit()
    with uow:
        later = uow.reminders.claim(
            "overview:1:2026-11-24", ReminderKind.OVERVIEW, due_at=DUE, now=DUE + timedelta(hours=1)
        )
        other = uow.reminders.claim("overview:1:2026-11-25", ReminderKind.OVERVIEW, due_at=DUE, now=DUE)
        uow.commit()

    assert (first, again, later, other) == (True, False, False, True)
    with uow:
        rows = uow.session.query(Reminder).order_by(Reminder.key).all()
        assert [(row.key, row.sent_at) for row in rows] == [
            ("overview:1:2026-11-24", DUE),
            ("overview:1:2026-11-25", DUE),
        ]


def test_a_claim_rolled_back_is_not_claimed(uow: SqlAlchemyUnitOfWork) -> None:
    with uow:
        assert uow.reminders.claim("nudge:7", ReminderKind.NUDGE, due_at=DUE, now=DUE)
        uow.rollback()
    with uow:
        assert uow.reminders.sent_keys(["nudge:7"]) == set()
        assert uow.reminders.claim("nudge:7", ReminderKind.NUDGE, due_at=DUE, now=DUE, late=True)
        uow.commit()
    with uow:
        assert uow.session.query(Reminder.late).scalar() is True
