"""A worker's answer to a citizen without a Telegram turn (the web console's reply box), on SQLite and
PostgreSQL: `answer_citizen` sends only what the one rule and the safety checks let go, and says why not."""

from datetime import timedelta
from itertools import count

import pytest
from sqlalchemy import Engine, select

from bot.crypto import Vault
from bot.models import Citizen, Message, Worker
from bot.models.enums import Channel, CitizenStatus, DeliveryStatus, Direction, OutboxKind
from bot.outbox import Outbox
from bot.services.citizen_answer import Answered, Outcome, answer_citizen
from tests.fakes.clock import FakeClock
from tests.integration.test_words import PHONE, relayed_as, sms_citizen
from tests.integration.worker_talk import WorkerTalk

SUSANNE, VIVIAN, CITIZEN = "1001", "1002", "2002"


class Console(WorkerTalk):
    """Workers who also answer from a desk: one transaction per answer, as a web request would."""

    _origins = count(1)

    def answer(self, worker: str, alias: str, text: str, *, sensitive_confirmed: bool = False) -> Answered:
        with self.deps.new_uow() as uow:
            now = self.deps.clock.now()
            writer = uow.session.scalars(select(Worker).where(Worker.name == worker)).one()
            citizen = uow.session.scalars(select(Citizen).where(Citizen.alias == alias)).one()
            out = Outbox(uow, self.deps, f"console-test:{next(self._origins)}", now)
            answered = answer_citizen(
                uow, self.deps, out, now, writer, citizen, text, sensitive_confirmed=sensitive_confirmed
            )
            uow.commit()
            return answered

    def outbound(self) -> list[tuple[str, str | None, str]]:
        """Every answer stored for a citizen: who wrote it, its text, its delivery status."""
        with self.deps.new_uow() as uow:
            query = select(Message, Worker.name).join(Worker, Message.worker_id == Worker.id)
            rows = uow.session.execute(query.where(Message.direction == Direction.OUTBOUND)).all()
            return [
                (name, self.deps.vault.open(m.body_enc) if m.body_enc else None, m.delivery_status)
                for m, name in rows
            ]

    def citizen(self, alias: str) -> Citizen:
        with self.deps.new_uow() as uow:
            citizen = uow.session.scalars(select(Citizen).where(Citizen.alias == alias)).one()
            uow.session.expunge(citizen)
            return citizen


@pytest.fixture
def desk(migrated: Engine, vault: Vault, clock: FakeClock) -> Console:
    """Susanne has Ravn (Telegram); Vivian is her colleague."""
    desk = Console(migrated, vault, clock)
    desk.worker(SUSANNE, "Susanne")
    desk.worker(VIVIAN, "Vivian")
    desk.linked_citizen(SUSANNE, CITIZEN)
    return desk


def test_the_citizens_worker_answers_and_the_citizen_receives_it(desk: Console) -> None:
    answered = desk.answer("Susanne", "Ravn", "  Hej Ravn, vi ses i morgen kl. 10  ")

    assert answered.outcome == Outcome.SENT and answered.went
    assert answered.channel == Channel.TELEGRAM and answered.sms_segments == 0
    assert desk.received(CITIZEN)[-1] == "Hej Ravn, vi ses i morgen kl. 10"
    assert desk.outbound() == [("Susanne", "Hej Ravn, vi ses i morgen kl. 10", DeliveryStatus.QUEUED)]


def test_a_colleague_who_does_not_answer_for_the_citizen_is_told_who_does_and_nothing_goes(
    desk: Console,
) -> None:
    before = desk.received(CITIZEN)

    answered = desk.answer("Vivian", "Ravn", "Hej Ravn")

    assert answered == Answered(Outcome.NOT_YOURS, answering=("Susanne",))
    assert desk.received(CITIZEN) == before
    assert desk.outbound() == []


