"""The age question of a report where teams split by age (Brønderslev: under 30 / 30 and over).

A reporter seldom knows an age: they pick the team's age group ("under 30", "30 eller ældre") or
"don't know", by button or by SMS (1, 2, 3), or write an age or a group in their own words. Only ASCII
digits count as numbers, so "²" or "٣" is no answer, and the question comes again.
"""

import re

from bot import buttons
from bot.channels import Choice
from bot.services.context import Deps
from bot.services.report_filing import UNKNOWN_AGE, age_label

MAX_AGE = 129
Age = tuple[int | None, str | None]  # (the age, or None) and (the age group, or None)

_UNKNOWN_WORDS = {
    "ved ikke",
    "ved ik",
    "vedikke",
    "ved det ikke",
    "aner det ikke",
    "aner ikke",
    "ingen anelse",
    "ikke sikker",
    "usikker",
    "spring over",
    "spring",
    "skip",
    "unknown",
    "don't know",
    "dont know",
    "do not know",
    "not sure",
    "idk",
    "?",
    "-",
}
_FILLER = r"(?:ca\.?|cirka|omkring|maaske|måske|nok|vel|about|around|maybe)?"
_PLAIN_AGE = re.compile(
    rf"{_FILLER}\s*([0-9]{{1,3}})\s*(?:år|aar|ar|years?|yrs?|y|ish|-ish)?(?: gammel| old)?"
)
_UNDER = re.compile(r"(?:under|u|<|yngre end|younger than|below)\s*([0-9]{1,3})(?:\s*(?:år|aar|ar|years?))?")
_OVER = re.compile(
    r"(?:over|>|mindst|at least)\s*([0-9]{1,3})(?:\s*(?:år|aar|ar|years?))?"
    r"|([0-9]{1,3})\s*(?:\+|år\+|aar\+|eller (?:ældre|aeldre|aldre|mere|over)|og (?:derover|op|ældre|aeldre)"
    r"|or (?:older|over|more))"
)


def age_bands(deps: Deps) -> list[tuple[int, int]]:
    """The age groups of the profile's teams, youngest first, as (lowest, highest) ages."""
    bands = {
        (team.min_age or 0, team.max_age if team.max_age is not None else 130)
        for team in deps.profile.teams
        if team.min_age is not None or team.max_age is not None
    }
    return sorted(bands)


def _groups(deps: Deps) -> list[str]:
    """What the age question offers: each age group ("18-29"), and "don't know"."""
    return [*(f"{low}-{high}" for low, high in age_bands(deps)), UNKNOWN_AGE]


def age_choices(deps: Deps, language: str) -> tuple[Choice, ...]:
    """One button per age group, and "don't know"."""
    return tuple(
        Choice(age_label(deps, group, language), buttons.age_group(group)) for group in _groups(deps)
    )


def read_age(deps: Deps, choice: str | None, text: str) -> Age | None:
    """What the answer says: (age, None), (None, group) or (None, "unknown"); None when it says nothing
    we can use."""
    groups = _groups(deps)
    if choice is not None:
        return next(((None, group) for group in groups if buttons.age_group(group) == choice), None)
    typed = " ".join(text.lower().split()).strip(" .!")
    if typed.rstrip("?! ") in _UNKNOWN_WORDS or typed in _UNKNOWN_WORDS:
        return None, UNKNOWN_AGE
    if re.fullmatch(r"[0-9]", typed) and 0 < int(typed) <= len(groups):  # a numbered choice by SMS
        return None, groups[int(typed) - 1]
    for language in deps.profile.languages:  # a label typed out: "under 30", "30 eller ældre"
        for group in groups:
            if age_label(deps, group, language).lower() == typed:
                return None, group
    if match := _UNDER.fullmatch(typed):
        return _group_of(deps, int(match.group(1)) - 1)
    if match := _OVER.fullmatch(typed):
        return _group_of(deps, int(match.group(1) or match.group(2)))
    if (match := _PLAIN_AGE.fullmatch(typed)) and int(match.group(1)) <= MAX_AGE:
        return int(match.group(1)), None
    return None


def _group_of(deps: Deps, age: int) -> Age | None:
    """The age group that takes `age` ("under 30" means 29 or younger)."""
    for low, high in age_bands(deps):
        if low <= age <= high:
            return None, f"{low}-{high}"
    return None
