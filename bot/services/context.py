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
from bot.models.enums import OutboxKind
from bot.outbox import Outbox, Post
from bot.profile import Profile
from bot.repositories.citizens import Author
from bot.uow import UnitOfWork

SAFETY_KINDS = (OutboxKind.SAFETY, OutboxKind.CRISIS)
"""Answers that keep someone safe or in control (the numbers, STOP, START and SLET confirmations, the
crisis answer): their own, much higher, hourly limit: a frightened person writing HJÆLP ten times is
answered ten times."""
DIALOGUE_KINDS = (OutboxKind.DIALOGUE, OutboxKind.RECEIPT)
"""A dialogue's questions and a report's receipt: a limit of their own, so that a reporter who mistypes
is never stopped half-way, and a loop with an auto-responder still ends."""
# Every other automatic answer (acknowledgements, menus, the office-hours answer) shares the smallest
# limit. All three count per sender, on both channels, by `Vault.limit_key` (see `bot/services/flood.py`).


def window_end(now: datetime, length: timedelta) -> datetime:
    """The end of a limit's window that starts now, on a whole minute (a counter's row then tells no
    more about when the sender wrote than that)."""
    end = now + length
    whole = end.replace(second=0, microsecond=0)
    return whole if whole == end else whole + timedelta(minutes=1)


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
    public_base_url: str | None = None  # where the web console's sign-in links point

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
    flooded: bool = False  # a sender who got as many automatic answers this hour as we give
    limited: bool = True  # the flood limits apply (to everyone but an enrolled worker)
    author: Author | None = None  # who wrote, as found when the turn began (one read for all of it)
    worrying: bool = False  # the message may be serious (danger, or help asked for): marked for the worker
    crisis_answered: bool = False  # the sender got the crisis answer: no other automatic answer this turn

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

    @cached_property
    def limit_key(self) -> str:
        """The sender's key for the flood limits (outlives scrubbing, joins nothing)."""
        return self.deps.vault.limit_key(f"{self.inbound.channel}:{self.inbound.address}")

    def reply(self, text: str, **options: Any) -> None:
        """Answer the sender on the channel they used, within the hourly limits above.

        Only the answer is held back: what the sender wrote is still stored and relayed to the worker.
        """
        if self.forget_sender:
            options["ephemeral"] = True
        if self.limited and self._replies_spent(options.get("kind")):
            self.flooded = True
            return
        self.out.add(self.inbound.channel, self.inbound.address, text, **options)

    def _replies_spent(self, kind: OutboxKind | None) -> bool:
        """Whether this answer goes past its class's hourly limit (it is counted either way)."""
        limits = self.deps.profile.limits
        if kind in SAFETY_KINDS:
            purpose, limit = "safety", limits.safety_replies_per_hour
        elif kind in DIALOGUE_KINDS:
            purpose, limit = "dialogue", limits.dialogue_replies_per_hour
        else:
            purpose, limit = "auto", limits.auto_replies_per_hour
        until = window_end(self.now, timedelta(hours=1))
        return self.uow.limits.count(self.limit_key, purpose, self.now, until) > limit
