"""The staff commands of the command line, run as real processes: list, deactivate, activate, set, reenrol."""

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from bot import migrate
from bot.crypto import Vault, generate_secret
from bot.db import make_engine
from bot.models import Citizen, Worker
from bot.uow import session_factory
from tests.e2e.test_cli import skp_bot
from tests.fakes.clock import FakeClock
from tests.integration.test_conversations import Conversation

SUSANNE, LENE, RAVN = "1001", "1003", "2002"


@pytest.fixture
def env(database_url: str) -> dict[str, str]:
    return {"DATABASE_URL": database_url, "SKP_SECRET_KEY": generate_secret()}


def run(env: dict[str, str], cwd: Path, *args: str) -> "tuple[int, str, str]":
    result = skp_bot(*args, cwd=cwd, **env)
    return result.returncode, result.stdout, result.stderr


def listed(env: dict[str, str], cwd: Path) -> dict[str, dict[str, object]]:
    code, out, err = run(env, cwd, "worker", "list", "--team", "SKP", "--json")
    assert code == 0, err
    return {line["name"]: line for line in json.loads(out)}


def test_worker_list_shows_each_worker_with_role_duty_status_and_enrolment(
    env: dict[str, str], tmp_path: Path
) -> None:
    assert run(env, tmp_path, "worker", "add", "Lene", "--team", "SKP", "--lead")[0] == 0
    assert run(env, tmp_path, "worker", "add", "Susanne", "--team", "SKP")[0] == 0

    workers = listed(env, tmp_path)

    assert set(workers) == {"Lene", "Susanne"}
    assert {key for key in workers["Lene"]} >= {
        "worker_id",
        "name",
        "team",
        "lead",
        "on_duty",
        "status",
        "enrolled",
    }
    assert workers["Lene"]["lead"] is True and workers["Susanne"]["lead"] is False
    assert workers["Susanne"] | {"worker_id": 0} == {
        "worker_id": 0,
        "name": "Susanne",
        "team": "SKP",
        "lead": False,
        "on_duty": True,
        "status": "pending",
        "enrolled": False,
    }
    human = run(env, tmp_path, "worker", "list")[1]
    assert "Susanne" in human and "not enrolled" in human


def test_set_deactivate_and_activate_change_what_the_list_shows(env: dict[str, str], tmp_path: Path) -> None:
    run(env, tmp_path, "worker", "add", "Lene", "--team", "SKP", "--lead")
    run(env, tmp_path, "worker", "add", "Susanne", "--team", "SKP")

    assert run(env, tmp_path, "worker", "set", "susanne", "--team", "SKP", "--off-duty", "--lead")[0] == 0
    assert listed(env, tmp_path)["Susanne"] | {"worker_id": 0} == {
        "worker_id": 0,
        "name": "Susanne",
        "team": "SKP",
        "lead": True,
        "on_duty": False,
        "status": "pending",
        "enrolled": False,
    }
    code, out, _ = run(env, tmp_path, "worker", "deactivate", "Susanne", "--team", "SKP")
    assert code == 0 and "deactivated" in out
    assert listed(env, tmp_path)["Susanne"]["status"] == "left"
    assert run(env, tmp_path, "worker", "activate", "Susanne", "--team", "SKP")[0] == 0
    assert listed(env, tmp_path)["Susanne"]["status"] == "pending"  # she never enrolled


def test_the_last_lead_is_kept_until_another_is_named(env: dict[str, str], tmp_path: Path) -> None:
    run(env, tmp_path, "worker", "add", "Lene", "--team", "SKP", "--lead")
    run(env, tmp_path, "worker", "add", "Vivian", "--team", "SKP")

    code, out, err = run(env, tmp_path, "worker", "deactivate", "Lene", "--team", "SKP")
    assert code == 1 and err.strip().splitlines()[-1].startswith(
        "skp-bot: that worker is the team's last lead"
    )
    code, _, err = run(env, tmp_path, "worker", "set", "Lene", "--team", "SKP", "--no-lead")
    assert code == 1 and "last lead" in err
    assert listed(env, tmp_path)["Lene"]["status"] == "pending"

    code, _, err = run(env, tmp_path, "worker", "deactivate", "Lene", "--team", "SKP", "--new-lead", "Vivian")
    assert code == 0, err
    workers = listed(env, tmp_path)
    assert workers["Lene"]["status"] == "left" and workers["Vivian"]["lead"] is True


def test_unknown_team_unknown_worker_and_a_shared_name_are_clear_errors(
    env: dict[str, str], tmp_path: Path
) -> None:
    run(env, tmp_path, "worker", "add", "Anna", "--team", "SKP")
    run(env, tmp_path, "worker", "add", "anna", "--team", "SKP")

    code, _, err = run(env, tmp_path, "worker", "deactivate", "Anna", "--team", "Nowhere")
    assert code == 1 and "no team" in err
    code, _, err = run(env, tmp_path, "worker", "activate", "Bodil", "--team", "SKP")
    assert code == 1 and "no worker" in err
    code, _, err = run(env, tmp_path, "worker", "set", "ANNA", "--team", "SKP", "--off-duty")
    assert code == 1 and "ids" in err and "give the id" in err
    code, _, err = run(env, tmp_path, "worker", "set", "Anna", "--team", "SKP")
    assert code == 2 and "--on-duty" in err
    first = min(line["worker_id"] for line in listed(env, tmp_path).values())  # type: ignore[type-var]
    assert run(env, tmp_path, "worker", "set", str(first), "--team", "SKP", "--off-duty")[0] == 0


def test_reenrol_prints_a_new_code_that_replaces_the_old_one(env: dict[str, str], tmp_path: Path) -> None:
    first = json.loads(run(env, tmp_path, "worker", "add", "Susanne", "--team", "SKP", "--json")[1])

    code, out, err = run(env, tmp_path, "worker", "reenrol", "Susanne", "--team", "SKP")
    assert code == 0, err
    new_code = out.strip().splitlines()[-1]
    assert new_code.isalnum() and new_code.isupper() and new_code != first["enrolment_code"]

    vault = Vault.from_secret(env["SKP_SECRET_KEY"])
    engine = make_engine(env["DATABASE_URL"])
    with session_factory(engine)() as session:
        stored = session.scalars(select(Worker.enrolment_code_hash)).one()
    engine.dispose()
    assert stored == vault.lookup_hash(new_code)


def test_deactivate_hands_an_enrolled_workers_citizen_and_waiting_message_to_the_lead(
    env: dict[str, str], tmp_path: Path
) -> None:
    engine = make_engine(env["DATABASE_URL"])
    migrate.upgrade(engine)
    talk = Conversation(engine, Vault.from_secret(env["SKP_SECRET_KEY"]), FakeClock())
    talk.worker(LENE, "Lene", lead=True)
    talk.worker(SUSANNE, "Susanne")
    talk.linked_citizen(SUSANNE, RAVN)
    talk.says(RAVN, "Ring til mig")  # waits for Susanne's chat

    code, out, err = run(env, tmp_path, "worker", "deactivate", "Susanne", "--team", "SKP", "--json")

    assert code == 0, err
    assert json.loads(out)["citizens"] == 1
    with session_factory(engine)() as session:
        ravn = session.scalars(select(Citizen)).one()
        lene = session.scalars(select(Worker).where(Worker.name == "Lene")).one()
    assert ravn.worker_id == lene.id
    assert any("Ring til mig" in text for text in talk.received(LENE))
    talk.says(RAVN, "Hallo?")
    assert "Hallo?" in talk.received(LENE)[-1]
    engine.dispose()
