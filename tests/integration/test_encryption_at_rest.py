"""Personal data never lies in the database in clear: not in the SQLite file, not in PostgreSQL rows."""

from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, select, text

from bot import migrate
from bot.crypto import Vault
from bot.db import make_engine
from bot.models import ChannelIdentity, Citizen, ConcernReport, Message, OutboxMessage, Worker
from bot.models.enums import Channel, CitizenStatus, DeliveryStatus, Direction, ReporterCategory, Urgency
from bot.profile import load_profile
from bot.services import staff
from bot.uow import SqlAlchemyUnitOfWork, session_factory
from tests.fakes.clock import FakeClock

PHONE = "+4527241393"
CHAT_ID = "5550001234987"
MESSAGE_TEXT = "Jeg sover i opgangen på Frodesgade i nat"
REPORT_TEXT = "Naboen har ikke været ude i tre uger og lugter af sprut"
ANSWER_TEXT = "Tak, vi kigger forbi i morgen formiddag"


def fill_with_personal_data(uow: SqlAlchemyUnitOfWork, vault: Vault, clock: FakeClock) -> None:
    """One of everything that holds personal data, written the way the services write it."""
    staff.add_team(uow, clock, "SKP")
    staff.add_worker(uow, vault, clock, load_profile("default"), name="Susanne", team_name="SKP", phone=PHONE)
    now = clock.now()
    with uow:
        team = uow.teams.by_name("SKP")
        assert team is not None
        worker = uow.session.scalars(select(Worker)).one()
        worker.telegram_chat_hash, worker.telegram_chat_enc = vault.lookup_hash(CHAT_ID), vault.seal(CHAT_ID)
        citizen = Citizen(team_id=team.id, alias="Ravn", status=CitizenStatus.ACTIVE, created_at=now)
        uow.session.add(citizen)
        uow.session.flush()
        uow.session.add_all(
            [
                ChannelIdentity(
                    channel=Channel.SMS,
                    address_hash=vault.lookup_hash(PHONE),
                    address_enc=vault.seal(PHONE),
                    citizen_id=citizen.id,
                    created_at=now,
                ),
                Message(
                    citizen_id=citizen.id,
                    direction=Direction.INBOUND,
                    channel=Channel.SMS,
                    body_enc=vault.seal(MESSAGE_TEXT),
                    external_id="SM0001",
                    delivery_status=DeliveryStatus.RECEIVED,
                    created_at=now,
                ),
                ConcernReport(
                    team_id=team.id,
                    reporter_category=ReporterCategory.NEIGHBOUR,
                    anonymous=True,
                    concern_enc=vault.seal(REPORT_TEXT),
                    answer_enc=vault.seal(ANSWER_TEXT),
                    urgency=Urgency.THIS_WEEK,
                    receipt_code_hash=vault.lookup_hash("ABCD2345"),
                    created_at=now,
                ),
                OutboxMessage(
                    idempotency_key="relay:1",
                    channel=Channel.TELEGRAM,
                    recipient_hash=vault.lookup_hash(CHAT_ID),
                    recipient_enc=vault.seal(CHAT_ID),
                    body_enc=vault.seal(MESSAGE_TEXT),
                    next_attempt_at=now,
                    created_at=now,
                ),
            ]
        )
        uow.commit()


SECRETS = [PHONE, PHONE.removeprefix("+45"), CHAT_ID, MESSAGE_TEXT, REPORT_TEXT, ANSWER_TEXT]


def test_the_raw_sqlite_file_holds_no_phone_number_chat_id_or_text(
    tmp_path: Path, vault: Vault, clock: FakeClock
) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/raw.db")
    migrate.upgrade(engine)
    fill_with_personal_data(SqlAlchemyUnitOfWork(session_factory(engine)), vault, clock)
    engine.dispose()

    raw = b"".join(path.read_bytes() for path in tmp_path.glob("raw.db*"))
    assert len(raw) > 10_000
    for secret in SECRETS:
        assert secret.encode() not in raw, "found in clear in the SQLite file"
    assert b"Ravn" in raw  # the alias is stored as such: the test can see plain text when it is there


def test_no_postgresql_or_sqlite_row_holds_personal_data_in_clear(
    uow: SqlAlchemyUnitOfWork, migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    fill_with_personal_data(uow, vault, clock)

    dump = []
    with migrated.connect() as connection:
        for table in inspect(migrated).get_table_names():
            for row in connection.execute(text(f"SELECT * FROM {table}")):
                dump.append(" ".join(str(value) for value in row))
    everything = "\n".join(dump)

    assert "Ravn" in everything
    for secret in SECRETS:
        assert secret not in everything


@pytest.mark.parametrize("text_in_clear", SECRETS)
def test_what_was_sealed_comes_back_whole(text_in_clear: str, vault: Vault) -> None:
    assert vault.open(vault.seal(text_in_clear)) == text_in_clear
