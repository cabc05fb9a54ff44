"""The web console's tables: one-time login links, the sessions they open, and the log of who opened
which citizen's thread.

Tokens are stored only as SHA-256 digests: a copy of the database opens no session. The access log
holds ids and times only, never a name, an alias or a word of a message.
"""

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from bot.models.base import Base, EnumString, choice
from bot.models.enums import ConsoleAccess

TOKEN_DIGEST_LENGTH = 64  # hex SHA-256


class ConsoleLink(Base):
    """A one-time login link (from `/web` or `skp-bot console link`): valid minutes, used at most once."""

    __tablename__ = "console_links"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_digest: Mapped[str] = mapped_column(String(TOKEN_DIGEST_LENGTH), unique=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("workers.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]


class ConsoleSession(Base):
    """A signed-in browser. Server-side, so that logging out or switching a worker off ends it at once,
    which a signed cookie alone could not do."""

    __tablename__ = "console_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_digest: Mapped[str] = mapped_column(String(TOKEN_DIGEST_LENGTH), unique=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("workers.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]


class ConsoleAccessEntry(Base):
    """Who opened or exported which citizen's thread, and when: ids only, for the team lead to read."""

    __tablename__ = "console_access"
    __table_args__ = (choice("action", ConsoleAccess),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    worker_id: Mapped[int | None] = mapped_column(ForeignKey("workers.id", ondelete="SET NULL"), index=True)
    citizen_id: Mapped[int | None] = mapped_column(ForeignKey("citizens.id", ondelete="SET NULL"), index=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(EnumString())
    at: Mapped[datetime] = mapped_column(index=True)
