"""What the core needs to know about cadences, without importing scheduling/ (DESIGN.md's one rule).

The composition root (bot/app.py) hands the services an implementation bound to the profile's time zone
and holiday rule (`scheduling.rules.ProfileCadenceRules`); services parse what a worker typed and ask when
an agreement is next due through this port only.
"""

from collections.abc import Sequence
from datetime import date, datetime
from typing import Protocol


class AgreedCadence(Protocol):
    """A cadence a worker agreed: its stored form and its wording for people."""

    @property
    def text(self) -> str: ...

    def describe(self, language: str) -> str: ...


class CadenceRules(Protocol):
    """Reading cadences and computing due times, in the profile's zone and holiday rule."""

    def parse(self, text: str, today: date) -> AgreedCadence:
        """The cadence in `text` (ValueError with a short English detail when it cannot be read)."""
        ...

    def next_due(self, cadence_text: str, after: datetime) -> datetime:
        """The first occurrence of a stored cadence strictly after `after` (aware UTC)."""
        ...

    def examples(self, language: str) -> Sequence[str]:
        """Valid cadences to show a worker whose cadence was not understood."""
        ...

    def one_off(self, text: str, now: datetime) -> datetime | None:
        """The moment of a one-off appointment in `text` ("i morgen kl 13", "fredag 14:30"), which may
        be past; None when `text` is not one (a cadence, perhaps)."""
        ...
