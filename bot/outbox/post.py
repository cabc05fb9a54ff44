"""Rows leased to their writer, handed to this process's drainer the moment their transaction commits.

A service that queues a reply does not wait for a drain round to find it: when the drainer of this process
sends on the reply's channel, the row is written already leased to it (unless older rows wait for the same
recipient; `_together.lease_choice`), and once the transaction commits the `Post` hands it over, to go on
the wire at once. Nothing of this reaches the services: they say what to send (`Outbox`), the post and
the drainer decide when. Without a drainer attached (a command-line tool, a test without one) rows are
written unleased and the next drainer to look finds them.
"""

import threading
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.channels import Delivery
from bot.models.enums import Priority

SEND_LEASE = timedelta(seconds=20)
"""How long a row taken for sending is left alone before it is offered again (PTB times out after 5 s)."""


@dataclass(frozen=True)
class Dispatch:
    """An outbox row leased for sending, with what to send (decrypted, in memory only)."""

    outbox_id: int
    delivery: Delivery
    # Nothing to note once it is sent but that it was: not ephemeral (no address to forget) and no
    # message whose delivery is followed (a worker's to a citizen). Sends of such rows alone are recorded
    # by one statement that commits on its own. False unless known.
    plain: bool = False
    # Until when the row is leased, by the clock of whoever leased it: the drainer renews the lease of a
    # row still on the wire when the clock jumps close to, or past, it. None: about LEASE from dispatch.
    leased_until: datetime | None = None
    # How soon it goes out when sends queue up (`Priority`, lower first); a chat's order holds regardless.
    priority: int = Priority.CONVERSATION


Courier = Callable[[Sequence[Dispatch], bool], None]
"""Takes a transaction's rows leased to it, and whether rows were left waiting behind older ones (for
which it must look), from whichever thread committed."""


class Post:
    """Where this process's writers hand over what their transactions leased: one per session factory."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._courier: Courier | None = None
        self._channels: frozenset[str] = frozenset()

    def attach(self, courier: Courier, channels: Collection[str]) -> None:
        """From now on, rows for `channels` are leased to their writers and handed to `courier`."""
        with self._lock:
            self._courier, self._channels = courier, frozenset(channels)

    def detach(self, courier: Courier) -> None:
        """`courier` stops taking rows (its drainer stops); rows are written unleased again."""
        with self._lock:
            if self._courier == courier:
                self._courier, self._channels = None, frozenset()

    def takes(self, channel: str) -> bool:
        """Whether a row for `channel` is leased to its writer, for the drainer to send after the commit."""
        return channel in self._channels

    def committed(self, leased: Sequence[Dispatch], left_waiting: bool) -> None:
        """A transaction committed these rows leased to its writer (and perhaps others left waiting)."""
        courier = self._courier
        if courier is not None and (leased or left_waiting):
            courier(leased, left_waiting)
