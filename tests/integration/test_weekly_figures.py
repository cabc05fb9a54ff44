"""The console's Figures week by week on real rows (SQLite and PostgreSQL): the weeks add up to the period.

The period runs from Wednesday 25 November to Monday 7 December 2026: three ISO weeks, the first and
last clipped. Copenhagen is UTC+1, so 23:30 UTC on Sunday 29 November is already Monday in week 49.
"""

import csv
import io
from datetime import UTC, date, datetime

import pytest

from bot.crypto import Vault
from bot.models.enums import CheckinOutcome, Direction, ReportStatus
from bot.profile import load_profile
from bot.services.stats import ChannelMessages, PeriodStats, period_stats, periods_stats
from bot.services.weekly_figures import WeekFigures, as_csv, csv_columns, weekly_figures
from bot.uow import SqlAlchemyUnitOfWork
from tests.integration.rows import Rows

PERIOD = (date(2026, 11, 25), date(2026, 12, 7))
IN, OUT = Direction.INBOUND, Direction.OUTBOUND
MINUTE = 60


def utc(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


@pytest.fixture
def seeded(uow: SqlAlchemyUnitOfWork, vault: Vault) -> SqlAlchemyUnitOfWork:
    """Two busy weeks and a quiet Monday: messages on both channels, check-ins and concern reports."""
    rows = Rows(uow, vault, utc(12, 15, 8))
    team = rows.team()
    ravn = rows.citizen(team, "Ravn", utc(10, 1, 8))
    mage = rows.citizen(team, "Måge", utc(10, 1, 8))
    for citizen, direction, at, channel in [
        (ravn, IN, utc(11, 24, 10), "telegram"),  # Tuesday, before the period
        (ravn, OUT, utc(11, 24, 11), "telegram"),
        (ravn, IN, utc(11, 25, 10), "telegram"),
        (ravn, OUT, utc(11, 25, 10, 30), "telegram"),  # 30 min
        (ravn, IN, utc(11, 26, 12), "sms"),
        (ravn, OUT, utc(11, 26, 14), "sms"),  # 120 min
        (mage, IN, utc(11, 29, 22), "telegram"),  # Sunday evening: the wait begins in week 48
        (mage, IN, utc(11, 29, 23, 30), "telegram"),  # Monday 00:30 local: week 49, the same wait
        (mage, OUT, utc(11, 30, 8), "sms"),  # 600 min, in week 48
        (ravn, IN, utc(12, 1, 9), "telegram"),
        (ravn, OUT, utc(12, 1, 9, 15), "telegram"),  # 15 min
        (ravn, IN, utc(12, 2, 10), "sms"),  # never answered
        (mage, IN, utc(12, 8, 10), "telegram"),  # Tuesday after the period
    ]:
        rows.message(citizen, direction, at, channel=channel)
    agreement = rows.agreement(ravn, rows.worker(team))
    for due, outcome in [
        (utc(11, 25, 9), CheckinOutcome.DONE),
        (utc(11, 26, 9), CheckinOutcome.NOT_REACHED),
        (utc(11, 27, 9), CheckinOutcome.MISSED),
        (utc(12, 1, 9), CheckinOutcome.DONE),
        (utc(12, 5, 9), CheckinOutcome.DONE),
        (utc(12, 3, 9), CheckinOutcome.MISSED),
        (utc(12, 8, 9), CheckinOutcome.DONE),  # after the period
    ]:
        rows.checkin(agreement, due, outcome)
    taken = ReportStatus.TAKEN
    rows.report(team, utc(11, 25, 8), deadline_at=utc(11, 27, 22), status=taken, taken_at=utc(11, 26, 8))
    rows.report(
        team, utc(11, 27, 8), deadline_at=utc(11, 28, 22), status=taken, taken_at=utc(12, 1, 8)
    )  # late
    rows.report(team, utc(12, 1, 8), deadline_at=utc(12, 4, 22))  # nobody took it
    rows.report(team, utc(12, 2, 8), deadline_at=None, closed_at=utc(12, 2, 9))
    return uow


def weeks_of(uow: SqlAlchemyUnitOfWork) -> list[WeekFigures]:
    return weekly_figures(lambda: uow, load_profile("default"), *PERIOD)


def whole(uow: SqlAlchemyUnitOfWork) -> PeriodStats:
    return period_stats(uow, load_profile("default"), *PERIOD)


def test_the_period_falls_into_iso_weeks_clipped_to_its_ends(seeded: SqlAlchemyUnitOfWork) -> None:
    weeks = weeks_of(seeded)

    assert [(w.label, w.first_day, w.last_day) for w in weeks] == [
        ("2026-W48", date(2026, 11, 25), date(2026, 11, 29)),
        ("2026-W49", date(2026, 11, 30), date(2026, 12, 6)),
        ("2026-W50", date(2026, 12, 7), date(2026, 12, 7)),
    ]
    assert [(w.year, w.week) for w in weeks] == [(2026, 48), (2026, 49), (2026, 50)]


def test_each_week_counts_its_messages_per_channel_by_local_day(seeded: SqlAlchemyUnitOfWork) -> None:
    w48, w49, w50 = weeks_of(seeded)

    assert w48.messages_by_channel == {
        "telegram": ChannelMessages(messages_in=2, messages_out=1),
        "sms": ChannelMessages(messages_in=1, messages_out=1),
    }
    assert w49.messages_by_channel == {
        "telegram": ChannelMessages(messages_in=2, messages_out=1),
        "sms": ChannelMessages(messages_in=1, messages_out=1),
    }
    assert w50.messages_by_channel == {"telegram": ChannelMessages(0, 0), "sms": ChannelMessages(0, 0)}


def test_a_wait_that_runs_past_midnight_on_sunday_is_measured_in_the_week_it_began(
    seeded: SqlAlchemyUnitOfWork,
) -> None:
    w48, w49, w50 = weeks_of(seeded)

    assert (w48.answer_median_seconds, w48.answer_p90_seconds) == (120 * MINUTE, 600 * MINUTE)
    assert (w49.answer_median_seconds, w49.answer_p90_seconds) == (15 * MINUTE, 15 * MINUTE)
    assert (w50.answer_median_seconds, w50.answer_p90_seconds) == (None, None)


def test_each_week_counts_its_checkins_and_reports(seeded: SqlAlchemyUnitOfWork) -> None:
    w48, w49, w50 = weeks_of(seeded)

    assert (w48.checkins_done, w48.checkins_not_reached, w48.checkins_missed) == (1, 1, 1)
    assert (w49.checkins_done, w49.checkins_not_reached, w49.checkins_missed) == (2, 0, 1)
    assert (w48.reports_received, w48.reports_picked_up_within_deadline) == (2, 1)
    assert (w49.reports_received, w49.reports_picked_up_within_deadline) == (2, 1)
    assert (w50.checkins_done, w50.reports_received) == (0, 0)


def test_the_weeks_add_up_to_skp_bot_stats_of_the_whole_period(seeded: SqlAlchemyUnitOfWork) -> None:
    weeks, stats = weeks_of(seeded), whole(seeded)

    for channel, counts in stats.messages_by_channel.items():
        assert sum(w.messages_by_channel[channel].messages_in for w in weeks) == counts.messages_in
        assert sum(w.messages_by_channel[channel].messages_out for w in weeks) == counts.messages_out
    assert sum(w.checkins_done for w in weeks) == stats.checkins.done == 3
    assert sum(w.checkins_not_reached for w in weeks) == stats.checkins.not_reached == 1
    assert sum(w.checkins_missed for w in weeks) == stats.checkins.missed == 2
    assert sum(w.reports_received for w in weeks) == stats.reports.received == 4
    assert sum(w.reports_picked_up_within_deadline for w in weeks) == stats.reports.picked_up_within_deadline
    assert stats.contacts.messages_in == 6 and stats.contacts.messages_out == 4


def test_a_week_is_what_skp_bot_stats_says_of_the_same_days(seeded: SqlAlchemyUnitOfWork) -> None:
    w48 = weeks_of(seeded)[0]
    stats = period_stats(seeded, load_profile("default"), w48.first_day, w48.last_day)

    assert w48 == WeekFigures.of(stats)


def test_the_csv_has_a_header_and_a_row_per_week_with_an_empty_cell_for_nothing_measured(
    seeded: SqlAlchemyUnitOfWork,
) -> None:
    text = as_csv(weeks_of(seeded))

    header, *rows = list(csv.reader(io.StringIO(text)))
    assert header == csv_columns()
    assert [row[0] for row in rows] == ["2026-W48", "2026-W49", "2026-W50"]
    w48 = dict(zip(header, rows[0], strict=True))
    assert w48["telegram_messages_in"] == "2" and w48["sms_messages_out"] == "1"
    assert w48["answer_median_seconds"] == "7200" and w48["checkins_missed"] == "1"
    assert dict(zip(header, rows[2], strict=True))["answer_p90_seconds"] == ""
    assert text.endswith("\r\n") and "Ravn" not in text


def test_a_period_that_ends_before_it_starts_is_refused(uow: SqlAlchemyUnitOfWork) -> None:
    with pytest.raises(ValueError):
        weekly_figures(lambda: uow, load_profile("default"), date(2026, 12, 7), date(2026, 11, 25))


def test_periods_with_a_gap_or_an_overlap_are_refused(uow: SqlAlchemyUnitOfWork) -> None:
    profile = load_profile("default")
    for periods in (
        [(date(2026, 11, 1), date(2026, 11, 7)), (date(2026, 11, 9), date(2026, 11, 15))],
        [(date(2026, 11, 1), date(2026, 11, 7)), (date(2026, 11, 7), date(2026, 11, 15))],
        [],
    ):
        with pytest.raises(ValueError):
            periods_stats(uow, profile, periods)
