"""The closed vocabularies of the domain, kept as strings in the database with CHECK constraints."""

import enum


class Channel(enum.StrEnum):
    TELEGRAM = "telegram"
    SMS = "sms"


class WorkerStatus(enum.StrEnum):
    PENDING = "pending"  # created, enrolment code not yet used
    ACTIVE = "active"
    LEFT = "left"


class CitizenStatus(enum.StrEnum):
    NEW = "new"  # an unknown sender who wrote: waits in the team's inbox until a worker claims it
    INVITED = "invited"  # a worker made an invite code; nobody has used it yet
    ACTIVE = "active"
    PAUSED = "paused"  # the citizen sent STOP
    CLOSED = "closed"


class Direction(enum.StrEnum):
    INBOUND = "in"
    OUTBOUND = "out"


class DeliveryStatus(enum.StrEnum):
    RECEIVED = "received"
    QUEUED = "queued"
    SENT = "sent"
    DELIVERED = "delivered"
    FAILED = "failed"
    UNDELIVERED = "undelivered"
    HELD = "held"  # a worker's reply while the citizen had paused messages (STOP): sent on the worker's word


class ReporterCategory(enum.StrEnum):
    NEIGHBOUR = "neighbour"
    CARETAKER = "caretaker"  # vicevært
    SHOPKEEPER = "shopkeeper"
    HOME_HELPER = "home_helper"
    RELATIVE = "relative"
    HOUSING_ASSOCIATION = "housing_association"
    PROFESSIONAL = "professional"
    CITIZEN_SELF = "citizen_self"
    OTHER = "other"


class Urgency(enum.StrEnum):
    TODAY = "today"
    THIS_WEEK = "this_week"
    NOT_URGENT = "not_urgent"


class ReportStatus(enum.StrEnum):
    NEW = "new"
    TAKEN = "taken"
    ANSWERED = "answered"
    CLOSED = "closed"


class ContactForm(enum.StrEnum):
    HOME_VISIT = "home_visit"
    PUBLIC_SPACE = "public_space"
    ACTIVITY_CENTRE = "activity_centre"
    ACCOMPANIMENT = "accompaniment"
    PHONE = "phone"
    SMS = "sms"


class AgreementStatus(enum.StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"


class CheckinOutcome(enum.StrEnum):
    PENDING = "pending"
    DONE = "done"
    NOT_REACHED = "not_reached"
    MOVED = "moved"
    MISSED = "missed"


class ReminderKind(enum.StrEnum):
    """What the scheduler told someone; one row per occurrence in `reminders` keeps it to once."""

    CHECKIN = "checkin"  # to the worker (or cover), the lead time before a check-in
    OVERVIEW = "overview"  # the worker's morning overview on a working day
    NUDGE = "nudge"  # a check-in not marked by the set time
    ESCALATION = "escalation"  # still not marked: the team lead is told
    NOT_REACHED = "not_reached"  # several "not reached" in a row: the lead is told
    CITIZEN = "citizen"  # the opt-in, neutral reminder to the citizen the day before
    REPORT_WARNING = "report_warning"  # a concern report's pick-up deadline is near
    REPORT_OVERDUE = "report_overdue"  # ... and passed
    REVIEW = "review"  # time to review whether the citizen can move on to an ordinary offer
    FOLLOWUP = "followup"  # the written status before the period ends (Thisted)
    INACTIVITY = "inactivity"  # a citizen silent for the profile's period: suggest closing
    HANDOVER = "handover"  # back from absence: what happened meanwhile


class OutboxStatus(enum.StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"  # gave up after retries, or the recipient blocked the bot
    CANCELLED = "cancelled"  # e.g. the citizen deleted everything before it went out


class OutboxKind(enum.StrEnum):
    """What an outgoing message is, for the limits on automatic answers (`bot.services.context`), the
    crisis alert's sound at night, and the figures. Stored as its value."""

    RELAY = "relay"  # a citizen's message to a worker, or a worker's answer to a citizen
    ACK = "ack"  # the bot's acknowledgement of a message
    HELP = "help"  # a command's answer or the help text
    MENU = "menu"
    DIALOGUE = "dialogue"  # a question of a guided dialogue (a report, the language)
    OFFICE_CLOSED = "office_closed"
    RECEIPT = "receipt"  # a reporter's receipt code
    INFO = "info"  # a notice to a worker or a sender
    SAFETY = "safety"  # the crisis numbers asked for, STOP/START/SLET confirmations
    CRISIS = "crisis"  # the crisis answer to someone in danger
    ALERT = "alert"  # a crisis alert to the team: rings at any hour
    REMINDER = "reminder"
    REPORT = "report"  # a concern report for the team
    ANSWER = "answer"  # the team's answer to a reporter

    @property
    def priority(self) -> "Priority":
        """How soon it goes out when a backlog forms (`Priority`)."""
        return _PRIORITY.get(self, Priority.CONVERSATION)


class Priority(enum.IntEnum):
    """Which messages go out first when a backlog forms (a morning overview to a big team, a 429 storm, a
    long outage): lower first. Within one chat the order messages were written in holds regardless; a
    chat's older messages go out with its most urgent one. Stored as its value (outbox.priority)."""

    CRISIS = 0  # the crisis answer, the crisis alert, the numbers asked for and STOP/SLET confirmations
    CONVERSATION = 1  # relays, acknowledgements, reports and answers, dialogue questions, help
    REMINDER = 2
    NOTICE = 3  # overviews and notices: nobody waits for them at that moment


_PRIORITY = {
    OutboxKind.CRISIS: Priority.CRISIS,
    OutboxKind.ALERT: Priority.CRISIS,
    OutboxKind.SAFETY: Priority.CRISIS,
    OutboxKind.REMINDER: Priority.REMINDER,
    OutboxKind.INFO: Priority.NOTICE,
}


class InboundStatus(enum.StrEnum):
    DONE = "done"
    FAILED = "failed"  # handling crashed; the update is kept sealed for an operator


class ActorKind(enum.StrEnum):
    CLI = "cli"
    WORKER = "worker"
    SYSTEM = "system"


class ConsoleAccess(enum.StrEnum):
    """What a worker did with a citizen's thread in the web console (the access log)."""

    THREAD = "thread"  # opened it: the messages were shown
    EXPORT = "export"  # exported it for the journal
    REPLY = "reply"  # answered from the console
