"""CPR numbers are recognised in free text, and other numbers are left alone."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.cpr import CPR_REDACTION, contains_cpr, find_cpr, redact_cpr

birth_dates = st.dates(min_value=dt.date(1858, 1, 1), max_value=dt.date(2057, 12, 31))
serials = st.text(alphabet="0123456789", min_size=4, max_size=4)
separators = st.sampled_from(["-", "", " "])
# Surrounding text that does not run into the number's digits (in any script).
words = st.text(alphabet=st.characters(exclude_categories=["Cs", "Nd"], exclude_characters="0123456789"))


def cpr(date: dt.date, serial: str, separator: str = "-") -> str:
    return f"{date:%d%m%y}{separator}{serial}"


@given(birth_dates, serials, separators, words, words)
def test_a_cpr_number_is_found_anywhere_in_a_message(
    date: dt.date, serial: str, separator: str, before: str, after: str
) -> None:
    number = cpr(date, serial, separator)

    assert find_cpr(f"{before}{number}{after}") == [number]
    assert contains_cpr(f"{before}{number}{after}")


@pytest.mark.parametrize(
    "message",
    [
        "Mit cpr er 010190-1234",
        "cpr: 0101901234.",
        "CPR0101901234",
        "personnummer 010190 1234, tak",
        "010190\u20131234 (en-dash fra telefonen)",
    ],
)
def test_the_usual_ways_of_writing_a_cpr_number_are_found(message: str) -> None:
    assert contains_cpr(message)


def test_a_number_failing_the_modulus_11_check_is_still_a_cpr_number() -> None:
    # Weights 4,3,2,7,6,5,4,3,2,1 give 0+3+0+7+54+0+4+6+6+4 = 84, not divisible by 11.
    assert contains_cpr("010190-1234")


def test_every_cpr_number_in_a_message_is_found() -> None:
    assert find_cpr("mor 010190-1234 og barn 2412151234") == ["010190-1234", "2412151234"]


@given(st.text(alphabet="0123456789", min_size=8, max_size=8))
def test_a_danish_phone_number_is_not_a_cpr_number(digits: str) -> None:
    assert not contains_cpr(f"ring til +45 {digits} i morgen")
    assert not contains_cpr(f"+45{digits}")
    assert not contains_cpr(f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}")


@given(st.text(alphabet="0123456789", min_size=11, max_size=30))
def test_a_longer_run_of_digits_never_matches_in_part(digits: str) -> None:
    assert not contains_cpr(f"konto {digits} tak")


@pytest.mark.parametrize(
    "message",
    [
        "reg. 1234 konto 0101901234567",
        "IBAN DK5000400440116243",
        "1010101010101",
        "010190-12345",
        "9010190-1234",
        "ordrenummer 123456789012",
    ],
)
def test_account_numbers_and_long_ids_are_not_cpr_numbers(message: str) -> None:
    assert not contains_cpr(message)


@pytest.mark.parametrize(
    "number",
    [
        "320190-1234",  # no 32nd day
        "000190-1234",  # no day 0
        "011390-1234",  # no 13th month
        "010090-1234",  # no month 0
        "310290-1234",  # 31 February
        "300290-1234",  # 30 February
        "290290-1234",  # 29 February 1990 or 2090: not leap years
        "310490-1234",  # April has 30 days
    ],
)
def test_a_number_that_is_not_a_date_is_not_a_cpr_number(number: str) -> None:
    assert not contains_cpr(f"nummer {number}")
    assert not contains_cpr(number.replace("-", ""))


@given(
    st.integers(min_value=0, max_value=99).filter(lambda yy: (2000 + yy) % 4 != 0),
    serials,
)
def test_29_february_in_a_year_that_is_never_leap_is_not_a_cpr_number(yy: int, serial: str) -> None:
    assert not contains_cpr(f"2902{yy:02d}-{serial}")


# 290200-0321 would be born in 1900 (not a leap year) by the century rules; it is found all the same,
# since refusing a harmless number is cheaper than storing a real one.
@pytest.mark.parametrize("number", ["290200-4321", "290200-0321", "290288-1234", "290204-5678"])
def test_29_february_is_a_cpr_number_when_some_century_makes_it_a_leap_day(number: str) -> None:
    assert contains_cpr(number)


@given(birth_dates, serials, separators, words, words)
def test_a_redacted_message_holds_no_cpr_number(
    date: dt.date, serial: str, separator: str, before: str, after: str
) -> None:
    redacted = redact_cpr(f"{before}{cpr(date, serial, separator)}{after}")

    assert redacted == f"{before}{CPR_REDACTION}{after}"
    assert not contains_cpr(redacted)


def test_redaction_leaves_other_numbers_alone() -> None:
    message = "ring 12345678 om 320190-1234 og 010190-1234"

    assert redact_cpr(message) == "ring 12345678 om 320190-1234 og XXXXXX-XXXX"


def test_a_message_without_numbers_is_unchanged_and_clean() -> None:
    assert find_cpr("Hej, kan vi ses i morgen?") == []
    assert redact_cpr("Hej, kan vi ses i morgen?") == "Hej, kan vi ses i morgen?"


# --- written the way people write it: separators, other digits, invisible characters -----------------
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
DIGIT_ZEROS = [ord("0"), 0xFF10, 0x0660, 0x06F0, 0x0966, 0x1D7CE]  # ASCII, full-width, Arabic, …, math


def in_script(digits: str, zero: int) -> str:
    return "".join(chr(zero + int(d)) if d.isdigit() else d for d in digits)


@st.composite
def written_cprs(draw: st.DrawFn) -> str:
    """A CPR number as someone might type or paste it."""
    date, serial = draw(birth_dates), draw(serials)
    in_date = draw(st.sampled_from(["", ".", " ", "-", "/"]))
    before_serial = draw(st.sampled_from(["", "-", " ", " - ", "\u2013", " \u2013 ", ".", "\u00a0"]))
    number = f"{date:%d}{in_date}{date:%m}{in_date}{date:%y}{before_serial}{serial}"
    number = in_script(number, draw(st.sampled_from(DIGIT_ZEROS)))
    for _ in range(draw(st.integers(0, 3))):  # invisible characters anywhere inside it
        at = draw(st.integers(1, len(number) - 1))
        number = number[:at] + draw(st.sampled_from(ZERO_WIDTH)) + number[at:]
    return number


@pytest.mark.parametrize(
    "number",
    [
        "010203 - 1234",
        "01.02.03-1234",
        "01 02 03 1234",
        "01/02/03-1234",
        "\uff10\uff11\uff10\uff12\uff10\uff13-\uff11\uff12\uff13\uff14",  # full-width
        "0102\u200b03-1234",
        "010203-\u200b1234",
    ],
)
def test_a_cpr_number_written_with_other_separators_digits_or_invisible_characters_is_found(
    number: str,
) -> None:
    assert find_cpr(f"hun hedder {number} i systemet") == [number]
    assert redact_cpr(f"cpr {number}.") == f"cpr {CPR_REDACTION}."


@given(written_cprs(), words, words)
def test_however_a_cpr_number_is_written_it_is_found_as_written_and_redacted(
    number: str, before: str, after: str
) -> None:
    message = f"{before} {number} {after}"

    assert find_cpr(message) == [number]
    assert redact_cpr(message) == f"{before} {CPR_REDACTION} {after}"
    assert not contains_cpr(redact_cpr(message))


@given(written_cprs(), st.sampled_from(DIGIT_ZEROS), st.sampled_from(["", *ZERO_WIDTH]), st.booleans())
def test_however_it_is_written_a_cpr_number_inside_a_longer_digit_run_is_not_one(
    number: str, zero: int, joiner: str, digit_before: bool
) -> None:
    digit = chr(zero + 7)
    longer = f"{digit}{joiner}{number}" if digit_before else f"{number}{joiner}{digit}"

    assert not contains_cpr(f"konto {longer} tak")
