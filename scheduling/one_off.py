"""A one-off appointment as a worker types it after /checkin, beside (or instead of) a cadence:
"i morgen kl 13", "fredag 14:30", "i dag 15", "på mandag kl. 9", "næste fredag 10", "tomorrow at 13".

A day said once ("i morgen", a weekday's full name in the singular, "på tirsdag") is one day; a cadence
says it repeats ("hver tirsdag", "tirsdage", "tir,fre", "hverdage"). What is not plainly one day is left
to the cadence parser, so "tir 10" stays the weekly cadence it always was. Pure code: no clock of its own.
"""

import re
import unicodedata
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.digits import has_foreign_digits, is_ascii_digit

_RELATIVE = {
    "idag": 0,
    "today": 0,
    "imorgen": 1,
    "tomorrow": 1,
    "iovermorgen": 2,
}
_WEEKDAYS = {
    **dict.fromkeys(["mandag", "monday"], 0),
    **dict.fromkeys(["tirsdag", "tuesday"], 1),
    **dict.fromkeys(["onsdag", "wednesday"], 2),
    **dict.fromkeys(["torsdag", "thursday"], 3),
    **dict.fromkeys(["fredag", "friday"], 4),
    **dict.fromkeys(["lørdag", "lordag", "loerdag", "saturday"], 5),
    **dict.fromkeys(["søndag", "sondag", "soendag", "sunday"], 6),
}
_ON = {"på", "pa", "paa", "on"}
_NEXT = {"næste", "naeste", "naste", "next"}
_AT = {"kl", "klokken", "at"}
_WORD = re.compile(r"[^\W\d_]+|[0-9]{1,2}(?:[:.][0-9]{2})?")


def parse_one_off(text: str, now: datetime, zone: ZoneInfo) -> datetime | None:
    """The moment meant (aware, UTC), the first such moment after `now`'s local day began; None when the
    text is not one day and a time (perhaps a cadence). The caller refuses a moment already past."""
    if has_foreign_digits(text):
        return None  # "i morgen ²" is no time (and `int("²")` would raise): the cadence's answer says so
    words = _WORD.findall(unicodedata.normalize("NFC", text.lower()))
    words = _joined_relative(words)
    if not words or not is_ascii_digit(words[-1][0]):
        return None
    clock = _clock(words[-1])
    words = [word for word in words[:-1] if word not in _AT]
    if clock is None or not words:
        return None
    today = now.astimezone(zone).date()
    day = _day(words, today, clock, now, zone)
    if day is None:
        return None
    return datetime.combine(day, clock, tzinfo=zone).astimezone(UTC)


def _joined_relative(words: list[str]) -> list[str]:
    """ "i morgen" and "i overmorgen" as one word, as they are often typed ("imorgen")."""
    if len(words) >= 2 and words[0] == "i" and "i" + words[1] in _RELATIVE:
        return ["i" + words[1], *words[2:]]
    return words


def _clock(word: str) -> time | None:
    hour, _, minute = word.replace(".", ":").partition(":")
    h, m = int(hour), int(minute or 0)
    return time(h, m) if h < 24 and m < 60 else None


def _day(words: list[str], today: date, clock: time, now: datetime, zone: ZoneInfo) -> date | None:
    if len(words) == 1 and words[0] in _RELATIVE:
        return today + timedelta(days=_RELATIVE[words[0]])
    *prefix, name = words
    if name not in _WEEKDAYS or len(prefix) > 1 or (prefix and prefix[0] not in _ON | _NEXT):
        return None
    ahead = (_WEEKDAYS[name] - today.weekday()) % 7
    later_today = datetime.combine(today, clock, tzinfo=zone) > now
    if ahead == 0 and (prefix and prefix[0] in _NEXT or not later_today):
        ahead = 7  # "fredag" said on a Friday after its time, or "næste fredag": a week on
    return today + timedelta(days=ahead)
