"""The data model: every table of skp-bot, typed SQLAlchemy 2 models.

Importing this package registers all tables on `Base.metadata`, which Alembic compares against.
"""

from bot.models.base import Base
from bot.models.checkins import Checkin, CheckinAgreement, Reminder
from bot.models.citizens import ChannelIdentity, Citizen, ConversationState, Message
from bot.models.console import ConsoleAccessEntry, ConsoleLink, ConsoleSession
from bot.models.infra import AuditEntry, OutboxMessage, ProcessedInbound, SenderLimit
from bot.models.reports import ConcernReport
from bot.models.staff import Absence, Team, Worker

__all__ = [
    "Absence",
    "AuditEntry",
    "Base",
    "ChannelIdentity",
    "Checkin",
    "CheckinAgreement",
    "Citizen",
    "ConcernReport",
    "ConsoleAccessEntry",
    "ConsoleLink",
    "ConsoleSession",
    "ConversationState",
    "Message",
    "OutboxMessage",
    "ProcessedInbound",
    "Reminder",
    "SenderLimit",
    "Team",
    "Worker",
]
