"""Reading what follows `/away`: `[NAME] FROM [TO] [COLLEAGUE]`, dates as a Danish worker types them.

`24.12`, `24/12`, `24.12.2026`, `2026-12-24`, `i dag`/`today`, `i morgen`/`tomorrow`; between two dates
`til`, `-` or nothing (`24.12-31.12` too). A date without a year is the next such day from today (`5.1`
typed in December is next January).
"""

import re
from dataclasses import dataclass
from datetime import date, timedelta

from bot.digits import has_foreign_digits, is_ascii_digit

_DAY_WORDS = {"idag": 0, "today": 0, "imorgen": 1, "tomorrow": 1, "iovermorgen": 2}
_TWO_WORDS = re.compile(r"\bi\s+(dag|morgen|overmorgen)\b", re.IGNORECASE)
_DAY_MONTH = re.compile(r"([0-9]{1,2})[./]([0-9]{1,2})(?:[./]([0-9]{2}|[0-9]{4}))?\.?")
_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_RANGE = re.compile(r"([0-9][0-9./]*)[-–]([0-9][0-9./]*)")  # 24.12-31.12 (2026-12-24 is one ISO date)
_RANGE_WORDS = {"-", "–", "til", "to", "until"}
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
    if has_foreign_digits(word):
        raise BadDate(token)  # "²³.¹²" is meant as a date, but not one we read: the worker is told
    if not is_ascii_digit(word[:1]):
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
    words = _words(typed)
    days = [read_day(word, today) for word in words]
    first = next((i for i, day in enumerate(days) if day is not None), None)
    if first is None:
        return None
    starts_on = days[first]
    assert starts_on is not None
    after = first + 1
    if after + 1 < len(words) and words[after].lower() in _RANGE_WORDS and days[after + 1] is not None:
        after += 1  # "24.12 til 31.12", "24.12 - 31.12"
    second = days[after] if after < len(days) else None
    rest = words[after + 1 :] if second is not None else words[first + 1 :]
    return AwayRequest(
        absent=" ".join(words[:first])[:MAX_NAME_LENGTH],
        starts_on=starts_on,
        ends_on=second if second is not None else starts_on,
        cover=" ".join(rest)[:MAX_NAME_LENGTH],
    )


def _words(typed: str) -> list[str]:
    """The words, with "i dag" as one word and a range typed as one ("24.12-31.12") as two dates."""
    words: list[str] = []
    for word in _TWO_WORDS.sub(lambda m: "i" + m[1], typed).split():
        match = _RANGE.fullmatch(word)
        words.extend((match[1], match[2]) if match and not _ISO.fullmatch(word) else (word,))
    return words


def _exists(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True
