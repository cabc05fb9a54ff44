"""Nothing stays for ever because nobody closed it: a citizen not heard from for the profile's
`close_silent_after_days` is closed (and then anonymised by the nightly purge, `closed_case_days` later).
Their worker and the team's leads are told a week before, with one tap to keep the citizen open."""

from datetime import datetime, timedelta

from bot import buttons, moments
from bot.models import Citizen, Worker
from bot.models.enums import ReminderKind
from bot.services.audit import audit_entry
from bot.services.context import Deps
from bot.uow import UnitOfWork
from scheduling.cover import CoverForDay
from scheduling.notices import Notices
from scheduling.timing import daytime, is_late, local_day

WARNED_BEFORE = timedelta(days=7)
BATCH = 500


def close_silent_citizens(uow: UnitOfWork, deps: Deps, now: datetime) -> int:
    """Warn of a citizen silent for `close_silent_after_days` less a week; close them once the week after
    the warning has passed with no word from them and no tap to keep them."""
    silent_for = timedelta(days=deps.profile.retention.close_silent_after_days)
    notices = Notices(uow, deps, now)
    cover = CoverForDay(uow, local_day(now, deps.profile))
    closed = 0
    for citizen in uow.citizens.open_silent_since(now - silent_for + WARNED_BEFORE, BATCH):
        heard = citizen.last_contact_at or citizen.created_at
        key = f"silent:{citizen.id}:{heard.isoformat(timespec='minutes')}"
        warned = uow.reminders.sent_at(key)
        if warned is None:
            meant_for = daytime(heard + silent_for - WARNED_BEFORE, deps.profile)
            if now >= meant_for:
                _warn(
                    notices,
                    cover,
                    citizen,
                    key,
                    meant_for,
                    now,
                    closes=max(heard + silent_for, now + WARNED_BEFORE),
                )
        elif now >= max(heard + silent_for, warned + WARNED_BEFORE):
            citizen.close(now)
            uow.audit.add(audit_entry(now, "citizen.closed_for_silence", "citizen", citizen.id))
            closed += 1
    return notices.sent + closed


def _warn(
    notices: Notices,
    cover: CoverForDay,
    citizen: Citizen,
    key: str,
    meant_for: datetime,
    now: datetime,
    closes: datetime,
) -> None:
    recipients = _unique(
        [*(cover.recipients(citizen.worker_id) if citizen.worker_id else []), *cover.leads(citizen.team_id)]
    ) or list(cover.for_team(citizen.team_id))
    notices.to_workers(
        key,
        ReminderKind.INACTIVITY,
        recipients,
        "worker.silent.closing",
        due_at=meant_for,
        late=is_late(now, meant_for),
        citizen_id=citizen.id,
        choices=[("worker.silent.keep_button", buttons.keep(citizen.id))],
        alias=citizen.alias,
        date=moments.full_date(closes.astimezone(notices.deps.profile.tz).date()),
    )


def _unique(workers: list[Worker]) -> list[Worker]:
    return list({worker.id: worker for worker in workers}.values())
