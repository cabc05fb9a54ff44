"""The console's team page, on SQLite and PostgreSQL: a lead switches a worker off (whose browser then
opens nothing), changes duty and role, gives a new code and hands a citizen on, with the same rules as
`/team` and the command line; the last lead cannot leave; a worker who is no lead changes nothing."""

import re

import pytest
from sqlalchemy import select

from bot.models import Citizen, Worker
from bot.models.enums import WorkerStatus
from tests.integration.desk_browser import Desk
from tests.integration.scheduling_world import LEAD, SUSANNE, VIVIAN
from tests.integration.team import Team

PAGE = "/console/team"


def worker(team: Team, name: str) -> Worker:
    with team.deps.new_uow() as uow:
        found = uow.workers.by_name(1, name)
        assert found is not None
        uow.session.expunge_all()
        return found


def test_the_lead_deactivates_vivian_and_vivians_browser_opens_nothing_after(team: Team) -> None:
    vivian_browser = Desk(team, VIVIAN)
    assert vivian_browser.get("/console/").status_code == 200
    lene = Desk(team, LEAD)
    vivian = worker(team, "Vivian")
    assert f'id="worker-{vivian.id}"' in lene.page(PAGE)

    answer = lene.post(f"{PAGE}/{vivian.id}/deactivate", {"successor": ""}, from_page=PAGE)

    assert answer.status_code == 303
    assert "Vivian er deaktiveret" in lene.page(answer.headers["location"])
    assert worker(team, "Vivian").status == WorkerStatus.LEFT
    for path in ("/console/", "/console/reports", PAGE, "/console/citizens"):
        refused = vivian_browser.get(path)
        assert refused.status_code == 303 and refused.headers["location"] == "/console/signin"
    posted = vivian_browser.client.post(f"/team/{vivian.id}/activate", data={"csrf": "x"})
    assert posted.status_code == 303 and posted.headers["location"] == "/console/signin"

    again = lene.post(f"{PAGE}/{vivian.id}/activate", from_page=PAGE)
    assert again.status_code == 303
    assert worker(team, "Vivian").status == WorkerStatus.ACTIVE


def test_the_last_lead_cannot_be_deactivated_and_is_told_why(team: Team) -> None:
    lene = Desk(team, LEAD)
    lead = worker(team, "Lene")

    answer = lene.post(f"{PAGE}/{lead.id}/deactivate", {"successor": ""}, from_page=PAGE)

    assert answer.status_code == 400
    assert "Lene er teamets sidste teamleder" in answer.text
    assert worker(team, "Lene").status == WorkerStatus.ACTIVE


def test_the_last_lead_leaves_when_a_successor_is_named(team: Team) -> None:
    lene = Desk(team, LEAD)
    lead, susanne = worker(team, "Lene"), worker(team, "Susanne")

    answer = lene.post(f"{PAGE}/{lead.id}/deactivate", {"successor": str(susanne.id)}, from_page=PAGE)

    assert answer.status_code == 303
    assert worker(team, "Lene").status == WorkerStatus.LEFT
    assert worker(team, "Susanne").is_lead
    assert lene.get(PAGE).status_code == 303  # her own browser is signed out with her


def test_a_worker_who_is_no_lead_sees_the_team_and_changes_nothing(team: Team) -> None:
    susanne = Desk(team, SUSANNE)
    vivian = worker(team, "Vivian")

    page = susanne.page(PAGE)
    assert "Vivian" in page and "Lene" in page
    assert f"{PAGE}/{vivian.id}/deactivate" not in page
    for action in ("deactivate", "activate", "lead", "duty", "code"):
        answer = susanne.post(f"{PAGE}/{vivian.id}/{action}", {"on": "0"}, from_page=PAGE)
        assert answer.status_code == 404, action
    assert worker(team, "Vivian").status == WorkerStatus.ACTIVE and worker(team, "Vivian").on_duty


def test_a_form_without_its_token_is_refused(team: Team) -> None:
    vivian = worker(team, "Vivian")

    answer = Desk(team, LEAD).post(f"{PAGE}/{vivian.id}/deactivate", from_page=PAGE, csrf_token=False)

    assert answer.status_code == 403
    assert worker(team, "Vivian").status == WorkerStatus.ACTIVE


def test_a_worker_of_another_team_is_not_found(team: Team) -> None:
    team.worker_in_team("5005", "Ole", "Natteholdet")
    with team.deps.new_uow() as uow:
        ole = uow.session.scalars(select(Worker).where(Worker.name == "Ole")).one()
        ole_id = ole.id

    answer = Desk(team, LEAD).post(f"{PAGE}/{ole_id}/deactivate", from_page=PAGE)

    assert answer.status_code == 404
    with team.deps.new_uow() as uow:
        still = uow.workers.get(ole_id)
        assert still is not None and still.status == WorkerStatus.ACTIVE


@pytest.mark.parametrize(("action", "on"), [("duty", "0"), ("lead", "1")])
def test_the_lead_changes_duty_and_role(team: Team, action: str, on: str) -> None:
    vivian = worker(team, "Vivian")

    answer = Desk(team, LEAD).post(f"{PAGE}/{vivian.id}/{action}", {"on": on}, from_page=PAGE)

    assert answer.status_code == 303
    now = worker(team, "Vivian")
    assert (now.on_duty, now.is_lead) == ((False, False) if action == "duty" else (True, True))


def test_a_new_enrolment_code_is_shown_once_and_binds_a_new_phone(team: Team) -> None:
    vivian = worker(team, "Vivian")
    lene = Desk(team, LEAD)

    answer = lene.post(f"{PAGE}/{vivian.id}/code", from_page=PAGE)

    assert answer.status_code == 200
    code = re.search(r'<p class="code"><strong>([^<]+)</strong>', answer.text)
    assert code is not None
    assert code.group(1) not in lene.page(PAGE)
    team.says("1009", f"/start {code.group(1)}")
    assert team.last("1009").startswith("Hej Vivian")


def test_the_lead_hands_a_citizen_to_a_colleague_who_is_told(team: Team) -> None:
    vivian = worker(team, "Vivian")
    with team.deps.new_uow() as uow:
        ravn_id = uow.session.scalars(select(Citizen.id).where(Citizen.alias == "Ravn")).one()

    answer = Desk(team, LEAD).post(
        f"{PAGE}/citizens/{ravn_id}/assign", {"worker": str(vivian.id)}, from_page=PAGE
    )

    assert answer.status_code == 303
    with team.deps.new_uow() as uow:
        ravn = uow.citizens.get(ravn_id)
        assert ravn is not None and ravn.worker_id == vivian.id
    assert "Ravn" in team.last(VIVIAN)
