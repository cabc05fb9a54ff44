"""Scheduling: when the team's promises fall due. cadence.py holds the cadence of an agreed check-in and
its next occurrence (pure code, DST- and holiday-aware), cadence_parse.py reads a cadence as a worker types
it; the periodic jobs that ask the database what is due live beside them."""

from scheduling.cadence import (
    LAST,
    MAX_EVERY_WEEKS,
    Cadence,
    CadenceError,
    CadenceKind,
    next_occurrence,
    occurrences_between,
)
from scheduling.cadence_parse import CADENCE_EXAMPLES, CADENCE_EXAMPLES_EN, parse_cadence

__all__ = [
    "CADENCE_EXAMPLES",
    "CADENCE_EXAMPLES_EN",
    "LAST",
    "MAX_EVERY_WEEKS",
    "Cadence",
    "CadenceError",
    "CadenceKind",
    "next_occurrence",
    "occurrences_between",
    "parse_cadence",
]
