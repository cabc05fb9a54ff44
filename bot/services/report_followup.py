"""A reporter writes back after the team's answer: the text belongs to their report, not to a new contact.

A reporter who may be contacted is recognised by their identity. An anonymous reporter is not (nothing
is stored to recognise them): they write back with their receipt code, `/status CODE message` (SMS:
`STATUS CODE message`). The follow-up is kept sealed with the report, the report is open again for the
team, and whoever answers for it today (the worker who has it, else their cover or the team on duty, by
the one rule in bot/policy/who_answers.py) is told at once.
"""

from bot import buttons
from bot.channels import Choice
from bot.cpr import contains_cpr
from bot.models import ChannelIdentity, ConcernReport, Worker
from bot.models.enums import OutboxKind
from bot.services.answering import AnsweringOn
from bot.services.context import Turn

MAX_FOLLOWUPS = 2000  # characters kept, the newest


def follow_up(turn: Turn, identity: ChannelIdentity) -> bool:
    """Attach the text to the reporter's newest report; False when they have none (then it is a message
    from a new contact, as before)."""
    if identity.citizen_id is not None:
        return False
    report = turn.uow.reports.latest_of_reporter(identity.id, turn.now)
    if report is None:
        return False
    identity.last_seen_at = turn.now
    attach(turn, report, turn.inbound.text)
    return True


def attach(turn: Turn, report: ConcernReport, written: str) -> None:
    """Keep what the reporter wrote with their report and tell the team; a CPR number is refused."""
    text = " ".join(written.split())
    if contains_cpr(text):
        turn.reply(turn.t("report.cpr_refused"), kind=OutboxKind.ACK)
        return
    vault = turn.deps.vault
    before = vault.open(report.followup_enc) if report.followup_enc else ""
    report.followup_enc = vault.seal(f"{before}\n{text}".strip()[-MAX_FOLLOWUPS:])
    report.reopen()
    for worker in _readers(turn, report):
        notice = turn.deps.text("worker.report.followup", worker.language, number=report.id, text=text)
        answer = Choice(
            turn.deps.text("worker.report.answer", worker.language), buttons.report_answer(report.id)
        )
        turn.out.to_worker(worker, notice, kind=OutboxKind.REPORT, choices=(answer,))
    turn.reply(turn.t("report.followup_received"), kind=OutboxKind.ACK)


def _readers(turn: Turn, report: ConcernReport) -> list[Worker]:
    """Whoever answers for the report today, by the one rule: the worker who has it, else the cover they
    named for their absence, else the team (its present workers on duty, ...)."""
    today = AnsweringOn(turn.uow, turn.today)
    return today.for_worker(report.worker_id) if report.worker_id else today.for_team(report.team_id)
