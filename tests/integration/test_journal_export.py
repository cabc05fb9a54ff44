"""Export for the journal, on SQLite and PostgreSQL: a citizen's thread and check-ins as the worker reads
them, in time order, in the profile's time, as text and as a PDF; never a phone number or a chat id."""

import re
import zlib
from datetime import date, timedelta

import pytest
from sqlalchemy import Engine, select

from bot.crypto import Vault
from bot.errors import DomainError
from bot.models import Citizen, Message, Worker
from bot.models.enums import Channel, CheckinOutcome, DeliveryStatus, Direction
from bot.outbox import Outbox
from bot.services.citizen_answer import Outcome, answer_citizen
from bot.services.journal_export import JournalExport, as_pdf, as_text, journal_export, pdf_safe
from tests.fakes.clock import FakeClock
from tests.integration.scheduling_world import CITIZEN_SMS, LEAD, SUSANNE, VIVIAN, local, team_with_citizen
from tests.integration.team import Team


class Journal(Team):
    """Susanne's citizen Ravn writes by SMS; Lene the lead exports."""

    def answer(self, worker: str, text: str) -> None:
        with self.deps.new_uow() as uow:
            now = self.clock.now()
            writer = uow.session.scalars(select(Worker).where(Worker.name == worker)).one()
            citizen = uow.session.scalars(select(Citizen).where(Citizen.alias == "Ravn")).one()
            out = Outbox(uow, self.deps, f"journal-test:{now.isoformat()}", now)
            assert answer_citizen(uow, self.deps, out, now, writer, citizen, text).outcome == Outcome.SENT
            uow.commit()

    def mark(self, checkin_id: int, outcome: CheckinOutcome, by: str) -> None:
        with self.deps.new_uow() as uow:
            checkin = uow.checkins.get(checkin_id)
            assert checkin is not None
            checkin.record(outcome, self.worker_id(by), self.clock.now())
            uow.commit()

    def export(self, by: str = "Lene") -> JournalExport:
        with self.deps.new_uow() as uow:
            citizen = uow.session.scalars(select(Citizen).where(Citizen.alias == "Ravn")).one()
            exporter = uow.session.scalars(select(Worker).where(Worker.name == by)).one()
            return journal_export(uow, self.deps, citizen.id, exported_by=exporter, now=self.clock.now())

    def purge_first_message(self) -> None:
        """As the retention job leaves a message after its period: the row, without its text."""
        with self.deps.new_uow() as uow:
            first = uow.session.scalars(select(Message).order_by(Message.id)).first()
            assert first is not None
            first.body_enc, first.purged_at = None, self.clock.now()
            uow.commit()


@pytest.fixture
def journal(migrated: Engine, vault: Vault, clock: FakeClock) -> Journal:
    journal = Journal(migrated, vault, clock)
    team_with_citizen(journal, Channel.SMS)
    return journal


def a_week_with_ravn(journal: Journal) -> None:
    """Monday 23.11.2026: Ravn and Susanne write; Thursday's home visit is done, Friday's is missed."""
    journal.clock.advance(timedelta(hours=1))  # 10:00 in Copenhagen
    journal.says(CITIZEN_SMS, "Hej Susanne, kan vi ses torsdag? 😊", channel=Channel.SMS)
    journal.clock.advance(timedelta(minutes=7))
    journal.answer("Susanne", "Ja, kl. 10 ved biblioteket.\nMvh Susanne")
    journal.agree("Ravn", "tor 10:00")
    done = journal.occurrence("Ravn", local(2026, 11, 26, 10))
    missed = journal.occurrence("Ravn", local(2026, 11, 27, 14), outcome="missed")
    journal.occurrence("Ravn", local(2026, 12, 3, 10))  # not due yet when exported: not in the journal
    journal.clock.advance(timedelta(days=3, hours=2))  # Thursday 26.11 12:07
    journal.mark(done, CheckinOutcome.DONE, "Susanne")
    journal.says(CITIZEN_SMS, "Tak for i dag. Blåbærsyltetøj på fredag?", channel=Channel.SMS)
    journal.clock.advance(timedelta(days=4))  # Monday 30.11 12:07
    assert missed


EXPECTED = """\
Journaludskrift: Ravn

Borger: Ravn
Medarbejder: Susanne
Team: SKP
Periode: 23.11.2026 10:00 til 27.11.2026 14:00
Udskrevet af Lene 30.11.2026 12:07 (tider i Europe/Copenhagen)

Beskeder
23.11.2026 10:00  Ravn skrev (SMS)
    Hej Susanne, kan vi ses torsdag? 😊
23.11.2026 10:07  Susanne til Ravn (SMS)
    Ja, kl. 10 ved biblioteket.
    Mvh Susanne
26.11.2026 12:07  Ravn skrev (SMS)
    Tak for i dag. Blåbærsyltetøj på fredag?

Aftalte kontakter
26.11.2026 10:00  gennemført (hjemmebesøg, registreret af Susanne)
27.11.2026 14:00  ikke markeret (hjemmebesøg)
"""


def test_the_text_export_holds_the_thread_and_the_check_ins_in_time_order(journal: Journal) -> None:
    a_week_with_ravn(journal)

    assert as_text(journal.export(), journal.deps.texts, "da") == EXPECTED


