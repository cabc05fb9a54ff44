"""Relay between citizens and workers: who answers a citizen, and passing texts both ways.

Neither side learns the other's number or account: the bot is always in the middle.
"""

from datetime import date, datetime, timedelta

from bot import buttons
from bot.channels import Choice
from bot.cpr import redact_cpr
from bot.crypto import Vault
from bot.models import Absence, ChannelIdentity, Citizen, Message, Worker
from bot.models.enums import CitizenStatus, DeliveryStatus, Direction, OutboxKind
from bot.outbox import Outbox
from bot.repositories.citizens import Author
from bot.services import media
from bot.services.answering import Present, answering
from bot.services.context import Turn
from bot.uow import UnitOfWork


def responders(turn: Turn, citizen: Citizen) -> list[Worker]:
    """Whoever answers the citizen today, by the one rule (`bot/policy/who_answers.py`): the facts come
    from what was read with the sender where they can, the rest is asked only when the rule needs it."""
    return responders_on(turn.uow, turn.today, citizen, _read_with(turn, citizen))


def responders_on(uow: UnitOfWork, day: date, citizen: Citizen, sender: Author | None = None) -> list[Worker]:
    """`responders` without a turn (the web console): whoever answers the citizen on `day`, the local
    date. `sender`: what was read with the citizen's own message, when they wrote it (saves a round
    trip); None asks everything anew."""
    own: Present | None = None
    cover: Present | None = None
    if citizen.worker_id is not None:
        worker, absence = _own_worker_on(uow, day, citizen.worker_id, sender)
        if worker is not None:
            own = (worker, absence is not None)
        named = uow.workers.get(absence.cover_worker_id) if absence and absence.cover_worker_id else None
        if named is not None:
            cover = (named, uow.absences.current(named.id, day) is not None)
    away_today: set[int] | None = None

    def is_away(worker_id: int) -> bool:
        nonlocal away_today
        if away_today is None:
            away_today = {absence.worker_id for absence in uow.absences.on(day)}
        return worker_id in away_today

    def on_duty() -> list[Present]:
        if sender is not None and sender.on_duty is not None:  # read with the sender (a new contact)
            return [(w, w.id in sender.on_duty_away) for w in sender.on_duty]
        return [(w, is_away(w.id)) for w in uow.workers.on_duty(citizen.team_id)]

    def leads() -> list[Present]:
        return [(w, is_away(w.id)) for w in uow.workers.leads(citizen.team_id)]

    return answering(own, cover, on_duty, leads)


def _own_worker_on(
    uow: UnitOfWork, day: date, worker_id: int, sender: Author | None
) -> tuple[Worker | None, Absence | None]:
    """The citizen's worker and their absence on `day`: as read with the sender, else asked now."""
    if (
        sender is not None
        and sender.own_worker is not None
        and sender.own_worker.id == worker_id
        and sender.day == day
    ):
        return sender.own_worker, sender.absence
    return uow.workers.with_absence(worker_id, day)


def _read_with(turn: Turn, citizen: Citizen) -> Author | None:
    """What was read with the sender when the turn began, if it is about this citizen and they wrote
    themselves: a citizen's turn changes no worker, absence or team, so it still holds (a worker's
    turn, e.g. one assigning or transferring the citizen, is asked anew)."""
    sender = turn.author
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
    return (Choice(turn.deps.text("worker.claim_button", worker.language), buttons.claim(citizen.id)),)


def relay_to_workers(turn: Turn, citizen: Citizen, text: str, identity: ChannelIdentity) -> None:
    """Store the citizen's message and hand it to whoever answers them, headed by the alias."""
    body = redact_cpr(text)
    message = turn.out.store_message(
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
        turn.out.to_worker(
            worker, text, kind=OutboxKind.RELAY, message_id=message, choices=choices, **options
        )
        media.copy_to_worker(turn, worker, message)


def _header_key(turn: Turn, citizen: Citizen, identity: ChannelIdentity) -> str:
    """The line above a relayed text: who wrote, and what the worker must know before answering (it may
    be serious; the citizen paused answers with STOP)."""
    if turn.worrying:
        return "worker.relay_worrying"
    if identity.stopped:
        return "worker.relay_stopped"
    return "worker.relay_new_contact" if citizen.status == CitizenStatus.NEW else "worker.relay_header"


def relay_to_citizen(
    uow: UnitOfWork,
    vault: Vault,
    out: Outbox,
    now: datetime,
    worker: Worker,
    citizen: Citizen,
    identity: ChannelIdentity,
    text: str,
) -> Message:
    """Send a worker's answer on the citizen's open channel `identity` (`open_channel`): stored, and
    queued."""
    message = Message(
        citizen_id=citizen.id,
        worker_id=worker.id,
        direction=Direction.OUTBOUND,
        channel=identity.channel,
        body_enc=vault.seal(text),
        delivery_status=DeliveryStatus.QUEUED,
        created_at=now,
    )
    uow.messages.add(message)
    out.to_identity(identity, text, kind=OutboxKind.RELAY, message_id=message.id)
    citizen.asked_at = now  # the citizen's next short reply is read after it (`worker_asked`)
    return message


def open_channel(uow: UnitOfWork, citizen: Citizen) -> ChannelIdentity | None:
    """The channel a worker's answer goes out on: the one the citizen used last that is not paused."""
    return next(
        (identity for identity in uow.identities.of_citizen(citizen.id) if not identity.stopped), None
    )


ASKED_WITHIN = timedelta(hours=24)
"""How long a worker's question is what a short reply answers: a citizen answers "ja. i aften" at night to a
question asked in the afternoon; a day later, "ja" is about something else."""
ANSWERS_SINCE = 3
"""The citizen's messages after the worker's that may still answer it, the new one counted: "ja", "i
aften", "undskyld"."""
JOINED = 3
"""The worker's texts sent in a row that are read together: a question and its afterthought."""
_UNSEEN = frozenset({DeliveryStatus.HELD, DeliveryStatus.FAILED, DeliveryStatus.UNDELIVERED})


def worker_asked(turn: Turn, citizen: Citizen) -> str | None:
    """The worker's texts to the citizen that the citizen's new message may answer: the latest ones sent in
    a row ("har du en plan?" then "du må gerne svare ærligt"), at most JOINED, within ASKED_WITHIN, seen
    (not held, not failed), with fewer than ANSWERS_SINCE of the citizen's messages after them (this one
    makes the count). For the crisis detector only (`assess_danger`); never kept or logged."""
    if citizen.asked_at is None or turn.now - citizen.asked_at > ASKED_WITHIN:
        return None  # nothing to read, and no query (a group of texts costs a handful of statements)
    texts: list[str] = []
    skipped = 0
    for message in reversed(turn.uow.messages.thread(citizen.id, ANSWERS_SINCE + JOINED)):
        if message.direction != Direction.OUTBOUND:
            if texts:
                break  # the citizen wrote before these
            skipped += 1
            if skipped >= ANSWERS_SINCE:
                return None
            continue
        # (the newest went out when `asked_at` says: later than written when it was held, then sent)
        went_out = citizen.asked_at if not texts else message.created_at
        if (
            message.worker_id is None
            or message.body_enc is None
            or message.delivery_status in _UNSEEN
            or turn.now - went_out > ASKED_WITHIN
            or len(texts) == JOINED
        ):
            break
        texts.append(turn.deps.vault.open(message.body_enc))
    return "\n".join(reversed(texts)) or None
