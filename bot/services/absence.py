"""A worker's absence (fravær) and who covers meanwhile: `/away FROM TO [COLLEAGUE]`, a lead's
`/away NAME FROM TO [COLLEAGUE]`, `/away` alone to see and cancel them.

While a worker is away, `relay.responders` sends their citizens' messages to the cover (or to the team's
on-duty workers), and the scheduler sends their reminders to the cover and the handover afterwards.
"""

from collections.abc import Sequence
from datetime import date, timedelta

from bot import buttons
from bot.channels import Choice
from bot.models import Absence, Citizen, Worker
from bot.models.enums import CitizenStatus, OutboxKind
from bot.services.answering import answering
from bot.services.audit import audit_entry
from bot.services.away_dates import AwayRequest, BadDate, read_away
from bot.services.context import Turn
from bot.services.local_time import day_text, local_today

MAX_ABSENCE_DAYS = 366  # a longer one is a typo in the year (24.12.2062)
MAX_LISTED_CITIZENS = 50  # in the ask to agree cover: a message stays readable (/cases has them all)


def away_command(turn: Turn, worker: Worker, args: str) -> None:
    if not args.strip():
        list_absences(turn, worker)
        return
    today = local_today(turn)
    try:
        request = read_away(args, today)
    except BadDate as error:
        turn.reply(turn.t("worker.away.bad_date", typed=error.typed), kind=OutboxKind.HELP)
        return
    if request is None:
        turn.reply(turn.t("worker.away.usage"), kind=OutboxKind.HELP)
        return
    absent = _absent_worker(turn, worker, request)
    if absent is None:
        return
    problem = _date_problem(request, today)
    if problem:
        turn.reply(turn.t(f"worker.away.{problem}"), kind=OutboxKind.HELP)
        return
    cover = None
    if request.cover:
        cover = turn.uow.workers.active_named(worker.team_id, request.cover)
        if cover is None or cover.id == absent.id:
            key = "worker.away.unknown_colleague" if cover is None else "worker.away.not_self_cover"
            turn.reply(turn.t(key, name=request.cover), kind=OutboxKind.HELP)
            return
    if _overlaps(turn, absent, cover, request):
        return
    _register(turn, worker, absent, cover, request)


def _absent_worker(turn: Turn, worker: Worker, request: AwayRequest) -> Worker | None:
    """Oneself, or (for a team lead) the colleague named before the dates."""
    if not request.absent:
        return worker
    named = turn.uow.workers.active_named(worker.team_id, request.absent)
    if named is None:
        turn.reply(turn.t("worker.away.unknown_colleague", name=request.absent), kind=OutboxKind.HELP)
        return None
    if named.id != worker.id and not worker.is_lead:
        turn.reply(turn.t("worker.away.lead_only"), kind=OutboxKind.INFO)
        return None
    return named


def _date_problem(request: AwayRequest, today: date) -> str | None:
    if request.starts_on < today:
        return "in_the_past"
    if request.ends_on < request.starts_on:
        return "wrong_order"
    if (request.ends_on - request.starts_on).days >= MAX_ABSENCE_DAYS:
        return "too_long"
    return None


def _overlaps(turn: Turn, absent: Worker, cover: Worker | None, request: AwayRequest) -> bool:
    """One absence at a time per worker; and a cover who is away then covers nobody."""
    absences = turn.uow.absences
    existing = absences.overlapping(absent.id, request.starts_on, request.ends_on)
    if existing is not None:
        turn.reply(
            turn.t("worker.away.overlap", name=absent.name, period=_period(existing)),
            kind=OutboxKind.INFO,
        )
        return True
    cover_away = absences.overlapping(cover.id, request.starts_on, request.ends_on) if cover else None
    if cover is not None and cover_away is not None:
        turn.reply(
            turn.t("worker.away.cover_away", name=cover.name, period=_period(cover_away)),
            kind=OutboxKind.INFO,
        )
        return True
    return False


