"""Reading what follows `/away`: `[NAME] FROM [TO] [COLLEAGUE]`, dates as a Danish worker types them.

`24.12`, `24/12`, `24.12.2026`, `2026-12-24`, `i dag`/`today`, `i morgen`/`tomorrow`. A date without a
year is the next such day from today (`5.1` typed in December is next January).
"""

import re
from dataclasses import dataclass
from datetime import date, timedelta

_DAY_WORDS = {"idag": 0, "today": 0, "imorgen": 1, "tomorrow": 1, "iovermorgen": 2}
_TWO_WORDS = re.compile(r"\bi\s+(dag|morgen|overmorgen)\b", re.IGNORECASE)
_DAY_MONTH = re.compile(r"(\d{1,2})[./](\d{1,2})(?:[./](\d{2}|\d{4}))?\.?")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
MAX_NAME_LENGTH = 80  # as a worker's name is stored


class BadDate(ValueError):
    """Looks like a date but is none (`31.02`, `24.13`); `typed` is what the worker wrote, shortened."""

    def __init__(self, typed: str) -> None:
        super().__init__("not a date")
        self.typed = typed[:20]


@dataclass(frozen=True)
class AwayRequest:
    """What `/away` asked for; `absent` is empty when the worker means themselves."""

    absent: str
    starts_on: date
    ends_on: date
    cover: str


def read_day(token: str, today: date) -> date | None:
    """The date in one word; None when the word is no date at all (a name); BadDate when it is a wrong one."""
    word = token.lower()
    if word in _DAY_WORDS:
        return today + timedelta(days=_DAY_WORDS[word])
    if not word[:1].isdigit():
        return None
    try:
        if match := _ISO.fullmatch(word):
            year, month, day = (int(part) for part in match.groups())
            return date(year, month, day)
        if match := _DAY_MONTH.fullmatch(word):
            day, month = int(match[1]), int(match[2])
            if match[3] is not None:
                year = int(match[3])
                return date(year + 2000 if year < 100 else year, month, day)
            this_year = date(today.year, month, day) if _exists(today.year, month, day) else None
            if this_year is not None and this_year >= today:
                return this_year
            return date(today.year + 1, month, day)
    except ValueError:
        raise BadDate(token) from None
    raise BadDate(token)


def read_away(typed: str, today: date) -> AwayRequest | None:
    """The request, or None when it holds no date at all; BadDate for a date that does not exist."""
    words = _TWO_WORDS.sub(lambda m: "i" + m[1], typed).split()
    days = [read_day(word, today) for word in words]
    first = next((i for i, day in enumerate(days) if day is not None), None)
    if first is None:
        return None
    starts_on = days[first]
    assert starts_on is not None
    second = days[first + 1] if first + 1 < len(days) else None
    rest = words[first + 2 :] if second is not None else words[first + 1 :]
    return AwayRequest(
        absent=" ".join(words[:first])[:MAX_NAME_LENGTH],
        starts_on=starts_on,
        ends_on=second if second is not None else starts_on,
        cover=" ".join(rest)[:MAX_NAME_LENGTH],
    )


def _exists(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True
