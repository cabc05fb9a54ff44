"""An anonymous concern report leaves nothing that leads back to its reporter, even one the bot knows (a
linked citizen, an earlier new contact, a reporter who once gave their name), on SMS and Telegram, on
SQLite and PostgreSQL.

The reporter's turns go through `receive` and the real outbox drainer, the channels handing out ids as
Twilio and Telegram would; then every table is read, sealed columns opened with the vault, and searched
for the address, its keyed hashes, the inbound ids and the ids the channel gave our replies, and for rows
about the reporter with a time that lines up with the report's.
"""

import asyncio
import json
import secrets
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from itertools import count
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from bot.channels import Inbound
from bot.crypto import Vault
from bot.models import ConcernReport, OutboxMessage
from bot.models.base import Base
from bot.models.enums import Channel, OutboxStatus
from bot.outbox import OutboxDrainer
from bot.services.inbound import receive, stored_id
from tests.fakes.clock import FakeClock
from tests.fakes.senders import FakeSender
from tests.integration.test_conversations import Conversation

SUSANNE = "1001"
ADDRESSES = {Channel.SMS: "+4520304051", Channel.TELEGRAM: "777000123"}
TURN = timedelta(seconds=40)  # a reporter takes a while over each answer
NEAR = timedelta(seconds=5)
SUNDAY_NIGHT = datetime(2026, 11, 22, 21, 0, tzinfo=UTC)  # 22:00 in Copenhagen: the team is closed
REPORT = ("bekymring", "min nabo har ikke vaeret ude i 3 uger", "ham i stuen th nr 12", "2", "1", "1")


class Reporting(Conversation):
    """Turns with the ids the channels give (Twilio SIDs, Telegram update ids), each drained at once by
    channels that give our replies their ids too."""

    def __init__(self, engine: Engine, vault: Vault, clock: FakeClock) -> None:
        super().__init__(engine, vault, clock)
        self.clock = clock
        updates, messages = count(904_000_001), count(610_000_001)
        self.inbound_ids: list[tuple[str, str, datetime]] = []  # channel, id, when
        self.channels = {
            Channel.SMS: FakeSender(ids=lambda: f"SM{secrets.token_hex(16)}"),
            Channel.TELEGRAM: FakeSender(ids=lambda: str(next(messages))),
        }
        self._updates = updates

    def says(self, address: str, text: str = "", channel: Channel = Channel.TELEGRAM, **extra: str) -> object:
        self.clock.advance(TURN)
        external_id = f"SM{secrets.token_hex(16)}" if channel == Channel.SMS else str(next(self._updates))
        self.inbound_ids.append((channel, external_id, self.clock.now()))
        handled = receive(self.deps, Inbound(channel, address, external_id, text=text, **extra))
        asyncio.run(self._drain())
        return handled

    async def _drain(self) -> None:
        stop = asyncio.Event()
        running = asyncio.create_task(OutboxDrainer(self.deps, self.channels).run(stop, idle_poll=0.01))
        for _ in range(500):
            if self._pending() == 0:
                break
            await asyncio.sleep(0.01)
        stop.set()
        await running

    def _pending(self) -> int:
        with self.engine.connect() as connection:
            query = select(func.count()).where(OutboxMessage.status == OutboxStatus.PENDING)
            return connection.scalar(select(func.count()).select_from(OutboxMessage).where(query.whereclause))  # type: ignore[arg-type]

    def sent_ids_to(self, address: str) -> list[str]:
        return [
            sent_id for sender in self.channels.values() for d, sent_id in sender.sent if d.address == address
        ]


def cells(vault: Vault, value: Any) -> Iterator[str]:
    """A column's value as text, sealed values opened (also inside JSON, as a copied message's source)."""
    if value is None:
        return
    if isinstance(value, dict | list):
        items = value.values() if isinstance(value, dict) else value
        yield json.dumps(value)
        for item in items:
            yield from cells(vault, item)
        return
    text = str(value)
    yield text
    if text.startswith("gAAAA"):
        yield vault.open(text)


