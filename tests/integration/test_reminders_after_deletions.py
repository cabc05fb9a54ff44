"""Reminders after occurrences were deleted, on SQLite and PostgreSQL. SQLite hands a deleted row's id
to the next row (when it was the highest), so an occurrence made after a citizen deleted everything, or
after a cadence changed, may carry the id of one that was reminded of. The reminder job then met its own
old outbox row (`UNIQUE constraint failed: outbox.idempotency_key`) and failed every tick, dropping every
reminder it carried; or found the old occurrence's key in the ledger and sent nothing.

The clock stands at Monday 23 November 2026, 09:00 in Copenhagen; reminders come an hour before.
"""

from datetime import timedelta

from tests.integration.scheduling_world import CITIZEN, SUSANNE, local
from tests.integration.team import Team

MIRA = "2003"
HOUR = timedelta(hours=1)


def test_after_a_citizen_deleted_everything_the_next_citizens_check_in_is_still_reminded_of(
    team: Team,
) -> None:
    team.says(SUSANNE, "/checkin Ravn man,tor 10:00")
    team.tick()  # Ravn's 10:00 is reminded of
    team.says(CITIZEN, "/slet")
    team.presses(CITIZEN, "delete:yes")
    team.linked_citizen(SUSANNE, MIRA, alias="Mira")
    team.says(SUSANNE, "/checkin mira man 10:00")
    before = len(team.checkin_reminders(SUSANNE))

    team.tick()  # fails the test if a job failed

    (reminder,) = team.checkin_reminders(SUSANNE)[before:]
    assert "Mira" in reminder[1]


def test_a_citizen_told_a_time_that_then_changed_is_reminded_of_the_new_time(team: Team) -> None:
    team.agree("Ravn", "tir 10:00", remind_citizen=True)
    team.walk(local(2026, 11, 23, 10, 15))
    assert team.received(CITIZEN)[-1] == "Husk: vi ses i morgen kl. 10:00. /Susanne"

    team.says(SUSANNE, "/checkin ravn tir 14:00")  # agreed with Ravn on the phone
    team.walk(local(2026, 11, 23, 14, 15))

    assert team.received(CITIZEN)[-1] == "Husk: vi ses i morgen kl. 14:00. /Susanne"
