"""Reading a cadence as a worker types it after /checkin: Danish first, English too.

Forgiving about case, spaces, commas, "kl." and Danish letters typed as ASCII, strict about every word it
does not know: a typo must be answered with examples, never stored as an agreement nobody made.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, time

from bot.digits import has_foreign_digits
from scheduling.cadence import LAST, MAX_EVERY_WEEKS, Cadence, CadenceError, CadenceKind

# Shown to a worker whose cadence was not understood (the wording around them lives in the catalogs).
CADENCE_EXAMPLES = [
    "tir,fre 10:00",
    "hver 2. uge man 09:30",
    "1. man i måneden 13:00",
    "den 15. hver måned 11:00",
    "hverdage 8:00",
    "sidste fre i måneden 10:00",
]
CADENCE_EXAMPLES_EN = [
    "tue,fri 10:00",
    "every 2 weeks mon 09:30",
    "first mon of the month 13:00",
    "15th of every month 11:00",
    "weekdays 8:00",
    "last fri of the month 10:00",
]

_MAX_LENGTH = 200  # the longest sensible cadence is a fifth of this; garbage is refused before any work

_TOKEN = re.compile(
    r"(?P<date>[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})"
    r"|(?P<time>[0-9]{1,2}[:.][0-9]{2})(?![0-9])"
    r"|(?P<number>[0-9]+)(?P<suffix>\.|(?:st|nd|rd|th)\b)?"
    r"|(?P<word>[^\W\d_]+)\.?"
    r"|(?P<dash>[-–—])"
    r"|(?P<space>[\s,;/&+.]+)"
)


def _weekday_words() -> dict[str, int]:
    """Every way of writing a weekday: names, plurals ("tirsdage", "fridays"), abbreviations, and the
    Danish letters typed as ASCII ("lordag", "soen")."""
    words: dict[str, int] = {}
    names = [
        (("mandag",), "monday", ("man", "mon")),
        (("tirsdag",), "tuesday", ("tir", "tirs", "tue", "tues")),
        (("onsdag",), "wednesday", ("ons", "wed", "weds")),
        (("torsdag",), "thursday", ("tor", "tors", "thu", "thur", "thurs")),
        (("fredag",), "friday", ("fre", "fri")),
        (("lørdag", "lordag", "loerdag"), "saturday", ("lør", "lor", "loer", "sat")),
        (("søndag", "sondag", "soendag"), "sunday", ("søn", "son", "soen", "sun")),
    ]
    for day, (danish, english, short) in enumerate(names):
        words.update({name + ending: day for name in danish for ending in ("", "e", "en", "ene")})
        words.update({english: day, english + "s": day, **dict.fromkeys(short, day)})
    return words


_WEEKDAYS = _weekday_words()
_DAY_GROUPS = {
    **dict.fromkeys(["hverdag", "hverdage", "hverdagene", "weekday", "weekdays", "workdays"], range(5)),
    **dict.fromkeys(["weekend", "weekenden", "weekender", "weekends"], range(5, 7)),
    **dict.fromkeys(["dagligt", "daglig", "daily"], range(7)),
}
_ORDINALS = {
    **dict.fromkeys(["første", "forste", "foerste", "first"], 1),
    **dict.fromkeys(["anden", "andet", "second"], 2),
    **dict.fromkeys(["tredje", "third"], 3),
    **dict.fromkeys(["fjerde", "fourth"], 4),
    **dict.fromkeys(["femte", "fifth"], 5),
    **dict.fromkeys(["sidste", "last"], LAST),
}
_EVERY_ORDINALS = {**_ORDINALS, "other": 2}  # "every other week"
_WEEK = {"uge", "uger", "ugen", "week", "weeks"}
_DAY = {"dag", "dage", "dagen", "day", "days"}
_MONTH = {"måned", "måneden", "måneder", "maaned", "maaneden", "maned", "maneden", "month", "months"}
_MONTHLY = _MONTH | {"månedlig", "månedligt", "maanedligt", "manedligt", "monthly"}
_EVERY = {"hver", "hvert", "alle", "every", "each"}
_RANGE = {"til", "to", "through", "thru"}
_FILLER = {"og", "and", "i", "in", "of", "the", "on", "på", "pa", "paa", "om", "den", "d"}
_TIME_MARKERS = {"kl", "klokken", "at"}
_START_MARKERS = {"fra", "from", "starting", "start"}


@dataclass(frozen=True)
class _Token:
    kind: str  # date, time, number, word or dash
    text: str
    ordinal: bool = False  # a number written as one: "2.", "2nd"


@dataclass
class _Reading:
    """What the words said so far; `cadence` decides whether it adds up to one cadence."""

    weekdays: set[int] = field(default_factory=set)
    every_weeks: int | None = None
    monthly: bool = False
    nth: tuple[int, int] | None = None  # (1-4 or LAST, weekday)
    day: int | None = None

    def set_every(self, weeks: int) -> None:
        if self.every_weeks is not None:
            raise CadenceError("the week interval is given twice")
        self.every_weeks = weeks


def parse_cadence(text: str, anchor: date | None = None) -> Cadence:
    """The Cadence in `text`, or CadenceError with a short English detail.

    `anchor` is the local date the agreement is made: every N weeks counts from the week of the first
    chosen weekday on or after it. A start date in the text ("fra 2026-01-05", as `Cadence.text` writes
    it) takes precedence, so a stored cadence reads back unchanged.
    """
    tokens = _tokens(text)
    start, tokens = _take_start(tokens)
    at, tokens = _take_time(tokens)
    reading = _Reading()
    index = 0
    while index < len(tokens):
        index = _read_phrase(tokens, index, reading)
    return _cadence(reading, at, start or anchor)


def _tokens(text: str) -> list[_Token]:
    if len(text) > _MAX_LENGTH:
        raise CadenceError(f"too long for a cadence (over {_MAX_LENGTH} characters)")
    if has_foreign_digits(text):  # NFKC would make "①" a 1, "²" a 2: numbers are typed 0–9
        raise CadenceError("a number written with other digits than 0–9")
    text = unicodedata.normalize("NFKC", text).lower()
    tokens: list[_Token] = []
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            raise CadenceError(f"unexpected character {text[position]!r}")
        position = match.end()
        kind = match.lastgroup if match.lastgroup != "suffix" else "number"
        if kind is None or kind == "space":
            continue
        value = match.group(kind)
        if kind == "number" and len(value) > 4:
            raise CadenceError("a number too long for a cadence")
        tokens.append(_Token(kind, value, ordinal=match.group("suffix") is not None))
    if not tokens:
        raise CadenceError("empty cadence")
    return tokens


def _take_time(tokens: list[_Token]) -> tuple[time, list[_Token]]:
    """The one time of day: after "kl."/"at", or written with a colon or dot, or a bare last number."""
    if any(token.text in ("am", "pm") for token in tokens):
        raise CadenceError("use the 24-hour clock, like 08:00 or 20:00")
    picks: list[tuple[int, int]] = []
    for index, token in enumerate(tokens):
        if token.kind == "word" and token.text in _TIME_MARKERS:
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if following is None or following.kind not in ("time", "number"):
                raise CadenceError(f"a time must follow {token.text!r}")
            picks.append((index, 2))
        elif token.kind == "time" and not (picks and picks[-1][0] + picks[-1][1] > index):
            picks.append((index, 1))
    if not picks and tokens and tokens[-1].kind == "number" and not tokens[-1].ordinal:
        picks.append((len(tokens) - 1, 1))
    if not picks:
        raise CadenceError("no time of day (like 10:00)")
    if len(picks) > 1:
        raise CadenceError("more than one time of day")
    start, count = picks[0]
    hour, _, minute = tokens[start + count - 1].text.replace(".", ":").partition(":")
    if int(hour) > 23 or (minute and (len(minute) != 2 or int(minute) > 59)):
        raise CadenceError("a time of day is 00:00 to 23:59")
    return time(int(hour), int(minute or 0)), tokens[:start] + tokens[start + count :]


def _take_start(tokens: list[_Token]) -> tuple[date | None, list[_Token]]:
    """The start date for every N weeks, written 2026-01-05, optionally after "fra"/"from"."""
    found = [index for index, token in enumerate(tokens) if token.kind == "date"]
    if not found:
        return None, tokens
    if len(found) > 1:
        raise CadenceError("more than one start date")
    index = found[0]
    year, month, day = (int(part) for part in tokens[index].text.split("-"))
    try:
        start = date(year, month, day)
    except ValueError:
        raise CadenceError(f"no such date: {tokens[index].text}") from None
    first = index - 1 if index and tokens[index - 1].text in _START_MARKERS else index
    return start, tokens[:first] + tokens[index + 1 :]


def _word(tokens: list[_Token], index: int) -> str:
    """The word at `index`, or "" past the end or for a number, time or dash."""
    return tokens[index].text if index < len(tokens) and tokens[index].kind == "word" else ""


def _ordinal(tokens: list[_Token], index: int, words: dict[str, int] = _ORDINALS) -> int | None:
    """The number or ordinal word at `index` ("2", "2.", "2nd", "anden", "sidste" = LAST), else None."""
    if index >= len(tokens):
        return None
    token = tokens[index]
    if token.kind == "number":
        return int(token.text)
    return words.get(token.text) if token.kind == "word" else None


def _read_phrase(tokens: list[_Token], index: int, reading: _Reading) -> int:
    """Reads the phrase starting at `index` into `reading`; returns where the next one starts."""
    word = _word(tokens, index)
    if word in _FILLER:
        return index + 1
    if word in _EVERY:
        return _read_every(tokens, index + 1, reading)
    if word in _WEEKDAYS:
        return _read_weekdays(tokens, index, reading)
    if word in _DAY_GROUPS:
        reading.weekdays.update(_DAY_GROUPS[word])
        return index + 1
    if word in _MONTHLY:
        reading.monthly = True
        return index + 1
    if word in ("ugentlig", "ugentligt", "weekly", "fortnight", "fortnightly"):
        reading.set_every(2 if word.startswith("fortnight") else 1)
        return index + 1
    number = _ordinal(tokens, index)
    if number is not None:
        return _read_ordinal(tokens, index, number, reading)
    if word in _START_MARKERS:
        raise CadenceError("write a start date as 2026-01-05")
    if tokens[index].kind == "dash":
        raise CadenceError("a range needs a weekday on both sides, like man-ons")
    raise CadenceError(f"unknown word {tokens[index].text[:20]!r}")


def _read_every(tokens: list[_Token], index: int, reading: _Reading) -> int:
    """After "hver"/"every": an interval ("2. uge", "anden uge", "14. dag"), "dag", "måned", or nothing
    more than a weekday or group that the next phrase reads ("hver tirsdag", "alle hverdage")."""
    count = _ordinal(tokens, index, _EVERY_ORDINALS)
    unit = _word(tokens, index + 1 if count is not None else index)
    if count is None:
        if unit in _WEEK:
            reading.set_every(1)
        elif unit in _DAY:
            reading.weekdays.update(range(7))
        else:
            return index  # "hver måned", "hver tirsdag": the next phrase reads it
        return index + 1
    if unit in _WEEKDAYS and any(token.text in _MONTHLY for token in tokens):
        return index  # "hver 1. mandag i måneden": the Nth weekday, read next
    if count == LAST:
        raise CadenceError("'hver sidste' needs 'i måneden' / 'of the month'")
    if unit in _WEEKDAYS:  # "hver anden tirsdag", "every other friday"
        reading.set_every(count)
        return index + 1
    if unit in _WEEK:
        reading.set_every(count)
    elif unit in _DAY and count % 7 == 0:  # "hver 14. dag"
        reading.set_every(count // 7)
    elif unit in _DAY:
        raise CadenceError("every N days only in whole weeks, like 'hver 14. dag'")
    else:
        raise CadenceError("every N what? Write 'hver 2. uge' / 'every 2 weeks'")
    return index + 2


def _read_weekdays(tokens: list[_Token], index: int, reading: _Reading) -> int:
    """A weekday, or a range ("man-ons", "fre til man" wraps round the weekend)."""
    first = _WEEKDAYS[tokens[index].text]
    joined = index + 1 < len(tokens) and (
        tokens[index + 1].kind == "dash" or _word(tokens, index + 1) in _RANGE
    )
    if joined and _word(tokens, index + 2) in _WEEKDAYS:
        last = _WEEKDAYS[tokens[index + 2].text]
        reading.weekdays.update((first + step) % 7 for step in range((last - first) % 7 + 1))
        return index + 3
    reading.weekdays.add(first)
    return index + 1


def _read_ordinal(tokens: list[_Token], index: int, number: int, reading: _Reading) -> int:
    """ "1. man"/"last fri" (the Nth weekday), or "15."/"first" (a day of the month)."""
    following = _word(tokens, index + 1)
    if following in _WEEKDAYS:
        if reading.nth is not None:
            raise CadenceError("only one Nth weekday of the month")
        reading.nth = (number, _WEEKDAYS[following])
        return index + 2
    if following in _WEEK:
        raise CadenceError("every N weeks is written 'hver 2. uge' / 'every 2 weeks'")
    if reading.day is not None:
        raise CadenceError("only one day of the month")
    reading.day = 31 if number == LAST else number  # the last day: 31, cut to the month's length
    return index + 2 if following in _DAY else index + 1


def _cadence(reading: _Reading, at: time, anchor: date | None) -> Cadence:
    if reading.monthly:
        if reading.every_weeks is not None:
            raise CadenceError("a monthly cadence does not skip weeks")
        if reading.nth is not None:
            nth, weekday = reading.nth
            if reading.weekdays or reading.day is not None:
                raise CadenceError("the Nth weekday of the month takes one weekday")
            if nth not in (1, 2, 3, 4, LAST):
                raise CadenceError("the Nth weekday is the 1st to 4th or the last (sidste / last)")
            return Cadence(CadenceKind.NTH_WEEKDAY, at, frozenset({weekday}), nth=nth)
        if reading.day is None or reading.weekdays:
            raise CadenceError("which day of the month? Like 'den 15. hver måned' / '15th of every month'")
        if not 1 <= reading.day <= 31:
            raise CadenceError("a day of the month is 1 to 31")
        return Cadence(CadenceKind.DAY_OF_MONTH, at, day=reading.day)
    if reading.nth is not None or reading.day is not None:
        raise CadenceError("a day or Nth weekday needs 'i måneden' / 'of the month'")
    if not reading.weekdays:
        raise CadenceError("which weekdays? Like 'tir,fre' / 'tue,fri'")
    every = 1 if reading.every_weeks is None else reading.every_weeks
    if not 1 <= every <= MAX_EVERY_WEEKS:
        raise CadenceError(f"every 1 to {MAX_EVERY_WEEKS} weeks")
    if every > 1 and anchor is None:
        raise CadenceError("every N weeks needs a start date (the anchor)")
    return Cadence(CadenceKind.WEEKLY, at, frozenset(reading.weekdays), every_weeks=every, anchor=anchor)
