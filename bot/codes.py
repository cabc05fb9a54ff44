"""One-time codes (enrolment, invite, receipt): easy to read aloud and to type on a phone.

The alphabet leaves out 0/O and 1/I, which people confuse; codes are shown in upper case and accepted in
any case, with spaces or dashes. A code that looks right must still be looked up: this only checks shape.
"""

from __future__ import annotations

import secrets

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
MIN_LENGTH = 6
MAX_LENGTH = 10
ISSUED_LENGTH = 8  # the codes the bot gives out; shorter and longer ones are accepted as typed

_ACCEPTED = frozenset(ALPHABET + ALPHABET.lower())
_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2212")


def new_code(length: int = ISSUED_LENGTH) -> str:
    """A fresh random code of `length` characters from `ALPHABET`."""
    if not MIN_LENGTH <= length <= MAX_LENGTH:
        raise ValueError(f"a code has {MIN_LENGTH} to {MAX_LENGTH} characters, not {length}")
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def normalise_code(text: str) -> str | None:
    """The code as stored (upper case, no spaces or dashes), or None if `text` is not shaped like one."""
    kept = [ch for ch in text if not ch.isspace() and ch not in _DASHES]
    # Checked before upper-casing: "ß".upper() is "SS", and O/0 or I/1 are typing mistakes, not codes.
    if not MIN_LENGTH <= len(kept) <= MAX_LENGTH or not all(ch in _ACCEPTED for ch in kept):
        return None
    return "".join(kept).upper()


def looks_like_code(text: str) -> bool:
    """True when `text` is shaped like a code (it may still be unknown or used up)."""
    return normalise_code(text) is not None
