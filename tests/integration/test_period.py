"""`/periode`: a worker records when a citizen's granted period ends; Thisted's scheduler then asks for the
written status before it ends."""

from datetime import date, timedelta

import pytest
from sqlalchemy import Engine, select

from bot.crypto import Vault
from bot.models import Citizen
from tests.fakes.clock import FakeClock
from tests.integration.scheduling_world import SUSANNE, VIVIAN, World, team_with_citizen


@pytest.fixture
def world(migrated: Engine, vault: Vault, clock: FakeClock) -> World:
    world = World(migrated, vault, clock, profile="thisted")
    team_with_citizen(world)
    return world


def period_of(world: World) -> date | None:
    with world.deps.new_uow() as uow:
        return uow.session.scalars(select(Citizen.period_ends_on).where(Citizen.alias == "Ravn")).one()


def test_the_worker_sets_shows_and_clears_the_period_end(world: World) -> None:
    world.says(SUSANNE, "/periode Ravn 15.1.2027")
    assert period_of(world) == date(2027, 1, 15)
    assert "15.1.2027" in world.received(SUSANNE)[-1] and "30 dage før" in world.received(SUSANNE)[-1]

    world.says(SUSANNE, "/periode Ravn")
    assert world.received(SUSANNE)[-1] == "Bevillingsperioden for Ravn slutter 15.1.2027."

    world.says(SUSANNE, "/periode Ravn slet")
    assert period_of(world) is None


def test_the_status_is_asked_for_before_the_period_the_worker_set_ends(world: World) -> None:
    world.says(SUSANNE, "/periode Ravn 1.1.2027")

    world.walk(world.clock.now() + timedelta(days=10), step=timedelta(hours=6))

    assert any("skriftlig status" in text for _, text, _ in world.reminders(SUSANNE))


@pytest.mark.parametrize("typed", ["31.02.2027", "1.1.2020", "i går", "snart", "15.1.2027 og 16.1"])
def test_a_date_that_is_none_or_past_is_refused_with_examples(world: World, typed: str) -> None:
    world.says(SUSANNE, f"/periode Ravn {typed}")

    assert period_of(world) is None
    assert "2027-03-31" in world.received(SUSANNE)[-1]


def test_only_the_citizens_worker_or_a_lead_may_set_it(world: World) -> None:
    world.says(VIVIAN, "/periode Ravn 15.1.2027")

    assert period_of(world) is None
    assert "ikke din borger" in world.received(VIVIAN)[-1]


def test_without_a_name_the_command_explains_itself_and_an_unknown_alias_is_not_echoed(world: World) -> None:
    world.says(SUSANNE, "/periode")
    assert "/periode KALDENAVN DATO" in world.received(SUSANNE)[-1]

    world.says(SUSANNE, "/periode Hemmelig 15.1.2027")
    assert "Hemmelig" not in world.received(SUSANNE)[-1]
