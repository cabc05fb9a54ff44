"""A photo, voice note, video, document or location passed between a citizen and their worker.

On Telegram the bot copies the message (`copyMessage`): the file stays on Telegram's servers and the bot
keeps nothing but two ids, sealed in the outbox row until it is sent. SMS carries text only: an MMS from a
citizen reaches the worker as a line saying what it was (its URL is never read or kept), and a worker's
media for a citizen who gets SMS is not sent, and the worker is told so.
"""

from bot.channels import Copy, Media
from bot.cpr import contains_cpr
from bot.models import Citizen, Message, Worker
from bot.models.enums import Channel, DeliveryStatus, Direction, OutboxKind, WorkerStatus
from bot.outbox import MessageRef
from bot.repositories.citizens import Author
from bot.services.context import Turn


def refused(turn: Turn, sender: Author) -> bool:
    """A message without words that cannot be passed on is answered here (True): nothing the bot can
    copy (a contact card it cannot read, an empty text), media from a reporter mid-dialogue (the question
    wants words), a worker's media that replies to no citizen. False: pass it on."""
    media = turn.inbound.media
    worker = sender.worker
    if media is not None and worker is not None and worker.status == WorkerStatus.ACTIVE:
        if turn.inbound.reply_to is not None:
            return False  # the worker's answer to a citizen: see `reply_with_media`
        turn.language = worker.language
        turn.reply(turn.t("worker.reply_not_a_relay"), kind=OutboxKind.HELP)
        return True
    if media is not None and sender.dialogue is None:
        return False
    turn.reply(turn.t("media.unsupported"), kind=OutboxKind.HELP)
    return True


def worker_text(turn: Turn, worker: Worker, citizen: Citizen, relayed: str) -> str:
    """The relayed text as the worker reads it; for an MMS, with a line saying what could not come along."""
    media = turn.inbound.media
    relayed = relayed.rstrip()
    if media is None or turn.inbound.channel != Channel.SMS:
        return relayed
    what = kind_word(turn, media, worker.language)
    note = turn.deps.text("worker.media.from_sms", worker.language, alias=citizen.alias, what=what)
    return f"{relayed}\n{note}"


def copy_to_worker(turn: Turn, worker: Worker, message: MessageRef) -> None:
    """After the citizen's header, a copy of their photo, voice note… (Telegram to Telegram only).

    The copy goes without its caption: the caption is in the header's text already, where a CPR number
    is blanked out like in every relayed text."""
    media = turn.inbound.media
    if media is None or media.message_id is None or turn.inbound.channel != Channel.TELEGRAM:
        return
    source = Copy(turn.inbound.address, media.message_id, drop_caption=True)
    turn.out.to_worker(worker, "", kind=OutboxKind.RELAY, message_id=message, copy=source)


def reply_with_media(turn: Turn, worker: Worker, citizen: Citizen) -> None:
    """A worker's photo, voice note… sent as a reply to a citizen's message: copied to a citizen on
    Telegram; for a citizen who gets SMS, not sent, and the worker told why."""
    media = turn.inbound.media
    if media is None or media.message_id is None:  # a worker writes on Telegram: never, but say so
        turn.reply(turn.t("worker.reply_not_a_relay"), kind=OutboxKind.HELP)
        return
    identity = next((i for i in turn.uow.identities.of_citizen(citizen.id) if not i.stopped), None)
    what = kind_word(turn, media, worker.language)
    if identity is None:
        turn.reply(turn.t("worker.citizen_unreachable", alias=citizen.alias), kind=OutboxKind.INFO)
        return
    if identity.channel == Channel.SMS:
        turn.reply(turn.t("worker.media.not_by_sms", alias=citizen.alias, what=what), kind=OutboxKind.INFO)
        return
    if contains_cpr(turn.inbound.text):  # the caption goes along with the copy
        turn.reply(turn.t("worker.cpr_refused"), kind=OutboxKind.HELP)
        return
    message = Message(
        citizen_id=citizen.id,
        worker_id=worker.id,
        direction=Direction.OUTBOUND,
        channel=identity.channel,
        body_enc=None,  # nothing of the media is kept: the row says only that something was sent
        delivery_status=DeliveryStatus.QUEUED,
        created_at=turn.now,
    )
    turn.uow.messages.add(message)
    source = Copy(turn.inbound.address, media.message_id)
    turn.out.to_identity(identity, "", kind=OutboxKind.RELAY, message_id=message.id, copy=source)


def kind_word(turn: Turn, media: Media, language: str) -> str:
    """ "et billede", "en lydbesked"…: what the media is, in the reader's language."""
    return turn.deps.text(f"worker.media.kind.{media.kind}", language)
