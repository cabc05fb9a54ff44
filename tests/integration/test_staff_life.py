"""A worker's working life after they joined, on SQLite and PostgreSQL: switched off (nothing more reaches
their chat, nothing of theirs is left without someone), on again, lead or not, on duty or not, a new phone.

The world: Susanne (Ravn's worker), Vivian, and Lene the lead, all enrolled; nothing is drained, so what
was queued for Susanne before she left is still waiting when she does.
"""

from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.errors import DomainError
from bot.models import Absence, AuditEntry, Citizen, ConcernReport, OutboxMessage, Worker
from bot.models.enums import ActorKind, OutboxStatus, ReportStatus, Urgency, WorkerStatus
from bot.services import staff, staff_commands
from tests.integration.scheduling_world import CITIZEN, LEAD, SUSANNE, VIVIAN
from tests.integration.team import Team
from tests.integration.test_conversations import CODE

NEW_PHONE = "1009"


def worker(team: Team, name: str) -> Worker:
    with team.deps.new_uow() as uow:
        found = uow.session.scalars(select(Worker).where(Worker.name == name)).one()
        uow.session.expunge_all()
        return found


def ravns_worker(team: Team) -> str:
    with team.deps.new_uow() as uow:
        ravn = uow.session.scalars(select(Citizen).where(Citizen.alias == "Ravn")).one()
        owner = uow.workers.get(ravn.worker_id) if ravn.worker_id else None
        return owner.name if owner else ""


def susanne_leaves(team: Team, new_lead: str | None = None) -> staff_commands.Handover:
    return staff_commands.deactivate(team.deps, "SKP", "Susanne", new_lead)


def test_a_citizens_text_after_the_worker_left_reaches_the_lead_and_never_her_chat(team: Team) -> None:
    susanne_leaves(team)
    before = len(team.received(SUSANNE))

    team.says(CITIZEN, "Er du der?")

    assert len(team.received(SUSANNE)) == before
    assert any("Er du der?" in text for text in team.received(LEAD))


def test_her_citizens_go_to_the_lead_who_hands_each_on_with_one_tap(team: Team) -> None:
    handover = susanne_leaves(team)

    assert [c.alias for c in handover.citizens] == ["Ravn"] and ravns_worker(team) == "Lene"
    assert "Susanne er deaktiveret" in team.received(LEAD)[-2]
    taps = team.buttons(LEAD)
    assert list(taps) == ["Vivian"]  # the colleagues still active; neither Susanne nor the lead herself

    team.presses(LEAD, taps["Vivian"])
    team.presses(LEAD, taps["Vivian"])  # a second tap changes nothing more

    assert ravns_worker(team) == "Vivian"
    assert [text for text in team.received(VIVIAN) if "Ravn er givet til dig" in text] == [
        team.received(VIVIAN)[-1]
    ]
    team.says(CITIZEN, "Hej Vivian")
    assert "Hej Vivian" in team.received(VIVIAN)[-1]


def test_what_waited_for_her_chat_goes_to_whoever_answers_now_and_is_not_dropped(team: Team) -> None:
    team.says(CITIZEN, "Kan vi ses i morgen?")  # queued for Susanne, not yet sent (nothing drains here)

    handover = susanne_leaves(team)

    forwarded = [text for text in team.received(LEAD) if "Kan vi ses i morgen?" in text]
    assert forwarded and "Susanne" in forwarded[0]
    # The bot's acknowledgements of her own commands mean nothing to anyone else: dropped, not passed on.
    assert not any("Du er nu med i SKP" in text for text in team.received(LEAD)[1:])
    assert handover.forwarded == 3  # the invite code, "Ravn used the code", and Ravn's message
    with team.deps.new_uow() as uow:
        statuses = set(
            uow.session.scalars(
                select(OutboxMessage.status).where(
                    OutboxMessage.recipient_hash == team.deps.vault.lookup_hash(SUSANNE)
                )
            )
        )
    assert statuses == {OutboxStatus.CANCELLED}


def test_the_lead_can_answer_the_forwarded_message_with_a_reply(team: Team) -> None:
    team.says(CITIZEN, "Kan vi ses i morgen?")
    susanne_leaves(team)
    with team.deps.new_uow() as uow:
        row = uow.session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.recipient_hash == team.deps.vault.lookup_hash(LEAD))
            .where(OutboxMessage.message_id.is_not(None))
        ).one()
        row.status, row.external_id = OutboxStatus.SENT, "555"
        uow.commit()

    team.says(LEAD, "Ja, kl. 10", reply_to="555")

    assert team.received(CITIZEN)[-1].endswith("Ja, kl. 10")


