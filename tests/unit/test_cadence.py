"""Agreed check-ins: a cadence typed in Danish or English is understood or refused with a reason, is stored
and read back unchanged, and falls due at the agreed local time in Copenhagen, across daylight-saving
changes, month ends, year ends and (when asked) Danish holidays."""

from __future__ import annotations

import calendar
import time as stopwatch
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.workdays import is_holiday
from scheduling import (
    CADENCE_EXAMPLES,
    CADENCE_EXAMPLES_EN,
    LAST,
    Cadence,
    CadenceError,
    CadenceKind,
    next_occurrence,
    occurrences_between,
    parse_cadence,
)

CPH = ZoneInfo("Europe/Copenhagen")
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
AGREED = date(2026, 1, 7)  # a Wednesday: the day the agreements below are made


def weekly(*days: int, at: time, every: int = 1, anchor: date | None = None) -> Cadence:
    return Cadence(CadenceKind.WEEKLY, at, frozenset(days), every_weeks=every, anchor=anchor)


def nth_weekday(nth: int, day: int, at: time) -> Cadence:
    return Cadence(CadenceKind.NTH_WEEKDAY, at, frozenset({day}), nth=nth)


def day_of_month(day: int, at: time) -> Cadence:
    return Cadence(CadenceKind.DAY_OF_MONTH, at, day=day)


