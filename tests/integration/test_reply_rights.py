"""Who may answer a citizen, on SQLite and PostgreSQL: a reply to an old relayed message reaches the citizen
only from whoever answers for them now (the one rule, `relay.responders`). After `/assign` moves the
citizen, or once their course is closed, the worker they had is told so, and nothing is sent."""

import pytest
from sqlalchemy import Engine, select

from bot.crypto import Vault
from bot.models import Citizen, OutboxMessage
from bot.models.enums import CitizenStatus, OutboxKind
from tests.fakes.clock import FakeClock
from tests.integration.worker_talk import WorkerTalk

SUSANNE, VIVIAN, LEAD, CITIZEN = "1001", "1002", "1003", "2002"


@pytest.fixture
def talk(migrated: Engine, vault: Vault, clock: FakeClock) -> WorkerTalk:
    """Susanne has Ravn, who wrote "hej"; Vivian is a colleague, Lone the team lead."""
    talk = WorkerTalk(migrated, vault, clock)
    talk.worker(SUSANNE, "Susanne")
    talk.worker(VIVIAN, "Vivian")
    talk.worker(LEAD, "Lone", lead=True)
    talk.linked_citizen(SUSANNE, CITIZEN)
    talk.says(CITIZEN, "hej")
    return talk


def relay_to(talk: WorkerTalk, worker: str, message_id: str) -> str:
    """The newest relay to `worker`, as the drainer records it once Telegram accepted it."""
    recipient = talk.deps.vault.lookup_hash(worker)
    with talk.deps.new_uow() as uow:
        query = select(OutboxMessage).where(
            OutboxMessage.kind == OutboxKind.RELAY, OutboxMessage.recipient_hash == recipient
        )
        relay = uow.session.scalars(query.order_by(OutboxMessage.id)).all()[-1]
        relay.external_id = message_id
        uow.commit()
    return message_id


def test_after_assign_the_previous_worker_cannot_write_to_the_citizen_and_learns_who_has_them(
    talk: WorkerTalk,
) -> None:
    old_relay = relay_to(talk, SUSANNE, "555")
    talk.says(LEAD, "/assign Ravn Vivian")
    before = talk.received(CITIZEN)

    talk.says(SUSANNE, "Vi ses i morgen", reply_to=old_relay)

    assert talk.received(CITIZEN) == before
    assert (
        talk.last(SUSANNE)
        == "Ravn har nu Vivian. Dit svar er ikke sendt; skriv til Vivian, hvis Ravn skal vide noget."
    )


def test_after_assign_the_new_worker_answers_the_citizen(talk: WorkerTalk) -> None:
    talk.says(LEAD, "/assign Ravn Vivian")
    talk.says(CITIZEN, "hej Vivian")
    relay = relay_to(talk, VIVIAN, "777")

    talk.says(VIVIAN, "Hej Ravn, det er Vivian", reply_to=relay)

    assert talk.received(CITIZEN)[-1] == "Hej Ravn, det er Vivian"


def test_a_closed_citizen_gets_no_reply_to_an_old_relay(talk: WorkerTalk) -> None:
    old_relay = relay_to(talk, SUSANNE, "555")
    with talk.deps.new_uow() as uow:
        citizen = uow.session.scalars(select(Citizen).where(Citizen.alias == "Ravn")).one()
        citizen.status, citizen.closed_at = CitizenStatus.CLOSED, talk.deps.clock.now()
        uow.commit()
    before = talk.received(CITIZEN)

    talk.says(SUSANNE, "Hvordan går det?", reply_to=old_relay)

    assert talk.received(CITIZEN) == before
    assert talk.last(SUSANNE) == "Forløbet med Ravn er afsluttet. Dit svar er ikke sendt."


def test_in_english_the_previous_worker_is_told_in_english(talk: WorkerTalk) -> None:
    old_relay = relay_to(talk, SUSANNE, "555")
    talk.says(SUSANNE, "/language")
    talk.presses(SUSANNE, "lang:en")
    talk.says(LEAD, "/assign Ravn Vivian")

    talk.says(SUSANNE, "See you", reply_to=old_relay)

    assert talk.last(SUSANNE).startswith("Ravn is now with Vivian. Your answer was not sent")


def test_a_forged_claim_answers_alike_for_another_teams_citizen_and_for_an_id_that_does_not_exist(
    talk: WorkerTalk,
) -> None:
    other_team = "3003"
    talk.worker_in_team(other_team, "Mette", "Natteravnene")
    with talk.deps.new_uow() as uow:
        ravn = uow.session.scalars(select(Citizen).where(Citizen.alias == "Ravn")).one()
        ravn_id, missing = ravn.id, ravn.id + 1000

    talk.presses(other_team, f"claim:{ravn_id}")
    for_another_team = talk.last(other_team)
    talk.presses(other_team, f"claim:{missing}")
    for_no_one = talk.last(other_team)

    assert for_another_team == for_no_one
    with talk.deps.new_uow() as uow:
        assert uow.session.get(Citizen, ravn_id).worker_id != talk.worker_id("Mette")


def owner_of_ravn(talk: WorkerTalk) -> int | None:
    with talk.deps.new_uow() as uow:
        return uow.session.scalars(select(Citizen.worker_id).where(Citizen.alias == "Ravn")).one()


@pytest.mark.parametrize("typed", ["%", "_____", "V%", "Vivi_n", "%ivian"])
def test_assign_takes_no_wildcards_for_the_colleague(talk: WorkerTalk, typed: str) -> None:
    talk.says(LEAD, f"/assign Ravn {typed}")

    assert owner_of_ravn(talk) == talk.worker_id("Susanne")
    assert talk.last(LEAD).startswith("Skriv /assign")  # the usage: nobody was matched


@pytest.mark.parametrize("typed", ["ØRNE", "ørne", "Ørne", "ØrNe"])
def test_assign_matches_the_colleague_exactly_in_any_case_also_with_aeoeaa(
    talk: WorkerTalk, typed: str
) -> None:
    talk.worker("1004", "Ørne")

    talk.says(LEAD, f"/assign Ravn {typed}")

    assert owner_of_ravn(talk) == talk.worker_id("Ørne")
