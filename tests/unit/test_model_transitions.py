"""The models' own state changes, without a database: linking a citizen, handing them to a worker, STOP and
START, enrolling a worker, a concern report taken, answered, closed and reopened, a check-in marked and
the mark taken back."""

from datetime import UTC, datetime, timedelta

import pytest

from bot.models import ChannelIdentity, Checkin, Citizen, ConcernReport, Worker
from bot.models.enums import Channel, CheckinOutcome, CitizenStatus, ReportStatus, WorkerStatus

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
SUSANNE, VIVIAN = 1, 2


def invited(language: str = "da") -> Citizen:
    return Citizen(
        id=7,
        team_id=1,
        alias="Ravn",
        worker_id=SUSANNE,
        status=CitizenStatus.INVITED,
        language=language,
        invite_code_hash="code-hash",
        invite_expires_at=NOW + timedelta(days=7),
        created_at=NOW - timedelta(days=1),
    )


def identity(language: str | None = None) -> ChannelIdentity:
    return ChannelIdentity(
        channel=Channel.TELEGRAM, address_hash="h", address_enc="e", language=language, created_at=NOW
    )


def citizen(status: CitizenStatus, worker_id: int | None = None) -> Citizen:
    return Citizen(team_id=1, alias="Ny-7KQ", worker_id=worker_id, status=status, created_at=NOW)


# --- a citizen -------------------------------------------------------------------------------------------
def test_linking_makes_the_chat_the_citizens_and_spends_the_invite_code() -> None:
    ravn, chat = invited(), identity()

    ravn.link(chat, NOW)

    assert chat.citizen_id == ravn.id and chat.last_seen_at == NOW
    assert ravn.status == CitizenStatus.ACTIVE and ravn.last_contact_at == NOW
    assert ravn.invite_code_hash is None and ravn.invite_expires_at is None


def test_a_linked_citizen_keeps_the_language_their_chat_was_using_else_their_own() -> None:
    english, unknown = invited(), invited()

    english.link(identity(language="en"), NOW)
    unknown.link(identity(language=None), NOW)

    assert (english.language, unknown.language) == ("en", "da")


def test_a_new_contact_given_to_a_worker_becomes_active() -> None:
    new = citizen(CitizenStatus.NEW)

    new.given_to(VIVIAN)

    assert (new.worker_id, new.status) == (VIVIAN, CitizenStatus.ACTIVE)


@pytest.mark.parametrize("status", [CitizenStatus.PAUSED, CitizenStatus.INVITED, CitizenStatus.ACTIVE])
def test_a_citizen_handed_to_a_colleague_keeps_their_status(status: CitizenStatus) -> None:
    ravn = citizen(status, worker_id=SUSANNE)

    ravn.given_to(VIVIAN)

    assert (ravn.worker_id, ravn.status) == (VIVIAN, status)


@pytest.mark.parametrize(
    ("status", "paused", "after"),
    [
        (CitizenStatus.ACTIVE, True, CitizenStatus.PAUSED),
        (CitizenStatus.NEW, True, CitizenStatus.PAUSED),
        (CitizenStatus.PAUSED, False, CitizenStatus.PAUSED),
        (CitizenStatus.INVITED, False, CitizenStatus.INVITED),
        (CitizenStatus.CLOSED, False, CitizenStatus.CLOSED),
    ],
)
def test_stop_pauses_an_active_citizen_or_a_new_contact_only(
    status: CitizenStatus, paused: bool, after: CitizenStatus
) -> None:
    someone = citizen(status)

    assert someone.pause() is paused
    assert someone.status == after


def test_start_makes_a_paused_citizen_active_and_leaves_any_other_as_it_is() -> None:
    paused, closed = citizen(CitizenStatus.PAUSED), citizen(CitizenStatus.CLOSED)

    assert paused.resume() is True and paused.status == CitizenStatus.ACTIVE
    assert closed.resume() is False and closed.status == CitizenStatus.CLOSED


