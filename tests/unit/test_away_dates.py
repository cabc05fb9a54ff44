"""Reading `/away` as workers type it: Danish dates, day words, names before and after."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.services.away_dates import AwayRequest, BadDate, read_away, read_day

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("24.12", date(2026, 12, 24)),
        ("24/12", date(2026, 12, 24)),
        ("24.12.", date(2026, 12, 24)),
        ("24.12.2026", date(2026, 12, 24)),
        ("24.12.26", date(2026, 12, 24)),
        ("2026-12-24", date(2026, 12, 24)),
        ("5.1", date(2027, 1, 5)),  # a day already past this year is next year's
        ("23.11", TODAY),
        ("i dag", TODAY),
        ("today", TODAY),
        ("I MORGEN", date(2026, 11, 24)),
        ("tomorrow", date(2026, 11, 24)),
    ],
)
def test_the_ways_workers_write_a_date(typed: str, day: date) -> None:
    request = read_away(typed, TODAY)

    assert request == AwayRequest(absent="", starts_on=day, ends_on=day, cover="")


@pytest.mark.parametrize("typed", ["31.02", "29.2", "24.13", "0.1", "2026-02-30", "1.1.99999", "12345", "3x"])
def test_a_date_that_does_not_exist_is_refused_with_what_was_typed(typed: str) -> None:
    with pytest.raises(BadDate) as refused:
        read_day(typed, TODAY)

    assert refused.value.typed == typed


@pytest.mark.parametrize("typed", ["tomorrow-ish", "Vivian", "snart", ""])
def test_words_that_are_no_date_are_names(typed: str) -> None:
    assert read_day(typed or "x", TODAY) is None


def test_a_lead_names_the_colleague_before_the_dates_and_the_cover_after() -> None:
    request = read_away("Anne Marie 1.12 4.12 Bo Ravn", TODAY)

    assert request == AwayRequest("Anne Marie", date(2026, 12, 1), date(2026, 12, 4), "Bo Ravn")


@pytest.mark.parametrize("typed", ["24.12 til 31.12 Vivian", "24.12 - 31.12 Vivian", "24.12-31.12 Vivian"])
def test_a_range_may_be_written_with_til_or_a_dash(typed: str) -> None:
    request = read_away(typed, TODAY)

    assert request == AwayRequest("", date(2026, 12, 24), date(2026, 12, 31), "Vivian")


def test_an_iso_date_is_not_read_as_a_range() -> None:
    request = read_away("2026-12-24 2026-12-31", TODAY)

    assert request == AwayRequest("", date(2026, 12, 24), date(2026, 12, 31), "")


def test_a_single_date_is_a_single_day() -> None:
    request = read_away("i morgen Vivian", TODAY)

    assert request == AwayRequest("", date(2026, 11, 24), date(2026, 11, 24), "Vivian")


def test_no_date_at_all_is_no_request() -> None:
    assert read_away("tomorrow-ish Vivian", TODAY) is None


@settings(deadline=None)  # a loaded CI machine must not turn speed into a failure (no timed assertions)
@given(st.text(max_size=300))
def test_anything_typed_is_read_or_refused_never_crashes(typed: str) -> None:
    try:
        request = read_away(typed, TODAY)
    except BadDate as refused:
        assert len(refused.typed) <= 20
        return
    if request is not None:
        assert len(request.absent) <= 80 and len(request.cover) <= 80
