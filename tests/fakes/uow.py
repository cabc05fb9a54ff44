"""In-memory stand-ins for the repositories and the unit of work, for fast service tests without a DB."""

from collections.abc import Sequence
from itertools import count
from types import TracebackType
from typing import Any, Self

from bot.models import AuditEntry, Team, Worker


class _Store:
    """Rows by id, with the ids a database would assign on flush."""

    def __init__(self) -> None:
        self.rows: dict[int, Any] = {}
        self._ids = count(1)

    def add(self, row: Any) -> None:
        if getattr(row, "id", None) is None:
            row.id = next(self._ids)
        self.rows[row.id] = row


class FakeTeamRepository(_Store):
    def by_name(self, name: str) -> Team | None:
        return next((team for team in self.rows.values() if team.name == name), None)

    def list(self) -> Sequence[Team]:
        return list(self.rows.values())


class FakeWorkerRepository(_Store):
    def get(self, worker_id: int) -> Worker | None:
        return self.rows.get(worker_id)

    def _where(self, field: str, hashes: Sequence[str]) -> Worker | None:
        return next((w for w in self.rows.values() if getattr(w, field) in hashes), None)

    def by_enrolment_code(self, hashes: Sequence[str]) -> Worker | None:
        return self._where("enrolment_code_hash", hashes)

    def by_phone(self, hashes: Sequence[str]) -> Worker | None:
        return self._where("phone_hash", hashes)

    def by_telegram_chat(self, hashes: Sequence[str]) -> Worker | None:
        return self._where("telegram_chat_hash", hashes)


class FakeAuditLog:
    def __init__(self) -> None:
        self.entries: list[AuditEntry] = []

    def add(self, entry: AuditEntry) -> None:
        self.entries.append(entry)


class FakeUnitOfWork:
    """Records commits; what was added stays visible (like a database) only when committed."""

    def __init__(self) -> None:
        self.teams = FakeTeamRepository()
        self.workers = FakeWorkerRepository()
        self.audit = FakeAuditLog()
        self.personal_data: Any = None
        self.agreements: Any = None
        self.checkins: Any = None
        self.reminders: Any = None
        self.due: Any = None
        self.retention: Any = None
        self.committed = 0
        self._snapshot: tuple[dict[int, Any], dict[int, Any], int] | None = None

    def __enter__(self) -> Self:
        self._snapshot = (dict(self.teams.rows), dict(self.workers.rows), len(self.audit.entries))
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.rollback()

    def commit(self) -> None:
        self.committed += 1
        self._snapshot = (dict(self.teams.rows), dict(self.workers.rows), len(self.audit.entries))

    def statement_by_statement(self) -> None:
        pass

    def rollback(self) -> None:
        if self._snapshot is not None:
            teams, workers, audit_length = self._snapshot
            self.teams.rows, self.workers.rows = dict(teams), dict(workers)
            del self.audit.entries[audit_length:]
