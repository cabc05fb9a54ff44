"""Issue 13, section 5: the words people get. SMS users are told what to type by SMS, Danish counts its
plurals, dates and times look the same everywhere, the greeting fits the hour, help shows no empty
number, an answered button does nothing a second time, and /hjaelp lists commands that exist."""

import re
from datetime import timedelta

import pytest
from sqlalchemy import Engine, select

from bot.crypto import Vault
from bot.models import OutboxMessage
from bot.models.enums import Channel
from bot.services.commands import parse_command
from tests.fakes.clock import FakeClock
from tests.fakes.deps import deps_on
from tests.integration.scheduling_world import World, local, team_with_citizen
from tests.integration.test_conversations import CODE
from tests.integration.worker_talk import WorkerTalk

SUSANNE, VIVIAN, CITIZEN, PHONE = "1001", "1002", "2002", "+4520304050"
SLASH_COMMAND = re.compile(r"(?<![\w/])/([a-zæøå]+)")


@pytest.fixture
def talk(migrated: Engine, vault: Vault, clock: FakeClock) -> WorkerTalk:
    talk = WorkerTalk(migrated, vault, clock)
    talk.worker(SUSANNE, "Susanne")
    talk.worker(VIVIAN, "Vivian")
    return talk


# --- SMS speaks SMS ------------------------------------------------------------------------------------


def test_a_slash_word_by_sms_is_a_message_and_the_answer_names_no_slash_command(talk: WorkerTalk) -> None:
    talk.says(PHONE, "/hvad", channel=Channel.SMS)

    answer = talk.last(PHONE)
    assert "112" in answer
    assert "/start" not in answer and "/help" not in answer
    assert talk.last(SUSANNE).endswith("\n/hvad")  # keywords by SMS are whole words: this reaches the team


def test_a_reporter_by_sms_is_told_to_write_status_and_the_code(talk: WorkerTalk) -> None:
    talk.says(PHONE, "bekymring", channel=Channel.SMS)
    answers = iter(["min nabo har ikke været ude i en uge", "ham i nr 3, stuen", "ca 50", "1", "1", "1"])
    for answer in answers:
        if "STATUS" in talk.last(PHONE) or "/status" in talk.last(PHONE):
            break
        talk.says(PHONE, answer, channel=Channel.SMS)

    receipt = talk.last(PHONE)
    assert re.search(r"STATUS [2-9A-HJ-NP-Z]{6,10}", receipt), receipt
    assert "/status" not in receipt


def test_telegram_keeps_its_slash_commands(talk: WorkerTalk) -> None:
    talk.says(CITIZEN, "/hvad")

    assert "/start" in talk.last(CITIZEN)


# --- Danish plurals --------------------------------------------------------------------------------------


def test_a_cover_for_one_citizen_is_told_1_borger_not_borger_e(talk: WorkerTalk) -> None:
    talk.linked_citizen(SUSANNE, CITIZEN)

    talk.says(SUSANNE, "/away i morgen i morgen Vivian")

    told = talk.last(VIVIAN)
    assert "1 borger." in told and "(e)" not in told


