"""Answering a citizen and exporting the thread from the web console, on both databases: the same
service as a Telegram reply (the citizen gets it on the channel they used), once per form, only for whoever
answers for the citizen, and each written to the access log."""

import re

import pytest
from sqlalchemy import Engine, select

from bot.crypto import Vault
from bot.models import Citizen, ConsoleAccessEntry
from bot.models.enums import Channel
from tests.fakes.clock import FakeClock
from tests.integration.console_client import console_deps, csrf, signed_in
from tests.integration.scheduling_world import CITIZEN, CITIZEN_SMS, SUSANNE, VIVIAN, team_with_citizen
from tests.integration.team import Team

NONCE = re.compile(r'name="nonce" value="([0-9a-f]{32})"')


@pytest.fixture
def desk(team: Team) -> Team:
    console_deps(team)
    return team


@pytest.fixture
def sms_desk(migrated: Engine, vault: Vault, clock: FakeClock) -> Team:
    team = Team(migrated, vault, clock)
    team_with_citizen(team, Channel.SMS)
    console_deps(team)
    return team


def ravn(team: Team) -> int:
    with team.deps.new_uow() as uow:
        return uow.session.scalars(select(Citizen.id).where(Citizen.alias == "Ravn")).one()


def form(client: object, citizen_id: int, text: str, **extra: str) -> dict[str, str]:
    page = client.get(f"/citizens/{citizen_id}").text  # type: ignore[attr-defined]
    nonce = NONCE.search(page)
    assert nonce is not None
    return {"csrf": csrf(client), "nonce": nonce.group(1), "text": text, **extra}  # type: ignore[arg-type]


def actions(team: Team) -> list[str]:
    with team.deps.new_uow() as uow:
        return [
            entry.action
            for entry in uow.session.scalars(select(ConsoleAccessEntry).order_by(ConsoleAccessEntry.id))
        ]


def test_an_answer_from_the_console_reaches_the_citizen_once_even_if_the_form_is_sent_twice(
    desk: Team,
) -> None:
    desk.says(CITIZEN, "kan vi ses i morgen?")
    client = signed_in(desk, SUSANNE)
    data = form(client, ravn(desk), "Ja, kl. 10 ved bænken")
    first = client.post(f"/citizens/{ravn(desk)}/reply", data=data)
    again = client.post(f"/citizens/{ravn(desk)}/reply", data=data)  # a double click
    assert first.status_code == again.status_code == 303
    assert desk.received(CITIZEN).count("Ja, kl. 10 ved bænken") == 1
    page = client.get(first.headers["location"].removeprefix("/console")).text
    assert "Sendt." in page and "Ja, kl. 10 ved bænken" in page
    assert actions(desk).count("reply") == 1


def test_a_cpr_number_is_refused_nothing_is_sent_and_the_draft_is_kept(desk: Team) -> None:
    client = signed_in(desk, SUSANNE)
    answer = client.post(
        f"/citizens/{ravn(desk)}/reply", data=form(client, ravn(desk), "dit cpr er 010190-1234")
    )
    assert answer.status_code == 400 and "CPR-nummer" in answer.text and "dit cpr er" in answer.text
    assert not any("010190" in text for text in desk.received(CITIZEN))


def test_a_colleague_who_does_not_answer_for_the_citizen_gets_not_found_and_nothing_goes(desk: Team) -> None:
    client = signed_in(desk, VIVIAN)
    data = {"csrf": csrf(client), "nonce": "0" * 32, "text": "hej fra Vivian"}
    assert client.post(f"/citizens/{ravn(desk)}/reply", data=data).status_code == 404
    assert client.get(f"/citizens/{ravn(desk)}/export.txt").status_code == 404
    assert "hej fra Vivian" not in desk.received(CITIZEN)


def test_words_that_reveal_too_much_by_sms_are_sent_only_when_the_worker_confirms(sms_desk: Team) -> None:
    client = signed_in(sms_desk, SUSANNE)
    text = "husk din metadon i morgen"
    held = client.post(f"/citizens/{ravn(sms_desk)}/reply", data=form(client, ravn(sms_desk), text))
    assert held.status_code == 400 and "metadon" in held.text and "Send alligevel" in held.text
    assert text not in sms_desk.received(CITIZEN_SMS)
    nonce = NONCE.search(held.text)
    assert nonce is not None
    data = {"csrf": csrf(client), "nonce": nonce.group(1), "text": text, "sensitive_confirmed": "1"}
    assert client.post(f"/citizens/{ravn(sms_desk)}/reply", data=data).status_code == 303
    assert text in sms_desk.received(CITIZEN_SMS)


def test_the_export_for_the_journal_holds_the_thread_as_text_and_pdf_and_is_logged(desk: Team) -> None:
    desk.says(CITIZEN, "tak for i går, det hjalp")
    client = signed_in(desk, SUSANNE)
    text = client.get(f"/citizens/{ravn(desk)}/export.txt")
    assert text.status_code == 200 and "tak for i går, det hjalp" in text.text
    assert text.headers["content-disposition"].startswith("attachment;")
    assert CITIZEN not in text.text  # no chat id (or number) in a journal
    pdf = client.get(f"/citizens/{ravn(desk)}/export.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert actions(desk) == ["export", "export"]
    assert client.get(f"/citizens/{ravn(desk)}/export.doc").status_code == 404
