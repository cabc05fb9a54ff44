"""`skp-bot stats` as an operator runs it: anonymous counts of a period, for people and for scripts."""

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine

from bot import migrate
from bot.crypto import Vault
from bot.models.enums import Direction, ReportStatus
from bot.uow import SqlAlchemyUnitOfWork, session_factory
from tests.e2e.test_cli import one_clear_line, skp_bot
from tests.integration.rows import Rows


@pytest.fixture
def november(engine: Engine, vault: Vault) -> Iterator[str]:
    """A database with one November conversation and one concern report; yields its URL."""
    migrate.upgrade(engine)
    rows = Rows(SqlAlchemyUnitOfWork(session_factory(engine)), vault, datetime(2026, 12, 1, tzinfo=UTC))
    team = rows.team("Gadeteamet")
    ravn = rows.citizen(team, "Ravnen", datetime(2026, 11, 2, 9, tzinfo=UTC))
    rows.message(ravn, Direction.INBOUND, datetime(2026, 11, 2, 10, tzinfo=UTC), text="sover under broen")
    rows.message(ravn, Direction.OUTBOUND, datetime(2026, 11, 2, 10, 45, tzinfo=UTC), channel="sms")
    rows.report(
        team,
        datetime(2026, 11, 3, 8, tzinfo=UTC),
        deadline_at=datetime(2026, 11, 10, 22, 59, tzinfo=UTC),
        status=ReportStatus.TAKEN,
        taken_at=datetime(2026, 11, 4, 8, tzinfo=UTC),
    )
    yield engine.url.render_as_string(hide_password=False)


def test_stats_json_gives_the_counts_of_the_period(november: str, tmp_path: Path) -> None:
    result = skp_bot(
        "stats", "--from", "2026-11-01", "--to", "2026-11-30", "--json", cwd=tmp_path, DATABASE_URL=november
    )

    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)
    assert stats["first_day"] == "2026-11-01" and stats["last_day"] == "2026-11-30"
    assert stats["reports"]["received"] == 1 and stats["reports"]["picked_up_within_deadline"] == 1
    assert stats["contacts"] == {
        "new_contacts": 1,
        "active_citizens": 1,
        "messages_in": 1,
        "messages_out": 1,
    }
    assert stats["messages_by_channel"] == {
        "telegram": {"messages_in": 1, "messages_out": 0},
        "sms": {"messages_in": 0, "messages_out": 1},
    }
    answer = stats["response_times"]["citizen_message_to_answer"]
    assert answer == {"count": 1, "median_seconds": 45 * 60, "p90_seconds": 45 * 60}


def test_stats_for_people_reads_as_sentences_and_names_nobody(november: str, tmp_path: Path) -> None:
    period = ("--from", "2026-11-01", "--to", "2026-11-30")
    result = skp_bot("stats", *period, cwd=tmp_path, DATABASE_URL=november)

    assert result.returncode == 0, result.stderr
    assert "Concern reports: 1 received" in result.stdout
    assert "Messages by channel: telegram 1 in, 0 out; sms 0 in, 1 out" in result.stdout
    assert "median 45 min" in result.stdout and "median 1 d" in result.stdout
    for personal in ("Ravnen", "Gadeteamet", "broen"):
        assert personal not in result.stdout


def test_stats_needs_no_secret_key_and_defaults_to_the_last_30_days(tmp_path: Path) -> None:
    result = skp_bot("stats", "--json", cwd=tmp_path, DATABASE_URL=f"sqlite:///{tmp_path}/skp.db")

    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)
    first, last = (datetime.fromisoformat(stats[key]) for key in ("first_day", "last_day"))
    assert (last - first).days == 29
    assert stats["reports"]["received"] == 0


@pytest.mark.parametrize(
    "bad", ["30.11.2026", "2026-02-30", "yesterday", "x" * 10_000, "0001-01-01", "9999-12-31"]
)
def test_a_date_that_is_not_one_stops_with_a_usage_line(bad: str, tmp_path: Path) -> None:
    result = skp_bot("stats", "--from", bad, cwd=tmp_path, DATABASE_URL=f"sqlite:///{tmp_path}/skp.db")

    assert result.returncode == 2
    assert "expected YYYY-MM-DD" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr) < 1000


def test_a_period_that_ends_before_it_starts_stops_with_one_line(tmp_path: Path) -> None:
    line = one_clear_line(
        skp_bot(
            "stats",
            "--from",
            "2026-11-30",
            "--to",
            "2026-11-01",
            cwd=tmp_path,
            DATABASE_URL=f"sqlite:///{tmp_path}/skp.db",
        )
    )

    assert "--to" in line and "before" in line
