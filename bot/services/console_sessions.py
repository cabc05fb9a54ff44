"""Signing in to the web console without a new password: a one-time link, asked for in Telegram with
`/web` (or printed by `skp-bot console link`), opens a server-side session.

- A link is valid ten minutes and once. Its token is 256 random bits; only its SHA-256 is stored.
- A session is a second random token in an HttpOnly cookie, stored the same way. It ends when the
  worker signs out, after the profile's idle minutes, and at once when the worker is switched off.
- The form token (CSRF) is derived from the session token, so a page of another site, which cannot read
  the cookie, cannot make one.
"""

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.errors import DomainError
from bot.models import ConsoleAccessEntry, ConsoleLink, ConsoleSession, Worker
from bot.models.enums import ConsoleAccess, WorkerStatus
from bot.uow import UnitOfWork

LINK_VALID = timedelta(minutes=10)
SEEN_EVERY = timedelta(minutes=1)
"""A session's last use is written at most once a minute: a page with several requests costs no writes."""
LOGIN_PATH = "/console/login"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class Viewer:
    """Who is signed in: the worker as they were when the request began (plain values, no session)."""

    worker_id: int
    team_id: int
    name: str
    is_lead: bool
    language: str
    session_token: str

    @property
    def csrf_token(self) -> str:
        return form_token(self.session_token)


def form_token(session_token: str) -> str:
    """The token every form of this session carries (synchroniser token, derived rather than stored)."""
    return hmac.new(session_token.encode(), b"skp-console-form", hashlib.sha256).hexdigest()


def form_token_matches(session_token: str, given: str) -> bool:
    return hmac.compare_digest(form_token(session_token).encode(), given.encode())


def new_link(uow: UnitOfWork, worker: Worker, now: datetime) -> str:
    """A one-time login token for `worker`; the caller commits and shows `link_url` of it once."""
    if worker.status != WorkerStatus.ACTIVE:
        raise DomainError("console.not_active", "only an enrolled, active worker can sign in to the console")
    token = secrets.token_urlsafe(32)
    uow.console.add_link(
        ConsoleLink(
            token_digest=_digest(token), worker_id=worker.id, created_at=now, expires_at=now + LINK_VALID
        )
    )
    return token


def link_url(public_base_url: str, token: str) -> str:
    return f"{public_base_url.rstrip('/')}{LOGIN_PATH}?token={token}"


def open_session(uow: UnitOfWork, link_token: str, now: datetime) -> Viewer | None:
    """Spend a link and open a session; None for a used, expired, unknown or malformed link, or a worker
    who was switched off since it was made. The caller commits."""
    if not link_token or len(link_token) > 100:
        return None
    worker_id = uow.console.spend_link(_digest(link_token), now)
    worker = uow.workers.get(worker_id) if worker_id is not None else None
    if worker is None or worker.status != WorkerStatus.ACTIVE:
        return None
    token = secrets.token_urlsafe(32)
    uow.console.add(
        ConsoleSession(token_digest=_digest(token), worker_id=worker.id, created_at=now, last_seen_at=now)
    )
    return _viewer(worker, token)


def viewer_of(uow: UnitOfWork, session_token: str, now: datetime, idle: timedelta) -> Viewer | None:
    """The worker signed in with this session token, or None when it is unknown, ended, idle too long,
    or its worker was switched off (then it is ended here). The caller commits."""
    if not session_token or len(session_token) > 100:
        return None
    session = uow.console.by_digest(_digest(session_token))
    if session is None or session.ended_at is not None:
        return None
    worker = uow.workers.get(session.worker_id)
    if worker is None or worker.status != WorkerStatus.ACTIVE or now - session.last_seen_at > idle:
        session.ended_at = now
        return None
    if now - session.last_seen_at >= SEEN_EVERY:
        session.last_seen_at = now
    return _viewer(worker, session_token)


def sign_out(uow: UnitOfWork, session_token: str, now: datetime) -> None:
    """End this session (the cookie may be copied somewhere: it opens nothing from now on)."""
    session = uow.console.by_digest(_digest(session_token)) if session_token else None
    if session is not None and session.ended_at is None:
        session.ended_at = now


def log_access(
    uow: UnitOfWork, viewer: Viewer, citizen_id: int, action: ConsoleAccess, now: datetime
) -> None:
    """One line of the access log: who, which citizen, what, when (ids only)."""
    uow.console.log_access(
        ConsoleAccessEntry(
            worker_id=viewer.worker_id, citizen_id=citizen_id, team_id=viewer.team_id, action=action, at=now
        )
    )


def _viewer(worker: Worker, session_token: str) -> Viewer:
    return Viewer(worker.id, worker.team_id, worker.name, worker.is_lead, worker.language, session_token)