def test_the_export_is_in_english_for_an_english_reader(journal: Journal) -> None:
    a_week_with_ravn(journal)

    text = as_text(journal.export(), journal.deps.texts, "en")

    assert text.startswith("Journal export: Ravn\n")
    assert "23.11.2026 10:07  Susanne to Ravn (SMS)\n" in text
    assert "26.11.2026 10:00  done (home visit, recorded by Susanne)\n" in text


def test_a_message_past_its_retention_period_shows_that_it_was_deleted(journal: Journal) -> None:
    a_week_with_ravn(journal)
    journal.purge_first_message()

    text = as_text(journal.export(), journal.deps.texts, "da")

    assert "23.11.2026 10:00  Ravn skrev (SMS)\n    (slettet efter opbevaringsperioden)\n" in text
    assert "kan vi ses torsdag" not in text


def test_a_photo_sent_shows_that_nothing_of_it_is_kept_and_the_granted_period_is_named(
    journal: Journal,
) -> None:
    a_week_with_ravn(journal)
    with journal.deps.new_uow() as uow:
        citizen = uow.session.scalars(select(Citizen).where(Citizen.alias == "Ravn")).one()
        citizen.period_ends_on = date(2027, 3, 31)
        photo = Message(
            citizen_id=citizen.id,
            worker_id=journal.worker_id("Susanne"),
            direction=Direction.OUTBOUND,
            channel=Channel.TELEGRAM,
            body_enc=None,  # as `media.reply_with_media` stores it
            delivery_status=DeliveryStatus.SENT,
            created_at=journal.clock.now(),
        )
        uow.messages.add(photo)
        uow.commit()

    text = as_text(journal.export(), journal.deps.texts, "da")

    assert "Bevillingsperioden slutter: 31.3.2027\n" in text
    assert (
        "30.11.2026 12:07  Susanne til Ravn (Telegram)\n"
        "    (billede, lydbesked e.l.; intet af indholdet er gemt)\n" in text
    )


def test_the_export_never_holds_a_phone_number_or_a_chat_id(journal: Journal) -> None:
    a_week_with_ravn(journal)
    export = journal.export()

    everything = (
        as_text(export, journal.deps.texts, "da")
        + repr(export)
        + pdf_text(as_pdf(export, journal.deps.texts, "da"))
    )

    for address in (CITIZEN_SMS, CITIZEN_SMS.removeprefix("+45"), SUSANNE, VIVIAN, LEAD):
        assert address not in everything


def test_the_pdf_shows_the_thread_with_aeoeaa_and_a_placeholder_for_an_emoji(journal: Journal) -> None:
    a_week_with_ravn(journal)

    pdf = as_pdf(journal.export(), journal.deps.texts, "da")

    assert pdf.startswith(b"%PDF")
    shown = pdf_text(pdf)
    assert "Journaludskrift: Ravn" in shown
    assert "Blåbærsyltetøj på fredag?" in shown
    assert "kan vi ses torsdag? [?]" in shown
    assert "står som [?]" in shown  # and says why
    assert pages(pdf) == 1


def test_a_long_thread_runs_over_several_pages_with_their_numbers(journal: Journal) -> None:
    a_week_with_ravn(journal)
    for n in range(60):
        journal.clock.advance(timedelta(minutes=1))
        journal.says(CITIZEN_SMS, f"Besked nummer {n} med æøå og 🙂", channel=Channel.SMS)

    pdf = as_pdf(journal.export(), journal.deps.texts, "da")

    assert pages(pdf) > 1
    assert re.search(rf"Side 2 af\s+{pages(pdf)}\b", pdf_text(pdf))  # the count is drawn on its own


def test_a_citizen_with_nothing_yet_gets_an_export_that_says_so(journal: Journal) -> None:
    text = as_text(journal.export(), journal.deps.texts, "da")

    assert "Periode: ingen beskeder eller kontakter endnu\n" in text
    assert text.endswith("Beskeder\nIngen beskeder.\n\nAftalte kontakter\nIngen aftalte kontakter.\n")
    assert as_pdf(journal.export(), journal.deps.texts, "da").startswith(b"%PDF")


def test_an_unknown_citizen_cannot_be_exported(journal: Journal) -> None:
    with journal.deps.new_uow() as uow:
        lene = uow.session.scalars(select(Worker).where(Worker.name == "Lene")).one()
        with pytest.raises(DomainError) as refused:
            journal_export(uow, journal.deps, 999_999, exported_by=lene, now=journal.clock.now())
    assert refused.value.key == "console.export.not_found"


def test_characters_the_pdf_fonts_cannot_draw_become_a_visible_placeholder() -> None:
    assert pdf_safe("Åse “så” – 5 € … 😊 日本\x07") == "Åse “så” – 5 € … [?] [?][?][?]"
    assert pdf_safe("a\tb\r\nc") == "a    b\nc"  # a tab is spaces, not a character it cannot draw


# --- reading a PDF without a PDF library: its page count, and the text its pages draw -----------------------


def pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))


def pdf_text(pdf: bytes) -> str:
    """The strings the page streams draw (`(…) Tj`), joined: enough to find a phrase."""
    drawn = []
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            content = zlib.decompress(stream)
        except zlib.error:
            content = stream
        for literal in re.findall(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", content, re.S):
            drawn.append(re.sub(rb"\\(.)", rb"\1", literal).decode("cp1252"))
    return " ".join(drawn)
