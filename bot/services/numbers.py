"""The numbers and hours people are given: 112, the region's lægevagt, Livslinien, the team's hours."""

from datetime import datetime

from bot.office_hours import describe_hours, describe_opening, is_open, next_opening
from bot.profile import EMERGENCY_NUMBER, LIVSLINIEN_NUMBER, REGIONS
from bot.services.context import Deps


def number_params(deps: Deps, language: str) -> dict[str, object]:
    """Placeholders every safety text may use."""
    profile = deps.profile
    region = REGIONS[profile.region]
    return {
        "emergency": EMERGENCY_NUMBER,
        "laegevagt_name": region.service,
        "laegevagt": region.phone,
        "livslinien": LIVSLINIEN_NUMBER,
        "team_phone": profile.contact.phone or "",
        "hours": describe_hours(profile, language),
    }


def help_text(deps: Deps, language: str) -> str:
    """The numbers for now; the team's line only with a team phone to call (never "Teamet:  (…)")."""
    key = "help.numbers" if deps.profile.contact.phone else "help.numbers.no_phone"
    return deps.text(key, language, **number_params(deps, language))


def team_is_open(deps: Deps, now: datetime) -> bool:
    return is_open(deps.profile, now)


def closed_text(deps: Deps, language: str, now: datetime) -> str:
    """The out-of-hours answer: when the team is back, and whom to call until then."""
    back = describe_opening(next_opening(deps.profile, now), language, now=now)
    return deps.text("office.closed", language, back=back, **number_params(deps, language))
