"""One-off appointments beside cadences, on SQLite and PostgreSQL: `/checkin ALIAS i morgen kl 13` plans
one check-in, reminded of once, and a cadence agreed before or after stays what it was.

The clock starts at Monday 23 November 2026, 09:00 in Copenhagen; reminders come an hour before.
"""

from datetime import timedelta

from tests.integration.scheduling_world import CITIZEN, SUSANNE, local
from tests.integration.team import Team

HOUR = timedelta(hours=1)


def test_an_appointment_tomorrow_at_13_is_reminded_of_once(team: Team) -> None:
    team.says(SUSANNE, "/checkin ravn i morgen kl 13")
    assert team.last(SUSANNE).startswith("Aftalt med Ravn: én gang, tirsdag 24.11. kl. 13:00.")

    team.walk(local(2026, 11, 26, 12), step=HOUR / 2)  # Thursday noon

    (reminder,) = team.checkin_reminders(SUSANNE)
    assert "Ravn" in reminder[1] and "13:00" in reminder[1]
    assert reminder[0] == local(2026, 11, 24, 12)
    assert [c.due_at for c in team.checkins("Ravn")] == [local(2026, 11, 24, 13)]


def test_a_one_off_on_friday_stands_beside_the_cadence_and_outlives_a_change_of_it(team: Team) -> None:
    team.says(SUSANNE, "/checkin Ravn tir,fre 10:00")
    team.says(SUSANNE, "/checkin Ravn fredag 14:30")
    assert team.agreement("Ravn").cadence == "tir,fre 10:00"

    team.says(SUSANNE, "/checkin Ravn fre 9:00")  # the cadence changes; Friday's 14:30 was agreed apart
    team.walk(local(2026, 11, 27, 15), step=HOUR / 2)

    friday = [r[1] for r in team.checkin_reminders(SUSANNE) if r[0] >= local(2026, 11, 27, 0)]
    assert len(friday) == 2 and "09:00" in friday[0] and "14:30" in friday[1]


def test_the_next_contact_shown_is_the_one_off_when_it_comes_first(team: Team) -> None:
    team.says(SUSANNE, "/checkin Ravn fre 10:00")
    team.says(SUSANNE, "/checkin Ravn i overmorgen 11")

    team.says(SUSANNE, "/cases")

    assert "næste: onsdag 25.11. kl. 11:00" in team.last(SUSANNE)


def test_a_citizen_with_only_a_one_off_has_an_agreement_that_says_so(team: Team) -> None:
    team.says(SUSANNE, "/checkin Ravn torsdag 10")
    team.says(SUSANNE, "/checkin Ravn")

    summary = team.last(SUSANNE)
    assert "kun enkeltaftaler" in summary and "torsdag 26.11. kl. 10:00" in summary


def test_a_time_already_past_today_is_refused_and_nothing_is_stored(team: Team) -> None:
    team.says(SUSANNE, "/checkin Ravn i dag kl 8")

    assert "allerede gået" in team.last(SUSANNE)
    assert team.agreements("Ravn") == []
    team.says(SUSANNE, "i dag kl 15")  # the dialogue waits for a later time
    assert team.last(SUSANNE).startswith("Aftalt med Ravn: én gang, mandag 23.11. kl. 15:00.")


def test_the_same_appointment_twice_is_planned_once(team: Team) -> None:
    team.says(SUSANNE, "/checkin Ravn i morgen kl 13")
    team.says(SUSANNE, "/checkin Ravn imorgen 13:00")

    assert "allerede en aftalt kontakt" in team.last(SUSANNE)
    assert len(team.checkins("Ravn")) == 1


def test_a_citizen_who_asked_for_reminders_is_reminded_of_the_one_off_the_day_before(team: Team) -> None:
    team.says(SUSANNE, "/checkin Ravn i overmorgen kl 11")
    team.presses(SUSANNE, next(d for label, d in team.buttons(SUSANNE).items() if "Hjemmebesøg" in label))
    team.presses(SUSANNE, team.buttons(SUSANNE)["Ja"])

    team.walk(local(2026, 11, 24, 12), step=HOUR)

    assert team.received(CITIZEN)[-1] == "Husk: vi ses i morgen kl. 11:00. /Susanne"


def test_pausing_and_resuming_an_agreement_of_one_offs_only_keeps_the_appointment(team: Team) -> None:
    team.says(SUSANNE, "/checkin Ravn fredag 10")
    agreement = team.agreement("Ravn")

    team.presses(SUSANNE, f"ag:pause:{agreement.id}")
    team.presses(SUSANNE, f"ag:resume:{agreement.id}")

    assert "genoptaget" in team.last(SUSANNE)
    assert [c.due_at for c in team.checkins("Ravn")] == [local(2026, 11, 27, 10)]
