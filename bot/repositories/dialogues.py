"""Where a sender is in a guided dialogue (a report, a language choice), by channel and address hash."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import bindparam, delete, select
from sqlalchemy.orm import Session

from bot.models import ConversationState
from bot.models.base import UTCDateTime

_NOW = bindparam("now", type_=UTCDateTime())
_DIALOGUE = select(ConversationState).where(
    ConversationState.channel == bindparam("channel"),
    ConversationState.address_hash.in_(bindparam("hashes", expanding=True)),
    ConversationState.expires_at > _NOW,
)


class DialogueRepository:
    """Where a sender is in a guided dialogue, by channel and address hash."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, channel: str, hashes: Sequence[str], now: datetime) -> ConversationState | None:
        return self._session.scalar(_DIALOGUE, {"channel": channel, "hashes": list(hashes), "now": now})

    def put(self, state: ConversationState) -> None:
        self._session.add(state)
        self._session.flush()

    def expired(self, flow: str, now: datetime, limit: int) -> Sequence[ConversationState]:
        """Dialogues of `flow` that nobody finished before they expired, oldest first."""
        query = select(ConversationState).where(
            ConversationState.flow == flow, ConversationState.expires_at <= now
        )
        return self._session.scalars(query.order_by(ConversationState.expires_at).limit(limit)).all()

    def remove(self, state: ConversationState) -> None:
        self._session.delete(state)
        self._session.flush()

    def clear(self, channel: str, hashes: Sequence[str]) -> None:
        self._session.execute(
            delete(ConversationState).where(
                ConversationState.channel == channel, ConversationState.address_hash.in_(hashes)
            )
        )
