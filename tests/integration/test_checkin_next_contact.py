"""The next contact a worker is shown in `/cases` and `/checkin ALIAS`, on SQLite and PostgreSQL: the next
occurrence actually planned (a moved one included), not the cadence's next time after those already
planned. It showed "Tuesday" on a Thursday while Friday's visit was planned.

The clock starts at Monday 23 November 2026, 09:00 in Copenhagen; reminders come an hour before.
"""

from datetime import timedelta

import pytest
from sqlalchemy import Engine

from bot.crypto import Vault
from tests.fakes.clock import FakeClock
from tests.integration.scheduling_world import SUSANNE, local, team_with_citizen
from tests.integration.team import Team

HOUR = timedelta(hours=1)


@pytest.fixture
def team(migrated: Engine, vault: Vault, clock: FakeClock) -> Team:
    team = Team(migrated, vault, clock)
    team_with_citizen(team)
    team.says(SUSANNE, "/checkin Ravn tir,fre 10:00")
    return team


def test_on_thursday_cases_shows_fridays_planned_visit_not_next_tuesday(team: Team) -> None:
    team.walk(local(2026, 11, 26, 9), step=HOUR)  # Thursday: Friday's visit is planned by now

    team.says(SUSANNE, "/cases")
    cases = team.last(SUSANNE)
    team.says(SUSANNE, "/checkin ravn")
    summary = team.last(SUSANNE)

    assert "næste: fredag 27.11. kl. 10:00" in cases
    assert "Næste kontakt: fredag 27.11. kl. 10:00" in summary


def test_a_visit_moved_to_saturday_is_the_next_contact(team: Team) -> None:
    team.walk(local(2026, 11, 27, 9, 5), step=HOUR / 4)  # Friday's reminder came at 09:00
    team.presses(SUSANNE, team.reminder_buttons()["Flyt"])
    team.presses(SUSANNE, team.buttons(SUSANNE)["I morgen samme tid"])

    team.says(SUSANNE, "/cases")

    assert "næste: lørdag 28.11. kl. 10:00" in team.last(SUSANNE)


def test_with_nothing_planned_the_cadence_says_when(team: Team) -> None:
    team.says(SUSANNE, "/cases")  # Monday: Tuesday's visit is the first, not yet planned

    assert "næste: tirsdag 24.11. kl. 10:00" in team.last(SUSANNE)
