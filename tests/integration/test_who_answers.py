"""A citizen's message and the reminder of their check-in reach the same person, whoever is away: both ask
the one rule (bot/policy/who_answers.py). On SQLite and PostgreSQL, through `receive` and the scheduler.

Susanne is Ravn's worker, Vivian a colleague, Lene the team lead; Ravn's check-in is Tuesday 24 November
2026 at 10:00, reminded of at 09:00. What has no worker of its own (a stranger's crisis, a new concern
report) asks the same rule for the team, and a reporter's follow-up asks it for the worker who took the
report.
"""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, select

from bot.crypto import Vault
from bot.models import Worker
from tests.fakes.clock import FakeClock
from tests.integration.scheduling_world import CITIZEN, LEAD, SUSANNE, VIVIAN, World, team_with_citizen
from tests.integration.team import Team

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


# --- messages for the team with no worker of their own: a stranger's crisis, a new concern report --------
STRANGER, NEIGHBOUR = "3003", "777000123"
MONDAY = date(2026, 11, 23)  # the clock's first day, in office hours
ON_DUTY = {SUSANNE: "Susanne", VIVIAN: "Vivian"}  # Lene leads and is not on duty here

TEAM_CASES = [
    # (case, who is away, who is told)
    ("one on duty away: the colleague on duty who is at work", ["Susanne"], {VIVIAN}),
    ("everyone on duty away: the lead", ["Susanne", "Vivian"], {LEAD}),
    (
        "nobody at work: the on-duty workers even though away, nothing dropped",
        ["Susanne", "Vivian", "Lene"],
        set(ON_DUTY),
    ),
]


def team_today(team: Team, away: list[str]) -> Team:
    with team.deps.new_uow() as uow:
        uow.session.scalars(select(Worker).where(Worker.name == "Lene")).one().on_duty = False
        uow.commit()
    for name in away:
        team.away(name, MONDAY, MONDAY)
    return team


def file_report(team: Team, anonymous: bool = True) -> None:
    team.says(NEIGHBOUR, "/bekymring")
    team.says(NEIGHBOUR, "der sover en mand i opgangen hver nat nu")
    team.says(NEIGHBOUR, "opgang 4")
    team.presses(NEIGHBOUR, "urg:this_week")
    team.presses(NEIGHBOUR, "cat:neighbour")
    team.presses(NEIGHBOUR, "anon:yes" if anonymous else "anon:no")
    if not anonymous:
        team.presses(NEIGHBOUR, "contact:chat")


def told(team: Team, kind: str) -> set[str]:
    return {address for address in EVERYONE if any(q.kind == kind for q in team.queued(address))}


@pytest.mark.parametrize(("away", "answer"), [c[1:] for c in TEAM_CASES], ids=[c[0] for c in TEAM_CASES])
def test_a_strangers_crisis_alert_reaches_whoever_answers_for_the_team(
    team: Team, away: list[str], answer: set[str]
) -> None:
    team_today(team, away)

    team.says(STRANGER, "jeg vil ikke leve mere")

    assert told(team, "alert") == answer
    relayed = {who for who in EVERYONE if any("jeg vil ikke leve mere" in t for t in team.received(who))}
    assert relayed == answer  # the message itself, as a new contact's, reaches the same people


@pytest.mark.parametrize(("away", "answer"), [c[1:] for c in TEAM_CASES], ids=[c[0] for c in TEAM_CASES])
def test_a_new_reports_alert_reaches_whoever_answers_for_the_team(
    team: Team, away: list[str], answer: set[str]
) -> None:
    team_today(team, away)

    file_report(team)

    assert told(team, "report") == answer
    for address in answer:
        assert "der sover en mand i opgangen" in team.last(address)
        assert "report:take:1" in team.buttons(address).values()


def test_a_reporters_follow_up_reaches_the_cover_while_the_worker_who_took_the_report_is_away(
    team: Team,
) -> None:
    file_report(team, anonymous=False)
    team.presses(SUSANNE, "report:take:1")
    team.presses(SUSANNE, "report:answer:1")
    team.says(SUSANNE, "Vi kigger forbi i aften. Ved du hvad han hedder?")
    team.away("Susanne", MONDAY, MONDAY, cover="Vivian")
    before = {address: len(team.received(address)) for address in EVERYONE}

    team.says(NEIGHBOUR, "han hedder vist Ole")

    got = {address for address in EVERYONE if len(team.received(address)) > before[address]}
    assert got == {VIVIAN}
    assert "henvendelse 1" in team.last(VIVIAN) and "han hedder vist Ole" in team.last(VIVIAN)
