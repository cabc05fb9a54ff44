"""Notices without a time of their own (deadlines, nudges, escalations, handovers) reach a worker's phone
on a working day between the morning and the evening, never at night, at the weekend or on a holiday."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.profile import load_profile
from scheduling.timing import daytime

CPH = ZoneInfo("Europe/Copenhagen")
GREVE = load_profile("greve")  # works Monday to Friday; its morning overview is at 07:30


def local(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=CPH).astimezone(UTC)


@pytest.mark.parametrize(
    ("moment", "reaches"),
    [
        (local(2026, 12, 7, 10, 30), local(2026, 12, 7, 10, 30)),  # a Monday morning: at once
        (local(2026, 12, 7, 19, 59), local(2026, 12, 7, 19, 59)),  # still the day
        (local(2026, 12, 7, 21, 0), local(2026, 12, 8, 7, 30)),  # evening: next morning
        (local(2026, 12, 8, 3, 0), local(2026, 12, 8, 7, 30)),  # the small hours: that morning
        (local(2026, 12, 4, 21, 0), local(2026, 12, 7, 7, 30)),  # Friday evening: Monday
        (local(2026, 12, 5, 11, 0), local(2026, 12, 7, 7, 30)),  # Saturday noon: Monday
        (local(2026, 12, 24, 12, 0), local(2026, 12, 28, 7, 30)),  # Christmas: after the holidays
    ],
)
def test_a_notice_waits_for_the_next_working_day_morning(moment: datetime, reaches: datetime) -> None:
    assert (
        GREVE.reminders.morning_overview is not None and f"{GREVE.reminders.morning_overview}" == "07:30:00"
    )
    assert daytime(moment, GREVE) == reaches
