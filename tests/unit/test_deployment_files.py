"""The deployment files agree with the code: no Docker engine runs here, so what can be checked is read.

The settings are derived from `bot.settings.Settings` and the package from pyproject.toml, so a new
setting or a new package that the files do not know about fails here rather than in a municipality.
"""

import re
import shlex
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml
from packaging.specifiers import SpecifierSet
from pydantic import SecretStr

from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = {name.upper() for name in Settings.model_fields}
ASSIGNMENT = re.compile(r"^(#?)([A-Z][A-Z0-9_]*)=(.*)$")
INTERPOLATION = re.compile(r"\$\{([A-Z][A-Z0-9_]*)")


def env_example() -> list[tuple[str, str]]:
    """(name, value) of every assignment in .env.example, commented out (a default) or not."""
    found = []
    for line in (ROOT / ".env.example").read_text(encoding="utf-8").splitlines():
        match = ASSIGNMENT.match(line)
        if match:
            found.append((match[2], match[3]))
    return found


def compose() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    return loaded


def compose_interpolations() -> set[str]:
    return set(INTERPOLATION.findall((ROOT / "docker-compose.yml").read_text(encoding="utf-8")))


def pyproject() -> dict[str, Any]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def dockerfile() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) of the Dockerfile, continuation lines joined, comments dropped."""
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    joined = re.sub(r"\\\n\s*", " ", "\n".join(lines))
    instructions = []
    for line in joined.splitlines():
        if line.strip():
            keyword, _, rest = line.strip().partition(" ")
            instructions.append((keyword.upper(), rest.strip()))
    return instructions


def pip_install_target(command: str) -> tuple[str, set[str]]:
    """The project path and extras of the `pip install` in a shell command: '.[dev]' -> ('.', {'dev'})."""
    words = shlex.split(command)
    start = words.index("install") + 1
    target = next(w for w in words[start:] if not w.startswith("-"))
    path, _, extras = target.partition("[")
    return path, {extra for extra in extras.rstrip("]").split(",") if extra}


# .env.example


def test_env_example_names_exactly_the_settings_and_the_database_password_compose_needs() -> None:
    names = [name for name, _ in env_example()]
    compose_only = compose_interpolations() - SETTINGS

    assert len(names) == len(set(names)), "a setting is listed twice"
    assert set(names) == SETTINGS | compose_only
    assert compose_only == {"POSTGRES_PASSWORD"}


def test_every_setting_in_env_example_is_explained_by_a_comment() -> None:
    lines = (ROOT / ".env.example").read_text(encoding="utf-8").splitlines()
    for index, line in enumerate(lines):
        if not ASSIGNMENT.match(line):
            continue
        above = index - 1
        while above >= 0 and ASSIGNMENT.match(lines[above]):
            above -= 1  # settings that belong together share their comment
        assert above >= 0 and lines[above].startswith("# "), f"no comment above {line!r}"


def test_env_example_carries_no_secret() -> None:
    secret_fields = {
        name.upper()
        for name, field in Settings.model_fields.items()
        if SecretStr in getattr(field.annotation, "__args__", (field.annotation,))
    }
    values = dict(env_example())

    assert "SKP_SECRET_KEY" in secret_fields and "TWILIO_AUTH_TOKEN" in secret_fields
    for name in secret_fields | {"POSTGRES_PASSWORD", "TWILIO_ACCOUNT_SID"}:
        assert values[name] == "", f"{name} has a value in .env.example"


def test_the_defaults_shown_in_env_example_are_the_real_defaults() -> None:
    for name, value in env_example():
        field = Settings.model_fields.get(name.lower())
        if field is None or not value or field.default is None:
            continue
        assert value == str(field.default), f"{name}: .env.example says {value}, the code {field.default}"


def test_env_example_as_shipped_is_a_valid_configuration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in SETTINGS:
        monkeypatch.delenv(name, raising=False)

    settings = Settings(_env_file=ROOT / ".env.example")  # type: ignore[call-arg]

    assert settings.skp_profile == "default"
    assert not settings.telegram_enabled and not settings.sms_enabled


def test_a_setting_left_empty_in_env_is_unset(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in SETTINGS:
        monkeypatch.delenv(name, raising=False)
    env = tmp_path / ".env"
    env.write_text(
        "TELEGRAM_BOT_TOKEN=\nPUBLIC_BASE_URL=\nSKP_HTTP_PORT=\nTWILIO_ACCOUNT_SID=\n", encoding="utf-8"
    )

    settings = Settings(_env_file=env)  # type: ignore[call-arg]

    assert not settings.telegram_enabled and not settings.sms_enabled
    assert settings.public_base_url is None and settings.skp_http_port == 8080


# docker-compose.yml


def test_the_bot_service_sets_only_settings_the_code_reads() -> None:
    bot = compose()["services"]["bot"]

    assert bot["env_file"] == ".env"
    assert set(bot["environment"]) <= SETTINGS
    assert bot["environment"]["DATABASE_URL"].startswith("postgresql+psycopg://")
    assert "@postgres:5432/" in bot["environment"]["DATABASE_URL"]


def test_the_bot_starts_after_postgres_is_healthy_and_is_checked_on_healthz() -> None:
    services = compose()["services"]
    bot, postgres = services["bot"], services["postgres"]

    assert bot["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert "pg_isready" in " ".join(postgres["healthcheck"]["test"])
    port = bot["environment"]["SKP_HTTP_PORT"]
    assert f"127.0.0.1:{port}/healthz" in " ".join(bot["healthcheck"]["test"])
    assert bot["build"] == "."


def test_postgres_keeps_its_data_in_a_named_volume_and_only_the_bot_is_published() -> None:
    loaded = compose()
    postgres = loaded["services"]["postgres"]

    volume = postgres["volumes"][0].split(":")[0]
    assert volume in loaded["volumes"]
    assert "ports" not in postgres
    assert all(port.startswith("127.0.0.1:") for port in loaded["services"]["bot"]["ports"])


# Dockerfile and .dockerignore


def test_the_image_installs_the_package_the_tests_install() -> None:
    project = pyproject()
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    make_install = next(line for line in makefile.splitlines() if "pip install" in line and "-e" in line)
    run_lines = [args for keyword, args in dockerfile() if keyword == "RUN" and "pip install" in args]

    make_path, make_extras = pip_install_target(make_install)
    image_path, image_extras = pip_install_target(run_lines[0])

    assert make_path == image_path == "."  # the project of pyproject.toml in the working directory
    assert make_extras == {"dev"} and image_extras <= set(project["project"]["optional-dependencies"])
    assert project["project"]["name"] == "skp-bot" and "skp-bot" in project["project"]["scripts"]


def test_the_image_copies_everything_the_package_is_built_from() -> None:
    project = pyproject()
    copied = {
        source.rstrip("/")
        for keyword, args in dockerfile()
        if keyword == "COPY"
        for source in args.split()[:-1]
    }
    packages = {
        pattern.rstrip("*") for pattern in project["tool"]["setuptools"]["packages"]["find"]["include"]
    }

    assert {"pyproject.toml", project["project"]["readme"]} | packages <= copied
    ignore = (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
    assert "*" in ignore  # nothing else reaches the build: no .env, no database file
    assert all(f"!{source}" in ignore for source in copied)


def test_the_image_runs_python_the_project_supports_as_a_user_other_than_root() -> None:
    instructions = dockerfile()
    base = next(args for keyword, args in instructions if keyword == "FROM")
    version = re.match(r"python:(\d+\.\d+)-slim$", base)
    users = [(i, args) for i, (keyword, args) in enumerate(instructions) if keyword == "USER"]
    installs = [i for i, (keyword, args) in enumerate(instructions) if "pip install" in args]

    assert version and version[1] in SpecifierSet(pyproject()["project"]["requires-python"])
    assert users and users[-1][1] not in ("root", "0") and users[-1][0] > installs[-1]


def test_the_image_runs_skp_bot_run_and_checks_healthz() -> None:
    instructions = dict(dockerfile())

    command = yaml.safe_load(instructions["ENTRYPOINT"]) + yaml.safe_load(instructions["CMD"])
    assert command == ["skp-bot", "run"]
    assert "/healthz" in instructions["HEALTHCHECK"]
