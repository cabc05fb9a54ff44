"""One-time codes are easy to read and type, and forgiving about case, spaces and dashes."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.codes import ALPHABET, looks_like_code, new_code, normalise_code

codes = st.text(alphabet=ALPHABET, min_size=6, max_size=10)


def test_the_alphabet_has_no_easily_confused_characters() -> None:
    assert len(ALPHABET) == len(set(ALPHABET)) == 32
    assert not set("0O1I") & set(ALPHABET)


def test_a_new_code_has_eight_characters_from_the_alphabet_by_default() -> None:
    code = new_code()

    assert len(code) == 8
    assert set(code) <= set(ALPHABET)


@pytest.mark.parametrize("length", [6, 7, 8, 9, 10])
def test_a_new_code_has_the_length_asked_for(length: int) -> None:
    assert len(new_code(length)) == length


@pytest.mark.parametrize("length", [0, 5, 11])
def test_a_code_shorter_than_six_or_longer_than_ten_is_refused(length: int) -> None:
    with pytest.raises(ValueError):
        new_code(length)


def test_new_codes_are_not_repeated() -> None:
    assert len({new_code() for _ in range(1000)}) == 1000


def test_a_new_code_reads_back_as_itself() -> None:
    code = new_code()

    assert normalise_code(code) == code


@given(codes, st.data())
def test_a_code_typed_in_any_case_with_spaces_or_dashes_is_accepted(code: str, data: st.DataObject) -> None:
    typed = "".join(
        data.draw(st.sampled_from([ch, ch.lower()])) + data.draw(st.sampled_from(["", " ", "-", "  "]))
        for ch in code
    )

    assert normalise_code(f" {typed} ") == code
    assert looks_like_code(typed)


@pytest.mark.parametrize("typed", ["abcd-2345", "ABCD 2345", "aBcD2345", "ab cd-23 45\n"])
def test_the_usual_ways_of_typing_a_code_give_the_same_code(typed: str) -> None:
    assert normalise_code(typed) == "ABCD2345"


@pytest.mark.parametrize(
    "typed",
    [
        "ABCD0345",  # zero
        "ABCDO345",  # letter O
        "ABCD1345",  # one
        "ABCDI345",  # letter I
        "abcdi345",
        "ABC23",  # too short
        "ABCDEFGH234",  # too long
        "",
        "   ",
        "ABCD_2345",
        "ABCD.2345",
        "ßßßßßß",  # upper-cases to twelve S
        "ÆØÅÆØÅ",
        "ＡＢＣＤ２３４５",  # full-width
    ],
)
def test_text_that_cannot_be_a_code_is_not_taken_for_one(typed: str) -> None:
    assert normalise_code(typed) is None
    assert not looks_like_code(typed)


def test_an_ordinary_message_is_not_taken_for_a_code() -> None:
    assert not looks_like_code("Hej, kan vi ses i morgen?")