def local(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """A Copenhagen wall-clock time as the aware UTC instant the scheduler works with."""
    return datetime(year, month, day, hour, minute, tzinfo=CPH).astimezone(UTC)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


# --- Reading what a worker types ---------------------------------------------------------------------

READS_AS = [
    ("tir,fre 10:00", weekly(TUE, FRI, at=time(10))),
    ("tirsdag og fredag kl. 10", weekly(TUE, FRI, at=time(10))),
    ("Tirsdage og fredage klokken 10.00", weekly(TUE, FRI, at=time(10))),
    ("man-ons 9.30", weekly(MON, TUE, WED, at=time(9, 30))),
    ("fre-man kl.7", weekly(FRI, SAT, SUN, MON, at=time(7))),
    ("hverdage 8:00", weekly(MON, TUE, WED, THU, FRI, at=time(8))),
    ("lørdag og søndag 11", weekly(SAT, SUN, at=time(11))),
    ("LOERDAG , SOEN 11:15", weekly(SAT, SUN, at=time(11, 15))),
    ("hver tirsdag kl. 10.", weekly(TUE, at=time(10))),
    ("tue,fri 10:00", weekly(TUE, FRI, at=time(10))),
    ("mon-wed 9:30", weekly(MON, TUE, WED, at=time(9, 30))),
    ("weekdays 8:00", weekly(MON, TUE, WED, THU, FRI, at=time(8))),
    ("every Tuesday and Friday at 14:30", weekly(TUE, FRI, at=time(14, 30))),
    ("hver 2. uge man 09:30", weekly(MON, at=time(9, 30), every=2, anchor=AGREED)),
    ("hver anden uge tor 14", weekly(THU, at=time(14), every=2, anchor=AGREED)),
    ("hver anden tirsdag kl 10", weekly(TUE, at=time(10), every=2, anchor=AGREED)),
    ("hver 14. dag man 10", weekly(MON, at=time(10), every=2, anchor=AGREED)),
    ("hver 3. uge man og ons kl. 9", weekly(MON, WED, at=time(9), every=3, anchor=AGREED)),
    ("every 2 weeks mon 09:30", weekly(MON, at=time(9, 30), every=2, anchor=AGREED)),
    ("every other friday at 10", weekly(FRI, at=time(10), every=2, anchor=AGREED)),
    ("hver uge ons 12", weekly(WED, at=time(12))),
    ("1. man i måneden 13:00", nth_weekday(1, MON, time(13))),
    ("hver 3. onsdag i måneden kl. 9", nth_weekday(3, WED, time(9))),
    ("sidste fre i måneden 10", nth_weekday(LAST, FRI, time(10))),
    ("first mon of the month 13:00", nth_weekday(1, MON, time(13))),
    ("2nd thu of every month 8:45", nth_weekday(2, THU, time(8, 45))),
    ("last fri of the month 10:00", nth_weekday(LAST, FRI, time(10))),
    ("den 15. hver måned 11:00", day_of_month(15, time(11))),
    ("d. 1 i måneden 9", day_of_month(1, time(9))),
    ("sidste dag i måneden 12", day_of_month(31, time(12))),
    ("15th of every month 11:00", day_of_month(15, time(11))),
    ("the first of the month 9:15", day_of_month(1, time(9, 15))),
    ("hver dag 10:00", weekly(*range(7), at=time(10))),
    ("every day 10:00", weekly(*range(7), at=time(10))),
    ("dagligt kl. 0:00", weekly(*range(7), at=time(0))),
    ("søn 23:59", weekly(SUN, at=time(23, 59))),
]


@pytest.mark.parametrize(("text", "expected"), READS_AS)
def test_every_form_a_worker_types_reads_as_the_agreed_cadence(text: str, expected: Cadence) -> None:
    assert parse_cadence(text, anchor=AGREED) == expected


@pytest.mark.parametrize("text", CADENCE_EXAMPLES + CADENCE_EXAMPLES_EN)
def test_the_examples_shown_to_a_worker_are_themselves_understood(text: str) -> None:
    assert parse_cadence(text, anchor=AGREED).text


def test_danish_and_english_examples_say_the_same_thing() -> None:
    danish = [parse_cadence(text, anchor=AGREED) for text in CADENCE_EXAMPLES]
    english = [parse_cadence(text, anchor=AGREED) for text in CADENCE_EXAMPLES_EN]
    assert danish == english


REFUSED = [
    ("hver 0. uge man 10:00", "every 1 to 52 weeks"),
    ("hver 53. uge man 10:00", "every 1 to 52 weeks"),
    ("tir 25:00", "00:00 to 23:59"),
    ("25:00", "00:00 to 23:59"),
    ("tir 10:60", "00:00 to 23:59"),
    ("blah", "no time of day"),
    ("blah 10:00", "unknown word 'blah'"),
    ("", "empty cadence"),
    ("  , ", "empty cadence"),
    ("tir", "no time of day"),
    ("2026-01-05", "no time of day"),
    ("10:00", "which weekdays"),
    ("tir 10:00 fre 14:00", "more than one time"),
    ("kl", "a time must follow"),
    ("weekdays 8am", "24-hour clock"),
    ("1. man 13:00", "i måneden"),
    ("5. man i måneden 10", "1st to 4th or the last"),
    ("den 32. hver måned 10", "1 to 31"),
    ("1. man og tor i måneden 10", "one weekday"),
    ("hver 3. dag 10", "whole weeks"),
    ("hver 2. måned man 10", "every N what"),
    ("hver 2. uge man 10", "start date"),
    ("hver 2. uge 1. man i måneden 10", "does not skip weeks"),
    ("tir fra 10", "start date"),
    ("hver 2. uge man 10 fra 2026-02-30", "no such date"),
    ("man - 10", "weekday on both sides"),
    ("tir (10)", "unexpected character"),
]


@pytest.mark.parametrize(("text", "detail"), REFUSED)
def test_a_cadence_that_makes_no_sense_is_refused_with_a_reason(text: str, detail: str) -> None:
    with pytest.raises(CadenceError, match=detail.replace("(", r"\(")):
        parse_cadence(text)


@pytest.mark.parametrize("garbage", ["x" * 10_000, "9" * 10_000, "tir " * 2_500, "æ1.:-" * 2_000])
def test_ten_thousand_characters_of_garbage_are_refused_at_once(garbage: str) -> None:
    started = stopwatch.perf_counter()
    with pytest.raises(CadenceError, match="too long"):
        parse_cadence(garbage)
    assert stopwatch.perf_counter() - started < 0.05


def test_a_refused_cadence_is_still_a_value_error_for_generic_callers() -> None:
    with pytest.raises(ValueError):
        parse_cadence("hver 0. uge")


def test_every_n_weeks_counts_from_the_week_of_the_first_agreed_day() -> None:
    # Agreed on Wednesday 7 January: Monday 5 January has passed, so the first Monday is the 12th;
    # Thursday 8 January is still to come, so that week is the first.
    assert parse_cadence("hver 2. uge man 9", anchor=AGREED).anchor == date(2026, 1, 12)
    assert parse_cadence("hver 2. uge tor 9", anchor=AGREED).anchor == date(2026, 1, 5)
    assert parse_cadence("tir 9", anchor=AGREED).anchor is None


def test_a_start_date_in_the_text_wins_over_the_day_of_the_agreement() -> None:
    cadence = parse_cadence("hver 2. uge man 09:30 fra 2026-03-02", anchor=AGREED)
    assert cadence.anchor == date(2026, 3, 2)


def test_a_cadence_that_cannot_exist_cannot_be_built_either() -> None:
    with pytest.raises(CadenceError):
        weekly(at=time(10))
    with pytest.raises(CadenceError):
        weekly(MON, at=time(10), every=2)
    with pytest.raises(CadenceError):
        nth_weekday(5, MON, time(10))
    with pytest.raises(CadenceError):
        day_of_month(0, time(10))
    with pytest.raises(CadenceError):
        weekly(MON, at=time(10, 0, 30))


# --- Storing and showing -----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), READS_AS)
def test_the_stored_text_reads_back_to_the_same_cadence(text: str, expected: Cadence) -> None:
    cadence = parse_cadence(text, anchor=AGREED)
    assert parse_cadence(cadence.text) == cadence
    assert parse_cadence(cadence.text, anchor=date(2030, 6, 6)) == cadence


@pytest.mark.parametrize(
    ("text", "danish", "english"),
    [
        ("tir,fre 10:00", "tirsdag og fredag kl. 10:00", "Tuesdays and Fridays at 10:00"),
        ("tir 10", "hver tirsdag kl. 10:00", "every Tuesday at 10:00"),
        ("hverdage 8", "hverdage kl. 08:00", "weekdays at 08:00"),
        ("hver dag 10", "hver dag kl. 10:00", "every day at 10:00"),
        ("hver 2. uge man 09:30", "hver 2. uge mandag kl. 09:30", "every 2 weeks on Monday at 09:30"),
        (
            "hver 2. uge man,tor 9:30",
            "hver 2. uge mandag og torsdag kl. 09:30",
            "every 2 weeks on Monday and Thursday at 09:30",
        ),
        ("1. man i måneden 13:00", "1. mandag i måneden kl. 13:00", "the first Monday of the month at 13:00"),
        (
            "sidste fre i måneden 10",
            "sidste fredag i måneden kl. 10:00",
            "the last Friday of the month at 10:00",
        ),
        ("den 15. hver måned 11", "den 15. hver måned kl. 11:00", "the 15th of every month at 11:00"),
        ("den 22. hver måned 11", "den 22. hver måned kl. 11:00", "the 22nd of every month at 11:00"),
        (
            "den 31. hver måned 11",
            "den 31. hver måned kl. 11:00 (i kortere måneder den sidste dag)",
            "the 31st of every month at 11:00 (the last day in shorter months)",
        ),
    ],
)
def test_a_cadence_is_described_in_the_readers_language(text: str, danish: str, english: str) -> None:
    cadence = parse_cadence(text, anchor=AGREED)
    assert cadence.describe("da") == danish
    assert cadence.describe("en") == english
    assert cadence.describe("en-GB") == english
    assert cadence.describe("uk") == danish  # no catalog: the default language


# --- When it falls due -------------------------------------------------------------------------------


def test_a_ten_oclock_check_in_stays_at_ten_local_across_the_march_change() -> None:
    cadence = parse_cadence("tir,fre 10:00")
    found = occurrences_between(cadence, local(2026, 3, 20), local(2026, 4, 4), CPH)
    assert found == [
        utc(2026, 3, 20, 9),
        utc(2026, 3, 24, 9),
        utc(2026, 3, 27, 9),  # winter time: UTC+1
        utc(2026, 3, 31, 8),  # summer time from Sunday 29 March: UTC+2
        utc(2026, 4, 3, 8),
    ]
    assert {moment.astimezone(CPH).time() for moment in found} == {time(10)}


def test_a_ten_oclock_check_in_stays_at_ten_local_across_the_october_change() -> None:
    cadence = parse_cadence("tir,fre 10:00")
    found = occurrences_between(cadence, local(2026, 10, 16), local(2026, 10, 31), CPH)
    assert found == [
        utc(2026, 10, 16, 8),
        utc(2026, 10, 20, 8),
        utc(2026, 10, 23, 8),  # summer time until Sunday 25 October
        utc(2026, 10, 27, 9),
        utc(2026, 10, 30, 9),
    ]
    assert {moment.astimezone(CPH).time() for moment in found} == {time(10)}


def test_a_time_the_clocks_skip_moves_forward_to_when_the_clocks_resume() -> None:
    cadence = parse_cadence("søn 02:30")
    skipped_day = next_occurrence(cadence, local(2026, 3, 28, 12), CPH)
    assert skipped_day == utc(2026, 3, 29, 1)
    assert skipped_day.astimezone(CPH).time() == time(3, 0)
    assert next_occurrence(cadence, skipped_day, CPH) == local(2026, 4, 5, 2, 30)


def test_a_time_the_clocks_pass_twice_is_due_once_at_the_first_pass() -> None:
    cadence = parse_cadence("søn 02:30")
    first_pass = next_occurrence(cadence, local(2026, 10, 24, 12), CPH)
    assert first_pass == utc(2026, 10, 25, 0, 30)  # 02:30 summer time
    assert next_occurrence(cadence, first_pass, CPH) == utc(2026, 11, 1, 1, 30)  # not 02:30 winter time


def test_every_two_weeks_keeps_its_fortnight_across_a_year_end_and_a_53_week_year() -> None:
    cadence = weekly(MON, at=time(9, 30), every=2, anchor=date(2025, 12, 15))
    found = occurrences_between(cadence, local(2025, 12, 10), local(2027, 2, 1), CPH)
    days = [moment.astimezone(CPH).date() for moment in found]
    assert days[:3] == [date(2025, 12, 15), date(2025, 12, 29), date(2026, 1, 12)]
    assert all(later - earlier == timedelta(days=14) for earlier, later in zip(days, days[1:], strict=False))
    # 2026 has an ISO week 53, so "odd weeks" would turn into "even weeks" here; the fortnight does not.
    assert date(2026, 12, 28) in days and date(2027, 1, 11) in days
    assert {moment.astimezone(CPH).time() for moment in found} == {time(9, 30)}
    assert {moment.time() for moment in found} == {time(8, 30), time(7, 30)}  # winter and summer UTC


def test_every_two_weeks_keeps_its_fortnight_across_the_clock_changes() -> None:
    cadence = weekly(SUN, at=time(2, 30), every=2, anchor=date(2026, 3, 23))
    spring = occurrences_between(cadence, local(2026, 3, 2), local(2026, 4, 20), CPH)
    autumn = occurrences_between(cadence, local(2026, 10, 5), local(2026, 11, 20), CPH)
    assert [moment.astimezone(CPH).date() for moment in spring + autumn] == [
        date(2026, 3, 15),
        date(2026, 3, 29),
        date(2026, 4, 12),
        date(2026, 10, 11),
        date(2026, 10, 25),
        date(2026, 11, 8),
    ]
    assert spring[1] == utc(2026, 3, 29, 1)  # 02:30 does not exist that night: 03:00 local
    assert autumn[1] == utc(2026, 10, 25, 0, 30)  # 02:30 happens twice that night: the first


@pytest.mark.parametrize(
    ("year", "last_friday"),
    [(2026, 27), (2027, 26), (2024, 23), (2028, 25), (2036, 29)],  # 2024, 2028, 2036 are leap years
)
def test_the_last_friday_of_february_in_leap_and_ordinary_years(year: int, last_friday: int) -> None:
    cadence = parse_cadence("last fri of the month 10:00")
    assert next_occurrence(cadence, local(year, 2, 1), CPH) == local(year, 2, last_friday, 10)


def test_the_31st_falls_on_the_last_day_of_a_shorter_month() -> None:
    cadence = parse_cadence("den 31. hver måned 11:00")
    found = occurrences_between(cadence, local(2026, 1, 1), local(2026, 6, 1), CPH)
    assert [moment.astimezone(CPH).date() for moment in found] == [
        date(2026, 1, 31),
        date(2026, 2, 28),
        date(2026, 3, 31),
        date(2026, 4, 30),
        date(2026, 5, 31),
    ]
    assert next_occurrence(cadence, local(2028, 2, 1), CPH) == local(2028, 2, 29, 11)


def test_the_first_monday_after_this_months_has_passed_is_next_months() -> None:
    cadence = parse_cadence("1. man i måneden 13:00")
    assert next_occurrence(cadence, local(2026, 6, 1, 13), CPH) == local(2026, 7, 6, 13)
    assert next_occurrence(cadence, local(2026, 6, 1, 12, 59), CPH) == local(2026, 6, 1, 13)


def test_a_check_in_due_exactly_now_is_not_next_but_the_one_after_is() -> None:
    cadence = parse_cadence("tir 10")
    assert next_occurrence(cadence, local(2026, 1, 6, 10), CPH) == local(2026, 1, 13, 10)


def test_a_holiday_is_skipped_to_the_next_agreed_day_not_moved_to_a_working_day() -> None:
    thursdays = parse_cadence("tor 10:00")
    assert next_occurrence(thursdays, local(2026, 3, 27), CPH) == local(2026, 4, 2, 10)  # Skærtorsdag
    assert next_occurrence(thursdays, local(2026, 3, 27), CPH, skip_holidays=True) == local(2026, 4, 9, 10)
    twice_a_week = parse_cadence("tir,fre 10")
    after_tuesday = local(2026, 3, 31, 10)
    assert next_occurrence(twice_a_week, after_tuesday, CPH, skip_holidays=True) == local(2026, 4, 7, 10)


def test_christmas_is_skipped_by_a_daily_and_a_monthly_cadence() -> None:
    daily = parse_cadence("hver dag 10")
    assert next_occurrence(daily, local(2026, 12, 23, 12), CPH, skip_holidays=True) == local(2026, 12, 27, 10)
    monthly = parse_cadence("den 24. hver måned 10")
    assert next_occurrence(monthly, local(2026, 12, 1), CPH, skip_holidays=True) == local(2027, 1, 24, 10)


def test_occurrences_between_includes_the_start_and_excludes_the_end() -> None:
    cadence = parse_cadence("tir 10")
    assert occurrences_between(cadence, local(2026, 1, 6, 10), local(2026, 1, 20, 10), CPH) == [
        local(2026, 1, 6, 10),
        local(2026, 1, 13, 10),
    ]
    assert occurrences_between(cadence, local(2026, 1, 7), local(2026, 1, 8), CPH) == []


def test_times_come_back_as_utc_whatever_zone_they_went_in_with() -> None:
    after = datetime(2026, 1, 6, 9, 0, tzinfo=CPH)
    found = next_occurrence(parse_cadence("tir 10"), after, CPH)
    assert found == utc(2026, 1, 6, 9) and found.tzinfo is UTC


def test_a_naive_time_is_refused_rather_than_guessed() -> None:
    with pytest.raises(ValueError, match="aware"):
        next_occurrence(parse_cadence("tir 10"), datetime(2026, 1, 6, 9), CPH)


# --- Properties against a day-by-day reference -------------------------------------------------------


def allowed(cadence: Cadence, day: date) -> bool:
    """The cadence's rule, read directly off one calendar day."""
    if cadence.kind is CadenceKind.DAY_OF_MONTH:
        return day.day == min(cadence.day, calendar.monthrange(day.year, day.month)[1])
    if day.weekday() not in cadence.weekdays:
        return False
    if cadence.kind is CadenceKind.NTH_WEEKDAY:
        if cadence.nth == LAST:
            return (day + timedelta(days=7)).month != day.month
        return (day.day - 1) // 7 + 1 == cadence.nth
    return cadence.anchor is None or (day - cadence.anchor).days // 7 % cadence.every_weeks == 0


def first_instant_showing(day: date, at: time) -> datetime:
    """The first minute whose Copenhagen wall clock reads `at` on `day` or later, found by walking the
    minutes: the agreed time itself, its first pass in October, the end of the gap in March."""
    wall = datetime.combine(day, at)
    moment = wall.replace(tzinfo=UTC) - timedelta(hours=3)
    while moment.astimezone(CPH).replace(tzinfo=None) < wall:
        moment += timedelta(minutes=1)
    return moment


def reference_next(cadence: Cadence, after: datetime, skip_holidays: bool) -> datetime:
    day = after.astimezone(CPH).date() - timedelta(days=1)
    for _ in range(2_000):  # every 52 weeks, with a few occurrences in a row on holidays
        if allowed(cadence, day) and not (skip_holidays and is_holiday(day)):
            moment = first_instant_showing(day, cadence.at)
            if moment > after:
                return moment
        day += timedelta(days=1)
    raise AssertionError("the reference found nothing in 2,000 days")


agreed_times = st.one_of(
    st.builds(time, st.integers(0, 23), st.integers(0, 59)),
    st.builds(time, st.just(2), st.integers(0, 59)),  # inside the DST gap and overlap
)
cadences = st.one_of(
    st.builds(
        Cadence,
        kind=st.just(CadenceKind.WEEKLY),
        at=agreed_times,
        weekdays=st.frozensets(st.integers(0, 6), min_size=1),
        every_weeks=st.one_of(st.just(1), st.integers(2, 5), st.integers(6, 52)),
        anchor=st.dates(date(2024, 1, 1), date(2030, 12, 31)),
    ),
    st.builds(
        Cadence,
        kind=st.just(CadenceKind.NTH_WEEKDAY),
        at=agreed_times,
        weekdays=st.integers(0, 6).map(lambda day: frozenset({day})),
        nth=st.sampled_from([1, 2, 3, 4, LAST]),
    ),
    st.builds(Cadence, kind=st.just(CadenceKind.DAY_OF_MONTH), at=agreed_times, day=st.integers(1, 31)),
)
CHANGE_DAYS = [date(year, month, day) for year, month, day in [(2026, 3, 29), (2026, 10, 25), (2027, 3, 28)]]
moments = st.one_of(
    st.datetimes(datetime(2025, 1, 1), datetime(2030, 12, 31, 23, 59), timezones=st.just(UTC)),
    st.builds(
        lambda day, minutes: datetime.combine(day, time(), tzinfo=UTC) + timedelta(minutes=minutes),
        st.sampled_from(CHANGE_DAYS),
        st.integers(-24 * 60, 48 * 60),
    ),
)


@settings(max_examples=400, deadline=None)
@given(cadences, moments, st.booleans())
def test_the_next_occurrence_is_the_first_allowed_day_after_now_at_the_agreed_local_time(
    cadence: Cadence, after: datetime, skip_holidays: bool
) -> None:
    found = next_occurrence(cadence, after, CPH, skip_holidays)
    assert found > after and found.tzinfo is UTC
    wall = found.astimezone(CPH)
    assert allowed(cadence, wall.date())
    assert not (skip_holidays and is_holiday(wall.date()))
    agreed = datetime.combine(wall.date(), cadence.at)
    if wall.time() != cadence.at:  # only when the clocks skip the agreed time, and then just after the gap
        assert datetime.combine(wall.date(), cadence.at, tzinfo=CPH).astimezone(UTC).astimezone(
            CPH
        ).time() != (cadence.at)
        assert wall.replace(tzinfo=None) > agreed
        assert (found - timedelta(minutes=1)).astimezone(CPH).replace(tzinfo=None) < agreed
    assert found == reference_next(cadence, after, skip_holidays)  # nothing allowed was passed over

    again = next_occurrence(cadence, found, CPH, skip_holidays)
    assert again > found
    assert again == reference_next(cadence, found, skip_holidays)


@settings(max_examples=200, deadline=None)
@given(cadences)
def test_any_cadence_reads_back_from_its_stored_text_and_can_be_described(cadence: Cadence) -> None:
    assert parse_cadence(cadence.text) == cadence
    assert cadence.describe("da") and cadence.describe("en")


WORDS = [
    "hver", "every", "2.", "anden", "other", "uge", "weeks", "dag", "man", "tir", "fre", "søn", "-",
    "til", ",", "og", "i", "måneden", "of", "the", "month", "1.", "sidste", "last", "den", "15.", "31",
    "kl.", "at", "10", "9.30", "23:59", "hverdage", "weekend", "fra", "2026-01-05", "14.", "0", "53.", "am",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(st.sampled_from(WORDS), max_size=8).map(" ".join)))
def test_any_text_is_understood_or_refused_and_what_is_understood_reads_back(text: str) -> None:
    try:
        cadence = parse_cadence(text, anchor=AGREED)
    except CadenceError:
        return
    assert parse_cadence(cadence.text) == cadence
