"""Reading a one-off appointment as a worker types it after /checkin; what is a cadence stays one.

The clock stands at Wednesday 9 December 2026, 09:00 in Copenhagen."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from scheduling import parse_cadence
from scheduling.one_off import parse_one_off

ZONE = ZoneInfo("Europe/Copenhagen")
NOW = datetime(2026, 12, 9, 9, 0, tzinfo=ZONE).astimezone(UTC)


def local(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=ZONE).astimezone(UTC)


READS_AS = [
    ("i morgen kl 13", local(10, 13)),
    ("imorgen 13", local(10, 13)),
    ("i morgen kl. 13.30", local(10, 13, 30)),
    ("I MORGEN KLOKKEN 8", local(10, 8)),
    ("i dag 15", local(9, 15)),
    ("idag kl 16:45", local(9, 16, 45)),
    ("i overmorgen 10", local(11, 10)),
    ("fredag 14:30", local(11, 14, 30)),
    ("Fredag kl 14.30", local(11, 14, 30)),
    ("på fredag kl. 9", local(11, 9)),
    ("paa mandag 10", local(14, 10)),
    ("lordag 11", local(12, 11)),
    ("onsdag 15", local(9, 15)),  # today, later on
    ("onsdag 8", local(16, 8)),  # today's 08:00 is past: next Wednesday
    ("næste onsdag 15", local(16, 15)),
    ("naeste fredag 10", local(11, 10)),
    ("tomorrow at 13", local(10, 13)),
    ("on friday at 14:30", local(11, 14, 30)),
    ("i dag kl 8", local(9, 8)),  # past: the caller says so rather than guessing
]


@pytest.mark.parametrize(("text", "expected"), READS_AS)
def test_a_one_off_as_a_worker_types_it_reads_as_that_moment(text: str, expected: datetime) -> None:
    assert parse_one_off(text, NOW, ZONE) == expected


CADENCES = [
    "tir 10",
    "tir,fre 10:00",
    "hver tirsdag kl. 10.",
    "tirsdage 10",
    "tirsdag og fredag kl. 10",
    "hverdage 8:00",
    "hver dag 10:00",
    "dagligt kl. 0:00",
    "søn 23:59",
    "lørdag og søndag 11",
    "LOERDAG , SOEN 11:15",
    "hver 2. uge man 09:30",
    "1. man i måneden 13:00",
    "den 15. hver måned 11:00",
    "every Tuesday and Friday at 14:30",
]


@pytest.mark.parametrize("text", CADENCES)
def test_a_cadence_is_not_taken_for_a_one_off(text: str) -> None:
    assert parse_one_off(text, NOW, ZONE) is None
    assert parse_cadence(text, anchor=NOW.date()).text


NEITHER = ["i morgen", "fredag", "i morgen kl 25", "fredag 14:61", "blah 13", "i går 13", "", "13", "i 13"]


@pytest.mark.parametrize("text", NEITHER)
def test_half_a_one_off_is_not_one(text: str) -> None:
    assert parse_one_off(text, NOW, ZONE) is None