def _register(turn: Turn, by: Worker, absent: Worker, cover: Worker | None, request: AwayRequest) -> None:
    absence = Absence(
        worker_id=absent.id,
        cover_worker_id=cover.id if cover else None,
        starts_on=request.starts_on,
        ends_on=request.ends_on,
        created_by_worker_id=by.id,
        created_at=turn.now,
    )
    turn.uow.absences.add(absence)
    turn.uow.audit.add(audit_entry(turn.now, "absence.created", "absence", absence.id, by=by))
    citizens = turn.uow.citizens.of_worker(absent.id)
    period = _period(absence)
    colleagues: list[Worker] = []  # who answers meanwhile when no colleague is named: asked once
    if cover is not None:
        turn.reply(
            turn.t("worker.away.set", name=absent.name, period=period, cover=cover.name), kind=OutboxKind.INFO
        )
        turn.out.to_worker(
            cover,
            turn.deps.text(
                "worker.away.you_cover", cover.language, name=absent.name, period=period, count=len(citizens)
            ),
        )
    else:
        colleagues = _colleagues_on_duty(turn, absent, request.starts_on)
        _tell_who_answers(turn, absent, period, colleagues)
    if absent.id != by.id:
        turn.out.to_worker(
            absent, turn.deps.text("worker.away.set_for_you", absent.language, period=period, lead=by.name)
        )
    if turn.deps.profile.followup.agree_cover_on_absence and citizens:
        # The promise to citizens: "vil der altid blive lavet en konkret aftale med dig" (seed 001).
        if cover is not None:
            cover_name = cover.name
        elif colleagues:
            cover_name = ", ".join(colleague.name for colleague in colleagues)
        else:
            cover_name = turn.deps.text("worker.away.nobody_covers", absent.language)
        aliases = "\n".join(f"• {citizen.alias}" for citizen in citizens[:MAX_LISTED_CITIZENS])
        if len(citizens) > MAX_LISTED_CITIZENS:
            more = len(citizens) - MAX_LISTED_CITIZENS
            aliases += "\n" + turn.deps.text("worker.away.more", absent.language, count=more)
        turn.out.to_worker(
            absent,
            turn.deps.text(
                "worker.away.agree_cover", absent.language, period=period, cover=cover_name, aliases=aliases
            ),
        )

    if turn.deps.profile.followup.tell_citizens_of_cover:
        _tell_citizens(turn, citizens, cover, absence)


def _tell_who_answers(turn: Turn, absent: Worker, period: str, colleagues: Sequence[Worker]) -> None:
    """With no colleague named, say by name who will get the citizens' messages (`colleagues`); and warn
    when there is nobody but the absent worker, who would then get them while away."""
    if colleagues:
        names = ", ".join(colleague.name for colleague in colleagues)
        turn.reply(
            turn.t("worker.away.set_on_duty", name=absent.name, period=period, names=names),
            kind=OutboxKind.INFO,
        )
    else:
        turn.reply(
            turn.t("worker.away.set_nobody_else", name=absent.name, period=period), kind=OutboxKind.INFO
        )


def _colleagues_on_duty(turn: Turn, absent: Worker, day: date) -> list[Worker]:
    """Who gets the citizens' messages on `day` when no colleague is named: asked of the one rule (as
    `relay.responders` asks it), so what the worker is told is what will happen. Empty when that is the
    absent worker themself."""
    uow = turn.uow
    away = {absence.worker_id for absence in uow.absences.on(day)} | {absent.id}
    helpers = answering(
        (absent, True),
        None,
        lambda: [(w, w.id in away) for w in uow.workers.on_duty(absent.team_id)],
        lambda: [(w, w.id in away) for w in uow.workers.leads(absent.team_id)],
    )
    return [worker for worker in helpers if worker.id != absent.id]


