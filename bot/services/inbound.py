"""Every inbound message enters here: made durable, deduplicated, routed to the right conversation.

A channel first *stores* an update (before confirming it to Telegram or answering Twilio), then asks
`receive` to handle it. Handling marks the stored row done in the same transaction as its effects, so a
redelivered or re-read update changes nothing, and a crash in between leaves it waiting, not lost.
"""

import logging
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError

from bot.channels import Inbound
from bot.i18n import best_language
from bot.models import ProcessedInbound
from bot.models.enums import InboundStatus, WorkerStatus
from bot.services import citizens, workers
from bot.services.commands import parse_command
from bot.services.context import Deps, OutboxWriter, Turn

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoredInbound:
    """An update waiting to be handled, as the channel stored it."""

    external_id: str
    payload: str


def store_inbound(deps: Deps, channel: str, external_id: str, payload: str) -> bool:
    """Make an inbound update durable. False when it was seen before (a redelivery)."""
    with deps.new_uow() as uow:
        if uow.inbound.get(channel, external_id) is not None:
            return False
        uow.inbound.add(
            ProcessedInbound(
                channel=channel,
                external_id=external_id,
                payload_enc=deps.vault.seal(payload),
                status=InboundStatus.STORED,
                received_at=deps.clock.now(),
            )
        )
        try:
            uow.commit()
        except IntegrityError:  # a concurrent delivery of the same update won the race
            return False
    return True


def waiting_inbound(deps: Deps, channel: str, limit: int = 100) -> list[StoredInbound]:
    """Updates stored but not handled, oldest first (after a crash, they are handled at start)."""
    with deps.new_uow() as uow:
        rows = uow.inbound.waiting(channel, limit)
        return [StoredInbound(row.external_id, deps.vault.open(row.payload_enc or "")) for row in rows]


def receive(deps: Deps, inbound: Inbound) -> bool:
    """Handle one inbound message exactly once. False when it had been handled already."""
    now = deps.clock.now()
    with deps.new_uow() as uow:
        record = uow.inbound.get(inbound.channel, inbound.external_id)
        if record is not None and record.status != InboundStatus.STORED:
            return False
        if record is None:
            uow.inbound.add(
                ProcessedInbound(
                    channel=inbound.channel,
                    external_id=inbound.external_id,
                    status=InboundStatus.DONE,
                    received_at=now,
                )
            )
        else:
            record.status, record.payload_enc = (
                InboundStatus.DONE,
                None,
            )  # the stored copy is no longer needed
        out = OutboxWriter(uow, deps, f"{inbound.channel}:{inbound.external_id}", now)
        turn = Turn(
            uow=uow, deps=deps, out=out, inbound=inbound, now=now, language=deps.profile.default_language
        )
        route(turn)
        try:
            uow.commit()
        except IntegrityError:
            log.info("inbound already handled by another process", extra={"channel": inbound.channel})
            return False
    return True


def mark_failed(deps: Deps, channel: str, external_id: str) -> None:
    """An update whose handling crashed: kept (sealed) for an operator, not retried forever."""
    with deps.new_uow() as uow:
        record = uow.inbound.get(channel, external_id)
        if record is not None and record.status == InboundStatus.STORED:
            record.status = InboundStatus.FAILED
            uow.commit()


def route(turn: Turn) -> None:
    """Worker, linked citizen, reporter mid-dialogue, or stranger: each gets their own conversation."""
    inbound, uow = turn.inbound, turn.uow
    command = parse_command(inbound.text, inbound.channel) if inbound.choice is None else None
    worker = uow.workers.by_telegram_chat(turn.address_hashes) if inbound.channel == "telegram" else None
    if worker is not None and worker.status == WorkerStatus.ACTIVE:
        workers.handle_worker(turn, worker, command)
        return
    identity = uow.identities.by_address(inbound.channel, turn.address_hashes)
    available = turn.deps.texts.languages()
    if identity is not None and identity.language in available:
        turn.language = identity.language
    else:
        turn.language = best_language(
            inbound.language_hint, [lang for lang in turn.deps.profile.languages if lang in available]
        )
    if (
        command is not None
        and command.name == "start"
        and command.args
        and workers.try_enrol(turn, command.args)
    ):
        return
    citizens.handle_sender(turn, identity, command)
