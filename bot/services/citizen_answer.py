"""A worker's answer to a citizen: whether it may go, and sending it, the same from Telegram (a reply to a
relayed message) and from the web console (a thread's reply box).

Nothing here talks to the worker: `answer_citizen` says what happened (`Answered`), `told` which catalog
text says it, and each door tells the worker in its own way (`bot.services.workers` in Telegram, with the
SMS confirmation as a dialogue; the console on the thread's page).
"""

import enum
from dataclasses import dataclass
from datetime import datetime

from bot.cpr import contains_cpr
from bot.models import Citizen, Worker
from bot.models.enums import Channel, CitizenStatus
from bot.outbox import Outbox
from bot.safety import looks_sensitive
from bot.services.assigning import give
from bot.services.context import Deps
from bot.services.held_replies import hold
from bot.services.relay import open_channel, relay_to_citizen, responders_on
from bot.sms_text import TWILIO_MAX_CHARACTERS, fits_twilio, segments
from bot.uow import UnitOfWork


class Outcome(enum.StrEnum):
    """What became of a worker's answer."""

    SENT = "sent"  # stored and queued on the citizen's channel
    HELD = "held"  # every channel of theirs is paused (STOP): kept until the worker sends it (held_replies)
    UNREACHABLE = "unreachable"  # no channel at all: nothing kept
    CPR_REFUSED = "cpr_refused"  # a CPR number in the text: nothing kept
    SENSITIVE = "sensitive"  # by SMS with sensitive words: asks the worker first (`sensitive_confirmed`)
    TOO_LONG = "too_long"  # by SMS, longer than Twilio takes
    NOT_YOURS = "not_yours"  # someone else answers for the citizen now
    CLOSED = "closed"  # the citizen's course is closed
    EMPTY = "empty"  # nothing but blanks


@dataclass(frozen=True)
class Answered:
    """The outcome of `answer_citizen`, with what the worker is told about it."""

    outcome: Outcome
    channel: Channel | None = None  # SENT, HELD: the channel it went or waits on
    sms_segments: int = 0  # SENT by SMS: the parts it costs (0 on Telegram)
    message_id: int | None = None  # SENT, HELD: the stored outbound message
    sensitive_words: tuple[str, ...] = ()  # SENSITIVE: the words found, to show the worker
    limit: int = 0  # TOO_LONG: the most characters an SMS answer may have
    answering: tuple[str, ...] = ()  # NOT_YOURS: the names of who answers now (empty: the team)
    claimed: bool = False  # the citizen was a new contact and is now the worker's own

    @property
    def went(self) -> bool:
        """Whether the answer is on its way."""
        return self.outcome == Outcome.SENT

    def told(self, alias: str, team: str) -> tuple[str, dict[str, object]] | None:
        """What the worker is told of it, as a catalog key and its values, the same in Telegram and in the
        console; None when there is nothing to say (sent as one message, or nothing written). `team`: the
        team's name in the worker's language, for an answer that is not theirs while nobody named answers."""
        match self.outcome:
            case Outcome.SENT if self.sms_segments > 1:
                return "worker.sms_segments", {"alias": alias, "count": self.sms_segments}
            case Outcome.HELD:
                return "worker.reply_held", {"alias": alias}
            case Outcome.UNREACHABLE:
                return "worker.citizen_unreachable", {"alias": alias}
            case Outcome.CPR_REFUSED:
                return "worker.cpr_refused", {}
            case Outcome.SENSITIVE:
                return "worker.sms_sensitive", {"alias": alias, "words": ", ".join(self.sensitive_words)}
            case Outcome.TOO_LONG:
                return "worker.sms_too_long", {"alias": alias, "limit": self.limit}
            case Outcome.NOT_YOURS:
                return "worker.reply_not_yours", {"alias": alias, "worker": ", ".join(self.answering) or team}
            case Outcome.CLOSED:
                return "worker.reply_citizen_closed", {"alias": alias}
        return None


def may_answer(
    uow: UnitOfWork, deps: Deps, now: datetime, worker: Worker, citizen: Citizen
) -> Answered | None:
    """Why `worker` may not answer the citizen now (CLOSED, NOT_YOURS), or None if they may: only whoever
    answers for them now, by the one rule (`relay.responders_on`), not the worker they had before an
    /assign, nor anyone once they are closed."""
    if citizen.status == CitizenStatus.CLOSED:
        return Answered(Outcome.CLOSED)
    day = now.astimezone(deps.profile.tz).date()
    answering = responders_on(uow, day, citizen)
    if any(colleague.id == worker.id for colleague in answering):
        return None
    return Answered(Outcome.NOT_YOURS, answering=tuple(colleague.name for colleague in answering))


def answer_citizen(
    uow: UnitOfWork,
    deps: Deps,
    out: Outbox,
    now: datetime,
    worker: Worker,
    citizen: Citizen,
    text: str,
    *,
    sensitive_confirmed: bool = False,
) -> Answered:
    """Send `text` from `worker` to the citizen on the channel they used last, if it may go.

    In the caller's transaction (the caller commits). A new contact answered becomes the worker's own.
    SMS is not a secure channel (a shared phone may show it): sensitive words go only once the worker
    confirmed (`sensitive_confirmed`)."""
    refused = may_answer(uow, deps, now, worker, citizen)
    if refused is not None:
        return refused
    text = text.strip()
    if not text:
        return Answered(Outcome.EMPTY)
    if contains_cpr(text):
        return Answered(Outcome.CPR_REFUSED)
    identity = open_channel(uow, citizen)
    by_sms = identity is not None and identity.channel == Channel.SMS
    if by_sms and not sensitive_confirmed and (words := looks_sensitive(text)):
        return Answered(Outcome.SENSITIVE, sensitive_words=tuple(words))
    if by_sms and not fits_twilio(text):
        return Answered(Outcome.TOO_LONG, limit=TWILIO_MAX_CHARACTERS)
    claimed = citizen.status == CitizenStatus.NEW and citizen.team_id == worker.team_id
    if claimed:
        give(uow, now, worker, citizen, worker, "citizen.claimed")
    if identity is None:
        held = hold(uow, deps.vault, now, worker, citizen, text)
        if held is None:
            return Answered(Outcome.UNREACHABLE, claimed=claimed)
        return Answered(Outcome.HELD, channel=Channel(held.channel), message_id=held.id, claimed=claimed)
    message = relay_to_citizen(uow, deps.vault, out, now, worker, citizen, identity, text)
    parts = segments(text).segments if by_sms else 0
    return Answered(
        Outcome.SENT,
        channel=Channel(message.channel),
        sms_segments=parts,
        message_id=message.id,
        claimed=claimed,
    )
