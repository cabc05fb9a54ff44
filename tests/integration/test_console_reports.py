"""The console's reports page, on SQLite and PostgreSQL: the team's reports with their texts, and take,
answer and close as `/reports` does them — the reporter gets the answer in their chat, a CPR number is
refused, another team's report is not found, and a form without its token changes nothing."""

import pytest
from sqlalchemy import select

from bot.models import AuditEntry, ConcernReport
from bot.models.enums import ReportStatus
from tests.integration.desk_browser import Desk
from tests.integration.scheduling_world import LEAD, SUSANNE, VIVIAN
from tests.integration.team import Team

NEIGHBOUR = "777000123"
OLE = "5005"  # a worker of another team
CONCERN = "manden i kiosken siger han ikke har spist"
ANSWER = "Tak, vi kigger forbi i dag."
PAGE = "/console/reports"


def files_a_report(team: Team) -> int:
    """A neighbour files a report in Telegram and asks to be answered in the chat; its id."""
    team.says(NEIGHBOUR, "/bekymring")
    team.says(NEIGHBOUR, CONCERN)
    team.says(NEIGHBOUR, "Ole ved kiosken")
    team.presses(NEIGHBOUR, "urg:this_week")
    team.presses(NEIGHBOUR, "cat:shopkeeper")
    team.presses(NEIGHBOUR, "anon:no")
    team.presses(NEIGHBOUR, team.buttons(NEIGHBOUR)["Svar mig her"])
    with team.deps.new_uow() as uow:
        return uow.session.scalars(select(ConcernReport.id)).one()


def report(team: Team, report_id: int) -> ConcernReport:
    with team.deps.new_uow() as uow:
        found = uow.reports.get(report_id)
        assert found is not None
        uow.session.expunge_all()
        return found


def audited(team: Team, report_id: int) -> list[str]:
    with team.deps.new_uow() as uow:
        query = select(AuditEntry.action).where(
            AuditEntry.subject_type == "report", AuditEntry.subject_id == report_id
        )
        return list(uow.session.scalars(query.order_by(AuditEntry.id)))


def test_the_lead_takes_answers_and_closes_a_report_and_the_reporter_gets_the_answer(team: Team) -> None:
    report_id = files_a_report(team)
    lene = Desk(team, LEAD)

    listed = lene.page(PAGE)
    assert f'id="report-{report_id}"' in listed and CONCERN in listed and "Ole ved kiosken" in listed

    taken = lene.post(f"{PAGE}/{report_id}/take", from_page=PAGE)
    assert taken.status_code == 303
    assert taken.headers["location"].endswith(f"#report-{report_id}")
    assert f"Du har taget henvendelse {report_id}." in lene.page(taken.headers["location"])
    assert report(team, report_id).status == ReportStatus.TAKEN

    answered = lene.post(f"{PAGE}/{report_id}/answer", {"text": ANSWER}, from_page=PAGE)
    assert answered.status_code == 303
    assert f"Dit svar på henvendelse {report_id} er sendt." in lene.page(answered.headers["location"])
    assert team.last(NEIGHBOUR).splitlines()[-1] == ANSWER
    assert report(team, report_id).status == ReportStatus.ANSWERED

    closed = lene.post(f"{PAGE}/{report_id}/close", from_page=PAGE)
    assert closed.status_code == 303
    done = report(team, report_id)
    assert done.status == ReportStatus.CLOSED and done.worker_id is not None
    shown = lene.page(PAGE)
    assert ANSWER in shown  # among the recently closed, with its answer
    assert audited(team, report_id) == ["report.take", "report.answered", "report.close"]


def test_taking_a_report_a_colleague_took_changes_nothing_and_the_page_says_who_has_it(team: Team) -> None:
    report_id = files_a_report(team)
    team.presses(SUSANNE, f"report:take:{report_id}")  # in Telegram

    answer = Desk(team, VIVIAN).post(f"{PAGE}/{report_id}/take", from_page=PAGE)

    assert answer.status_code == 303
    page = Desk(team, VIVIAN).page(answer.headers["location"])
    assert "Susanne" in page
    assert report(team, report_id).worker_id is not None
    assert audited(team, report_id) == ["report.take"]


def test_an_answer_with_a_cpr_number_is_refused_and_nothing_reaches_the_reporter(team: Team) -> None:
    report_id = files_a_report(team)
    before = len(team.received(NEIGHBOUR))

    answer = Desk(team, SUSANNE).post(
        f"{PAGE}/{report_id}/answer", {"text": "Han har cpr 010190-1234"}, from_page=PAGE
    )

    assert answer.status_code == 400
    assert "Det ligner et CPR-nummer" in answer.text
    assert len(team.received(NEIGHBOUR)) == before
    assert report(team, report_id).status == ReportStatus.NEW


def test_a_worker_of_another_team_neither_sees_nor_touches_the_report(team: Team) -> None:
    report_id = files_a_report(team)
    team.worker_in_team(OLE, "Ole", "Natteholdet")
    ole = Desk(team, OLE)

    assert CONCERN not in ole.page(PAGE)
    for action in ("take", "close"):
        assert ole.post(f"{PAGE}/{report_id}/{action}", from_page=PAGE).status_code == 404
    refused = ole.post(f"{PAGE}/{report_id}/answer", {"text": ANSWER}, from_page=PAGE)
    assert refused.status_code == 404
    assert ole.post(f"{PAGE}/999999/take", from_page=PAGE).status_code == 404
    assert report(team, report_id).status == ReportStatus.NEW
    assert team.last(NEIGHBOUR).splitlines()[-1] != ANSWER


@pytest.mark.parametrize("action", ["take", "answer", "close"])
def test_a_form_without_its_token_is_refused_and_changes_nothing(team: Team, action: str) -> None:
    report_id = files_a_report(team)

    answer = Desk(team, LEAD).post(
        f"{PAGE}/{report_id}/{action}", {"text": ANSWER}, from_page=PAGE, csrf_token=False
    )

    assert answer.status_code == 403
    assert report(team, report_id).status == ReportStatus.NEW
