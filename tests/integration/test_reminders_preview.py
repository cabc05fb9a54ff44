"""`skp-bot reminders preview` tells the truth: what it lists is what the scheduler then sends."""

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import Engine

from bot.app import main
from bot.crypto import Vault
from bot.models import Reminder
from bot.models.enums import Channel
from tests.fakes.clock import FakeClock
from tests.integration.scheduling_world import World, local, team_with_citizen


@pytest.fixture
def world(
    migrated: Engine,
    vault: Vault,
    clock: FakeClock,
    database_url: str,
    secret_key: str,
    monkeypatch: pytest.MonkeyPatch,
) -> World:
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("SKP_SECRET_KEY", secret_key)
    world = World(migrated, vault, clock)
    team_with_citizen(world, channel=Channel.SMS)
    return world


def preview(clock: FakeClock, capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["reminders", "preview", *args, "--json"], clock=clock) == 0
    printed: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return printed


def test_the_preview_lists_exactly_what_the_next_days_bring(
    world: World, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    world.agree("Ravn", "tir,fre 10:00", remind_citizen=True)
    world.away("Susanne", date(2026, 11, 27), date(2026, 11, 27), cover="Vivian")

    planned = preview(clock, capsys, "--days", "5")
    world.walk(clock.now() + timedelta(days=5), step=timedelta(minutes=15))

    with world.deps.new_uow() as uow:
        sent = [
            {"due_at": row.due_at.isoformat(), "kind": row.kind, "worker_id": row.worker_id}
            for row in uow.session.query(Reminder).order_by(Reminder.due_at, Reminder.kind)
        ]
    promised = [{"due_at": p["due_at"], "kind": p["kind"], "worker_id": p["worker_id"]} for p in planned]
    # Check-in and citizen reminders are certain; an overview is promised where check-ins are, and is
    # also sent where something else is open (a nudge, an unmarked check-in), which no preview can know.
    certain = ("checkin", "citizen")
    assert [row for row in sent if row["kind"] in certain] == sorted(
        (row for row in promised if row["kind"] in certain),
        key=lambda row: (str(row["due_at"]), str(row["kind"])),
    )
    assert all(row in sent for row in promised if row["kind"] == "overview")
    kinds = [(p["kind"], p["citizen"]) for p in planned]
    assert ("checkin", "Ravn") in kinds and ("citizen", "Ravn") in kinds and ("overview", None) in kinds
    friday = [p for p in planned if p["kind"] == "checkin" and str(p["occurrence"]).startswith("2026-11-27")]
    assert [p["worker_id"] for p in friday] == [2]  # Vivian covers Susanne that day
    first = next(p for p in planned if p["kind"] == "checkin")
    assert first["due_at"] == local(2026, 11, 24, 9).isoformat()


def test_the_human_preview_groups_by_worker_and_an_empty_one_says_so(
    world: World, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["reminders", "preview", "--days", "2"], clock=clock) == 0
    assert "nothing due in the next 2 days" in capsys.readouterr().out

    world.agree("Ravn", "tir 10:00")
    assert main(["reminders", "preview", "--days", "2"], clock=clock) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Susanne" and "checkin" in out and "Ravn" in out


def test_a_nonsense_number_of_days_is_refused_with_one_line(
    world: World, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["reminders", "preview", "--days", "0"], clock=clock) == 1
    assert capsys.readouterr().err.strip() == "skp-bot: --days must be between 1 and 366"
