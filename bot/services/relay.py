"""Relay between citizens and workers: who answers a citizen, and passing texts both ways.

Neither side learns the other's number or account: the bot is always in the middle.
"""

from datetime import timedelta

from bot.channels import Choice
from bot.cpr import redact_cpr
from bot.models import Absence, ChannelIdentity, Citizen, Message, Worker
from bot.models.enums import CitizenStatus, DeliveryStatus, Direction, WorkerStatus
from bot.repositories.citizens import Sender
from bot.services import media
from bot.services.context import Turn


def responders(turn: Turn, citizen: Citizen) -> list[Worker]:
    """The citizen's own worker; their cover while they are away; else the team's on-duty workers."""
    uow = turn.uow
    if citizen.worker_id is not None:
        worker, absence = _own_worker_today(turn, citizen, citizen.worker_id)
        if worker is not None and worker.status == WorkerStatus.ACTIVE:
            if absence is None:
                return [worker]
            cover = uow.workers.get(absence.cover_worker_id) if absence.cover_worker_id else None
            if cover is not None and cover.status == WorkerStatus.ACTIVE:
                return [cover]
            # No cover named: the colleagues on duty answer, not the one who is away (unless nobody is).
            present = [w for w in uow.workers.on_duty(citizen.team_id) if w.id != worker.id]
            return present or [worker]
    sender = _read_with(turn, citizen)
    if sender is not None and sender.on_duty is not None:
        return list(sender.on_duty)  # read with the sender: this citizen had no worker then, nor now
    return list(uow.workers.on_duty(citizen.team_id))


def _own_worker_today(turn: Turn, citizen: Citizen, worker_id: int) -> tuple[Worker | None, Absence | None]:
    """The citizen's worker and their absence today: as read with the sender, else asked now."""
    sender = _read_with(turn, citizen)
    if (
        sender is not None
        and sender.own_worker is not None
        and sender.own_worker.id == worker_id
        and sender.day == turn.today
    ):
        return sender.own_worker, sender.absence
    return turn.uow.workers.with_absence(worker_id, turn.today)


def _read_with(turn: Turn, citizen: Citizen) -> Sender | None:
    """What was read with the sender when the turn began, if it is about this citizen and they wrote
    themselves: a citizen's turn changes no worker, absence or team, so it still holds (a worker's
    turn, e.g. one assigning or transferring the citizen, is asked anew)."""
    sender = turn.sender
    if sender is None or sender.citizen is not citizen or sender.worker is not None:
        return None
    return sender


CONTACT_RESOLUTION = timedelta(minutes=10)


def touch(turn: Turn, citizen: Citizen, identity: ChannelIdentity) -> None:
    """Note when the citizen was last heard from (inactivity, the channel answers go to).

    To the nearest ten minutes: a burst of messages then costs no extra writes.
    """
    if citizen.last_contact_at is None or turn.now - citizen.last_contact_at > CONTACT_RESOLUTION:
        citizen.last_contact_at = turn.now
    if identity.last_seen_at is None or turn.now - identity.last_seen_at > CONTACT_RESOLUTION:
        identity.last_seen_at = turn.now


def claim_choice(turn: Turn, worker: Worker, citizen: Citizen) -> tuple[Choice, ...]:
    """A one-tap button to take on a new contact."""
    return (Choice(turn.deps.text("worker.claim_button", worker.language), f"claim:{citizen.id}"),)


def relay_to_workers(turn: Turn, citizen: Citizen, text: str, identity: ChannelIdentity) -> None:
    """Store the citizen's message and hand it to whoever answers them, headed by the alias."""
    body = redact_cpr(text)
    message = turn.uow.messages.insert(
        citizen_id=citizen.id,
        worker_id=None,
        direction=Direction.INBOUND,
        channel=identity.channel,
        body_enc=turn.deps.vault.seal(body),
        external_id=turn.inbound.external_id,
        delivery_status=DeliveryStatus.RECEIVED,
        created_at=turn.now,
        purged_at=None,
    )
    touch(turn, citizen, identity)
    header_key = _header_key(turn, citizen, identity)
    options = {"urgent": True} if turn.worrying else {}
    for worker in responders(turn, citizen):
        header = turn.deps.text(header_key, worker.language, alias=citizen.alias)
        choices = claim_choice(turn, worker, citizen) if citizen.status == CitizenStatus.NEW else ()
        text = media.worker_text(turn, worker, citizen, f"{header}\n{body}")
        turn.out.to_worker(worker, text, kind="relay", message_id=message, choices=choices, **options)
        media.copy_to_worker(turn, worker, message)


def _header_key(turn: Turn, citizen: Citizen, identity: ChannelIdentity) -> str:
    """The line above a relayed text: who wrote, and what the worker must know before answering (it may
    be serious; the citizen paused answers with STOP)."""
    if turn.worrying:
        return "worker.relay_worrying"
    if identity.stopped:
        return "worker.relay_stopped"
    return "worker.relay_new_contact" if citizen.status == CitizenStatus.NEW else "worker.relay_header"


def relay_to_citizen(turn: Turn, worker: Worker, citizen: Citizen, text: str) -> ChannelIdentity | None:
    """Send a worker's answer on the channel the citizen used last; None if no channel is open."""
    for identity in turn.uow.identities.of_citizen(citizen.id):
        if identity.stopped:
            continue
        message = Message(
            citizen_id=citizen.id,
            worker_id=worker.id,
            direction=Direction.OUTBOUND,
            channel=identity.channel,
            body_enc=turn.deps.vault.seal(text),
            delivery_status=DeliveryStatus.QUEUED,
            created_at=turn.now,
        )
        turn.uow.messages.add(message)
        turn.out.to_identity(identity, text, kind="relay", message_id=message.id)
        return identity
    return None