def test_her_commands_taps_and_replies_are_refused_with_a_clear_text(team: Team) -> None:
    susanne_leaves(team)
    to_ravn = len(team.received(CITIZEN))

    team.says(SUSANNE, "/cases")
    assert "ikke længere aktiv" in team.received(SUSANNE)[-1]
    team.says(SUSANNE, "Hej Ravn", reply_to="1")
    assert "ikke længere aktiv" in team.received(SUSANNE)[-1]
    team.says(SUSANNE, choice="staff:show:1")
    assert "ikke længere aktiv" in team.received(SUSANNE)[-1]

    assert len(team.received(CITIZEN)) == to_ravn


def test_her_agreements_and_reports_go_to_the_lead_and_her_absences_end(team: Team) -> None:
    team.agree("Ravn", "tir 10:00")
    today = team.clock.now().astimezone(team.deps.profile.tz).date()
    team.away("Susanne", today - timedelta(days=2), today + timedelta(days=5))
    team.away("Vivian", today, today + timedelta(days=3), cover="Susanne")
    susanne = worker(team, "Susanne")
    with team.deps.new_uow() as uow:
        uow.reports.add(
            ConcernReport(
                team_id=susanne.team_id,
                worker_id=susanne.id,
                reporter_category="neighbour",
                urgency=Urgency.THIS_WEEK,
                status=ReportStatus.TAKEN,
                created_at=team.clock.now(),
            )
        )
        uow.commit()

    handover = susanne_leaves(team)

    lene = worker(team, "Lene")
    assert (handover.reports, handover.agreements) == (1, 1)
    assert team.agreement("Ravn").worker_id == lene.id
    with team.deps.new_uow() as uow:
        report = uow.session.scalars(select(ConcernReport)).one()
        absences = {a.worker_id: a for a in uow.session.scalars(select(Absence))}
        assert report.worker_id == lene.id
        assert absences[susanne.id].ends_on == today - timedelta(days=1)
        assert absences[worker(team, "Vivian").id].cover_worker_id is None


def test_the_last_lead_cannot_leave_or_stop_being_lead_until_another_is_named(team: Team) -> None:
    with pytest.raises(DomainError) as refused:
        staff_commands.deactivate(team.deps, "SKP", "Lene")
    assert refused.value.key == "staff.last_lead"
    with pytest.raises(DomainError):
        staff_commands.change(team.deps, "SKP", "Lene", lead=False)
    assert worker(team, "Lene").is_lead and worker(team, "Lene").status == WorkerStatus.ACTIVE

    staff_commands.deactivate(team.deps, "SKP", "Lene", new_lead="Vivian")

    assert worker(team, "Vivian").is_lead and worker(team, "Lene").status == WorkerStatus.LEFT
    assert "Lene er deaktiveret" in team.received(VIVIAN)[-1]


def test_every_change_is_audited_with_ids_only(team: Team) -> None:
    susanne = worker(team, "Susanne")

    susanne_leaves(team)
    staff_commands.activate(team.deps, "SKP", "Susanne")
    staff_commands.change(team.deps, "SKP", "Susanne", lead=True, on_duty=False)

    with team.deps.new_uow() as uow:
        entries = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.actor_kind == ActorKind.CLI).order_by(AuditEntry.id)
        ).all()
        logged = [
            (e.action, e.subject_type, e.subject_id)
            for e in entries
            if e.action not in ("team.add", "worker.add")
        ]
    assert logged[0] == ("worker.deactivated", "worker", susanne.id)
    assert ("citizen.handed_to_lead", "citizen") == logged[1][:2]
    assert [action for action, _, _ in logged[2:]] == [
        "worker.activated",
        "worker.lead_on",
        "worker.off_duty",
    ]


def test_switched_on_again_she_is_reached_in_her_chat_as_before(team: Team) -> None:
    susanne_leaves(team)

    staff_commands.activate(team.deps, "SKP", "Susanne")
    team.says(SUSANNE, "/cases")

    assert worker(team, "Susanne").status == WorkerStatus.ACTIVE
    assert "ikke længere aktiv" not in team.received(SUSANNE)[-1]


def test_a_new_code_cuts_the_old_chat_the_moment_it_is_used(team: Team) -> None:
    _, code, _ = staff_commands.reenrol(team.deps, "SKP", "Susanne")
    team.says(CITIZEN, "Før den nye telefon")  # waits for the old chat
    team.says(SUSANNE, "/cases")
    assert "ikke længere aktiv" not in team.received(SUSANNE)[-1]  # still hers until the code is used

    team.says(NEW_PHONE, f"/start {code}")
    team.says(CITIZEN, "Efter den nye telefon")

    assert any("Før den nye telefon" in text for text in team.received(NEW_PHONE))
    assert "Efter den nye telefon" in team.received(NEW_PHONE)[-1]
    assert not any("Efter den nye telefon" in text for text in team.received(SUSANNE))


