"""The web console's links, sessions and access log.

A link is spent by one conditional UPDATE, so two browsers opening the same link at once cannot both
get a session: the second finds it used.
"""

from datetime import datetime

from sqlalchemy import select, update

from bot.models import ConsoleAccessEntry, ConsoleLink, ConsoleSession
from bot.repositories.base import Repository


class ConsoleRepository(Repository[ConsoleSession]):
    """Sessions by their token's digest; links spent once; the access log by team."""

    model = ConsoleSession

    def add_link(self, link: ConsoleLink) -> None:
        self._session.add(link)
        self._session.flush()

    def spend_link(self, token_digest: str, now: datetime) -> int | None:
        """Mark an unused, unexpired link used and return its worker's id; None for any other link."""
        spent = (
            update(ConsoleLink)
            .where(
                ConsoleLink.token_digest == token_digest,
                ConsoleLink.used_at.is_(None),
                ConsoleLink.expires_at > now,
            )
            .values(used_at=now)
            .returning(ConsoleLink.worker_id)
        )
        found = self._run(spent).first()
        return None if found is None else int(found[0])

    def by_digest(self, token_digest: str) -> ConsoleSession | None:
        return self._session.scalar(select(ConsoleSession).where(ConsoleSession.token_digest == token_digest))

    def end_sessions_of(self, worker_id: int, now: datetime) -> int:
        """End every open session of a worker (switched off, or signing out everywhere)."""
        ended = (
            update(ConsoleSession)
            .where(ConsoleSession.worker_id == worker_id, ConsoleSession.ended_at.is_(None))
            .values(ended_at=now)
        )
        return int(self._run(ended).rowcount)

    def log_access(self, entry: ConsoleAccessEntry) -> None:
        self._session.add(entry)
        self._session.flush()

    def access_of_team(self, team_id: int, since: datetime, limit: int = 500) -> list[ConsoleAccessEntry]:
        """The team's access log since a moment, newest first."""
        return list(
            self._session.scalars(
                select(ConsoleAccessEntry)
                .where(ConsoleAccessEntry.team_id == team_id, ConsoleAccessEntry.at >= since)
                .order_by(ConsoleAccessEntry.at.desc(), ConsoleAccessEntry.id.desc())
                .limit(limit)
            )
        )
