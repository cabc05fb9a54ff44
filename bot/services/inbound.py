"""Every inbound message enters here: deduplicated, routed to its conversation, handled durably.

A channel confirms an update to Telegram (the next getUpdates offset, a webhook's 2xx) or answers Twilio
only after `receive` returned: the update's id, its effects and the replies it causes are then committed
in one transaction. A redelivery finds the id and changes nothing; a crash before the commit leaves the
update unconfirmed, so the channel delivers it again. An update whose handling fails for another reason
is marked failed by `keep_failed` (its id, the error's type and the time, for an operator), so it is not
retried forever.
"""

import json
import logging
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.exc import IntegrityError

from bot.channels import Inbound
from bot.db import once_more_if_reconnected
from bot.i18n import best_language
from bot.models import ChannelIdentity, ProcessedInbound
from bot.models.enums import Channel, InboundStatus, WorkerStatus
from bot.models.infra import coarse_time
from bot.outbox import Outbox
from bot.repositories.citizens import Author
from bot.services import citizens, flood, media, workers
from bot.services.commands import citizen_command, parse_command
from bot.services.context import Deps, Turn
from bot.uow import UnitOfWork

log = logging.getLogger(__name__)


def receive(deps: Deps, inbound: Inbound) -> bool:
    """Handle one inbound message exactly once; False when it had been handled already.

    Its replies are in the outbox when this returns (committed with it); the outbox sends them.
    """
    return once_more_if_reconnected(lambda: _receive_once(deps, inbound))


def inbound_key(deps: Deps, inbound: Inbound) -> str:
    """How an inbound id is kept: a keyed hash, never the id itself. A Twilio MessageSid resolves to the
    phone number at Twilio, and the row's time would line up with an anonymous report."""
    return stored_id(deps, inbound.channel, inbound.external_id)


def stored_id(deps: Deps, channel: str, external_id: str) -> str:
    return deps.vault.lookup_hash(f"{channel}:{external_id}")


def _receive_once(deps: Deps, inbound: Inbound) -> bool:
    with deps.new_uow() as uow:
        now = deps.clock.now()
        new, senders = _claim_and_read(deps, uow, [inbound], now)
        if new:
            _handle(deps, uow, inbound, now, senders.get(_key(inbound)))
        try:
            uow.commit()
        except IntegrityError:
            if not _handled_elsewhere(deps, inbound):
                raise  # refused for another reason (e.g. a held row): the channel keeps it as failed
            log.info("inbound already handled by another process", extra={"channel": inbound.channel})
            return False
    return bool(new)


def _handled_elsewhere(deps: Deps, inbound: Inbound) -> bool:
    """Whether another process committed this inbound id first: only then is a refused commit a no-op."""
    with deps.new_uow() as uow:
        return uow.inbound.get(inbound.channel, inbound_key(deps, inbound)) is not None


Handled = bool | Exception


def receive_many(deps: Deps, inbounds: Sequence[Inbound]) -> list[Handled]:
    """Handle several inbound messages in one transaction: for each, what `receive` gives (or raises).

    One commit for all of them (group commit) makes a busy minute much cheaper, above all on PostgreSQL,
    where every commit waits for the disk. They are handled in the order given, as if one after another.
    If any of them fails, none of them is kept, and each is handled again on its own, so one bad message
    cannot cost the others their place. A recipient's messages from the whole group go out together, in
    order (one transaction: see `bot.outbox.post`).
    """
    if len(inbounds) > 1:
        try:
            return _receive_together(deps, inbounds)
        except Exception:  # e.g. a bug in one conversation, or another process took an update first
            log.info("inbound group failed; handling its messages one by one", extra={"size": len(inbounds)})
    handled: list[Handled] = []
    for inbound in inbounds:
        try:
            handled.append(receive(deps, inbound))
        except Exception as error:  # the caller decides, per message, as for `receive`
            handled.append(error)
    return handled


def _receive_together(deps: Deps, inbounds: Sequence[Inbound]) -> list[Handled]:
    keys = [_key(inbound) for inbound in inbounds]
    with deps.new_uow() as uow:
        firsts: dict[tuple[str, str], Inbound] = {}
        for inbound, key in zip(inbounds, keys, strict=True):
            firsts.setdefault(key, inbound)
        new, ahead = _claim_and_read(deps, uow, list(firsts.values()), deps.clock.now())
        still_true = True  # what was read ahead still holds
        handled: list[Handled] = []
        for inbound, key in zip(inbounds, keys, strict=True):
            if key not in new:  # handled before, or an id given twice in the group (handled the first time)
                handled.append(False)
                continue
            new.discard(key)
            sender = ahead.get(key)
            _handle(deps, uow, inbound, deps.clock.now(), sender if still_true else None)
            still_true = still_true and sender is not None and keeps_to_itself(inbound, sender)
            handled.append(True)
        uow.commit()
    return handled


Key = tuple[str, str]  # an inbound message's channel and id


def _key(inbound: Inbound) -> Key:
    return inbound.channel, inbound.external_id


