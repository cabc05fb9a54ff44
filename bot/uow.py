"""Unit of work: one transaction around one use case. Services commit; everything else only flushes.

Leaving the `with` block without `commit()` rolls back, so a failure half-way changes nothing.
"""

from types import TracebackType
from typing import Protocol, Self

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.db import transaction_lock
from bot.outbox import OutboxRepository, Post, install
from bot.repositories import (
    AbsenceRepository,
    AgreementRepository,
    AuditLog,
    CheckinRepository,
    CitizenRepository,
    DialogueRepository,
    FiguresRepository,
    IdentityRepository,
    InboundRepository,
    MessageRepository,
    PersonalDataRepository,
    ReminderRepository,
    ReportRepository,
    SenderLimitRepository,
    TeamRepository,
    WorkerRepository,
)
from bot.repositories.console import ConsoleRepository
from bot.repositories.retention import RetentionRepository


def session_factory(engine: Engine, post: Post | None = None) -> sessionmaker[Session]:
    """Sessions for units of work: loaded objects stay usable after the commit (services return them to
    handlers), and the outbox's write-behind is installed, handing what commits lease to `post` (the
    composition root's, where this process's drainer takes them; a fresh one when there is no drainer)."""
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    install(factory, post if post is not None else Post())
    return factory


class UnitOfWork(Protocol):
    """What services need: repositories and the transaction's end."""

    teams: TeamRepository
    workers: WorkerRepository
    absences: AbsenceRepository
    citizens: CitizenRepository
    identities: IdentityRepository
    messages: MessageRepository
    reports: ReportRepository
    outbox: OutboxRepository
    inbound: InboundRepository
    dialogues: DialogueRepository
    audit: AuditLog
    personal_data: PersonalDataRepository
    agreements: AgreementRepository
    checkins: CheckinRepository
    reminders: ReminderRepository
    retention: RetentionRepository
    figures: FiguresRepository
    limits: SenderLimitRepository
    console: ConsoleRepository

    def __enter__(self) -> Self: ...

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...

    def commit(self) -> None: ...

    def rollback(self) -> None: ...

    def statement_by_statement(self) -> None: ...


class SqlAlchemyUnitOfWork:
    """A unit of work on a fresh SQLAlchemy session per `with` block."""

    teams: TeamRepository
    workers: WorkerRepository
    absences: AbsenceRepository
    citizens: CitizenRepository
    identities: IdentityRepository
    messages: MessageRepository
    reports: ReportRepository
    outbox: OutboxRepository
    inbound: InboundRepository
    dialogues: DialogueRepository
    audit: AuditLog
    personal_data: PersonalDataRepository
    agreements: AgreementRepository
    checkins: CheckinRepository
    reminders: ReminderRepository
    retention: RetentionRepository
    figures: FiguresRepository
    limits: SenderLimitRepository
    console: ConsoleRepository

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory
        self._session: Session | None = None
        bind = session_factory.kw.get("bind")
        self._lock = transaction_lock(bind) if isinstance(bind, Engine) else None

    def __enter__(self) -> Self:
        if self._lock is not None:
            self._lock.acquire()
        session = self._session_factory()
        self._session = session
        self.teams = TeamRepository(session)
        self.workers = WorkerRepository(session)
        self.absences = AbsenceRepository(session)
        self.citizens = CitizenRepository(session)
        self.identities = IdentityRepository(session)
        self.messages = MessageRepository(session)
        self.reports = ReportRepository(session)
        self.outbox = OutboxRepository(session)
        self.inbound = InboundRepository(session)
        self.dialogues = DialogueRepository(session)
        self.audit = AuditLog(session)
        self.personal_data = PersonalDataRepository(session)
        self.agreements = AgreementRepository(session)
        self.checkins = CheckinRepository(session)
        self.reminders = ReminderRepository(session)
        self.retention = RetentionRepository(session)
        self.figures = FiguresRepository(session)
        self.limits = SenderLimitRepository(session)
        self.console = ConsoleRepository(session)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            self.rollback()
        finally:
            self.session.close()
            self._session = None
            if self._lock is not None:
                self._lock.release()

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("unit of work used outside its `with` block")
        return self._session

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()

    def statement_by_statement(self) -> None:
        """Each statement from here on commits on its own, before the next; called before the first. For
        work done in single statements (the drainer's records and leases), which need no transaction to
        be all or nothing: without one, PostgreSQL takes one round trip per statement instead of three
        (BEGIN, the statement, COMMIT)."""
        self.session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
