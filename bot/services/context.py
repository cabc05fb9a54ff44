"""What every use case needs (`Deps`), and one inbound turn's working state (`Turn`)."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cached_property
from typing import Any

from bot.cadence_port import CadenceRules
from bot.channels import Inbound
from bot.clock import Clock
from bot.crypto import Vault
from bot.i18n import Catalogs
from bot.models.enums import Channel, OutboxKind
from bot.outbox import Outbox, Post
from bot.profile import Profile
from bot.repositories.citizens import Author
from bot.uow import UnitOfWork

AUTO_REPLIES_PER_HOUR = 8
"""The bot's own automatic answers by SMS to one number within an hour (acknowledgements, menus, the
office-hours answer). A loop between two auto-responders, or a prank, must not cost the municipality money."""
SAFETY_REPLIES_PER_HOUR = 40
"""Answers that keep someone safe or in control (the numbers, STOP, START and SLET confirmations, the
crisis answer) have their own, much higher, limit: a frightened person writing HJÆLP ten times is answered
ten times."""
SAFETY_KINDS = (OutboxKind.SAFETY, OutboxKind.CRISIS)
AUTO_KINDS = (
    OutboxKind.ACK,
    OutboxKind.HELP,
    OutboxKind.MENU,
    OutboxKind.DIALOGUE,
    OutboxKind.OFFICE_CLOSED,
    OutboxKind.RECEIPT,
    OutboxKind.INFO,
)
"""The outbox kinds of the bot's automatic answers; a worker's reply ("relay"), a reminder or a report's
answer is somebody's own message and counts against neither limit."""


@dataclass(frozen=True)
class Deps:
    """The collaborators of the services, built once by the composition root (`bot.bootstrap`).

    `post` is the outbox's own (where this process's drainer takes the rows leased to their writers);
    services never use it."""

    new_uow: Callable[[], UnitOfWork]
    vault: Vault
    clock: Clock
    profile: Profile
    texts: Catalogs
    cadences: CadenceRules
    post: Post

    def text(self, key: str, language: str, **params: object) -> str:
        return self.texts.text(key, language, **params)


@dataclass
class Turn:
    """One inbound message being handled: the transaction, the outbox, the sender's language."""

    uow: UnitOfWork
    deps: Deps
    out: Outbox
    inbound: Inbound
    now: datetime
    language: str = field(default="da")
    # A sender we keep no identity for (a stranger, an anonymous reporter): anonymous by default, so every
    # reply to them is scrubbed from the outbox once sent, leaving no trace of their chat or number.
    forget_sender: bool = False
    # The turn belongs to a concern report (or its status): nothing it leaves may lead back to the sender,
    # even one the bot knows, since the report may be anonymous (`leave_no_trace`).
    unlinked: bool = False
    flooded: bool = False  # an SMS sender who got as many automatic answers this hour as we give
    author: Author | None = None  # who wrote, as found when the turn began (one read for all of it)
    worrying: bool = False  # the message may be serious (danger, or help asked for): marked for the worker
    crisis_answered: bool = False  # the sender got the crisis answer: no other automatic answer this turn
    _replies_this_hour: dict[bool, int] = field(default_factory=dict)  # per class: safety or not

    @cached_property
    def address_hashes(self) -> list[str]:
        return self.deps.vault.lookup_hashes(self.inbound.address)

    @cached_property
    def today(self) -> date:
        """The local date (absences, office days are by the profile's calendar, not UTC's)."""
        return self.now.astimezone(self.deps.profile.tz).date()

    def t(self, key: str, **params: object) -> str:
        """A text in the sender's language, in their channel's variant (``KEY.sms``) where there is one."""
        return self.deps.texts.text_for(self.inbound.channel, key, self.language, **params)

    def leave_no_trace(self) -> None:
        """From here on, this turn leaves nothing that leads back to the sender: its replies are scrubbed
        once sent, its messages keyed by chance rather than by the inbound id, and the inbound id's
        record keeps only the day (`bot.services.inbound`)."""
        self.forget_sender = self.unlinked = True
        self.out.unlink()

    def reply(self, text: str, **options: Any) -> None:
        """Answer the sender on the channel they used; by SMS within the hourly limits above.

        Only the answer is held back: what the sender wrote is still stored and relayed to the worker.
        """
        if self.forget_sender:
            options["ephemeral"] = True
        if self.inbound.channel == Channel.SMS and self._sms_replies_spent(options.get("kind")):
            self.flooded = True
            return
        self.out.add(self.inbound.channel, self.inbound.address, text, **options)

    def _sms_replies_spent(self, kind: OutboxKind | None) -> bool:
        """Whether this answer would go past its class's hourly limit (and counts it, if not)."""
        safety = kind in SAFETY_KINDS
        kinds = SAFETY_KINDS if safety else AUTO_KINDS
        limit = SAFETY_REPLIES_PER_HOUR if safety else AUTO_REPLIES_PER_HOUR
        spent = self._replies_this_hour.get(safety)
        if spent is None:
            since = self.now - timedelta(hours=1)
            recipient = self.deps.vault.lookup_hash(self.inbound.address)
            spent = self.uow.outbox.count_to(recipient, since, kinds)
        if spent >= limit:
            return True
        self._replies_this_hour[safety] = spent + 1
        return False
