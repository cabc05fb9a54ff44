"""Looking for sensitive words costs time in proportion to the text, however long its words: a pasted
4,000-letter "word" once took a third of a second, and twice as long a word four times as long."""

import time

import pytest

from bot.safety import looks_sensitive

BUDGET = 0.25  # seconds for 16,384 letters; quadratic matching took about 20


@pytest.mark.parametrize("letter", ["a", "ae", "oe", "misbrug", "s"])
def test_a_very_long_word_is_checked_in_linear_time(letter: str) -> None:
    word = letter * (16_384 // len(letter))

    started = time.perf_counter()
    looks_sensitive(word)

    assert time.perf_counter() - started < BUDGET


def test_a_long_word_with_a_sensitive_stem_is_still_found() -> None:
    word = "a" * 4_000 + "misbruug" + "e" * 4_000
    assert looks_sensitive(f"se {word} her") == [word]
