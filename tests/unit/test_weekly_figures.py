"""How a period is cut into weeks, and the CSV a spreadsheet opens (no database)."""

import csv
import io
from datetime import date

from bot.services.stats import ChannelMessages
from bot.services.weekly_figures import WeekFigures, as_csv, csv_columns, weeks


def test_weeks_run_monday_to_sunday_and_are_clipped_to_the_period() -> None:
    assert list(weeks(date(2026, 12, 2), date(2026, 12, 15))) == [
        (date(2026, 12, 2), date(2026, 12, 6)),
        (date(2026, 12, 7), date(2026, 12, 13)),
        (date(2026, 12, 14), date(2026, 12, 15)),
    ]


def test_one_day_is_one_week() -> None:
    assert list(weeks(date(2026, 12, 9), date(2026, 12, 9))) == [(date(2026, 12, 9), date(2026, 12, 9))]


def test_a_year_has_52_or_53_weeks_touching_it() -> None:
    assert len(list(weeks(date(2026, 1, 1), date(2026, 12, 31)))) == 53
    assert len(list(weeks(date(2025, 12, 29), date(2026, 12, 27)))) == 52


def week(label: str, median: int | None) -> WeekFigures:
    return WeekFigures(
        label=label,
        year=2026,
        week=53,
        first_day=date(2026, 12, 28),
        last_day=date(2027, 1, 3),
        messages_by_channel={"telegram": ChannelMessages(3, 2), "sms": ChannelMessages(1, 0)},
        answer_median_seconds=median,
        answer_p90_seconds=median,
        checkins_done=4,
        checkins_not_reached=1,
        checkins_missed=0,
        reports_received=2,
        reports_picked_up_within_deadline=2,
    )


def test_the_csv_header_names_are_stable_english() -> None:
    assert csv_columns() == [
        "week",
        "first_day",
        "last_day",
        "telegram_messages_in",
        "telegram_messages_out",
        "sms_messages_in",
        "sms_messages_out",
        "answer_median_seconds",
        "answer_p90_seconds",
        "checkins_done",
        "checkins_not_reached",
        "checkins_missed",
        "reports_received",
        "reports_picked_up_within_deadline",
    ]


def test_a_week_across_new_year_is_one_row_with_iso_dates() -> None:
    text = as_csv([week("2026-W53", 600), week("2027-W01", None)])

    assert text.split("\r\n")[1] == "2026-W53,2026-12-28,2027-01-03,3,2,1,0,600,600,4,1,0,2,2"
    assert text.split("\r\n")[2] == "2027-W01,2026-12-28,2027-01-03,3,2,1,0,,,4,1,0,2,2"
    assert text.endswith("\r\n") and text.count("\r\n") == 3


def test_no_weeks_is_a_header_alone() -> None:
    assert list(csv.reader(io.StringIO(as_csv([])))) == [csv_columns()]


def test_a_period_that_ends_before_it_starts_has_no_weeks() -> None:
    assert list(weeks(date(2026, 12, 9), date(2026, 12, 8))) == []
