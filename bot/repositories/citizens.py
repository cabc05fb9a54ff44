"""Repositories of the citizen side: citizens, the channels they write from, and their messages."""

from collections.abc import Sequence

from sqlalchemy import delete, func, or_, select, update

from bot.models import ChannelIdentity, Citizen, Message
from bot.models.enums import CitizenStatus, DeliveryStatus
from bot.repositories.base import Repository


class CitizenRepository(Repository[Citizen]):
    """Citizens by id, alias or invite code."""

    model = Citizen

    def by_alias(self, team_id: int, alias: str) -> Citizen | None:
        query = select(Citizen).where(Citizen.team_id == team_id, func.lower(Citizen.alias) == alias.lower())
        return self._session.scalar(query)

    def by_longest_alias(self, team_id: int, candidates: Sequence[str]) -> Citizen | None:
        """Of the candidate aliases (prefixes of what was typed), the longest one the team knows."""
        if not candidates:
            return None
        lowered = [candidate.lower() for candidate in candidates]
        # Also as typed: SQLite's lower() leaves Æ, Ø and Å as they are.
        alias_matches = or_(func.lower(Citizen.alias).in_(lowered), Citizen.alias.in_(candidates))
        query = select(Citizen).where(Citizen.team_id == team_id, alias_matches)
        return max(self._session.scalars(query), key=lambda citizen: len(citizen.alias), default=None)

    def by_invite_code(self, hashes: Sequence[str]) -> Citizen | None:
        return self._session.scalar(select(Citizen).where(Citizen.invite_code_hash.in_(hashes)))

    def of_worker(self, worker_id: int) -> Sequence[Citizen]:
        query = select(Citizen).where(Citizen.worker_id == worker_id, Citizen.status != CitizenStatus.CLOSED)
        return self._session.scalars(query.order_by(Citizen.alias)).all()

    def unclaimed(self, team_id: int) -> Sequence[Citizen]:
        query = select(Citizen).where(Citizen.team_id == team_id, Citizen.status == CitizenStatus.NEW)
        return self._session.scalars(query.order_by(Citizen.id)).all()

    def delete(self, citizen: Citizen) -> None:
        """Removes the citizen; identities, messages and agreements go with it (ON DELETE CASCADE)."""
        self._session.execute(delete(Message).where(Message.citizen_id == citizen.id))
        self._session.execute(delete(ChannelIdentity).where(ChannelIdentity.citizen_id == citizen.id))
        self._session.delete(citizen)
        self._session.flush()


class IdentityRepository(Repository[ChannelIdentity]):
    """Telegram chats and phone numbers, found by keyed hash."""

    model = ChannelIdentity

    def by_address(self, channel: str, hashes: Sequence[str]) -> ChannelIdentity | None:
        query = select(ChannelIdentity).where(
            ChannelIdentity.channel == channel, ChannelIdentity.address_hash.in_(hashes)
        )
        return self._session.scalar(query)

    def of_citizen(self, citizen_id: int) -> Sequence[ChannelIdentity]:
        """The citizen's channels, the one used most recently first (that is where answers go)."""
        query = select(ChannelIdentity).where(ChannelIdentity.citizen_id == citizen_id)
        order = (ChannelIdentity.last_seen_at.desc().nulls_last(), ChannelIdentity.id.desc())
        return self._session.scalars(query.order_by(*order)).all()

    def delete(self, identity: ChannelIdentity) -> None:
        self._session.delete(identity)
        self._session.flush()


class MessageRepository(Repository[Message]):
    """Relayed messages."""

    model = Message

    def mark_delivery(self, message_ids: Sequence[int], status: str) -> None:
        """Sent or failed, for messages going out; a received or delivered one keeps what it knows."""
        self._session.execute(
            update(Message)
            .where(
                Message.id.in_(message_ids),
                Message.delivery_status.not_in([DeliveryStatus.RECEIVED, DeliveryStatus.DELIVERED]),
            )
            .values(delivery_status=status)
        )
