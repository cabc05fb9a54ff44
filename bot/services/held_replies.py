"""A worker's replies to a citizen who paused messages with STOP: kept, never lost, and sent only when the
worker chooses, after the citizen writes START again (Twilio, too, blocks texts to a number until then)."""

from datetime import datetime

from bot import buttons
from bot.channels import Choice
from bot.crypto import Vault
from bot.models import Citizen, Message, Worker
from bot.models.enums import DeliveryStatus, Direction, OutboxKind
from bot.services.context import Turn
from bot.uow import UnitOfWork


def hold(
    uow: UnitOfWork, vault: Vault, now: datetime, worker: Worker, citizen: Citizen, text: str
) -> Message | None:
    """Keep `text` for the citizen if every channel of theirs is paused; None if that is not why it could
    not go (no channel at all)."""
    identities = uow.identities.of_citizen(citizen.id)
    if not identities or not all(identity.stopped for identity in identities):
        return None
    message = Message(
        citizen_id=citizen.id,
        worker_id=worker.id,
        direction=Direction.OUTBOUND,
        channel=identities[0].channel,
        body_enc=vault.seal(text),
        delivery_status=DeliveryStatus.HELD,
        created_at=now,
    )
    uow.messages.add(message)
    return message


def send_held_choice(turn: Turn, worker: Worker, citizen: Citizen) -> tuple[Choice, ...]:
    """The button offering to send what was held, when anything is."""
    if not turn.uow.messages.held_for(citizen.id):
        return ()
    return (Choice(turn.deps.text("worker.send_held", worker.language), buttons.send_held(citizen.id)),)


def send_held(turn: Turn, worker: Worker, citizen_id: int) -> None:
    """The worker's tap: the held replies go out, oldest first, on the channel the citizen opened again."""
    citizen = turn.uow.citizens.get(citizen_id)
    if citizen is None or citizen.team_id != worker.team_id:
        turn.reply(turn.t("worker.citizen_gone"), kind=OutboxKind.INFO)
        return
    held = turn.uow.messages.held_for(citizen.id)
    if not held:
        turn.reply(turn.t("worker.held_none", alias=citizen.alias), kind=OutboxKind.INFO)  # a second tap
        return
    identity = next((i for i in turn.uow.identities.of_citizen(citizen.id) if not i.stopped), None)
    if identity is None:
        turn.reply(turn.t("worker.citizen_unreachable", alias=citizen.alias), kind=OutboxKind.INFO)
        return
    sent = 0
    for message in held:
        if message.body_enc is None:  # purged after its retention period: nothing left to send
            message.delivery_status = DeliveryStatus.FAILED
            continue
        message.delivery_status = DeliveryStatus.QUEUED
        message.channel = identity.channel
        text = turn.deps.vault.open(message.body_enc)
        turn.out.to_identity(identity, text, kind=OutboxKind.RELAY, message_id=message.id)
        sent += 1
    if sent:
        # sent only now: the citizen's next short reply may answer it (`worker_asked`)
        citizen.asked_at = turn.now
    turn.reply(turn.t("worker.held_sent", alias=citizen.alias, count=sent), kind=OutboxKind.INFO)