# --- a worker --------------------------------------------------------------------------------------------
def test_enrolling_binds_the_chat_makes_the_worker_active_and_spends_the_code() -> None:
    worker = Worker(
        team_id=1,
        name="Susanne",
        status=WorkerStatus.PENDING,
        enrolment_code_hash="code-hash",
        enrolment_expires_at=NOW + timedelta(days=7),
        created_at=NOW - timedelta(days=1),
    )

    worker.enrol("chat-hash", "chat-sealed", NOW)

    assert (worker.telegram_chat_hash, worker.telegram_chat_enc) == ("chat-hash", "chat-sealed")
    assert worker.status == WorkerStatus.ACTIVE and worker.enrolled_at == NOW
    assert worker.enrolment_code_hash is None and worker.enrolment_expires_at is None


# --- a concern report ------------------------------------------------------------------------------------
def report(status: ReportStatus = ReportStatus.NEW, worker_id: int | None = None) -> ConcernReport:
    return ConcernReport(
        team_id=1,
        worker_id=worker_id,
        reporter_category="neighbour",
        urgency="this_week",
        status=status,
        created_at=NOW - timedelta(days=1),
    )


def test_a_taken_report_is_the_workers_and_no_longer_new() -> None:
    new = report()

    new.take(SUSANNE, NOW)

    assert (new.status, new.worker_id, new.taken_at) == (ReportStatus.TAKEN, SUSANNE, NOW)


def test_an_answer_is_kept_and_a_report_nobody_took_becomes_the_answering_workers() -> None:
    untaken, taken = report(), report(ReportStatus.TAKEN, worker_id=SUSANNE)

    untaken.answer("sealed answer", VIVIAN, NOW)
    taken.answer("sealed answer", VIVIAN, NOW)

    assert (untaken.status, untaken.answer_enc, untaken.answered_at) == (
        ReportStatus.ANSWERED,
        "sealed answer",
        NOW,
    )
    assert (untaken.worker_id, taken.worker_id) == (VIVIAN, SUSANNE)


def test_a_closed_report_says_when() -> None:
    taken = report(ReportStatus.TAKEN, worker_id=SUSANNE)

    taken.close(NOW)

    assert (taken.status, taken.closed_at) == (ReportStatus.CLOSED, NOW)


@pytest.mark.parametrize(
    ("status", "worker_id", "after"),
    [
        (ReportStatus.ANSWERED, SUSANNE, ReportStatus.TAKEN),
        (ReportStatus.CLOSED, SUSANNE, ReportStatus.TAKEN),
        (ReportStatus.CLOSED, None, ReportStatus.NEW),
        (ReportStatus.TAKEN, SUSANNE, ReportStatus.TAKEN),
        (ReportStatus.NEW, None, ReportStatus.NEW),
    ],
)
def test_a_reporters_follow_up_opens_an_answered_or_closed_report_again_with_whoever_had_it(
    status: ReportStatus, worker_id: int | None, after: ReportStatus
) -> None:
    written_back = report(status, worker_id=worker_id)
    written_back.closed_at = NOW if status == ReportStatus.CLOSED else None

    written_back.reopen()

    assert (written_back.status, written_back.worker_id, written_back.closed_at) == (after, worker_id, None)


# --- a check-in ------------------------------------------------------------------------------------------
def test_a_marked_check_in_says_what_became_of_it_who_marked_it_and_when() -> None:
    checkin = Checkin(agreement_id=1, due_at=NOW, outcome=CheckinOutcome.PENDING)

    checkin.record(CheckinOutcome.NOT_REACHED, VIVIAN, NOW)

    assert (checkin.outcome, checkin.recorded_by_worker_id, checkin.recorded_at) == (
        CheckinOutcome.NOT_REACHED,
        VIVIAN,
        NOW,
    )


@pytest.mark.parametrize(
    ("escalated", "after"), [(False, CheckinOutcome.PENDING), (True, CheckinOutcome.MISSED)]
)
def test_a_mark_taken_back_leaves_the_check_in_as_before_not_marked_or_missed_once_the_lead_was_told(
    escalated: bool, after: CheckinOutcome
) -> None:
    checkin = Checkin(agreement_id=1, due_at=NOW, outcome=CheckinOutcome.PENDING)
    checkin.escalated_at = NOW if escalated else None
    checkin.record(CheckinOutcome.DONE, SUSANNE, NOW + timedelta(hours=1))

    checkin.undo()

    assert (checkin.outcome, checkin.recorded_at, checkin.recorded_by_worker_id) == (after, None, None)
