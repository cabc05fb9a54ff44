"""SMS texts are counted in segments the way carriers bill them, and the bot's own texts stay GSM-7."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.sms_text import SegmentCount, fits_twilio, gsm7_safe, is_gsm7, non_gsm7, segments

GSM7_BASIC = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENSION = "\f^{}\\[~]|€"
LOOK_ALIKES = "“”„‟″«»‘’‚‛′`´‐‑‒–—―−…•\u00a0\u2002\u2003\u2009\u202f\t\u200b\ufeff"

gsm7_text = st.text(alphabet=GSM7_BASIC + GSM7_EXTENSION)
any_text = st.text(alphabet=st.characters(exclude_categories=["Cs"]))


# ---- GSM-7 ---------------------------------------------------------------------------------------


def test_160_gsm_characters_are_one_segment_and_161_are_two() -> None:
    assert segments("a" * 160) == SegmentCount("GSM-7", 1, 160)
    assert segments("a" * 161) == SegmentCount("GSM-7", 2, 161)


def test_danish_letters_keep_a_text_in_gsm7() -> None:
    text = "Hej. Husk vores aftale på tirsdag. Mvh. Søren fra Æblegården, É, ü, Ä, Ö, Ñ, ß"

    assert is_gsm7("æøåÆØÅ")
    assert segments("æøå") == SegmentCount("GSM-7", 1, 3)
    assert segments(text).encoding == "GSM-7"


def test_a_euro_sign_costs_two_septets() -> None:
    assert segments("€") == SegmentCount("GSM-7", 1, 2)
    assert segments("a" * 158 + "€") == SegmentCount("GSM-7", 1, 160)
    assert segments("a" * 159 + "€") == SegmentCount("GSM-7", 2, 161)


@pytest.mark.parametrize("char", list(GSM7_EXTENSION))
def test_every_extension_character_costs_two_septets(char: str) -> None:
    assert segments(char) == SegmentCount("GSM-7", 1, 2)


def test_a_concatenated_text_carries_153_septets_a_part() -> None:
    assert segments("a" * 306) == SegmentCount("GSM-7", 2, 306)
    assert segments("a" * 307) == SegmentCount("GSM-7", 3, 307)
    assert segments("a" * 153 * 10) == SegmentCount("GSM-7", 10, 1530)


def test_an_escape_pair_is_not_split_across_a_part_boundary() -> None:
    # "€" as septets 152-153 fills the first part exactly: 306 septets in two parts.
    assert segments("a" * 151 + "€" + "a" * 153) == SegmentCount("GSM-7", 2, 306)
    # "€" would need septets 153 and 154: the pair moves to the second part whole, and a third is needed.
    assert segments("a" * 152 + "€" + "a" * 152) == SegmentCount("GSM-7", 3, 306)
    assert segments("a" * 152 + "€" + "a" * 151) == SegmentCount("GSM-7", 2, 305)


def test_an_empty_text_is_one_empty_sms() -> None:
    assert segments("") == SegmentCount("GSM-7", 1, 0)


# ---- UCS-2 ---------------------------------------------------------------------------------------


def test_an_emoji_forces_the_whole_text_into_ucs2() -> None:
    text = "Hej 🙂"

    assert segments(text) == SegmentCount("UCS-2", 1, 6)  # the emoji is a surrogate pair
    assert non_gsm7(text) == "🙂"


def test_70_ucs2_units_are_one_segment_and_71_are_two() -> None:
    assert segments("ł" * 70) == SegmentCount("UCS-2", 1, 70)
    assert segments("ł" * 71) == SegmentCount("UCS-2", 2, 71)
    assert segments("ł" * 134) == SegmentCount("UCS-2", 2, 134)
    assert segments("ł" * 135) == SegmentCount("UCS-2", 3, 135)


def test_an_emoji_is_not_split_across_a_part_boundary() -> None:
    assert segments("ł" * 66 + "🙂" + "ł" * 66) == SegmentCount("UCS-2", 3, 134)
    assert segments("ł" * 65 + "🙂" + "ł" * 67) == SegmentCount("UCS-2", 2, 134)


def test_a_typographic_quote_costs_a_third_of_the_capacity() -> None:
    assert segments("a" * 100).segments == 1
    assert segments("a" * 100 + "”").segments == 2


def test_non_gsm7_names_each_offending_character_once() -> None:
    assert non_gsm7("“Hej” – 🙂 “igen”") == "“”–🙂"
    assert non_gsm7("æøå €") == ""


# ---- Twilio's limit ------------------------------------------------------------------------------


def test_twilio_takes_up_to_1600_characters() -> None:
    assert fits_twilio("a" * 1600)
    assert not fits_twilio("a" * 1601)
    assert fits_twilio("æ" * 1600)


def test_emoji_count_double_against_twilios_limit() -> None:
    assert fits_twilio("🙂" * 800)
    assert not fits_twilio("a" + "🙂" * 800)


# ---- the bot's own texts -------------------------------------------------------------------------


def test_typographic_punctuation_becomes_gsm7() -> None:
    assert gsm7_safe("“Hej” – vi ses ‘i morgen’…") == "\"Hej\" - vi ses 'i morgen'..."
    assert gsm7_safe("kl.\u00a010:00\u2009—\u202f11:00") == "kl. 10:00 - 11:00"


def test_gsm7_safe_leaves_gsm7_and_other_text_alone() -> None:
    assert gsm7_safe("Æbler, øl & å {€}") == "Æbler, øl & å {€}"
    assert gsm7_safe("Dzień dobry 🙂") == "Dzień dobry 🙂"


# ---- properties ----------------------------------------------------------------------------------


@given(
    gsm7_text | any_text,
    st.sampled_from(GSM7_BASIC + GSM7_EXTENSION) | st.characters(exclude_categories=["Cs"]),
)
def test_appending_a_character_never_lowers_the_segment_count(text: str, char: str) -> None:
    assert segments(text + char).segments >= segments(text).segments


@given(st.text(alphabet=GSM7_BASIC, max_size=160))
def test_gsm7_text_of_at_most_160_characters_is_one_segment(text: str) -> None:
    assert segments(text) == SegmentCount("GSM-7", 1, len(text))


@given(st.text(alphabet=GSM7_BASIC + GSM7_EXTENSION, min_size=161, max_size=1600))
def test_a_concatenated_gsm7_part_loses_at_most_one_septet_to_an_escape_pair(text: str) -> None:
    count = segments(text)

    assert -(-count.units // 153) <= count.segments <= -(-count.units // 152)


@given(st.text(alphabet=GSM7_BASIC + GSM7_EXTENSION + LOOK_ALIKES))
def test_gsm7_safe_output_is_gsm7_when_only_look_alikes_were_added(text: str) -> None:
    safe = gsm7_safe(text)

    assert is_gsm7(safe)
    assert segments(safe).encoding == "GSM-7"


@given(gsm7_text)
def test_gsm7_safe_changes_nothing_in_gsm7_text(text: str) -> None:
    assert gsm7_safe(text) == text


@given(any_text)
def test_fits_twilio_agrees_with_the_utf16_length(text: str) -> None:
    assert fits_twilio(text) == (len(text.encode("utf-16-le")) // 2 <= 1600)