def test_a_closed_citizen_gets_no_answer(desk: Console) -> None:
    with desk.deps.new_uow() as uow:
        citizen = uow.session.scalars(select(Citizen).where(Citizen.alias == "Ravn")).one()
        citizen.status, citizen.closed_at = CitizenStatus.CLOSED, desk.deps.clock.now()
        uow.commit()
    before = desk.received(CITIZEN)

    assert desk.answer("Susanne", "Ravn", "Hvordan går det?").outcome == Outcome.CLOSED
    assert desk.received(CITIZEN) == before
    assert desk.outbound() == []


def test_an_answer_with_a_cpr_number_is_refused_and_nothing_of_it_is_kept(desk: Console) -> None:
    before = desk.received(CITIZEN)

    assert desk.answer("Susanne", "Ravn", "Dit cpr er 0101901234 ikke?").outcome == Outcome.CPR_REFUSED
    assert desk.received(CITIZEN) == before
    assert desk.outbound() == []


def test_blanks_are_no_answer(desk: Console) -> None:
    assert desk.answer("Susanne", "Ravn", " \n ").outcome == Outcome.EMPTY
    assert desk.outbound() == []


def test_sensitive_words_by_sms_go_only_once_the_worker_confirmed(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    desk = Console(migrated, vault, clock)
    desk.worker(SUSANNE, "Susanne")
    sms_citizen(desk)
    before = desk.received(PHONE)

    asked = desk.answer("Susanne", "Ravn", "Husk din medicin i morgen")
    assert asked == Answered(Outcome.SENSITIVE, sensitive_words=("medicin",))
    assert desk.received(PHONE) == before and desk.outbound() == []

    sent = desk.answer("Susanne", "Ravn", "Husk din medicin i morgen", sensitive_confirmed=True)
    assert sent.outcome == Outcome.SENT and sent.channel == Channel.SMS and sent.sms_segments == 1
    assert desk.received(PHONE)[-1] == "Husk din medicin i morgen"


def test_an_sms_answer_longer_than_twilio_takes_is_refused(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    desk = Console(migrated, vault, clock)
    desk.worker(SUSANNE, "Susanne")
    sms_citizen(desk)

    answered = desk.answer("Susanne", "Ravn", "Vi ses. " * 250)

    assert answered == Answered(Outcome.TOO_LONG, limit=1600)
    assert desk.outbound() == []


def test_a_long_sms_answer_says_what_it_costs(migrated: Engine, vault: Vault, clock: FakeClock) -> None:
    desk = Console(migrated, vault, clock)
    desk.worker(SUSANNE, "Susanne")
    sms_citizen(desk)

    answered = desk.answer("Susanne", "Ravn", "Vi ses i morgen. " * 12)

    assert answered.outcome == Outcome.SENT and answered.sms_segments == 2


def test_an_answer_to_a_citizen_who_paused_with_stop_is_held_until_they_write_again(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    desk = Console(migrated, vault, clock)
    desk.worker(SUSANNE, "Susanne")
    sms_citizen(desk)
    desk.says(PHONE, "STOP", channel=Channel.SMS)
    before = desk.received(PHONE)

    answered = desk.answer("Susanne", "Ravn", "Vi ses i morgen")

    assert answered.outcome == Outcome.HELD and answered.channel == Channel.SMS
    assert desk.received(PHONE) == before
    assert desk.outbound() == [("Susanne", "Vi ses i morgen", DeliveryStatus.HELD)]


def test_a_held_answer_sent_days_later_is_what_the_citizens_short_reply_answers(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    """Held while Ravn had paused (STOP), sent on Susanne's word when he wrote START two days later: his
    "ja. i aften" that night answers it, and gets the crisis numbers."""
    desk = Console(migrated, vault, clock)
    desk.worker(SUSANNE, "Susanne")
    sms_citizen(desk)
    desk.says(PHONE, "STOP", channel=Channel.SMS)
    assert desk.answer("Susanne", "Ravn", "Har du en plan for hvordan?").outcome == Outcome.HELD
    clock.advance(timedelta(days=2))
    desk.says(PHONE, "START", channel=Channel.SMS)
    (send_held,) = desk.buttons(SUSANNE).values()

    desk.presses(SUSANNE, send_held)
    assert desk.received(PHONE)[-1] == "Har du en plan for hvordan?"
    clock.advance(timedelta(hours=3))
    desk.says(PHONE, "ja. i aften", channel=Channel.SMS)

    assert any(queued.kind == OutboxKind.CRISIS for queued in desk.queued(PHONE))


def test_a_citizen_without_any_channel_is_unreachable(desk: Console) -> None:
    with desk.deps.new_uow() as uow:
        citizen = uow.session.scalars(select(Citizen).where(Citizen.alias == "Ravn")).one()
        for identity in uow.identities.of_citizen(citizen.id):
            uow.identities.delete(identity)
        uow.commit()

    assert desk.answer("Susanne", "Ravn", "Hej").outcome == Outcome.UNREACHABLE
    assert desk.outbound() == []


def test_a_new_contact_answered_becomes_the_workers_own(desk: Console) -> None:
    desk.says("3003", "hej, kan I hjælpe mig?")
    with desk.deps.new_uow() as uow:
        (alias,) = [c.alias for c in uow.citizens.unclaimed(uow.teams.list()[0].id)]  # the team's inbox

    answered = desk.answer("Vivian", alias, "Hej, jeg hedder Vivian")

    assert answered.outcome == Outcome.SENT and answered.claimed
    assert desk.citizen(alias).worker_id == desk.worker_id("Vivian")
    assert desk.received("3003")[-1] == "Hej, jeg hedder Vivian"
    assert desk.answer("Susanne", alias, "Hej").answering == ("Vivian",)


# --- the Telegram reply goes through the same service, and tells the worker as before -----------------------


@pytest.fixture
def by_sms(migrated: Engine, vault: Vault, clock: FakeClock) -> Console:
    """Susanne's Ravn writes by SMS, and Susanne can reply to his relayed message in Telegram."""
    desk = Console(migrated, vault, clock)
    desk.worker(SUSANNE, "Susanne")
    sms_citizen(desk)
    desk.says(PHONE, "hej", channel=Channel.SMS)
    return desk


def test_a_telegram_reply_by_sms_in_several_parts_says_how_many(by_sms: Console) -> None:
    by_sms.says(SUSANNE, "Vi ses i morgen. " * 12, reply_to=relayed_as(by_sms, "555"))

    assert by_sms.received(PHONE)[-1] == ("Vi ses i morgen. " * 12).strip()
    assert by_sms.last(SUSANNE) == "Sendt til Ravn som 2 SMS'er."


def test_a_telegram_reply_too_long_for_an_sms_is_not_sent_and_the_worker_is_told(by_sms: Console) -> None:
    before = by_sms.received(PHONE)

    by_sms.says(SUSANNE, "Vi ses. " * 250, reply_to=relayed_as(by_sms, "555"))

    assert by_sms.received(PHONE) == before
    assert (
        by_sms.last(SUSANNE)
        == "Beskeden er for lang til en SMS til Ravn (højst 1600 tegn). Del den op, og svar igen."
    )


def test_a_telegram_reply_with_sensitive_words_by_sms_is_sent_after_send_anyway(by_sms: Console) -> None:
    by_sms.says(SUSANNE, "Husk din medicin", reply_to=relayed_as(by_sms, "555"))
    asked, offered = by_sms.last(SUSANNE), set(by_sms.buttons(SUSANNE).values())

    by_sms.presses(SUSANNE, "sms:send")

    assert "nævner: medicin" in asked and offered == {"sms:send", "sms:edit"}
    assert by_sms.received(PHONE)[-1] == "Husk din medicin"
