"""Conversation rules checked at the service boundary (`receive`), on SQLite and PostgreSQL.

What the services queue in the outbox is exactly what people will receive, so tests read it there.
"""

import re
from datetime import date, datetime
from itertools import count
from typing import Any, NamedTuple

import pytest
from sqlalchemy import Engine, select

from bot.channels import Inbound
from bot.crypto import Vault
from bot.models import Absence, Message, OutboxMessage
from bot.models.enums import Channel
from bot.services import staff
from bot.services.inbound import receive
from tests.fakes.clock import FakeClock
from tests.fakes.deps import deps_on

SUSANNE, VIVIAN, CITIZEN = "1001", "1002", "2002"
CODE = re.compile(r"^[2-9A-HJ-NP-Z]{6,10}$", re.MULTILINE)


class Queued(NamedTuple):
    at: datetime
    text: str
    options: dict[str, Any] | None
    kind: str | None


class Conversation:
    """Sends as people would, and reads what the bot queued for each of them."""

    def __init__(self, engine: Engine, vault: Vault, clock: FakeClock) -> None:
        self.engine = engine
        self.deps = deps_on(engine, vault, clock)
        staff.sync_profile_teams(self.deps.new_uow(), clock, self.deps.profile)
        self._ids = count(1)

    def says(self, address: str, text: str = "", channel: Channel = Channel.TELEGRAM, **extra: str) -> object:
        return receive(self.deps, Inbound(channel, address, str(next(self._ids)), text=text, **extra))

    def queued(self, address: str) -> list[Queued]:
        """Everything queued for an address, in order: when, the text, its buttons, what kind."""
        vault = self.deps.vault
        with self.deps.new_uow() as uow:
            rows = uow.session.scalars(
                select(OutboxMessage)
                .where(OutboxMessage.recipient_hash == vault.lookup_hash(address))
                .order_by(OutboxMessage.id)
            ).all()
            return [Queued(row.created_at, vault.open(row.body_enc), row.options, row.kind) for row in rows]

    def received(self, address: str) -> list[str]:
        return [queued.text for queued in self.queued(address)]

    def worker(self, address: str, name: str, lead: bool = False, team: str = "SKP") -> None:
        new = staff.add_worker(
            self.deps.new_uow(),
            self.deps.vault,
            self.deps.clock,
            self.deps.profile,
            name=name,
            team_name=team,
            lead=lead,
        )
        self.says(address, f"/start {new.enrolment_code}")

    def linked_citizen(self, worker: str, address: str, alias: str = "Ravn") -> None:
        self.says(worker, f"/invite {alias}")
        code = CODE.search(self.received(worker)[-1])
        assert code is not None
        self.says(address, code.group())


@pytest.fixture
def talk(migrated: Engine, vault: Vault, clock: FakeClock) -> Conversation:
    return Conversation(migrated, vault, clock)


def test_the_same_update_handled_twice_changes_nothing(talk: Conversation) -> None:
    talk.worker(SUSANNE, "Susanne")
    talk.linked_citizen(SUSANNE, CITIZEN)
    before = len(talk.received(SUSANNE))
    inbound = Inbound(Channel.TELEGRAM, CITIZEN, "update-77", text="hej")

    assert receive(talk.deps, inbound) is True
    assert receive(talk.deps, inbound) is False

    assert len(talk.received(SUSANNE)) == before + 1


def test_a_photo_or_sticker_gets_a_kind_answer_and_nothing_empty_is_relayed(talk: Conversation) -> None:
    talk.worker(SUSANNE, "Susanne")
    talk.linked_citizen(SUSANNE, CITIZEN)
    before = len(talk.received(SUSANNE))

    talk.says(CITIZEN, "")

    assert "tekst" in talk.received(CITIZEN)[-1]
    assert len(talk.received(SUSANNE)) == before


def test_a_cpr_number_from_a_citizen_is_never_stored_or_relayed(talk: Conversation) -> None:
    talk.worker(SUSANNE, "Susanne")
    talk.linked_citizen(SUSANNE, CITIZEN)

    talk.says(CITIZEN, "mit nummer er 010190-1234, kan du ringe til kommunen?")

    relayed = talk.received(SUSANNE)[-1]
    assert "010190" not in relayed and "XXXXXX-XXXX" in relayed
    with talk.deps.new_uow() as uow:
        bodies = [
            talk.deps.vault.open(m.body_enc) for m in uow.session.scalars(select(Message)) if m.body_enc
        ]
    assert not any("010190" in body for body in bodies)


