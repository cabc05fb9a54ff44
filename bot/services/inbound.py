"""Every inbound message enters here: deduplicated, routed to its conversation, handled durably.

A channel confirms an update to Telegram (the next getUpdates offset, a webhook's 2xx) or answers Twilio
only after `receive` returned: the update's id, its effects and the replies it causes are then committed
in one transaction. A redelivery finds the id and changes nothing; a crash before the commit leaves the
update unconfirmed, so the channel delivers it again. An update whose handling fails for another reason
is kept, sealed, by `keep_failed` for an operator, rather than lost.
"""

import logging
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.exc import IntegrityError

from bot.channels import Dispatch, Inbound
from bot.db import once_more_if_reconnected
from bot.i18n import best_language
from bot.models import ChannelIdentity, ProcessedInbound
from bot.models.enums import InboundStatus, WorkerStatus
from bot.services import citizens, workers
from bot.services.commands import parse_command
from bot.services.context import Deps, OutboxWriter, Turn
from bot.uow import UnitOfWork

log = logging.getLogger(__name__)


def receive(deps: Deps, inbound: Inbound, dispatch: bool = False) -> list[Dispatch] | None:
    """Handle one inbound message exactly once; None when it had been handled already.

    With `dispatch`, the replies that can go straight out are returned, leased to the caller, who sends
    them at once (a channel handler hands them to the drainer); otherwise the drainer picks them up.
    """
    return once_more_if_reconnected(lambda: _receive_once(deps, inbound, dispatch))


def _receive_once(deps: Deps, inbound: Inbound, dispatch: bool) -> list[Dispatch] | None:
    with deps.new_uow() as uow:
        now = deps.clock.now()
        new = uow.inbound.claim(inbound.channel, inbound.external_id, now)
        out = _handle(deps, uow, inbound, now, dispatch, {}) if new else None
        try:
            uow.commit()
        except IntegrityError:
            log.info("inbound already handled by another process", extra={"channel": inbound.channel})
            return None
    return None if out is None else out.dispatches


Handled = list[Dispatch] | None | Exception


def receive_many(deps: Deps, inbounds: Sequence[Inbound], dispatch: bool = False) -> list[Handled]:
    """Handle several inbound messages in one transaction: for each, what `receive` gives (or raises).

    One commit for all of them (group commit) makes a busy minute much cheaper, above all on PostgreSQL,
    where every commit waits for the disk. They are handled in the order given, as if one after another.
    If any of them fails, none of them is kept, and each is handled again on its own, so one bad message
    cannot cost the others their place. With `dispatch`, a recipient's messages from the whole group
    are leased together: the caller must hand all the returned dispatches to the drainer in one go.
    """
    if len(inbounds) > 1:
        try:
            return _receive_together(deps, inbounds, dispatch)
        except Exception:  # e.g. a bug in one conversation, or another process took an update first
            log.info("inbound group failed; handling its messages one by one", extra={"size": len(inbounds)})
    handled: list[Handled] = []
    for inbound in inbounds:
        try:
            handled.append(receive(deps, inbound, dispatch))
        except Exception as error:  # the caller decides, per message, as for `receive`
            handled.append(error)
    return handled


def _receive_together(deps: Deps, inbounds: Sequence[Inbound], dispatch: bool) -> list[Handled]:
    direct: dict[str, bool] = {}  # shared: a recipient's messages from the group go out in one chain
    keys = [(inbound.channel, inbound.external_id) for inbound in inbounds]
    with deps.new_uow() as uow:
        new = uow.inbound.claim_many(keys, deps.clock.now())  # one statement for the whole group
        outs = []
        for inbound, key in zip(inbounds, keys, strict=True):
            outs.append(
                _handle(deps, uow, inbound, deps.clock.now(), dispatch, direct) if key in new else None
            )
            new.discard(key)  # an id given twice in the group: handled the first time only
        uow.commit()
    return [None if out is None else out.dispatches for out in outs]


def _handle(
    deps: Deps, uow: UnitOfWork, inbound: Inbound, now: datetime, dispatch: bool, direct: dict[str, bool]
) -> OutboxWriter:
    """One inbound message, its id claimed already, within the caller's transaction."""
    out = OutboxWriter(uow, deps, f"{inbound.channel}:{inbound.external_id}", now, dispatch, direct)
    turn = Turn(uow=uow, deps=deps, out=out, inbound=inbound, now=now, language=deps.profile.default_language)
    route(turn)
    return out


def keep_failed(deps: Deps, channel: str, external_id: str, payload: str) -> None:
    """An update whose handling crashed: kept sealed for an operator, marked so it is not retried forever."""
    with deps.new_uow() as uow:
        if uow.inbound.get(channel, external_id) is not None:
            return
        uow.inbound.add(
            ProcessedInbound(
                channel=channel,
                external_id=external_id,
                payload_enc=deps.vault.seal(payload),
                status=InboundStatus.FAILED,
                received_at=deps.clock.now(),
            )
        )
        uow.commit()


def route(turn: Turn) -> None:
    """Worker, linked citizen, reporter mid-dialogue, or stranger: each gets their own conversation."""
    inbound, uow = turn.inbound, turn.uow
    sender = turn.sender = uow.identities.sender(
        inbound.channel, turn.address_hashes, turn.now, turn.today, worker=inbound.channel == "telegram"
    )
    if inbound.choice is None and not inbound.text.strip():
        turn.language = _language(turn, sender.identity)
        turn.reply(turn.t("media.unsupported"), kind="help")  # a photo, a sticker: never relay an empty text
        return
    command = parse_command(inbound.text, inbound.channel) if inbound.choice is None else None
    worker = sender.worker
    if worker is not None and worker.status == WorkerStatus.ACTIVE:
        workers.handle_worker(turn, worker, command)
        return
    identity = sender.identity
    turn.language = _language(turn, identity)
    if (
        command is not None
        and command.name == "start"
        and command.args
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
