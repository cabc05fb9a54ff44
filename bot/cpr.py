"""Detects Danish CPR numbers (personnumre) in free text, so services can refuse to store them.

A CPR number is DDMMYY-SSSS: a birth date and four serial digits, written with a dash, a space or
nothing between. The modulus-11 check is deliberately not applied: numbers issued since 2007 need not
pass it. Digits inside a longer run (account numbers, IBANs, 12-digit ids) are not CPR numbers.
"""

from __future__ import annotations

import datetime as dt
import re

CPR_REDACTION = "XXXXXX-XXXX"

# Six digits, an optional separator (hyphen, the dashes phones autocorrect to, or a (no-break) space),
# four digits; never touching another ASCII digit on either side.
_CANDIDATE = re.compile(
    r"(?<![0-9])(?P<dd>[0-9]{2})(?P<mm>[0-9]{2})(?P<yy>[0-9]{2})"
    r"[-\u2010\u2011\u2012\u2013\u2212 \u00a0]?[0-9]{4}(?![0-9])"
)


def _is_birth_date(match: re.Match[str]) -> bool:
    day, month, year = int(match["dd"]), int(match["mm"]), int(match["yy"])
    # The century follows from the 7th digit, but 2000 + YY is a leap year whenever any century the
    # rules allow (1800s, 1900s, 2000s) makes it one, so 29 February is never wrongly refused.
    try:
        dt.date(2000 + year, month, day)
    except ValueError:
        return False
    return True


def find_cpr(text: str) -> list[str]:
    """The CPR numbers in `text`, as written there."""
    return [match.group() for match in _CANDIDATE.finditer(text) if _is_birth_date(match)]


def contains_cpr(text: str) -> bool:
    """True when `text` holds something that is shaped like a CPR number."""
    return any(_is_birth_date(match) for match in _CANDIDATE.finditer(text))


def redact_cpr(text: str, replacement: str = CPR_REDACTION) -> str:
    """`text` with every CPR number replaced, e.g. for showing the worker what was refused."""
    return _CANDIDATE.sub(lambda m: replacement if _is_birth_date(m) else m.group(), text)
