"""The cadence engine bound to one municipality profile: the implementation of `bot.cadence_port`."""

from collections.abc import Sequence
from datetime import date, datetime
from functools import lru_cache

from bot.profile import Profile
from scheduling.cadence import Cadence, next_occurrence
from scheduling.cadence_parse import CADENCE_EXAMPLES, CADENCE_EXAMPLES_EN, parse_cadence
from scheduling.one_off import parse_one_off


@lru_cache(maxsize=4096)
def _stored(text: str) -> Cadence:
    """Stored cadences repeat across ticks; reading each once keeps a tick's cost in the database."""
    return parse_cadence(text)


class ProfileCadenceRules:
    """Cadences in the profile's time zone, skipping Danish public holidays when the profile says so."""

    def __init__(self, profile: Profile) -> None:
        self._tz = profile.tz
        self._skip_holidays = profile.reminders.skip_public_holidays

    def parse(self, text: str, today: date) -> Cadence:
        return parse_cadence(text, anchor=today)

    def next_due(self, cadence_text: str, after: datetime) -> datetime:
        return next_occurrence(_stored(cadence_text), after, self._tz, self._skip_holidays)

    def examples(self, language: str) -> Sequence[str]:
        return CADENCE_EXAMPLES_EN if language.startswith("en") else CADENCE_EXAMPLES

    def one_off(self, text: str, now: datetime) -> datetime | None:
        return parse_one_off(text, now, self._tz)