def traces(
    engine: Engine, vault: Vault, clues: set[str], hidden: set[str], since: datetime, until: datetime
) -> list[str]:
    """Rows that lead back to the reporter: those holding one of `hidden` (ids only the report's turns
    made), and those holding one of `clues` (the address, its hashes) with a time in [since, until]."""
    found = []
    with engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            for row in connection.execute(table.select()).mappings():
                texts = [text for value in row.values() for text in cells(vault, value)]
                times = [value for value in row.values() if isinstance(value, datetime)]
                if any(needle in text for needle in hidden for text in texts):
                    found.append(f"{table.name} {dict(row)}")
                elif any(needle in text for needle in clues for text in texts) and any(
                    since <= moment <= until for moment in times
                ):
                    found.append(f"{table.name} (timed) {dict(row)}")
    return found


def linked_citizen(talk: Reporting, address: str, channel: Channel) -> None:
    talk.says(SUSANNE, "/invite Ravn")
    code = talk.received(SUSANNE)[-1].split()[-1]
    talk.says(address, code, channel=channel)


def new_contact(talk: Reporting, address: str, channel: Channel) -> None:
    talk.says(address, "hej, kan I hjaelpe mig med en bolig", channel=channel)


def named_reporter(talk: Reporting, address: str, channel: Channel) -> None:
    for text in ("bekymring", "hun graeder i trappen", "karen nr 7", "3", "2", "nej", "lise 22334455"):
        talk.says(address, text, channel=channel)


def stranger(talk: Reporting, address: str, channel: Channel) -> None:
    """Never wrote before."""


@pytest.mark.parametrize("channel", [Channel.SMS, Channel.TELEGRAM])
@pytest.mark.parametrize("before", [linked_citizen, new_contact, named_reporter, stranger])
def test_an_anonymous_report_leaves_no_row_that_leads_back_to_its_reporter(
    migrated: Engine, vault: Vault, clock: FakeClock, channel: Channel, before: Any
) -> None:
    anonymous_report_leaves_no_trace(Reporting(migrated, vault, clock), channel, before, REPORT)


@pytest.mark.parametrize("channel", [Channel.SMS, Channel.TELEGRAM])
def test_a_linked_citizen_reporting_acute_danger_at_night_is_not_named_to_the_team(
    migrated: Engine, vault: Vault, channel: Channel
) -> None:
    """The crisis answer and the team's alert come, but the alert names no alias, and the citizen's
    channel notes no time of it."""
    talk = Reporting(migrated, vault, FakeClock(SUNDAY_NIGHT))
    danger = (REPORT[0], "han siger han vil tage sit eget liv i nat", *REPORT[2:])
    anonymous_report_leaves_no_trace(talk, channel, linked_citizen, danger)

    alerts = [text for text in talk.channels[Channel.TELEGRAM].texts_to(SUSANNE) if "akut fare" in text]
    assert alerts and all("Ravn" not in text and "ukendt afsender" in text for text in alerts)


def anonymous_report_leaves_no_trace(
    talk: Reporting, channel: Channel, before: Any, report: tuple[str, ...]
) -> None:
    migrated, vault, clock = talk.engine, talk.deps.vault, talk.clock
    talk.worker(SUSANNE, "Susanne")
    address = ADDRESSES[channel]
    before(talk, address, channel)
    clock.advance(timedelta(hours=1))
    known_ids = {external_id for _, external_id, _ in talk.inbound_ids}
    sent_before = set(talk.sent_ids_to(address))
    started = clock.now() + TURN

    for text in report:
        talk.says(address, text, channel=channel)

    with talk.deps.new_uow() as uow:
        report = uow.session.scalars(select(ConcernReport).order_by(ConcernReport.id.desc())).first()
        assert report is not None and report.anonymous and report.created_at == clock.now()
    assert "kode" in talk.channels[channel].texts_to(address)[-1].lower()  # the receipt reached them
    turns = [(ch, external_id) for ch, external_id, _ in talk.inbound_ids if external_id not in known_ids]
    hidden = {external_id for _, external_id in turns}
    hidden |= set(talk.sent_ids_to(address)) - sent_before
    clues = {address, *vault.lookup_hashes(address)}
    clues |= {stored_id(talk.deps, ch, external_id) for ch, external_id in turns}
    assert traces(migrated, vault, clues, hidden, started - NEAR, clock.now() + NEAR) == []