def test_the_handover_counts_one_message_as_1_besked(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    world = World(migrated, vault, clock)
    team_with_citizen(world)
    monday = local(2026, 11, 23, 9, 0)
    world.away("Susanne", monday.date(), monday.date() + timedelta(days=1), cover="Vivian")
    world.says("2002", "hej er du der")

    world.walk(local(2026, 11, 25, 9, 0), step=timedelta(minutes=30))

    [handover] = [text for _, text, _ in world.reminders(SUSANNE) if text.startswith("Velkommen tilbage")]
    assert "Ravn: 1 besked;" in handover


# --- one date and time format ---------------------------------------------------------------------------


def test_a_planned_check_in_reads_24_11_kl_10_00_like_every_other_date(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    world = World(migrated, vault, clock)
    team_with_citizen(world)
    world.says(SUSANNE, "/checkin Ravn tir 10:00")
    agreed = world.received(SUSANNE)[-1]

    assert "24.11. kl. 10:00" in agreed
    assert not re.search(r"\d+/\d+", agreed) and "d. " not in agreed


def test_the_short_opening_hours_use_the_same_clock_as_every_other_time(talk: WorkerTalk) -> None:
    talk.says(PHONE, "hjælp", channel=Channel.SMS)

    help_text = talk.last(PHONE)
    assert re.search(r"\d+-\d+:\d\d", help_text) and not re.search(r"\d+\.\d\d\b", help_text)


# --- the greeting fits the hour ------------------------------------------------------------------------


def test_a_late_overview_at_11_14_does_not_say_godmorgen(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    world = World(migrated, vault, clock)
    team_with_citizen(world)
    world.agree("Ravn", "onsdag 13:00")
    world.clock.advance(local(2026, 11, 25, 11, 14) - world.clock.now())  # down through the 07:30 overview

    world.tick()

    [overview] = [text for _, text, _ in world.reminders(SUSANNE) if "overblik" in text]
    assert not overview.startswith("Godmorgen") and overview.startswith("Goddag")


def test_an_overview_on_time_still_says_godmorgen(migrated: Engine, vault: Vault, clock: FakeClock) -> None:
    world = World(migrated, vault, clock)
    team_with_citizen(world)
    world.agree("Ravn", "onsdag 13:00")

    world.walk(local(2026, 11, 25, 8, 0), step=timedelta(minutes=30))

    assert any(text.startswith("Godmorgen") for _, text, _ in world.reminders(SUSANNE))


# --- help without an empty team phone -------------------------------------------------------------------


def test_esbjerg_help_leaves_out_the_team_phone_it_does_not_have(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    talk = WorkerTalk(migrated, vault, clock)
    talk.deps = deps_on(migrated, vault, clock, "esbjerg")

    talk.says(PHONE, "HJAELP", channel=Channel.SMS)

    help_text = talk.last(PHONE)
    assert "112" in help_text and "70 201 201" in help_text
    assert "Teamet: " not in help_text and "  (" not in help_text and "()" not in help_text


def test_a_team_with_a_phone_still_gives_it(talk: WorkerTalk) -> None:
    talk.says(PHONE, "hjælp", channel=Channel.SMS)

    assert "Teamet: 12 34 56 78" in talk.last(PHONE)


# --- an answered button does nothing a second time ------------------------------------------------------


def test_a_second_tap_on_delete_yes_says_it_was_answered_and_deletes_nothing_more(talk: WorkerTalk) -> None:
    talk.linked_citizen(SUSANNE, CITIZEN)
    talk.says(CITIZEN, "/slet")
    talk.presses(CITIZEN, "delete:yes")
    told_susanne = len(talk.received(SUSANNE))

    talk.presses(CITIZEN, "delete:yes")

    assert "allerede svaret" in talk.last(CITIZEN)
    assert "Hvad vil du" not in talk.last(CITIZEN)  # not the /start menu as if nothing had happened
    assert len(talk.received(SUSANNE)) == told_susanne


def test_a_tap_on_no_after_yes_was_answered_does_not_reopen_anything(talk: WorkerTalk) -> None:
    talk.linked_citizen(SUSANNE, CITIZEN)
    talk.says(CITIZEN, "/slet")
    talk.presses(CITIZEN, "delete:no")

    talk.presses(CITIZEN, "delete:no")

    assert "allerede svaret" in talk.last(CITIZEN)


def test_a_second_tap_on_i_take_it_changes_nothing_and_announces_nothing_again(talk: WorkerTalk) -> None:
    talk.says("3003", "hej er der nogen")
    [claim] = [data for data in talk.buttons(SUSANNE).values() if data.startswith("claim:")]
    talk.presses(SUSANNE, claim)
    first = talk.last(SUSANNE)

    talk.presses(SUSANNE, claim)

    assert "har taget" in first
    assert "allerede svaret" in talk.last(SUSANNE)


def test_a_colleague_tapping_take_on_a_taken_report_is_told_who_has_it(talk: WorkerTalk) -> None:
    talk.says(PHONE, "bekymring", channel=Channel.SMS)
    for answer in ["min nabo har ikke været ude i en uge", "ham i nr 3", "50", "1", "1", "1"]:
        talk.says(PHONE, answer, channel=Channel.SMS)
    talk.says(SUSANNE, "/reports")
    takes = [d for d in talk.buttons(SUSANNE).values() if d.startswith("report:take:")]
    assert takes, talk.received(SUSANNE)[-3:]
    talk.presses(SUSANNE, takes[0])

    talk.presses(VIVIAN, takes[0])

    assert "Susanne har allerede taget" in talk.last(VIVIAN)
    assert "Du har taget" not in talk.last(VIVIAN)


def test_a_second_tap_on_send_anyway_sends_nothing_twice(talk: WorkerTalk) -> None:
    sms_citizen(talk)
    talk.says(PHONE, "hej", channel=Channel.SMS)
    talk.says(SUSANNE, "husk din medicin i morgen", reply_to=relayed_as(talk, "555"))
    talk.presses(SUSANNE, "sms:send")
    sent = len(talk.received(PHONE))

    talk.presses(SUSANNE, "sms:send")

    assert len(talk.received(PHONE)) == sent
    assert "allerede svaret" in talk.last(SUSANNE)


def sms_citizen(talk: WorkerTalk) -> None:
    """Ravn, Susanne's citizen, linked by SMS."""
    talk.says(SUSANNE, "/invite Ravn")
    code = CODE.search(talk.last(SUSANNE))
    assert code is not None
    talk.says(PHONE, code.group(), channel=Channel.SMS)


def relayed_as(talk: WorkerTalk, message_id: str) -> str:
    """The newest relay, as the drainer records it once Telegram accepted it (so a worker can reply)."""
    with talk.deps.new_uow() as uow:
        relay = uow.session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "relay")).all()[-1]
        relay.external_id = message_id
        uow.commit()
    return message_id


# --- /hjaelp lists commands that exist ------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "language"), [("/hjaelp", "da"), ("/help", "en")])
def test_every_command_the_worker_help_lists_is_one_the_bot_knows(
    talk: WorkerTalk, typed: str, language: str
) -> None:
    if language == "en":
        talk.says(SUSANNE, "/sprog")
        talk.presses(SUSANNE, "lang:en")

    talk.says(SUSANNE, typed)

    listed = SLASH_COMMAND.findall(talk.last(SUSANNE))
    assert len(listed) >= 8
    unknown = [
        name
        for name in listed
        if (c := parse_command(f"/{name}", Channel.TELEGRAM)) is None or c.name == "unknown"
    ]
    assert unknown == []


def test_the_danish_worker_help_shows_the_danish_names(talk: WorkerTalk) -> None:
    talk.says(SUSANNE, "/hjaelp")

    listed = set(SLASH_COMMAND.findall(talk.last(SUSANNE)))
    assert {"inviter", "sager", "henvendelser", "tildel", "fravaer", "periode", "sprog"} <= listed
    assert not {"invite", "cases", "reports", "assign", "away"} & listed