def test_the_staff_list_shows_role_duty_status_and_enrolment(team: Team) -> None:
    staff_commands.change(team.deps, "SKP", "Vivian", on_duty=False)
    susanne_leaves(team)

    listed = {line.name: line.as_json() for line in staff_commands.list_workers(team.deps, "SKP")}

    assert listed["Lene"]["lead"] is True and listed["Lene"]["status"] == "active"
    assert listed["Vivian"]["on_duty"] is False and listed["Vivian"]["enrolled"] is True
    assert listed["Susanne"]["status"] == "left"


def test_a_name_two_workers_share_is_refused_and_the_id_is_taken_instead(team: Team) -> None:
    team.worker("1010", "susanne")

    with pytest.raises(DomainError) as refused:
        staff_commands.change(team.deps, "SKP", "Susanne", on_duty=False)
    assert refused.value.key == "staff.ambiguous_worker"
    with pytest.raises(DomainError) as unknown:
        staff_commands.change(team.deps, "SKP", "Bodil", on_duty=False)
    assert unknown.value.key == "staff.unknown_worker"

    staff_commands.change(team.deps, "SKP", str(worker(team, "Susanne").id), on_duty=False)
    assert worker(team, "Susanne").on_duty is False


def test_a_lead_runs_the_team_from_team_with_taps(team: Team) -> None:
    team.says(LEAD, "/team")
    assert "Susanne" in team.last(LEAD) and set(team.buttons(LEAD)) == {"Susanne", "Vivian", "Lene"}

    team.presses(LEAD, team.buttons(LEAD)["Susanne"])
    card = team.buttons(LEAD)
    assert set(card) == {"Deaktivér", "Gør til teamleder", "Ikke på vagt", "Ny kode (ny telefon)"}
    team.presses(LEAD, card["Ikke på vagt"])
    assert worker(team, "Susanne").on_duty is False
    team.presses(LEAD, card["Ny kode (ny telefon)"])
    assert CODE.search(team.last(LEAD).splitlines()[-1])

    team.presses(LEAD, card["Deaktivér"])
    assert worker(team, "Susanne").status == WorkerStatus.ACTIVE  # asked first
    team.presses(LEAD, team.buttons(LEAD)["Ja, deaktivér Susanne"])
    assert worker(team, "Susanne").status == WorkerStatus.LEFT


def test_a_worker_who_is_not_lead_switches_only_her_own_duty(team: Team) -> None:
    team.says(VIVIAN, "/team")
    assert set(team.buttons(VIVIAN)) == {"Ikke på vagt"}

    team.presses(VIVIAN, team.buttons(VIVIAN)["Ikke på vagt"])
    assert worker(team, "Vivian").on_duty is False

    team.presses(VIVIAN, f"staff:off:{worker(team, 'Susanne').id}")  # a forged tap
    team.presses(VIVIAN, f"staff:offok:{worker(team, 'Susanne').id}")
    assert worker(team, "Susanne").status == WorkerStatus.ACTIVE
    assert "kun" in team.last(VIVIAN)


def test_the_last_lead_is_refused_in_telegram_too(team: Team) -> None:
    team.presses(LEAD, f"staff:offok:{worker(team, 'Lene').id}")

    assert worker(team, "Lene").status == WorkerStatus.ACTIVE
    assert "sidste teamleder" in team.last(LEAD)


def test_a_lost_phone_is_cut_at_once_and_a_new_code_switches_her_on_in_the_new_chat(team: Team) -> None:
    susanne_leaves(team)
    _, code, _ = staff_commands.reenrol(team.deps, "SKP", "Susanne")
    team.says(SUSANNE, "/cases")
    assert "ikke længere aktiv" in team.last(SUSANNE)  # the old phone stays cut while the code waits

    team.says(NEW_PHONE, f"/start {code}")

    assert worker(team, "Susanne").status == WorkerStatus.ACTIVE
    team.says(NEW_PHONE, "/cases")
    assert "ikke længere aktiv" not in team.last(NEW_PHONE)


def test_a_code_given_before_she_was_switched_off_no_longer_enrols(team: Team) -> None:
    new = staff.add_worker(
        team.deps.new_uow(), team.deps.vault, team.clock, team.deps.profile, name="Bo", team_name="SKP"
    )
    staff_commands.deactivate(team.deps, "SKP", "Bo")

    team.says(NEW_PHONE, f"/start {new.enrolment_code}")

    assert worker(team, "Bo").status == WorkerStatus.LEFT


def test_a_new_contacts_message_she_had_not_yet_received_is_not_sent_twice_to_the_others(team: Team) -> None:
    team.says("3003", "Hej, jeg har brug for hjælp til en bolig")  # to everyone on duty at once
    lenes = [text for text in team.received(LEAD) if "bolig" in text]

    susanne_leaves(team)

    assert [text for text in team.received(LEAD) if "bolig" in text] == lenes
    assert len([text for text in team.received(VIVIAN) if "bolig" in text]) == 1
