"""A concern report (bekymringshenvendelse) put on the team's list: finished, or as far as the reporter got.

Used by the dialogue (the reporter answered the last question, or left it for a command) and by the
scheduler (the reporter went silent): so the team sees every text a reporter wrote, and sees which
reports are unfinished. A report that must be seen "today" gets a deadline that day and goes first.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from bot import buttons, moments
from bot.channels import Choice
from bot.codes import new_code
from bot.models import ChannelIdentity, ConcernReport, Team
from bot.models.enums import OutboxKind, ReporterCategory, ReportStatus, Urgency
from bot.office_hours import is_open, next_opening
from bot.outbox import Outbox
from bot.profile import team_for_age
from bot.safety import danger_kind
from bot.services.answering import answering_for_team
from bot.services.context import Deps
from bot.uow import UnitOfWork
from bot.workdays import deadline_after

UNKNOWN_AGE = "unknown"
SHORT_DAY = timedelta(hours=2)
"""A "today" report that reaches the team this close to closing time is due at the next day's close."""


@dataclass(frozen=True)
class Filed:
    """The report as stored, and the receipt code the reporter is shown (None when nobody is there)."""

    report: ConcernReport
    code: str | None


def file_report(
    uow: UnitOfWork,
    deps: Deps,
    out: Outbox,
    now: datetime,
    data: dict[str, Any],
    *,
    reporter: ChannelIdentity | None = None,
    unfinished: bool = False,
    with_code: bool = True,
) -> Filed:
    """Store the report from the dialogue's answers and tell the team on duty.

    `reporter`: the reporter's identity when they may be contacted (None: anonymous). An unfinished
    report is always anonymous: the reporter never said they may be contacted."""
    vault, profile = deps.vault, deps.profile
    team = _team(uow, deps, data)
    code = new_code() if with_code else None
    texts = f"{data.get('concern', '')} {data.get('who_where', '')}"
    urgency = Urgency.TODAY if danger_kind(texts) else data.get("urgency") or Urgency.NOT_URGENT
    contact = data.get("contact") if reporter is not None else None
    report = ConcernReport(
        team_id=team.id,
        reporter_category=data.get("category") or ReporterCategory.OTHER,
        anonymous=reporter is None,
        reporter_identity_id=None if reporter is None else reporter.id,
        reporter_contact_enc=vault.seal(contact) if contact else None,
        concern_enc=vault.seal(data["concern"]) if data.get("concern") else None,
        subject_enc=vault.seal(data["who_where"]) if data.get("who_where") else None,
        subject_age=data.get("age"),
        age_band=data.get("age_band"),
        urgency=urgency,
        receipt_code_hash=vault.lookup_hash(code) if code else None,
        receipt_expires_at=now + timedelta(days=profile.retention.receipt_code_days),
        status=ReportStatus.NEW,
        deadline_at=_deadline(deps, now, urgency),
        created_at=now,
        unfinished=unfinished,
    )
    uow.reports.add(report)
    _tell_team(uow, deps, out, now, report)
    return Filed(report, code)


def _team(uow: UnitOfWork, deps: Deps, data: dict[str, Any]) -> Team:
    """By the age given, else by the age group picked, else the profile's team for an unknown age."""
    age: int | None = data.get("age")
    band = data.get("age_band")
    if age is None and band and band != UNKNOWN_AGE:
        age = int(band.split("-", 1)[0])
    team_profile = team_for_age(deps.profile, age)
    return uow.teams.by_name(team_profile.name) or uow.teams.list()[0]


def _deadline(deps: Deps, now: datetime, urgency: str) -> datetime | None:
    rules, profile = deps.profile.reports, deps.profile
    deadline = None
    if rules.deadline_working_days:
        deadline = deadline_after(now, rules.deadline_working_days, profile.tz)
    elif rules.case_processing_weeks:
        deadline = now + timedelta(weeks=rules.case_processing_weeks)
    if urgency != Urgency.TODAY:
        return deadline
    today = end_of_next_office_day(deps, now)
    return today if deadline is None else min(deadline, today)


def end_of_next_office_day(deps: Deps, now: datetime) -> datetime:
    """Closing time of the first office day with time left to act: today's, or the next opening's."""
    profile = deps.profile
    opening = next_opening(profile, now)
    while True:
        hours = profile.office_hours.for_weekday(opening.weekday())
        assert hours is not None  # next_opening lands on an office day
        closes = datetime.combine(opening.date(), hours.closes, tzinfo=profile.tz)
        if closes - max(opening, now.astimezone(profile.tz)) >= SHORT_DAY:
            return closes
        opening = next_opening(profile, closes + timedelta(minutes=1))


def _tell_team(uow: UnitOfWork, deps: Deps, out: Outbox, now: datetime, report: ConcernReport) -> None:
    """Whoever answers for the report's team today (its present workers on duty, by the one rule) gets it
    with a take button. A report for "today" is headed as such and, in office hours, pushed as urgent;
    outside them the scheduler tells the team again at the next opening
    (scheduling.deadlines.report_deadlines)."""
    today = report.urgency == Urgency.TODAY
    open_now = is_open(deps.profile, now)
    for worker in answering_for_team(uow, report.team_id, now.astimezone(deps.profile.tz).date()):
        text = report_summary(deps, report, worker.language)
        if today:
            text = f"{deps.text('worker.report.today_heading', worker.language)}\n{text}"
        take = Choice(deps.text("worker.report.take", worker.language), buttons.report_take(report.id))
        out.to_worker(worker, text, kind=OutboxKind.REPORT, choices=(take,), urgent=today and open_now)


def age_label(deps: Deps, band: str, language: str) -> str:
    """An age group as a person says it: "under 30", "30 eller ældre", "18-29", "ved ikke"."""
    if band == UNKNOWN_AGE:
        return deps.text("report.age.unknown", language)
    low, high = (int(part) for part in band.split("-", 1))
    if low == 0:
        return deps.text("report.age.under", language, age=high + 1)
    if high >= 130:
        return deps.text("report.age.from", language, age=low)
    return f"{low}-{high}"


def report_summary(deps: Deps, report: ConcernReport, language: str) -> str:
    """What a worker sees of a report: the texts, urgency, who reported and how to reach them, age,
    deadline, status; an unfinished report says so, and a reporter's follow-up comes last."""
    vault = deps.vault
    deadline = moments.day_and_clock(report.deadline_at, deps.profile.tz) if report.deadline_at else "-"
    if report.subject_age is not None:
        age = str(report.subject_age)
    elif report.age_band:
        age = age_label(deps, report.age_band, language)
    else:
        age = "-"
    summary = deps.text(
        "worker.report.summary",
        language,
        number=report.id,
        concern=vault.open(report.concern_enc) if report.concern_enc else "-",
        who_where=vault.open(report.subject_enc) if report.subject_enc else "-",
        age=age,
        urgency=deps.text(f"report.urgency.{report.urgency}", language),
        category=deps.text(f"report.category.{report.reporter_category}", language),
        anonymous=deps.text("report.anonymous.yes" if report.anonymous else "report.anonymous.no", language),
        status=deps.text(f"status.{report.status}", language),
        deadline=deadline,
    )
    lines = [summary]
    if report.unfinished:
        lines.insert(0, deps.text("worker.report.unfinished", language))
    if not report.anonymous:
        contact = vault.open(report.reporter_contact_enc) if report.reporter_contact_enc else ""
        lines.append(deps.text("worker.report.contact", language, contact=contact or "-"))
    if report.followup_enc:
        lines.append(deps.text("worker.report.followup_seen", language, text=vault.open(report.followup_enc)))
    return "\n".join(lines)
