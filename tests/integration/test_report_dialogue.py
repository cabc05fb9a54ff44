"""The concern-report dialogue as neighbours really answer it, on SQLite and PostgreSQL: every answer
lands in its own field, nothing a reporter wrote is lost, a reporter who may be contacted is asked how,
"today" reaches the team today, and a reporter's reply joins their report."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, func, select

from bot.crypto import Vault
from bot.models import ChannelIdentity, Citizen, ConcernReport, ConversationState, Team
from bot.models.enums import Channel, ReportStatus, Urgency
from bot.models.personal import SEALED_FIELDS
from bot.profile import load_profile, team_for_age
from bot.services import staff
from scheduling.tick import run_tick
from tests.fakes.clock import FakeClock
from tests.fakes.deps import deps_on
from tests.integration.test_conversations import CODE
from tests.integration.worker_talk import WorkerTalk

SUSANNE, NEIGHBOUR, PHONE = "1001", "777000123", "+4520304051"
YOUTH, ADULT = "1002", "1003"
UNGE, VISITATION = "UngeCentret", "Visitationen – Det Specialiserede Område"
SUNDAY_NIGHT = datetime(2026, 11, 22, 22, 40, tzinfo=UTC)  # 23:40 in Copenhagen
MONDAY_OPENING = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)  # 08:00 in Copenhagen


@pytest.fixture
def talk(migrated: Engine, vault: Vault, clock: FakeClock) -> WorkerTalk:
    talk = WorkerTalk(migrated, vault, clock)
    talk.worker(SUSANNE, "Susanne")
    return talk


def reports(talk: WorkerTalk) -> list[ConcernReport]:
    with talk.deps.new_uow() as uow:
        found = list(uow.session.scalars(select(ConcernReport).order_by(ConcernReport.id)))
        uow.session.expunge_all()
        return found


def opened(talk: WorkerTalk, sealed: str | None) -> str | None:
    return None if sealed is None else talk.deps.vault.open(sealed)


def stored_anywhere(talk: WorkerTalk, needle: str) -> list[str]:
    """Every sealed field, of every row, that holds `needle`."""
    found = []
    with talk.deps.new_uow() as uow:
        for model, fields in SEALED_FIELDS.items():
            for row in uow.session.scalars(select(model)):
                for field in fields:
                    value = getattr(row, field.encrypted)
                    if value and needle in talk.deps.vault.open(value):
                        found.append(f"{model.__tablename__}.{field.encrypted}")
    return found


def sms(talk: WorkerTalk, *texts: str) -> None:
    for text in texts:
        talk.says(PHONE, text, channel=Channel.SMS)


# --- 1. a CPR number: the same question again ------------------------------------------------------------
def test_a_cpr_number_gets_the_same_question_again_and_every_later_answer_lands_in_its_own_field(
    talk: WorkerTalk,
) -> None:
    sms(talk, "bekymring", "min nabo 120385-1235 har ikke vaeret ude i 3 uger")

    asked_again = talk.received(PHONE)[-1]
    assert "CPR" in asked_again and "Hvad er du bekymret for?" in asked_again
    sms(talk, "min nabo har ikke vaeret ude i 3 uger", "ham i stuen th nr 12", "2", "1", "1")

    (report,) = reports(talk)
    assert opened(talk, report.concern_enc) == "min nabo har ikke vaeret ude i 3 uger"
    assert opened(talk, report.subject_enc) == "ham i stuen th nr 12"
    assert (report.urgency, report.reporter_category) == (Urgency.THIS_WEEK, "neighbour")
    assert stored_anywhere(talk, "120385") == []


def test_a_cpr_number_in_the_who_and_where_answer_asks_who_and_where_again(talk: WorkerTalk) -> None:
    talk.says(NEIGHBOUR, "/bekymring")
    talk.says(NEIGHBOUR, "der er raabt hele natten")
    talk.says(NEIGHBOUR, "Jens 0101901234 i opgang 4")

    assert "Hvem drejer det sig om" in talk.last(NEIGHBOUR)
    talk.says(NEIGHBOUR, "jens i opgang 4")
    assert "Hvor meget haster det?" in talk.last(NEIGHBOUR)
    assert stored_anywhere(talk, "0101901234") == []


# --- 2. a report left half-way is kept ------------------------------------------------------------------
def test_a_reporter_who_sends_start_half_way_has_what_they_wrote_reach_the_team_marked_unfinished(
    talk: WorkerTalk,
) -> None:
    talk.says(NEIGHBOUR, "/bekymring")
    talk.says(NEIGHBOUR, "han i nr 3 er ikke set i tre uger, posten hober sig op")
    talk.says(NEIGHBOUR, "/start")

    told, menu = talk.received(NEIGHBOUR)[-2:]
    assert "ufærdig" in told and "kode" in told
    assert talk.buttons(NEIGHBOUR)  # and the menu they asked for
    notice = talk.last(SUSANNE)
    assert "UFÆRDIG" in notice and "han i nr 3 er ikke set i tre uger" in notice
    (report,) = reports(talk)
    assert report.unfinished and report.anonymous and report.reporter_identity_id is None
    assert report.status == ReportStatus.NEW


def test_a_command_before_anything_was_written_keeps_nothing(talk: WorkerTalk) -> None:
    talk.says(NEIGHBOUR, "/bekymring")
    talk.says(NEIGHBOUR, "/hjaelp")

    assert reports(talk) == []


def test_cancel_still_means_cancel(talk: WorkerTalk) -> None:
    talk.says(NEIGHBOUR, "/bekymring")
    talk.says(NEIGHBOUR, "ham paa 2 sal")
    talk.says(NEIGHBOUR, "/annuller")

    assert reports(talk) == []


def test_a_reporter_who_goes_silent_still_reaches_the_team_and_nothing_is_left_behind(
    talk: WorkerTalk, clock: FakeClock
) -> None:
    sms(talk, "BEKYMRING", "der sover en mand i opgangen hver nat nu", "opgang 4")
    before = len(talk.received(SUSANNE))

    clock.advance(timedelta(hours=3))
    run_tick(talk.deps)
    run_tick(talk.deps)

    notices = talk.received(SUSANNE)[before:]
    assert len(notices) == 1
    assert "UFÆRDIG" in notices[0] and "der sover en mand i opgangen" in notices[0]
    assert "opgang 4" in notices[0]
    (report,) = reports(talk)
    assert report.unfinished and report.anonymous
    with talk.deps.new_uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(ConversationState)) == 0


# --- 3. a reporter who may be contacted is asked how -----------------------------------------------------
def test_a_reporter_who_may_be_contacted_is_asked_how_and_the_team_sees_it_sealed(talk: WorkerTalk) -> None:
    sms(talk, "bekymring", "hun i nr 7 har graedt i trappen flere gange", "karen nr 7", "3", "2", "nej")

    assert "telefonnummer" in talk.received(PHONE)[-1]
    sms(talk, "lise hansen 22 33 44 55")

    (report,) = reports(talk)
    assert not report.anonymous
    assert opened(talk, report.reporter_contact_enc) == "lise hansen 22 33 44 55"
    assert "lise hansen 22 33 44 55" in talk.last(SUSANNE)
    assert "kode" in talk.received(PHONE)[-1].lower()
    with talk.deps.new_uow() as uow:
        (raw,) = uow.session.execute(select(ConcernReport.reporter_contact_enc)).one()
    assert "22 33 44 55" not in raw


def test_answer_me_here_keeps_no_contact_text_and_the_answer_reaches_this_chat(talk: WorkerTalk) -> None:
    talk.says(NEIGHBOUR, "/bekymring")
    talk.says(NEIGHBOUR, "manden i kiosken siger han ikke har spist")
    talk.says(NEIGHBOUR, "Ole ved kiosken")
    talk.presses(NEIGHBOUR, "urg:this_week")
    talk.presses(NEIGHBOUR, "cat:shopkeeper")
    talk.presses(NEIGHBOUR, "anon:no")
    assert "Svar mig her" in talk.buttons(NEIGHBOUR)
    talk.presses(NEIGHBOUR, talk.buttons(NEIGHBOUR)["Svar mig her"])

    (report,) = reports(talk)
    assert report.reporter_identity_id is not None and report.reporter_contact_enc is None
    talk.presses(SUSANNE, f"report:answer:{report.id}")
    talk.says(SUSANNE, "tak, vi kigger forbi")
    assert talk.last(NEIGHBOUR).splitlines()[-1] == "tak, vi kigger forbi"


# --- 4. "today" -----------------------------------------------------------------------------------------
def file_today_report(
    talk: WorkerTalk, text: str = "hun har ikke aabnet doeren i dag og lyset er taendt"
) -> None:
    sms(talk, "bekymring", text, "fru jensen 3 th", "1", "1", "ja")


def test_a_today_report_in_office_hours_is_pushed_as_urgent_due_today_and_listed_first(
    talk: WorkerTalk, clock: FakeClock
) -> None:
    sms(talk, "bekymring", "ham fra 1 sal gaar rundt i bare taeer", "1 sal", "3", "1", "ja")
    clock.advance(timedelta(minutes=5))

    file_today_report(talk)

    notice = talk.queued(SUSANNE)[-1]
    assert notice.text.startswith("HASTER") and (notice.options or {}).get("urgent")
    older, today = reports(talk)
    assert today.deadline_at is not None and older.deadline_at is not None
    local = today.deadline_at.astimezone(talk.deps.profile.tz)
    assert (local.date(), f"{local:%H:%M}") == (clock.now().date(), "15:30")
    assert today.deadline_at < older.deadline_at
    talk.says(SUSANNE, "/reports")
    listed = [text for text in talk.received(SUSANNE) if text.startswith("Henvendelse")][-2:]
    assert "fru jensen" in listed[0] and "1 sal" in listed[1]


def test_a_today_report_at_night_tells_the_reporter_when_and_the_team_first_thing_at_the_opening(
    migrated: Engine, vault: Vault
) -> None:
    clock = FakeClock(SUNDAY_NIGHT)
    talk = WorkerTalk(migrated, vault, clock)
    talk.worker(SUSANNE, "Susanne")

    file_today_report(talk)

    receipt = talk.received(PHONE)[-1]
    assert "i morgen kl. 08:00" in receipt and "112" in receipt
    night_notice = talk.queued(SUSANNE)[-1]
    assert not (night_notice.options or {}).get("urgent")
    before = len(talk.received(SUSANNE))
    run_tick(talk.deps)
    assert len(talk.received(SUSANNE)) == before  # nothing more at night

    clock.advance(MONDAY_OPENING - SUNDAY_NIGHT)
    run_tick(talk.deps)
    run_tick(talk.deps)

    alerts = [text for text in talk.received(SUSANNE)[before:] if text.startswith("Haster")]
    assert len(alerts) == 1 and "henvendelse 1" in alerts[0]
    assert "report:take:1" in talk.buttons(SUSANNE).values()
    (report,) = reports(talk)
    assert report.deadline_at is not None
    assert f"{report.deadline_at.astimezone(talk.deps.profile.tz):%d.%m. %H:%M}" == "23.11. 15:30"


# --- 5. a reporter's reply belongs to their report ------------------------------------------------------
def test_a_reporters_reply_to_the_answer_reaches_the_worker_as_a_follow_up_not_a_new_contact(
    talk: WorkerTalk,
) -> None:
    talk.says(NEIGHBOUR, "/bekymring")
    talk.says(NEIGHBOUR, "min bror svarer ikke telefonen")
    talk.says(NEIGHBOUR, "han bor paa vestergade")
    talk.presses(NEIGHBOUR, "urg:this_week")
    talk.presses(NEIGHBOUR, "cat:relative")
    talk.presses(NEIGHBOUR, "anon:no")
    talk.presses(NEIGHBOUR, "contact:chat")
    (report,) = reports(talk)
    talk.presses(SUSANNE, f"report:take:{report.id}")
    talk.presses(SUSANNE, f"report:answer:{report.id}")
    talk.says(SUSANNE, "Vi har banket paa, men ingen lukkede op. Ved du hvor han plejer at vaere?")

    talk.says(NEIGHBOUR, "tak. han er tit paa biblioteket om formiddagen")

    notice = talk.last(SUSANNE)
    assert f"henvendelse {report.id}" in notice and "han er tit paa biblioteket" in notice
    assert "Ny-" not in notice
    assert f"report:answer:{report.id}" in talk.buttons(SUSANNE).values()
    assert "sendt til teamet" in talk.last(NEIGHBOUR)
    with talk.deps.new_uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Citizen)) == 0
    (report,) = reports(talk)
    assert report.status == ReportStatus.TAKEN  # back on the team's list
    assert opened(talk, report.followup_enc) == "tak. han er tit paa biblioteket om formiddagen"
    talk.says(SUSANNE, "/reports")
    assert "han er tit paa biblioteket" in talk.last(SUSANNE)


# --- 6. Brønderslev's age question ----------------------------------------------------------------------
def bronderslev(talk: WorkerTalk, unknown_age_team: str | None = None) -> WorkerTalk:
    deps = deps_on(talk.engine, talk.deps.vault, talk.deps.clock, "bronderslev")
    if unknown_age_team is not None:
        rules = deps.profile.reports.model_copy(update={"unknown_age_team": unknown_age_team})
        deps = replace(deps, profile=deps.profile.model_copy(update={"reports": rules}))
    talk.deps = deps
    staff.sync_profile_teams(deps.new_uow(), talk.deps.clock, deps.profile)
    talk.worker(YOUTH, "Mads", team=UNGE)
    talk.worker(ADULT, "Lone", team=VISITATION)
    return talk


def team_of_report(talk: WorkerTalk) -> str:
    (report,) = reports(talk)
    with talk.deps.new_uow() as uow:
        team = uow.session.get(Team, report.team_id)
        assert team is not None
        return team.name


def up_to_the_age(talk: WorkerTalk) -> None:
    talk.says(NEIGHBOUR, "/bekymring")
    talk.says(NEIGHBOUR, "en ung fyr sover i cykelkaelderen")
    talk.says(NEIGHBOUR, "cykelkaelderen i blok 2")


def after_the_age(talk: WorkerTalk) -> None:
    talk.presses(NEIGHBOUR, "urg:this_week")
    talk.presses(NEIGHBOUR, "cat:neighbour")
    talk.presses(NEIGHBOUR, "anon:yes")


def test_in_bronderslev_the_age_question_has_buttons_and_under_30_goes_to_ungecentret(
    talk: WorkerTalk,
) -> None:
    bronderslev(talk)
    up_to_the_age(talk)

    assert list(talk.buttons(NEIGHBOUR)) == ["Under 30", "30 eller ældre", "Ved ikke"]
    talk.presses(NEIGHBOUR, talk.buttons(NEIGHBOUR)["Under 30"])
    after_the_age(talk)

    assert team_of_report(talk) == UNGE
    assert "Alder: Under 30" in talk.last(YOUTH)


def test_in_bronderslev_dont_know_goes_to_the_team_the_profile_names(talk: WorkerTalk) -> None:
    bronderslev(talk, unknown_age_team=UNGE)
    sms(talk, "bekymring", "en ung fyr sover i cykelkaelderen", "blok 2", "ved ik")
    assert "Hvor meget haster det?" in talk.received(PHONE)[-1]
    sms(talk, "2", "1", "1")

    assert team_of_report(talk) == UNGE


def test_bronderslevs_shipped_profile_sends_dont_know_to_visitationen() -> None:
    assert team_for_age(load_profile("bronderslev"), None).name == VISITATION


@pytest.mark.parametrize(
    ("answer", "team"),
    [
        ("1", UNGE),
        ("2", VISITATION),
        ("under 30", UNGE),
        ("u30", UNGE),
        ("30 eller aeldre", VISITATION),
        ("over 30", VISITATION),
        ("30+", VISITATION),
        ("ca 45 aar", VISITATION),
        ("22", UNGE),
        ("29 år", UNGE),
    ],
)
def test_in_bronderslev_an_sms_age_answer_is_read_as_people_write_it(
    talk: WorkerTalk, answer: str, team: str
) -> None:
    bronderslev(talk)
    sms(talk, "bekymring", "en ung fyr sover i cykelkaelderen", "blok 2", answer, "2", "1", "1")

    assert team_of_report(talk) == team


@pytest.mark.parametrize("answer", ["²", "٣٠", "tyve", "1000"])
def test_in_bronderslev_an_age_that_is_no_number_gets_the_question_again(
    talk: WorkerTalk, answer: str
) -> None:
    bronderslev(talk)
    up_to_the_age(talk)

    talk.says(NEIGHBOUR, answer)

    assert talk.last(NEIGHBOUR) == "Hvor gammel er personen cirka? Vælg, eller skriv alderen."
    assert list(talk.buttons(NEIGHBOUR)) == ["Under 30", "30 eller ældre", "Ved ikke"]
    assert reports(talk) == []


# --- what a reporter writes where a button was expected -------------------------------------------------
def test_a_sentence_where_a_choice_was_asked_is_added_to_the_concern_and_the_choice_asked_again(
    talk: WorkerTalk,
) -> None:
    sms(talk, "bekymring", "han raaber om natten", "nr 5")
    sms(talk, "og han har smidt ting ud af vinduet")

    assert "Hvor meget haster det?" in talk.received(PHONE)[-1]
    sms(talk, "2", "1", "1")
    (report,) = reports(talk)
    assert opened(talk, report.concern_enc) == "han raaber om natten\nog han har smidt ting ud af vinduet"


def test_an_anonymous_reporter_writes_back_with_their_code_and_stays_unknown(talk: WorkerTalk) -> None:
    sms(talk, "bekymring", "han sidder altid alene paa baenken ved kirken", "ved kirken", "2", "1", "1")
    code = CODE.search(talk.received(PHONE)[-1])
    assert code is not None
    (report,) = reports(talk)
    talk.presses(SUSANNE, f"report:answer:{report.id}")
    talk.says(SUSANNE, "tak, vi har talt med ham. maa vi hoere mere?")
    sms(talk, f"status {code.group().lower()}")
    assert f"STATUS {code.group()} og din besked" in talk.received(PHONE)[-1]

    sms(talk, f"STATUS {code.group()} han var der igen i gaar aftes")

    assert "han var der igen i gaar aftes" in talk.last(SUSANNE)
    assert f"henvendelse {report.id}" in talk.last(SUSANNE)
    assert "sendt til teamet" in talk.received(PHONE)[-1]
    (report,) = reports(talk)
    assert report.anonymous and report.reporter_identity_id is None
    with talk.deps.new_uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Citizen)) == 0
        assert uow.session.scalar(select(func.count()).select_from(ChannelIdentity)) == 0
        assert uow.session.scalar(select(func.count()).select_from(ConversationState)) == 0
