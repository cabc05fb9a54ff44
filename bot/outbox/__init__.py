"""The outbox: everything the bot sends is queued here, in the transaction of the work that caused it,
and sent by a drainer, in order per recipient, with retries, at least once and in practice once.

Services and scheduler jobs use the port, `Outbox` (say what to send). The rest is the outbox's own:
write-behind and write-together (`_held`, `_together`: a relayed message and its rows in one statement),
the hand-over of rows leased to their writer at the commit (`post`), the drain rounds with their leases
and group commit of what was sent (`drainer`), and the rows' SQL (`rows`). `install` puts the write-behind
on a session factory; nothing is registered on SQLAlchemy's global `Session`.
"""

from bot.outbox._held import PendingMessage, install
from bot.outbox.drainer import OutboxDrainer
from bot.outbox.post import SEND_LEASE, Dispatch, Post
from bot.outbox.rows import OutboxRepository
from bot.outbox.writer import MessageRef, Outbox

__all__ = [
    "SEND_LEASE",
    "Dispatch",
    "MessageRef",
    "Outbox",
    "OutboxDrainer",
    "OutboxRepository",
    "PendingMessage",
    "Post",
    "install",
]
