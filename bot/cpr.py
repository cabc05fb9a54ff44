"""Detects Danish CPR numbers (personnumre) in free text, so services can refuse to store them.

A CPR number is DDMMYY-SSSS: a birth date and four serial digits. People write it in many ways: with a
dash, a space or nothing before the serial (`010203-1234`, `010203 - 1234`), with dots or spaces inside
the date (`01.02.03-1234`, `01 02 03 1234`), with a phone's full-width or other-script digits, or with
an invisible zero-width character pasted in. The text is normalised first (any decimal digit read as
its ASCII digit, invisible format characters dropped) and matched on that; what is found or redacted is
the number as it was written. The modulus-11 check is deliberately not applied: numbers issued since
2007 need not pass it. Digits inside a longer run (account numbers, IBANs, 12-digit ids) are not CPR
numbers.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator, Sequence

CPR_REDACTION = "XXXXXX-XXXX"

_DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2212"
_IN_DATE = rf"(?:[.{_DASHES}/]|\s)?"  # 01.02.03, 01-02-03, 01/02/03, 01 02 03
_BEFORE_SERIAL = rf"(?:\s{{0,2}}[.{_DASHES}]?\s{{0,2}})"  # 010203-1234, 010203 - 1234, 0102031234
# On the normalised text: a date, the serial; never touching another digit on either side.
_CANDIDATE = re.compile(
    rf"(?<![0-9])(?P<dd>[0-9]{{2}}){_IN_DATE}(?P<mm>[0-9]{{2}}){_IN_DATE}(?P<yy>[0-9]{{2}})"
    rf"{_BEFORE_SERIAL}[0-9]{{4}}(?![0-9])"
)


def _normalised(text: str) -> tuple[str, Sequence[int]]:
    """`text` with every decimal digit as ASCII and format characters (zero-width space, joiners, BOM)
    left out; and, for each character of it, where it stands in `text`."""
    if text.isascii():  # nearly every message: nothing to do
        return text, range(len(text))
    chars: list[str] = []
    where: list[int] = []
    for at, char in enumerate(text):
        if char.isascii():
            chars.append(char)
        elif unicodedata.category(char) == "Cf":
            continue
        else:
            value = unicodedata.decimal(char, None)
            chars.append(char if value is None else str(value))
        where.append(at)
    return "".join(chars), where


def _is_birth_date(match: re.Match[str]) -> bool:
    day, month, year = int(match["dd"]), int(match["mm"]), int(match["yy"])
    # The century follows from the 7th digit, but 2000 + YY is a leap year whenever any century the
    # rules allow (1800s, 1900s, 2000s) makes it one, so 29 February is never wrongly refused.
    try:
        dt.date(2000 + year, month, day)
    except ValueError:
        return False
    return True


def _spans(text: str) -> Iterator[tuple[int, int]]:
    """Where in `text` each CPR number stands, as written there."""
    normal, where = _normalised(text)
    for match in _CANDIDATE.finditer(normal):
        if _is_birth_date(match):
            yield where[match.start()], where[match.end() - 1] + 1


def find_cpr(text: str) -> list[str]:
    """The CPR numbers in `text`, as written there."""
    return [text[start:end] for start, end in _spans(text)]


def contains_cpr(text: str) -> bool:
    """True when `text` holds something that is shaped like a CPR number."""
    return next(_spans(text), None) is not None


def redact_cpr(text: str, replacement: str = CPR_REDACTION) -> str:
    """`text` with every CPR number replaced, e.g. for showing the worker what was refused."""
    parts: list[str] = []
    done = 0
    for start, end in _spans(text):
        parts += [text[done:start], replacement]
        done = end
    return "".join(parts) + text[done:]
