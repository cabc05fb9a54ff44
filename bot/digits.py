"""Numbers as people type them into a dialogue: the ASCII digits 0–9, nothing else.

`"²".isdigit()` is True but `int("²")` raises; "٣" and "１" convert, and NFKC turns "①" into "1", yet none
of them is typed on a Danish keypad by meaning to: a step that takes a number refuses them (its question
is asked again), rather than crash or guess.
"""

import unicodedata

ASCII_DIGITS = frozenset("0123456789")


def is_ascii_digit(char: str) -> bool:
    """True for one of 0–9 (and False for "", for "²", for "٣")."""
    return len(char) == 1 and char in ASCII_DIGITS


def has_foreign_digits(text: str) -> bool:
    """Whether `text` holds a digit or number sign that is not 0–9 (any of Unicode's Nd, Nl or No)."""
    return any(char not in ASCII_DIGITS and unicodedata.category(char) in ("Nd", "Nl", "No") for char in text)
