"""One date and time format for every user, in every language: `4.12.`, `4.12.2026`, `09:30`."""

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from bot.moments import clock, day_and_clock, day_month, full_date

CPH = ZoneInfo("Europe/Copenhagen")


def test_a_time_has_two_digit_hours_and_minutes_with_a_colon() -> None:
    assert clock(time(9, 5)) == "09:05"
    assert clock(datetime(2026, 12, 4, 8, 30, tzinfo=UTC), CPH) == "09:30"


def test_a_date_is_day_dot_month_dot_without_leading_zeros() -> None:
    assert day_month(date(2026, 12, 4)) == "4.12."
    assert day_month(datetime(2026, 12, 31, 23, 30, tzinfo=UTC), CPH) == "1.1."  # already next day locally


def test_a_date_with_its_year_is_the_one_a_worker_types() -> None:
    assert full_date(date(2027, 3, 1)) == "1.3.2027"


def test_a_deadline_is_its_date_and_its_time() -> None:
    assert day_and_clock(datetime(2026, 12, 29, 22, 59, tzinfo=UTC), CPH) == "29.12. 23:59"
