"""After a move or a mark, on SQLite and PostgreSQL: a citizen who was told "see you tomorrow at 10:00"
can be sent the new time with one tap, and a "not reached" (or "done") tapped by mistake can be taken
back, the check-in and the team's figures as they were.

The clock starts at Monday 23 November 2026, 09:00 in Copenhagen; reminders come an hour before.
"""

from datetime import date, timedelta

import pytest
from sqlalchemy import Engine

from bot.crypto import Vault
from bot.models.enums import Channel
from bot.services.stats import period_stats
from tests.fakes.clock import FakeClock
from tests.integration.scheduling_world import CITIZEN_SMS, LEAD, SUSANNE, local, team_with_citizen
from tests.integration.team import Team
from tests.unit.test_i18n import GSM7, GSM7_EXTENSION, septets

HOUR = timedelta(hours=1)


@pytest.fixture
def team(migrated: Engine, vault: Vault, clock: FakeClock) -> Team:
    """Ravn writes by SMS and asked for reminders; his visit is on Tuesday at 10:00."""
    team = Team(migrated, vault, clock)
    team_with_citizen(team, channel=Channel.SMS)
    team.says(SUSANNE, "/checkin Ravn tir 10:00")
    team.presses(SUSANNE, next(d for label, d in team.buttons(SUSANNE).items() if "Hjemmebesøg" in label))
    team.presses(SUSANNE, team.buttons(SUSANNE)["Ja"])
    return team


def move_to_wednesday(team: Team) -> None:
    """Tuesday's reminder came at 09:00; Susanne moves the visit to Wednesday, same time."""
    team.walk(local(2026, 11, 24, 9, 5))
    team.presses(SUSANNE, team.reminder_buttons()["Flyt"])
    team.presses(SUSANNE, team.buttons(SUSANNE)["I morgen samme tid"])


# --- send the new time ----------------------------------------------------------------------------------


def test_after_a_move_the_citizen_told_see_you_tomorrow_can_be_sent_the_new_time(team: Team) -> None:
    move_to_wednesday(team)
    assert team.received(CITIZEN_SMS)[-1] == "Husk: vi ses i morgen kl. 10:00. /Susanne"  # Monday's

    team.presses(SUSANNE, team.buttons(SUSANNE)["Send den nye tid til Ravn"])

    told = team.received(CITIZEN_SMS)[-1]
    assert told == "Ny tid: vi ses onsdag 25.11. kl. 10:00. /Susanne"
    assert set(told) <= GSM7 | GSM7_EXTENSION and septets(told) <= 160
    assert team.last(SUSANNE) == f"Sendt til Ravn: {told}"


def test_tapping_send_the_new_time_twice_texts_the_citizen_once(team: Team) -> None:
    move_to_wednesday(team)
    tell = team.buttons(SUSANNE)["Send den nye tid til Ravn"]
    before = len(team.received(CITIZEN_SMS))

    team.presses(SUSANNE, tell)
    team.presses(SUSANNE, tell)

    assert len(team.received(CITIZEN_SMS)) == before + 1
    assert team.last(SUSANNE) == "Ravn har allerede fået den nye tid."


def test_the_new_time_of_a_visit_moved_again_since_is_not_sent(team: Team) -> None:
    move_to_wednesday(team)
    stale = team.buttons(SUSANNE)["Send den nye tid til Ravn"]
    team.walk(local(2026, 11, 25, 9, 5))  # Wednesday's reminder: moved once more
    team.presses(SUSANNE, team.reminder_buttons()["Flyt"])
    team.presses(SUSANNE, team.buttons(SUSANNE)["Næste uge samme tid"])
    before = len(team.received(CITIZEN_SMS))

    team.presses(SUSANNE, stale)

    assert len(team.received(CITIZEN_SMS)) == before
    assert "ikke længere planlagt" in team.last(SUSANNE)


def test_a_citizen_who_gets_no_reminders_is_not_offered_the_new_time(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    team = Team(migrated, vault, clock)
    team_with_citizen(team, channel=Channel.SMS)
    team.says(SUSANNE, "/checkin Ravn tir 10:00")
    move_to_wednesday(team)

    assert "Flyttet" in team.last(SUSANNE)
    assert team.buttons(SUSANNE) == {}


def test_a_citizen_who_sent_stop_after_the_move_gets_nothing(team: Team) -> None:
    move_to_wednesday(team)
    tell = team.buttons(SUSANNE)["Send den nye tid til Ravn"]
    team.says(CITIZEN_SMS, "stop", channel=Channel.SMS)
    before = len(team.received(CITIZEN_SMS))

    team.presses(SUSANNE, tell)

    assert len(team.received(CITIZEN_SMS)) == before
    assert team.last(SUSANNE) == team.deps.text("worker.checkin.no_channel", "da", alias="Ravn")


# --- undo a mark ----------------------------------------------------------------------------------------


def checkins_figures(team: Team) -> tuple[int, int, int]:
    stats = period_stats(team.deps.new_uow(), team.deps.profile, date(2026, 11, 23), date(2026, 11, 29))
    return stats.checkins.done, stats.checkins.not_reached, stats.checkins.open


def test_not_reached_tapped_by_mistake_is_undone_and_the_visit_can_be_marked_done(team: Team) -> None:
    team.walk(local(2026, 11, 24, 10, 30))
    team.presses(SUSANNE, team.reminder_buttons()["Ikke truffet"])
    assert checkins_figures(team) == (0, 1, 0)

    team.presses(SUSANNE, team.buttons(SUSANNE)["Fortryd"])

    assert "Fortrudt" in team.last(SUSANNE) and "Ravn" in team.last(SUSANNE)
    (checkin,) = team.checkins("Ravn")
    assert checkin.outcome == "pending" and checkin.recorded_by_worker_id is None
    assert checkins_figures(team) == (0, 0, 1)
    team.presses(SUSANNE, team.reminder_buttons()["Gennemført"])
    assert team.checkins("Ravn")[0].outcome == "done"
    assert checkins_figures(team) == (1, 0, 0)


def test_undoing_twice_changes_nothing_more(team: Team) -> None:
    team.walk(local(2026, 11, 24, 10, 30))
    team.presses(SUSANNE, team.reminder_buttons()["Ikke truffet"])
    undo = team.buttons(SUSANNE)["Fortryd"]

    team.presses(SUSANNE, undo)
    team.presses(SUSANNE, undo)

    assert "intet at fortryde" in team.last(SUSANNE)
    assert team.checkins("Ravn")[0].outcome == "pending"


def test_a_mark_undone_after_the_lead_was_told_is_missed_again(team: Team) -> None:
    team.walk(local(2026, 11, 25, 14), step=HOUR)  # nudged, and a day later the lead was told: missed
    assert team.checkins("Ravn")[0].outcome == "missed"
    team.presses(SUSANNE, team.reminder_buttons()["Ikke truffet"])

    team.presses(SUSANNE, team.buttons(SUSANNE)["Fortryd"])

    assert team.checkins("Ravn")[0].outcome == "missed"
    assert team.received(LEAD)  # the lead's alert stays what it was


def test_only_someone_who_may_record_the_visit_may_undo_it(team: Team) -> None:
    team.walk(local(2026, 11, 24, 10, 30))
    team.presses(SUSANNE, team.reminder_buttons()["Ikke truffet"])
    undo = team.buttons(SUSANNE)["Fortryd"]
    team.worker_in_team("1009", "Bo", "Andet team")

    team.presses("1009", undo)

    assert team.checkins("Ravn")[0].outcome == "not_reached"
