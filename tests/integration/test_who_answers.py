"""A citizen's message and the reminder of their check-in reach the same person, whoever is away: both ask
the one rule (bot/policy/who_answers.py). On SQLite and PostgreSQL, through `receive` and the scheduler.

Susanne is Ravn's worker, Vivian a colleague, Lene the team lead; Ravn's check-in is Tuesday 24 November
2026 at 10:00, reminded of at 09:00.
"""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, select

from bot.crypto import Vault
from bot.models import Worker
from tests.fakes.clock import FakeClock
from tests.integration.scheduling_world import CITIZEN, LEAD, SUSANNE, VIVIAN, World, team_with_citizen

TUESDAY = date(2026, 11, 24)
EVERYONE = {SUSANNE: "Susanne", VIVIAN: "Vivian", LEAD: "Lene"}


def local(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, 24, hour, minute, tzinfo=ZoneInfo("Europe/Copenhagen")).astimezone(UTC)


CASES = [
    # (case, who is away and whom they named, is Lene on duty, who answers)
    ("all at work", {}, True, {SUSANNE}),
    ("Susanne away, Vivian covers", {"Susanne": "Vivian"}, True, {VIVIAN}),
    ("Susanne away, no cover named: the colleagues on duty", {"Susanne": None}, True, {VIVIAN, LEAD}),
    (
        "Susanne away, her cover away too: the colleague on duty",
        {"Susanne": "Vivian", "Vivian": None},
        True,
        {LEAD},
    ),
    (
        "Christmas: worker and cover away, nobody on duty: the lead",
        {"Susanne": "Vivian", "Vivian": None},
        False,
        {LEAD},
    ),
    (
        "nobody at work: the on-duty workers even though away",
        {"Susanne": "Vivian", "Vivian": None, "Lene": None},
        False,
        {SUSANNE, VIVIAN},
    ),
]


@pytest.mark.parametrize(
    ("away", "lead_on_duty", "answer"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_the_citizens_message_and_the_reminder_reach_the_same_person(
    migrated: Engine,
    vault: Vault,
    clock: FakeClock,
    away: dict[str, str | None],
    lead_on_duty: bool,
    answer: set[str],
) -> None:
    world = World(migrated, vault, clock)
    team_with_citizen(world)
    with world.deps.new_uow() as uow:
        uow.session.scalars(select(Worker).where(Worker.name == "Lene")).one().on_duty = lead_on_duty
        uow.commit()
    world.agree("Ravn", "tir 10:00")
    for name, cover in away.items():
        world.away(name, TUESDAY, TUESDAY, cover=cover)

    world.walk(local(9, 30))
    world.says(CITIZEN, "hallo, kommer du i dag?")

    relayed = {
        who for who in EVERYONE if any(t.endswith("\nhallo, kommer du i dag?") for _, t, _ in world.sent(who))
    }
    reminded = {who for who in EVERYONE if any("Ravn" in t for _, t, _ in world.checkin_reminders(who))}
    assert relayed == reminded == answer