def _tell_citizens(turn: Turn, citizens: Sequence[Citizen], cover: Worker | None, absence: Absence) -> None:
    """Where the profile says so, each citizen learns, neutrally, who answers while their worker is away."""
    for citizen in citizens:
        identities = [i for i in turn.uow.identities.of_citizen(citizen.id) if not i.stopped]
        if citizen.status != CitizenStatus.ACTIVE or not identities:
            continue
        language = citizen.language or turn.deps.profile.default_language
        first, last = day_text(absence.starts_on), day_text(absence.ends_on)
        if cover is not None:
            key, params = "citizen.cover.named", {"cover": cover.name.split()[0]}
        else:
            key, params = "citizen.cover.team", {}
        text = turn.deps.text(key, language, first=first, last=last, **params)
        turn.out.to_identity(identities[0], text, kind=OutboxKind.INFO)


def list_absences(turn: Turn, worker: Worker) -> None:
    """`/away` alone: current and coming absences (a lead sees the team's), each with a cancel button."""
    today = local_today(turn)
    absences = turn.uow.absences.not_over(worker.team_id, today, None if worker.is_lead else worker.id)
    if not absences:
        turn.reply(f"{turn.t('worker.away.none')}\n{turn.t('worker.away.usage')}", kind=OutboxKind.INFO)
        return
    lines, choices = [], []
    for absence in absences:
        absent = turn.uow.workers.get(absence.worker_id)
        cover = turn.uow.workers.get(absence.cover_worker_id) if absence.cover_worker_id else None
        name, period = absent.name if absent else "?", _period(absence)
        cover_name = cover.name if cover else turn.t("worker.away.on_duty_name")
        lines.append(turn.t("worker.away.line", name=name, period=period, cover=cover_name))
        choices.append(
            Choice(turn.t("worker.away.cancel", name=name, period=period), buttons.cancel_absence(absence.id))
        )
    turn.reply(
        f"{turn.t('worker.away.list')}\n" + "\n".join(lines), kind=OutboxKind.INFO, choices=tuple(choices)
    )


def absence_choice(turn: Turn, worker: Worker, absence_id: int) -> None:
    """A tap on an absence's cancel button: a coming one goes, a current one ends yesterday."""
    absence = turn.uow.absences.get(absence_id)
    absent = turn.uow.workers.get(absence.worker_id) if absence else None
    if absence is None or absent is None or absent.team_id != worker.team_id:
        turn.reply(turn.t("worker.away.gone"), kind=OutboxKind.INFO)
        return
    if not (worker.is_lead or worker.id in (absent.id, absence.created_by_worker_id)):
        turn.reply(turn.t("worker.away.lead_only"), kind=OutboxKind.INFO)
        return
    today = local_today(turn)
    if absence.ends_on < today:
        turn.reply(turn.t("worker.away.gone"), kind=OutboxKind.INFO)
        return
    period = _period(absence)
    cover = turn.uow.workers.get(absence.cover_worker_id) if absence.cover_worker_id else None
    turn.uow.audit.add(audit_entry(turn.now, "absence.cancelled", "absence", absence.id, by=worker))
    if absence.starts_on >= today:
        turn.uow.absences.delete(absence)
    else:  # already begun: it ends yesterday, so the worker is back today and gets the handover
        absence.ends_on = today - timedelta(days=1)
    turn.reply(turn.t("worker.away.cancelled", name=absent.name, period=period), kind=OutboxKind.INFO)
    if cover is not None and cover.id != worker.id:
        text = turn.deps.text("worker.away.cover_cancelled", cover.language, name=absent.name, period=period)
        turn.out.to_worker(cover, text)
    if absent.id != worker.id:
        turn.out.to_worker(
            absent, turn.deps.text("worker.away.cancelled", absent.language, name=absent.name, period=period)
        )


def _period(absence: Absence) -> str:
    return f"{day_text(absence.starts_on)}-{day_text(absence.ends_on)}"
