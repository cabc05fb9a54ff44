"""Repositories: how services find and add rows, with no commit and no business rules.

Lookups by a personal value take a list of keyed hashes (one per secret during a key rotation).
"""

from bot.repositories.checkins import AgreementRepository, CheckinRepository, ReminderRepository
from bot.repositories.citizens import CitizenRepository, IdentityRepository, MessageRepository
from bot.repositories.dialogues import DialogueRepository
from bot.repositories.figures import FiguresRepository
from bot.repositories.inbound import InboundRepository
from bot.repositories.limits import SenderLimitRepository
from bot.repositories.reports import ReportRepository
from bot.repositories.staff import (
    AbsenceRepository,
    AuditLog,
    PersonalDataRepository,
    TeamRepository,
    WorkerRepository,
)

__all__ = [
    "AbsenceRepository",
    "AgreementRepository",
    "AuditLog",
    "CheckinRepository",
    "CitizenRepository",
    "DialogueRepository",
    "FiguresRepository",
    "IdentityRepository",
    "InboundRepository",
    "MessageRepository",
    "PersonalDataRepository",
    "ReminderRepository",
    "ReportRepository",
    "SenderLimitRepository",
    "TeamRepository",
    "WorkerRepository",
]
