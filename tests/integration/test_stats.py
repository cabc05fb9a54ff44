"""`period_stats` on real rows (SQLite and PostgreSQL): the counts a team reports for a month.

November 2026 in Copenhagen is UTC+1, so 23:30 UTC on the last evening of a month is already the next day.
"""

from datetime import UTC, date, datetime, timedelta

import pytest

from bot.crypto import Vault
from bot.models.enums import CheckinOutcome, Direction, ReportStatus
from bot.profile import load_profile
from bot.services.stats import ChannelMessages, Durations, PeriodStats, period_stats
from bot.uow import SqlAlchemyUnitOfWork
from tests.integration.rows import Rows

NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))
IN, OUT = Direction.INBOUND, Direction.OUTBOUND


def utc(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def november(uow: SqlAlchemyUnitOfWork) -> PeriodStats:
    return period_stats(uow, load_profile("default"), *NOVEMBER)


@pytest.fixture
def rows(uow: SqlAlchemyUnitOfWork, vault: Vault) -> Rows:
    return Rows(uow, vault, utc(12, 15, 8))


@pytest.fixture
def team(rows: Rows) -> int:
    return rows.team()


def test_reports_count_by_what_became_of_them_and_how_fast_they_were_picked_up(
    uow: SqlAlchemyUnitOfWork, rows: Rows, team: int
) -> None:
    def report(created: datetime, deadline: datetime | None, **moments: datetime) -> None:
        status = ReportStatus.NEW if not moments else ReportStatus.TAKEN
        rows.report(team, created, deadline_at=deadline, status=status, **moments)

    report(utc(11, 2, 8), utc(11, 9, 22, 59), taken_at=utc(11, 3, 8), answered_at=utc(11, 4, 8))
    report(utc(11, 10, 8), utc(11, 17, 22, 59), taken_at=utc(11, 18, 8))  # late
    report(utc(11, 20, 8), utc(11, 27, 22, 59))  # nobody took it
    report(utc(11, 21, 8), None, closed_at=utc(11, 21, 10))  # closed at once, without taking it
    report(utc(10, 20, 8), utc(10, 27, 22, 59), taken_at=utc(10, 21, 8))  # October: not counted

    stats = november(uow)

    assert stats.reports.received == 4
    assert stats.reports.picked_up_within_deadline == 2
    assert stats.reports.picked_up_late == 1
    assert stats.reports.not_picked_up == 1
    assert stats.reports.answered == 1
    hour = 3600
    assert stats.response_times.report_to_pickup == Durations(3, 24 * hour, 8 * 24 * hour)


def test_contacts_and_answer_times_follow_local_days_and_wait_from_the_first_unanswered_message(
    uow: SqlAlchemyUnitOfWork, rows: Rows, team: int
) -> None:
    ravn = rows.citizen(team, "Ravn", utc(10, 15, 8))
    mage = rows.citizen(team, "Måge", utc(11, 5, 8))
    krage = rows.citizen(team, "Krage", utc(11, 29, 23, 30))  # 30 November, 00:30 in Copenhagen
    rows.citizen(team, "Ugle", utc(11, 30, 23, 30))  # 1 December in Copenhagen: not counted
    rows.message(ravn, IN, utc(10, 31, 22))  # 31 October, 23:00 local: before the period
    rows.message(ravn, OUT, utc(11, 1, 9))  # answers October's question: not a November wait
    rows.message(ravn, IN, utc(11, 2, 10))
    rows.message(ravn, IN, utc(11, 2, 10, 5))  # still the same wait
    rows.message(ravn, OUT, utc(11, 2, 10, 35))  # 35 min
    rows.message(ravn, IN, utc(11, 3, 9))
    rows.message(ravn, OUT, utc(11, 3, 9, 10))  # 10 min
    rows.message(ravn, IN, utc(11, 10, 12), channel="sms")
    rows.message(ravn, OUT, utc(11, 10, 14), channel="sms")  # 120 min
    rows.message(mage, IN, utc(11, 6, 8))
    rows.message(mage, OUT, utc(11, 6, 9))  # 60 min
    rows.message(mage, IN, utc(11, 30, 20))  # the last evening, 21:00 local
    rows.message(mage, OUT, utc(12, 1, 8))  # answered in December: 720 min, still measured
    rows.message(krage, IN, utc(11, 29, 23, 45))  # never answered

    stats = november(uow)

    assert stats.contacts.new_contacts == 2
    assert stats.contacts.active_citizens == 3
    assert stats.contacts.messages_in == 7
    assert stats.contacts.messages_out == 5
    assert stats.messages_by_channel == {
        "telegram": ChannelMessages(messages_in=6, messages_out=4),
        "sms": ChannelMessages(messages_in=1, messages_out=1),
    }
    minute = 60
    assert stats.response_times.citizen_message_to_answer == Durations(5, 60 * minute, 720 * minute)
    assert stats.response_times.unanswered_citizen_messages == 1


def test_an_answer_more_than_a_month_after_the_period_leaves_the_message_unanswered(
    uow: SqlAlchemyUnitOfWork, rows: Rows, team: int
) -> None:
    ravn = rows.citizen(team, "Ravn", utc(10, 1, 8))
    rows.message(ravn, IN, utc(11, 30, 12))
    rows.message(ravn, OUT, utc(12, 31, 12))  # 31 days later

    times = november(uow).response_times

    assert times.citizen_message_to_answer.count == 0
    assert times.unanswered_citizen_messages == 1


def test_checkins_due_in_the_period_count_by_outcome(
    uow: SqlAlchemyUnitOfWork, rows: Rows, team: int
) -> None:
    ravn = rows.citizen(team, "Ravn", utc(10, 1, 8))
    agreement = rows.agreement(ravn, rows.worker(team))
    for due, outcome in [
        (utc(10, 27, 9), CheckinOutcome.DONE),  # October
        (utc(11, 3, 9), CheckinOutcome.DONE),
        (utc(11, 10, 9), CheckinOutcome.NOT_REACHED),
        (utc(11, 17, 9), CheckinOutcome.MISSED),
        (utc(11, 24, 9), CheckinOutcome.MOVED),
        (utc(11, 25, 9), CheckinOutcome.PENDING),
        (utc(12, 1, 9), CheckinOutcome.DONE),  # December
    ]:
        rows.checkin(agreement, due, outcome)

    checkins = november(uow).checkins

    assert (checkins.done, checkins.not_reached, checkins.missed) == (1, 1, 1)
    assert (checkins.moved, checkins.open) == (1, 1)


def test_a_quiet_period_shows_zeros_and_no_durations(
    uow: SqlAlchemyUnitOfWork, rows: Rows, team: int
) -> None:
    ravn = rows.citizen(team, "Ravn", utc(10, 1, 8))
    rows.message(ravn, IN, utc(10, 2, 8))

    stats = november(uow)

    assert stats.contacts.messages_in == 0 and stats.reports.received == 0
    assert stats.response_times.citizen_message_to_answer == Durations(0, None, None)
    assert stats.as_json()["first_day"] == "2026-11-01"


def test_a_period_that_ends_before_it_starts_is_refused(uow: SqlAlchemyUnitOfWork) -> None:
    with pytest.raises(ValueError):
        period_stats(uow, load_profile("default"), date(2026, 11, 30), date(2026, 11, 1))


def test_the_ninetieth_percentile_is_a_measured_wait_not_an_average() -> None:
    waits = [timedelta(minutes=m) for m in (1, 2, 3, 4, 5, 6, 7, 8, 9, 600)]

    assert Durations.of(waits) == Durations(10, 330, 540)
    assert Durations.of(waits[:1]) == Durations(1, 60, 60)
