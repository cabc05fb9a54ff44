"""A worker and the concern reports of their team: list, take, answer the reporter, close."""

from bot import buttons
from bot.channels import Choice
from bot.cpr import contains_cpr
from bot.models import ConcernReport, Worker
from bot.models.enums import OutboxKind, ReportStatus
from bot.services.audit import audit_entry
from bot.services.context import Turn
from bot.services.dialogue import end_dialogue, start_dialogue
from bot.services.report_filing import report_summary

DIALOGUE_ANSWER = "report_answer"
MAX_LISTED = 10


def list_reports(turn: Turn, worker: Worker) -> None:
    """`/reports`: the open reports of the team, each with its buttons, oldest first."""
    reports = turn.uow.reports.open_in_team(worker.team_id)
    if not reports:
        turn.reply(turn.t("worker.reports.empty"), kind=OutboxKind.INFO)
        return
    turn.reply(turn.t("worker.reports", count=len(reports)), kind=OutboxKind.INFO)
    for report in reports[:MAX_LISTED]:
        turn.reply(
            report_summary(turn.deps, report, worker.language),
            kind=OutboxKind.REPORT,
            choices=_report_buttons(turn, report),
        )


def _report_buttons(turn: Turn, report: ConcernReport) -> tuple[Choice, ...]:
    offered = []
    if report.status == ReportStatus.NEW:
        offered.append(Choice(turn.t("worker.report.take"), buttons.report_take(report.id)))
    offered.append(Choice(turn.t("worker.report.answer"), buttons.report_answer(report.id)))
    offered.append(Choice(turn.t("worker.report.close"), buttons.report_close(report.id)))
    return tuple(offered)


def report_action(turn: Turn, worker: Worker, report: ConcernReport, action: str) -> None:
    """A tap on take, answer or close under a report."""
    if action in ("take", "close") and _answered_before(turn, worker, report, action):
        return
    if action == "take":
        report.take(worker.id, turn.now)
        turn.reply(
            turn.t("worker.report.taken", number=report.id),
            kind=OutboxKind.INFO,
            choices=_report_buttons(turn, report),
        )
    elif action == "answer":
        start_dialogue(turn, DIALOGUE_ANSWER, "answer", {"report_id": report.id})
        turn.reply(turn.t("worker.report.ask_answer", number=report.id), kind=OutboxKind.INFO)
    elif action == "close":
        report.close(turn.now)
        turn.reply(turn.t("worker.report.closed", number=report.id), kind=OutboxKind.INFO)
    turn.uow.audit.add(
        audit_entry(
            turn.now,
            f"report.{action}",
            "report",
            report.id,
            by=worker,
        )
    )


def _answered_before(turn: Turn, worker: Worker, report: ConcernReport, action: str) -> bool:
    """An old take or close button, tapped again or by a colleague after someone else: nothing changes,
    and the worker is told who has the report rather than that they took it."""
    if action == "take" and report.status != ReportStatus.NEW:
        owner = turn.uow.workers.get(report.worker_id) if report.worker_id else None
        if owner is not None and owner.id != worker.id:
            taken = turn.t("worker.report.already_taken", number=report.id, worker=owner.name)
            turn.reply(taken, kind=OutboxKind.INFO)
        else:
            turn.reply(turn.t("button.answered"), kind=OutboxKind.INFO)
        return True
    if action == "close" and report.status == ReportStatus.CLOSED:
        turn.reply(turn.t("button.answered"), kind=OutboxKind.INFO)
        return True
    return False


def answer_report(turn: Turn, worker: Worker, report_id: int) -> None:
    """The worker's answer to a reporter: kept for `/status CODE`, and sent if they left a contact."""
    end_dialogue(turn)
    report = turn.uow.reports.get(report_id)
    text = turn.inbound.text.strip()
    if report is None or not text:
        turn.reply(turn.t("worker.report.gone"), kind=OutboxKind.INFO)
        return
    if contains_cpr(text):
        turn.reply(turn.t("worker.cpr_refused"), kind=OutboxKind.HELP)
        return
    report.answer(turn.deps.vault.seal(text), worker.id, turn.now)
    identity = turn.uow.identities.get(report.reporter_identity_id) if report.reporter_identity_id else None
    if identity is not None:
        language = identity.language or turn.deps.profile.default_language
        turn.out.to_identity(
            identity, turn.deps.text("reporter.answer", language, answer=text), kind=OutboxKind.ANSWER
        )
    turn.uow.audit.add(audit_entry(turn.now, "report.answered", "report", report.id, by=worker))
    turn.reply(turn.t("worker.report.answered", number=report.id), kind=OutboxKind.INFO)
