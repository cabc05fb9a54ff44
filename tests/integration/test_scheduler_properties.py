"""Property: however the scheduler is run — every 15 seconds or after hours or days of downtime — every
occurrence of an agreement becomes a check-in (nothing silently dropped), no check-in is reminded of twice,
and a reminder goes out no earlier than the lead time and no later than an hour after the check-in."""

from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from bot import migrate
from bot.crypto import Vault, generate_secret
from bot.db import make_engine
from bot.models import Checkin, CheckinAgreement, Reminder
from bot.models.enums import ReminderKind
from scheduling.cadence import occurrences_between
from scheduling.cadence_parse import CADENCE_EXAMPLES, parse_cadence
from scheduling.timing import CHECKIN_STILL_RELEVANT
from tests.fakes.clock import FakeClock
from tests.integration.scheduling_world import World, team_with_citizen

START = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
pauses = st.lists(
    st.one_of(
        st.integers(min_value=1, max_value=120).map(lambda m: timedelta(minutes=m)),
        st.integers(min_value=1, max_value=96).map(lambda h: timedelta(hours=h)),
    ),
    min_size=1,
    max_size=25,
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(CADENCE_EXAMPLES), pauses)
def test_every_occurrence_is_kept_and_reminded_of_at_most_once_in_its_window(
    cadence: str, downtime: list[timedelta]
) -> None:
    engine = make_engine("sqlite://")
    migrate.upgrade(engine)
    clock = FakeClock(START)
    world = World(engine, Vault.from_secret(generate_secret()), clock)
    team_with_citizen(world)
    world.agree("Ravn", cadence)
    for pause in downtime:
        clock.advance(pause)
        world.tick()
    end = clock.now()

    profile = world.deps.profile
    lead = timedelta(minutes=profile.reminders.lead_minutes)
    expected = occurrences_between(
        parse_cadence(world_cadence(world)),
        START,
        end + lead,
        profile.tz,
        profile.reminders.skip_public_holidays,
    )
    with world.deps.new_uow() as uow:
        checkins = {c.id: c.due_at for c in uow.session.scalars(select(Checkin))}
        reminded = [
            (r.key, r.sent_at)
            for r in uow.session.scalars(select(Reminder).where(Reminder.kind == ReminderKind.CHECKIN))
        ]
    made = sorted(checkins.values())
    assert made[: len(expected)] == expected  # every occurrence up to the last tick's horizon exists
    keys = [key for key, _ in reminded]
    assert len(keys) == len(set(keys))
    for key, sent_at in reminded:
        due = checkins[int(key.split(":")[1])]
        assert due - lead <= sent_at <= due + CHECKIN_STILL_RELEVANT
    engine.dispose()


def world_cadence(world: World) -> str:
    with world.deps.new_uow() as uow:
        return uow.session.scalars(select(CheckinAgreement.cadence)).one()