def test_a_worker_reply_with_a_cpr_number_is_held_back(talk: Conversation) -> None:
    talk.worker(SUSANNE, "Susanne")
    talk.linked_citizen(SUSANNE, CITIZEN)
    talk.says(CITIZEN, "hej")
    with talk.deps.new_uow() as uow:
        relay = uow.session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "relay")).all()[-1]
        relay.external_id = "555"  # as the drainer records it once Telegram accepted the message
        uow.commit()
    before = talk.received(CITIZEN)

    talk.says(SUSANNE, "Dit cpr er 0101901234 ikke?", reply_to="555")

    assert talk.received(CITIZEN) == before
    assert "CPR" in talk.received(SUSANNE)[-1]


def test_while_a_worker_is_away_their_citizens_reach_the_cover(talk: Conversation) -> None:
    talk.worker(SUSANNE, "Susanne")
    talk.worker(VIVIAN, "Vivian")
    talk.linked_citizen(SUSANNE, CITIZEN)
    with talk.deps.new_uow() as uow:
        susanne = uow.workers.by_telegram_chat(talk.deps.vault.lookup_hashes(SUSANNE))
        vivian = uow.workers.by_telegram_chat(talk.deps.vault.lookup_hashes(VIVIAN))
        assert susanne is not None and vivian is not None
        uow.absences.add(
            Absence(
                worker_id=susanne.id,
                cover_worker_id=vivian.id,
                starts_on=date(2026, 11, 20),
                ends_on=date(2026, 11, 30),
                created_at=talk.deps.clock.now(),
            )
        )
        uow.commit()
    susanne_before = len(talk.received(SUSANNE))

    talk.says(CITIZEN, "er du der?")

    assert talk.received(VIVIAN)[-1].endswith("er du der?") and "Ravn" in talk.received(VIVIAN)[-1]
    assert len(talk.received(SUSANNE)) == susanne_before


def test_a_new_contact_reaches_every_worker_on_duty_until_one_claims_it(talk: Conversation) -> None:
    talk.worker(SUSANNE, "Susanne")
    talk.worker(VIVIAN, "Vivian")

    talk.says("3003", "hjælp mig, jeg har ingen steder at sove")

    assert talk.received(SUSANNE)[-1].endswith("ingen steder at sove")
    assert talk.received(VIVIAN)[-1].endswith("ingen steder at sove")


def test_only_a_team_lead_may_assign_a_citizen(talk: Conversation) -> None:
    talk.worker(SUSANNE, "Susanne")
    talk.worker(VIVIAN, "Vivian", lead=True)
    talk.linked_citizen(SUSANNE, CITIZEN)

    talk.says(SUSANNE, "/assign Ravn Vivian")
    refused = talk.received(SUSANNE)[-1]
    talk.says(VIVIAN, "/assign Ravn Susanne")

    assert "Ravn" not in refused
    assert "Ravn" in talk.received(VIVIAN)[-1]


UNICODE_DIGITS = ["²", "٣", "७", "๑", "①", "𝟙", "¹"]  # isdigit() is True for each; int() fails on most


def test_a_unicode_digit_as_an_answer_or_button_data_is_answered_and_crashes_nothing(
    talk: Conversation,
) -> None:
    talk.worker(SUSANNE, "Susanne")
    talk.linked_citizen(SUSANNE, CITIZEN)

    for digit in UNICODE_DIGITS:
        talk.says(CITIZEN, "/sprog")
        assert talk.says(CITIZEN, digit) is not None  # handled, not a crash
        for data in (f"claim:{digit}", f"report:take:{digit}", f"held:{digit}"):
            assert talk.says(SUSANNE, choice=data) is not None

    relayed = [text for text in talk.received(SUSANNE) if text.startswith("Fra Ravn:")]
    assert relayed == [f"Fra Ravn:\n{digit}" for digit in UNICODE_DIGITS]  # no language chosen: a message
