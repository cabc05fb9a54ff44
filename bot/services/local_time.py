"""Dates and times as a worker reads them: the profile's zone, the day and month, the catalogs' words."""

from datetime import date, datetime

from bot import moments
from bot.office_hours import weekday_date
from bot.services.context import Deps, Turn


def local_today(turn: Turn) -> date:
    return turn.now.astimezone(turn.deps.profile.tz).date()


def when_text(turn: Turn, at: datetime) -> str:
    """A moment in words with its date, e.g. "tirsdag 24.11. kl. 10:00": a check-in is planned around it."""
    return moment_text(turn.deps, turn.language, at)


def moment_text(deps: Deps, language: str, at: datetime) -> str:
    """`when_text` in a given reader's language (a citizen's, not the worker's who acts)."""
    return weekday_date(at.astimezone(deps.profile.tz), language, deps.texts)


def day_text(day: date) -> str:
    """A date as the worker types it (`24.12.2026`), so what the bot shows can be typed back."""
    return moments.full_date(day)
