"""The operator's command line, run as a real process the way an operator or a deployment runs it."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.crypto import Vault, generate_secret
from bot.db import make_engine
from bot.models import Worker
from bot.uow import session_factory

BASE_ENV = {
    key: value
    for key, value in os.environ.items()
    if not key.startswith(("SKP_", "TWILIO_", "TELEGRAM_")) and key not in ("DATABASE_URL", "PUBLIC_BASE_URL")
}


def skp_bot(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """`python -m bot ARGS` in `cwd` with only the given settings."""
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env={**BASE_ENV, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_worker_add_prints_a_worker_id_and_an_enrolment_code(database_url: str, tmp_path: Path) -> None:
    env = {"DATABASE_URL": database_url, "SKP_SECRET_KEY": generate_secret()}

    result = skp_bot("worker", "add", "Susanne", "--team", "SKP", "--json", cwd=tmp_path, **env)

    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    assert isinstance(printed["worker_id"], int)
    assert 6 <= len(printed["enrolment_code"]) <= 10


def test_the_human_output_shows_the_code_on_a_line_of_its_own(tmp_path: Path) -> None:
    env = {"DATABASE_URL": f"sqlite:///{tmp_path}/skp.db", "SKP_SECRET_KEY": generate_secret()}
    assert skp_bot("team", "add", "Gadeteam", cwd=tmp_path, **env).returncode == 0

    result = skp_bot("worker", "add", "Vivian", "--team", "Gadeteam", "--lead", cwd=tmp_path, **env)

    lines = result.stdout.strip().splitlines()
    assert result.returncode == 0
    assert lines[-1].isalnum() and lines[-1].isupper() and "/start" in result.stdout


def test_db_upgrade_migrates_an_empty_database(database_url: str, tmp_path: Path) -> None:
    result = skp_bot("db", "upgrade", "--json", cwd=tmp_path, DATABASE_URL=database_url)

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["revision"]


def test_profile_show_greve_shows_the_five_day_deadline_and_the_team_phone(tmp_path: Path) -> None:
    result = skp_bot("profile", "show", "greve", cwd=tmp_path)

    assert result.returncode == 0
    assert "5 arbejdsdage" in result.stdout
    assert "30 55 52 38" in result.stdout


def test_profile_show_bronderslev_shows_the_age_routing(tmp_path: Path) -> None:
    result = skp_bot("profile", "show", "bronderslev", "--json", cwd=tmp_path)

    teams = {team["name"]: team for team in json.loads(result.stdout)["teams"]}
    assert teams["UngeCentret"]["max_age"] == 29
    assert teams["Visitationen – Det Specialiserede Område"]["min_age"] == 30


def test_profile_list_names_the_shipped_presets(tmp_path: Path) -> None:
    result = skp_bot("profile", "list", cwd=tmp_path)

    assert set(result.stdout.split()) == {"default", "bronderslev", "thisted", "greve", "esbjerg"}


def one_clear_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_run_without_a_secret_key_stops_with_one_line(tmp_path: Path) -> None:
    line = one_clear_line(skp_bot("run", cwd=tmp_path, DATABASE_URL=f"sqlite:///{tmp_path}/skp.db"))

    assert "SKP_SECRET_KEY" in line and "keygen" in line


def test_a_short_secret_key_is_refused_without_echoing_it(tmp_path: Path) -> None:
    line = one_clear_line(skp_bot("run", cwd=tmp_path, SKP_SECRET_KEY="hunter2hunter2"))

    assert "SKP_SECRET_KEY" in line and "hunter2" not in line


@pytest.mark.parametrize(
    "url", ["not a url", "mysql://root@localhost/skp", "postgresql+psycopg://skp:topsecret@127.0.0.1:1/skp"]
)
def test_a_bad_database_url_stops_with_one_line(url: str, tmp_path: Path) -> None:
    line = one_clear_line(skp_bot("run", cwd=tmp_path, DATABASE_URL=url, SKP_SECRET_KEY=generate_secret()))

    assert line.startswith("skp-bot: DATABASE_URL:")
    assert "topsecret" not in line


def test_a_bad_profile_names_the_file_the_key_and_the_line(tmp_path: Path) -> None:
    profile = tmp_path / "kommune.toml"
    profile.write_text(
        'name = "kommune"\nmunicipality = "Kommune"\nregion = "sjaelland"\n\n[reports]\n'
        "deadline_workin_days = 5\n",
        encoding="utf-8",
    )

    line = one_clear_line(
        skp_bot("run", cwd=tmp_path, SKP_PROFILE=str(profile), SKP_SECRET_KEY=generate_secret())
    )

    assert "kommune.toml" in line and "deadline_workin_days" in line and "6" in line


def test_a_malformed_port_stops_with_one_line(tmp_path: Path) -> None:
    line = one_clear_line(skp_bot("run", cwd=tmp_path, SKP_HTTP_PORT="eighty"))

    assert "SKP_HTTP_PORT" in line


def test_settings_are_read_from_a_dot_env_file(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("SKP_PROFILE=nowhere-kommune\n", encoding="utf-8")

    line = one_clear_line(skp_bot("profile", "show", "nowhere-kommune", cwd=tmp_path))

    assert "nowhere-kommune" in line


def test_keygen_prints_a_usable_secret(tmp_path: Path) -> None:
    secret = skp_bot("keygen", cwd=tmp_path).stdout.strip()

    assert Vault.from_secret(secret).open(Vault.from_secret(secret).seal("x")) == "x"
    assert secret != skp_bot("keygen", cwd=tmp_path).stdout.strip()


def test_keys_rotate_moves_everything_to_the_new_key(database_url: str, tmp_path: Path) -> None:
    old, new = generate_secret(), generate_secret()
    skp_bot(
        "worker",
        "add",
        "Vivian",
        "--team",
        "SKP",
        "--phone",
        "27243949",
        cwd=tmp_path,
        DATABASE_URL=database_url,
        SKP_SECRET_KEY=old,
    )

    result = skp_bot(
        "keys", "rotate", "--json", cwd=tmp_path, DATABASE_URL=database_url, SKP_SECRET_KEY=f"{new},{old}"
    )

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["rows"]["workers"] == 1
    engine = make_engine(database_url)
    with session_factory(engine)() as session:
        worker = session.scalars(select(Worker)).one()
    engine.dispose()
    only_new = Vault.from_secret(new)
    assert worker.phone_enc is not None and only_new.open(worker.phone_enc) == "+4527243949"
    assert worker.phone_hash == only_new.lookup_hash("+4527243949")


def test_db_upgrade_says_nothing_of_alembics_at_info(tmp_path: Path) -> None:
    """Alembic writes its context ("Context impl SQLiteImpl.", "Will assume non-transactional DDL.",
    "Running upgrade …") at INFO through the root logger: an operator's command prints only its answer."""
    env = {"DATABASE_URL": f"sqlite:///{tmp_path}/skp.db", "SKP_LOG_LEVEL": "INFO"}

    result = skp_bot("db", "upgrade", cwd=tmp_path, **env)

    assert result.returncode == 0, result.stderr
    assert "alembic" not in (result.stdout + result.stderr).lower()
    assert "Context impl" not in result.stderr and "Running upgrade" not in result.stderr
