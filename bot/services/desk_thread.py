"""What a worker does with a citizen's thread in the web console: answer (through the same service as a
Telegram reply, `bot/services/citizen_answer.py`) and export it for the journal. Both only for whoever
answers for the citizen now, and both written to the access log (ids only).

A reply form carries a nonce, which keys its outbox rows: the same form sent twice (a double click, a
browser that resends after a dropped connection) sends the answer once.
"""

import re
import secrets
from dataclasses import dataclass
from datetime import datetime

from bot.models.enums import ConsoleAccess
from bot.outbox import Outbox
from bot.services.citizen_answer import Answered, Outcome, answer_citizen
from bot.services.console_sessions import Viewer, log_access
from bot.services.context import Deps
from bot.services.desk import visible_citizen
from bot.services.journal_export import JournalExport, journal_export
from bot.uow import UnitOfWork

_NONCE = re.compile(r"[0-9a-f]{32}")


def new_nonce() -> str:
    return secrets.token_hex(16)


@dataclass(frozen=True)
class Replied:
    """What became of a reply from the console: the service's answer, and the alias to word it with."""

    answered: Answered
    alias: str
    again: bool = False  # the same form was sent before: nothing sent twice


def reply(
    uow: UnitOfWork,
    deps: Deps,
    viewer: Viewer,
    citizen_id: int,
    text: str,
    nonce: str,
    now: datetime,
    *,
    sensitive_confirmed: bool = False,
) -> Replied | None:
    """Send the viewer's answer to the citizen; None when the citizen is not theirs to answer (404)."""
    with uow:
        citizen = visible_citizen(uow, deps, viewer, citizen_id, now)
        worker = uow.workers.get(viewer.worker_id)
        if citizen is None or worker is None:
            return None
        key = nonce if _NONCE.fullmatch(nonce) else new_nonce()
        out = Outbox(uow, deps, f"console:{viewer.worker_id}:{key}", now)
        if out.wrote_before():
            return Replied(Answered(Outcome.SENT), citizen.alias, again=True)
        answered = answer_citizen(
            uow, deps, out, now, worker, citizen, text, sensitive_confirmed=sensitive_confirmed
        )
        if answered.outcome in (Outcome.SENT, Outcome.HELD):
            log_access(uow, viewer, citizen.id, ConsoleAccess.REPLY, now)
            uow.commit()
        return Replied(answered, citizen.alias)


def export(
    uow: UnitOfWork, deps: Deps, viewer: Viewer, citizen_id: int, now: datetime
) -> JournalExport | None:
    """The thread and check-ins for the journal, logged as exported; None when not the viewer's (404)."""
    with uow:
        citizen = visible_citizen(uow, deps, viewer, citizen_id, now)
        worker = uow.workers.get(viewer.worker_id)
        if citizen is None or worker is None:
            return None
        exported = journal_export(uow, deps, citizen.id, exported_by=worker, now=now)
        log_access(uow, viewer, citizen.id, ConsoleAccess.EXPORT, now)
        uow.commit()
        return exported
