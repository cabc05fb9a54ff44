"""Dates and times as a worker reads them: the profile's zone, the day and month, the catalogs' words.

Also the guard every button needs: an id read from callback data, which anyone can forge.
"""

from datetime import date, datetime

from bot import moments
from bot.office_hours import weekday_date
from bot.services.context import Deps, Turn

MAX_ROW_ID = 2**31 - 1  # an integer column's range: a forged 30-digit id must not reach the database


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


def row_id(text: str) -> int | None:
    """The id in a button's data, or None when it is not one (letters, sign, far too large)."""
    if not text.isascii() or not text.isdigit() or len(text) > 10:
        return None
    number = int(text)
    return number if 0 < number <= MAX_ROW_ID else None
