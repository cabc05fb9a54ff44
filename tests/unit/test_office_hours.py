"""The team is open in its own hours and zone, closed on Danish holidays, and a message outside hours is
told, in the reader's language, when the team is back, also across the nights the clocks change."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.office_hours import (
    describe_hours,
    describe_opening,
    is_holiday,
    is_open,
    last_closing,
    next_opening,
    when_back,
)
from bot.profile import Profile, load_profile, parse_profile

CPH = ZoneInfo("Europe/Copenhagen")
GREVE = load_profile("greve")  # man-tor 08:00-15:30, fre 08:00-13:00


def local(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    """A Copenhagen wall-clock time, as the aware UTC instant a message arrives with."""
    return datetime(year, month, day, hour, minute, tzinfo=CPH).astimezone(UTC)


def profile_with(hours: str, timezone: str = "Europe/Copenhagen") -> Profile:
    return parse_profile(
        f"""
        name = "testby"
        municipality = "Testby Kommune"
        region = "sjaelland"
        timezone = "{timezone}"
        [contact]
        phone = "30 55 52 38"
        [[teams]]
        name = "Teamet"
        [office_hours]
        {hours}
        """
    )


# --- open or closed ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("when", "open_"),
    [
        (local(2026, 11, 23, 8, 0), True),  # Monday at opening
        (local(2026, 11, 23, 7, 59), False),
        (local(2026, 11, 23, 15, 29), True),
        (local(2026, 11, 23, 15, 30), False),  # closing time is closed
        (local(2026, 11, 27, 12, 59), True),  # Friday, short day
        (local(2026, 11, 27, 13, 0), False),
        (local(2026, 11, 28, 10, 0), False),  # Saturday
        (local(2026, 11, 29, 10, 0), False),  # Sunday
    ],
)
def test_the_team_is_open_only_within_its_hours(when: datetime, open_: bool) -> None:
    assert is_open(GREVE, when) is open_


@pytest.mark.parametrize(
    "day",
    [
        datetime(2026, 4, 2),  # Skærtorsdag
        datetime(2026, 4, 6),  # 2. påskedag
        datetime(2026, 5, 14),  # Kristi himmelfartsdag
        datetime(2026, 5, 25),  # 2. pinsedag
        datetime(2026, 6, 5),  # Grundlovsdag
        datetime(2026, 12, 24),  # Juleaftensdag
        datetime(2026, 12, 31),  # Nytårsaften
        datetime(2027, 1, 1),  # Nytårsdag
    ],
)
def test_the_team_is_closed_on_danish_holidays(day: datetime) -> None:
    assert day.weekday() < 5
    assert not is_open(GREVE, local(day.year, day.month, day.day, 10, 0))


def test_the_first_of_may_is_a_working_day() -> None:
    assert not is_holiday(datetime(2026, 5, 1).date())
    assert is_open(GREVE, local(2026, 5, 1, 10, 0))


def test_the_teams_own_time_zone_decides() -> None:
    nuuk = profile_with('mon = "08:00-15:00"', timezone="America/Nuuk")
    monday_9_in_copenhagen = local(2026, 11, 23, 9, 0)  # 06:00 in Nuuk

    assert is_open(GREVE, monday_9_in_copenhagen)
    assert not is_open(nuuk, monday_9_in_copenhagen)


def test_a_time_without_a_zone_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        is_open(GREVE, datetime(2026, 11, 23, 10, 0))


# --- when the team is back ----------------------------------------------------------------------------------


def test_after_closing_on_friday_the_team_is_back_on_monday_morning() -> None:
    friday_evening = local(2026, 11, 27, 18, 0)

    back = next_opening(GREVE, friday_evening)

    assert back == datetime(2026, 11, 30, 8, 0, tzinfo=CPH)
    assert when_back(GREVE, friday_evening, "da") == "mandag kl. 08:00"
    assert when_back(GREVE, friday_evening, "en") == "Monday at 08:00"


def test_after_closing_on_a_weekday_the_team_is_back_tomorrow() -> None:
    assert when_back(GREVE, local(2026, 11, 24, 22, 0), "da") == "i morgen kl. 08:00"
    assert when_back(GREVE, local(2026, 11, 24, 22, 0), "en") == "tomorrow at 08:00"


def test_early_in_the_morning_the_team_is_back_today() -> None:
    assert when_back(GREVE, local(2026, 11, 24, 6, 15), "da") == "i dag kl. 08:00"


def test_while_the_team_is_open_it_is_back_now() -> None:
    now = local(2026, 11, 24, 10, 0)

    assert next_opening(GREVE, now) == now


def test_over_christmas_the_team_is_back_after_the_holidays() -> None:
    # Wednesday 23 December 2026, after closing: 24th, 25th and 26th are holidays, then the weekend.
    assert next_opening(GREVE, local(2026, 12, 23, 16, 0)) == datetime(2026, 12, 28, 8, 0, tzinfo=CPH)
    assert when_back(GREVE, local(2026, 12, 23, 16, 0), "da") == "mandag kl. 08:00"


def test_an_opening_more_than_a_week_away_is_given_with_its_date() -> None:
    thursdays = profile_with('thu = "09:00-12:00"')
    # Both following Thursdays are holidays (24 and 31 December).
    now = local(2026, 12, 23, 16, 0)

    assert next_opening(thursdays, now) == datetime(2027, 1, 7, 9, 0, tzinfo=CPH)
    assert when_back(thursdays, now, "da") == "torsdag 7.1. kl. 09:00"
    assert when_back(thursdays, now, "en") == "Thursday 7.1. at 09:00"


def test_without_a_reference_time_the_opening_is_given_by_weekday() -> None:
    monday = datetime(2026, 11, 30, 8, 0, tzinfo=CPH)

    assert describe_opening(monday, "da") == "mandag kl. 08:00"
    assert describe_opening(monday, "en") == "Monday at 08:00"


# --- daylight saving time ----------------------------------------------------------------------------------


def test_a_sunday_night_message_on_the_weekend_summer_time_starts_is_told_monday_at_8() -> None:
    # Sunday 29 March 2026: the clocks went from 02:00 to 03:00 that night.
    sunday_night = datetime(2026, 3, 29, 20, 30, tzinfo=UTC)  # 22:30 in Copenhagen (CEST)

    back = next_opening(GREVE, sunday_night)

    assert back == datetime(2026, 3, 30, 8, 0, tzinfo=CPH)
    assert back.astimezone(UTC) == datetime(2026, 3, 30, 6, 0, tzinfo=UTC)
    assert when_back(GREVE, sunday_night, "da") == "i morgen kl. 08:00"
    assert not is_open(GREVE, datetime(2026, 3, 30, 5, 59, tzinfo=UTC))
    assert is_open(GREVE, datetime(2026, 3, 30, 6, 0, tzinfo=UTC))


def test_a_sunday_night_message_on_the_weekend_summer_time_ends_is_told_monday_at_8() -> None:
    # Sunday 25 October 2026: the clocks went from 03:00 back to 02:00 that night.
    sunday_night = datetime(2026, 10, 25, 21, 30, tzinfo=UTC)  # 22:30 in Copenhagen (CET)

    back = next_opening(GREVE, sunday_night)

    assert back == datetime(2026, 10, 26, 8, 0, tzinfo=CPH)
    assert back.astimezone(UTC) == datetime(2026, 10, 26, 7, 0, tzinfo=UTC)
    assert when_back(GREVE, sunday_night, "en") == "tomorrow at 08:00"
    assert not is_open(GREVE, datetime(2026, 10, 26, 6, 59, tzinfo=UTC))
    assert is_open(GREVE, datetime(2026, 10, 26, 7, 0, tzinfo=UTC))


@pytest.mark.parametrize(
    "during_the_change",
    [datetime(2026, 3, 29, 1, 30, tzinfo=UTC), datetime(2026, 10, 25, 0, 30, tzinfo=UTC)],
)
def test_a_message_in_the_hour_the_clocks_change_is_told_monday_at_8(during_the_change: datetime) -> None:
    assert next_opening(GREVE, during_the_change).replace(tzinfo=None) == datetime(
        during_the_change.year, during_the_change.month, during_the_change.day + 1, 8, 0
    )
    assert when_back(GREVE, during_the_change, "da") == "i morgen kl. 08:00"


def test_an_opening_inside_the_missing_hour_becomes_a_real_time() -> None:
    night_shift = profile_with('sun = "02:30-05:00"')

    back = next_opening(night_shift, datetime(2026, 3, 28, 12, 0, tzinfo=UTC))

    # 02:30 does not exist that night; the clock on the wall says 03:30 when the team opens.
    assert back.replace(tzinfo=None) == datetime(2026, 3, 29, 3, 30)
    assert is_open(night_shift, back)


instants = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2028, 12, 31), timezones=st.just(UTC)
)


@given(instants)
def test_the_next_opening_is_never_in_the_past_and_the_team_is_open_then(now: datetime) -> None:
    back = next_opening(GREVE, now)

    assert back >= now
    assert is_open(GREVE, back)
    assert back == now or not is_open(GREVE, back - timedelta(minutes=1))


@given(instants)
def test_when_the_team_is_back_is_always_said_in_words(now: datetime) -> None:
    said = when_back(GREVE, now, "da")

    assert "{" not in said and said.endswith(f"{next_opening(GREVE, now):%H:%M}")


# --- the hours in a text ------------------------------------------------------------------------------------


def test_the_hours_are_summed_up_compactly() -> None:
    assert describe_hours(GREVE, "da") == "man-tor 8-15:30, fre 8-13"
    assert describe_hours(GREVE, "en") == "Mon-Thu 8-15:30, Fri 8-13"


def test_days_with_the_same_hours_are_grouped_only_when_they_follow_each_other() -> None:
    split_week = profile_with(
        'mon = "09:00-12:00"\nwed = "09:00-12:00"\nthu = "09:00-12:00"\n'
        'sat = "10:00-14:15"\nsun = "10:00-14:15"'
    )

    assert describe_hours(split_week, "da") == "man 9-12, ons-tor 9-12, lør-søn 10-14:15"


def test_the_hours_use_a_plain_hyphen_that_every_sms_can_carry() -> None:
    assert describe_hours(GREVE, "da").isascii()
    assert describe_hours(GREVE, "en").isascii()


# ---- the closed stretch a message falls in: the office-hours answer goes once per stretch ----------


@pytest.mark.parametrize(
    ("sent", "stretch_began"),
    [
        (local(2026, 12, 7, 23, 30), local(2026, 12, 7, 15, 30)),  # Monday night: Monday's closing
        (local(2026, 12, 8, 3, 0), local(2026, 12, 7, 15, 30)),  # small hours: still Monday's
        (local(2026, 12, 5, 14, 0), local(2026, 12, 4, 13, 0)),  # Saturday: Friday's early closing
        (local(2026, 12, 7, 7, 59), local(2026, 12, 4, 13, 0)),  # Monday before 8: the whole weekend
        (local(2026, 12, 26, 10, 0), local(2026, 12, 23, 15, 30)),  # Christmas: closed 24th-26th
        (local(2026, 12, 7, 10, 0), local(2026, 12, 4, 13, 0)),  # open now: the last stretch's start
    ],
)
def test_the_closed_stretch_begins_at_the_last_closing(sent: datetime, stretch_began: datetime) -> None:
    assert last_closing(GREVE, sent) == stretch_began


@given(st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2030, 12, 31), timezones=st.just(UTC)))
def test_the_last_closing_lies_before_now_and_the_team_was_closed_since(now: datetime) -> None:
    closed_at = last_closing(GREVE, now)

    assert closed_at <= now
    assert not is_open(GREVE, closed_at)
    assert is_open(GREVE, now) or next_opening(GREVE, closed_at) > now
