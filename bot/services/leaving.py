"""A worker leaves the team (or their phone is gone): from that moment nothing more reaches their chat,
and nothing of theirs is left without someone.

Their citizens, the reports they had taken and their check-in agreements go to a lead (the one named to
take over, else a present lead of the team), who is told with one tap per citizen to hand each on. What
still waited for their chat goes to whoever answers now, by the one rule (`bot.services.answering`);
only the bot's answers to their own commands are dropped, since they mean nothing to anyone else. Their
absences end, the cover they were named for is gone, and their dialogue is dropped. Ids only in the audit.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bot import buttons
from bot.channels import Choice
from bot.models import Citizen, OutboxMessage, Worker
from bot.models.enums import ActorKind, Channel, OutboxKind, OutboxStatus, WorkerStatus
from bot.outbox import Outbox
from bot.services.answering import AnsweringOn
from bot.services.audit import audit_entry
from bot.services.context import Deps
from bot.uow import UnitOfWork

OWN_ANSWERS = (OutboxKind.ACK, OutboxKind.HELP, OutboxKind.MENU, OutboxKind.DIALOGUE)
"""The bot's answers to the worker's own commands: dropped with their chat, not passed to anyone."""


@dataclass(frozen=True)
class Handover:
    """What a worker who left handed on, and to whom (`lead` None: the team has no lead to take it)."""

    lead: Worker | None
    citizens: tuple[Citizen, ...]
    reports: int
    agreements: int
    forwarded: int


def leave(
    uow: UnitOfWork,
    deps: Deps,
    out: Outbox,
    now: datetime,
    worker: Worker,
    by: Worker | ActorKind,
    successor: Worker | None = None,
) -> Handover:
    """`worker` has left from `now` on. `successor`: the lead who takes over (the team's others if None)."""
    day = now.astimezone(deps.profile.tz).date()
    worker.status = WorkerStatus.LEFT
    # A code given before cannot switch them on; only one given after (a lost phone) does.
    worker.enrolment_code_hash = None
    worker.enrolment_expires_at = None
    uow.audit.add(audit_entry(now, "worker.deactivated", "worker", worker.id, by=by))
    uow.console.end_sessions_of(worker.id, now)  # a browser left signed in opens nothing from now on
    lead = successor or _lead_besides(uow, worker, day)
    citizens, reports, agreements = _hand_to(uow, now, worker, lead, by) if lead else ((), 0, 0)
    _end_absences(uow, worker, day, now)
    hashes = chat_hashes(deps, worker)
    forwarded = 0
    if hashes:
        uow.dialogues.clear(Channel.TELEGRAM, hashes)
        forwarded = _readdress(
            uow, deps, out, worker, lead, day, uow.outbox.pending_to(Channel.TELEGRAM, hashes)
        )
    handover = Handover(lead, citizens, reports, agreements, forwarded)
    if lead is not None:
        _tell_lead(uow, deps, out, worker, handover)
    return handover


def _hand_to(
    uow: UnitOfWork, now: datetime, worker: Worker, lead: Worker, by: Worker | ActorKind
) -> tuple[tuple[Citizen, ...], int, int]:
    """The worker's citizens, taken reports and agreements are the lead's now: (citizens, reports,
    agreements)."""
    citizens = tuple(uow.citizens.of_worker(worker.id))
    for citizen in citizens:
        citizen.given_to(lead.id)
        uow.audit.add(audit_entry(now, "citizen.handed_to_lead", "citizen", citizen.id, by=by))
    agreements = uow.agreements.of_worker(worker.id)
    for agreement in agreements:
        agreement.worker_id = lead.id
        uow.audit.add(audit_entry(now, "agreement.handed_to_lead", "agreement", agreement.id, by=by))
    reports = uow.reports.held_by(worker.id)
    for report in reports:
        report.worker_id = lead.id
        uow.audit.add(audit_entry(now, "report.handed_to_lead", "report", report.id, by=by))
    return citizens, len(reports), len(agreements)


def chat_hashes(deps: Deps, worker: Worker) -> list[str]:
    """The lookup hashes of the worker's Telegram chat under every key (rows may predate a rotation)."""
    if worker.telegram_chat_enc is None:
        return []
    return deps.vault.lookup_hashes(deps.vault.open(worker.telegram_chat_enc))


def _lead_besides(uow: UnitOfWork, worker: Worker, day: date) -> Worker | None:
    """The lead who takes over: a present, enrolled one first, else any the team keeps."""
    answering = AnsweringOn(uow, day)
    enrolled = [lead for lead in uow.workers.leads(worker.team_id) if lead.id != worker.id]
    present = [lead for lead in enrolled if not answering.is_away(lead.id)]
    named = [lead for lead in uow.workers.named_leads(worker.team_id) if lead.id != worker.id]
    return next(iter(present or enrolled or named), None)


def _end_absences(uow: UnitOfWork, worker: Worker, day: date, now: datetime) -> None:
    """Their absences end yesterday (those not begun are gone; no "welcome back" handover for someone
    who left); absences they were to cover lose them, and the team covers by the rule."""
    for absence in uow.absences.not_over(worker.team_id, day, worker.id):
        if absence.starts_on < day:
            absence.ends_on = day - timedelta(days=1)
            absence.handover_sent_at = absence.handover_sent_at or now
        else:
            uow.absences.delete(absence)
    for absence in uow.absences.covered_by(worker.id, day):
        absence.cover_worker_id = None


def _readdress(
    uow: UnitOfWork,
    deps: Deps,
    out: Outbox,
    worker: Worker,
    lead: Worker | None,
    day: date,
    rows: Sequence[OutboxMessage],
) -> int:
    """What still waited for the worker's chat, to whoever answers now; returns how many went on."""
    answering = AnsweringOn(uow, day)
    forwarded = 0
    for row in rows:
        if row.kind in OWN_ANSWERS:
            row.status = OutboxStatus.CANCELLED
            continue
        had_it = uow.outbox.recipients_of(row.message_id) if row.message_id is not None else set()
        for to in _answering_instead(uow, answering, worker, lead, row):
            if to.telegram_chat_hash in had_it:  # a new contact's message went to the whole team at once
                continue
            heading = deps.text("staff.forwarded", to.language, name=worker.name)
            forwarded += out.forward(row, to, heading)
        row.status = OutboxStatus.CANCELLED  # nobody at all to take it: still never to their chat
    return forwarded


def _answering_instead(
    uow: UnitOfWork, answering: AnsweringOn, worker: Worker, lead: Worker | None, row: OutboxMessage
) -> list[Worker]:
    """Who answers a row meant for the worker: the citizen's worker now, for a message about a citizen
    (the team, for a new contact); else the lead who took over; by the rule, so an absent one is passed
    over."""
    message = uow.messages.get(row.message_id) if row.message_id is not None else None
    citizen = uow.citizens.get(message.citizen_id) if message is not None else None
    if citizen is not None and citizen.worker_id is not None:
        answering_now = answering.for_worker(citizen.worker_id)
    elif citizen is not None:  # a new contact nobody has claimed: the team's, as it was in the first place
        answering_now = answering.for_team(citizen.team_id)
    elif lead is not None:
        answering_now = answering.for_worker(lead.id)
    else:
        answering_now = answering.for_team(worker.team_id)
    return [to for to in answering_now if to.id != worker.id]


def _tell_lead(uow: UnitOfWork, deps: Deps, out: Outbox, worker: Worker, handover: Handover) -> None:
    """The lead hears what is theirs now, and gets one message per citizen with a tap per colleague."""
    lead = handover.lead
    assert lead is not None
    out.to_worker(
        lead,
        deps.text(
            "staff.left.to_lead",
            lead.language,
            name=worker.name,
            citizens=len(handover.citizens),
            reports=handover.reports,
            agreements=handover.agreements,
        ),
        kind=OutboxKind.INFO,
    )
    colleagues = [
        w
        for w in uow.workers.of_team(worker.team_id)
        if w.status == WorkerStatus.ACTIVE and w.id not in (worker.id, lead.id)
    ]
    if not colleagues:
        return
    for citizen in handover.citizens:
        choices = tuple(Choice(w.name, buttons.give(citizen.id, w.id)) for w in colleagues)
        text = deps.text("staff.left.citizen", lead.language, alias=citizen.alias)
        out.to_worker(lead, text, kind=OutboxKind.INFO, choices=choices)