def _claim_and_read(
    deps: Deps, uow: UnitOfWork, inbounds: Sequence[Inbound], now: datetime
) -> tuple[set[Key], dict[Key, Author]]:
    """Claim the messages' ids (those that were new) and read who wrote each: one round trip for all on
    PostgreSQL. Distinct ids, of one channel (each channel groups its own); for several channels, the ids
    only, and nothing read ahead."""
    channels = {inbound.channel for inbound in inbounds}
    stored: dict[Key, Key] = {
        (inbound.channel, inbound_key(deps, inbound)): _key(inbound) for inbound in inbounds
    }
    if len(channels) != 1:
        return {stored[key] for key in uow.inbound.claim_many(list(stored), now)}, {}
    channel = channels.pop()
    day = now.astimezone(deps.profile.tz).date()
    hashes = [deps.vault.lookup_hashes(inbound.address) for inbound in inbounds]
    ids = [inbound.external_id for inbound in inbounds]
    new, senders = uow.identities.claim_and_read(
        channel,
        [inbound_key(deps, inbound) for inbound in inbounds],
        hashes,
        now,
        day,
        worker=channel == Channel.TELEGRAM,
    )
    return {stored[(channel, key)] for key in new}, {
        (channel, external_id): sender for external_id, sender in zip(ids, senders, strict=True)
    }


def keeps_to_itself(inbound: Inbound, sender: Author) -> bool:
    """A linked citizen's text, outside any dialogue and no command: relayed to their worker, perhaps
    answered. It writes the message, the outbox and that citizen's own last contact, nothing another
    sender's lookup reads, so what was read ahead for the rest of the group still holds after it. After
    anything else (a worker's message, a command, a dialogue, a stranger) it may not."""
    return (
        inbound.choice is None
        and bool(inbound.text.strip())
        and sender.worker is None
        and sender.citizen is not None
        and sender.identity is not None
        and sender.dialogue is None
        and citizen_command(inbound.text, inbound.channel) is None
    )


def _handle(
    deps: Deps,
    uow: UnitOfWork,
    inbound: Inbound,
    now: datetime,
    sender: Author | None = None,
) -> None:
    """One inbound message, its id claimed already, within the caller's transaction; `sender`: who wrote
    it, when read ahead for its group."""
    out = Outbox(uow, deps, f"{inbound.channel}:{inbound.external_id}", now)
    turn = Turn(uow=uow, deps=deps, out=out, inbound=inbound, now=now, language=deps.profile.default_language)
    route(turn, sender)
    if turn.unlinked:
        uow.inbound.blur(inbound.channel, inbound_key(deps, inbound), coarse_time(now))


def keep_failed(deps: Deps, channel: str, external_id: str, error: str) -> None:
    """An update whose handling crashed: marked so it is not retried forever, keeping what an operator
    needs to find it in the log (its id, the error's type, the time) and nothing of who sent it or what
    they wrote: the sender may be an anonymous reporter. The mark is keyed as every inbound id is."""
    key = stored_id(deps, channel, external_id)
    with deps.new_uow() as uow:
        if uow.inbound.get(channel, key) is not None:
            return
        uow.inbound.add(
            ProcessedInbound(
                channel=channel,
                external_id=key,
                payload_enc=deps.vault.seal(json.dumps({"update_id": external_id, "error": error})),
                status=InboundStatus.FAILED,
                received_at=deps.clock.now(),
            )
        )
        uow.commit()


def route(turn: Turn, sender: Author | None = None) -> None:
    """Worker, linked citizen, reporter mid-dialogue, or stranger: each gets their own conversation.
    `sender`: who wrote, if read already (for a group, in one round trip); else read here."""
    inbound, uow = turn.inbound, turn.uow
    sender = turn.author = sender or uow.identities.author(
        inbound.channel, turn.address_hashes, turn.now, turn.today, worker=inbound.channel == Channel.TELEGRAM
    )
    if inbound.choice is None and not inbound.text.strip():
        turn.language = _language(turn, sender.identity)
        if media.refused(turn, sender):  # never relay an empty text; a photo, a voice note: perhaps
            return
    command = parse_command(inbound.text, inbound.channel) if inbound.choice is None else None
    worker = sender.worker
    if worker is not None and worker.status == WorkerStatus.ACTIVE:
        turn.limited = False  # the team's own answers are never held back
        workers.handle_worker(turn, worker, command)
        return
    if worker is not None and worker.status == WorkerStatus.LEFT:
        workers.refuse_left(turn, worker, command)
        return
    identity = sender.identity
    turn.language = _language(turn, identity)
    if command is None and inbound.choice is None:
        command = citizen_command(inbound.text, inbound.channel)
    if (
        command is not None
        and command.name == "start"
        and command.args
        and not flood.codes_paused(turn)
        and workers.try_enrol(turn, command.args)
    ):
        return
    citizens.handle_sender(turn, identity, command)


def _language(turn: Turn, identity: ChannelIdentity | None) -> str:
    """The sender's chosen language, else a guess from Telegram's language_code, else the profile's first."""
    available = turn.deps.texts.languages()
    if identity is not None and identity.language in available:
        return identity.language
    supported = [lang for lang in turn.deps.profile.languages if lang in available]
    return best_language(turn.inbound.language_hint, supported)
