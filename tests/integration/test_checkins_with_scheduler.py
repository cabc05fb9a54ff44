"""What workers type and tap, together with the scheduler's tick: the agreement made by /checkin is
reminded of, the reminder's buttons record it, a move is reminded of anew, cover and pause are honoured.

The clock stands at Monday 23 November 2026, 09:00 in Copenhagen; the default profile reminds an hour
before a check-in.
"""

from datetime import timedelta

from tests.integration.scheduling_world import CITIZEN, LEAD, SUSANNE, VIVIAN, local
from tests.integration.team import Team

HOUR = timedelta(hours=1)


def test_a_cadence_agreed_by_checkin_is_reminded_of_and_the_done_button_records_it(team: Team) -> None:
    team.says(SUSANNE, "/checkin Ravn man,tor 10:00")

    team.tick()
    buttons = team.reminder_buttons(SUSANNE)
    team.presses(SUSANNE, buttons["Gennemført"])

    checkin = team.checkins("Ravn")[0]
    assert checkin.due_at == local(2026, 11, 23, 10) and checkin.outcome == "done"
    assert "gennemført" in team.last(SUSANNE)


def test_a_moved_check_in_is_reminded_of_again_at_its_new_time(team: Team) -> None:
    team.says(SUSANNE, "/checkin Ravn man,tor 10:00")
    team.tick()
    team.presses(SUSANNE, team.reminder_buttons(SUSANNE)["Flyt"])
    team.presses(SUSANNE, team.buttons(SUSANNE)["I morgen samme tid"])
    before = len(team.checkin_reminders(SUSANNE))

    team.walk(local(2026, 11, 24, 8, 30))
    not_yet = len(team.checkin_reminders(SUSANNE))
    team.walk(local(2026, 11, 24, 9, 15))

    assert not_yet == before
    assert len(team.checkin_reminders(SUSANNE)) == before + 1
    assert "Ravn" in team.checkin_reminders(SUSANNE)[-1][1]


def test_while_away_the_cover_gets_the_reminder_and_may_tap_it(team: Team) -> None:
    team.says(SUSANNE, "/away i dag i morgen Vivian")
    team.says(SUSANNE, "/checkin Ravn man,tor 10:00")
    susanne_before = len(team.checkin_reminders(SUSANNE))

    team.tick()
    team.presses(VIVIAN, team.reminder_buttons(VIVIAN)["Ikke truffet"])

    assert len(team.checkin_reminders(SUSANNE)) == susanne_before
    checkin = team.checkins("Ravn")[0]
    assert checkin.outcome == "not_reached" and checkin.recorded_by_worker_id == team.worker_id("Vivian")


def test_a_paused_agreement_is_not_reminded_of_until_resumed(team: Team) -> None:
    team.says(SUSANNE, "/checkin Ravn man,tor 10:00")
    team.says(SUSANNE, "/checkin Ravn")
    team.presses(SUSANNE, team.buttons(SUSANNE)["Sæt på pause"])

    team.walk(local(2026, 11, 26, 12), step=HOUR)
    paused = len(team.checkin_reminders(SUSANNE))
    team.says(SUSANNE, "/checkin Ravn")
    team.presses(SUSANNE, team.buttons(SUSANNE)["Genoptag"])
    team.walk(local(2026, 11, 30, 9, 30), step=HOUR)

    assert paused == 0
    assert len(team.checkin_reminders(SUSANNE)) == 1  # Monday 30 November


def test_three_not_reached_through_the_reminders_tell_the_lead_once(team: Team) -> None:
    team.says(SUSANNE, "/checkin Ravn dagligt 10:00")
    lead_before = len(team.received(LEAD))

    for day in (23, 24, 25):
        team.walk(local(2026, 11, day, 9, 15), step=HOUR)
        team.presses(SUSANNE, team.reminder_buttons(SUSANNE)["Ikke truffet"])
    told = [text for text in team.received(LEAD)[lead_before:] if "i træk" in text]

    assert len(told) == 1 and "Ravn" in told[0]


def test_a_citizen_who_opted_in_gets_the_neutral_reminder_the_day_before(team: Team) -> None:
    team.says(SUSANNE, "/checkin Ravn tor 10:00")
    team.presses(SUSANNE, next(d for label, d in team.buttons(SUSANNE).items() if "Hjemmebesøg" in label))
    team.presses(SUSANNE, team.buttons(SUSANNE)["Ja"])
    before = len(team.received(CITIZEN))

    team.walk(local(2026, 11, 25, 20), step=HOUR)

    new = team.received(CITIZEN)[before:]
    assert len(new) == 1 and "10" in new[0] and "Susanne" in new[0]
