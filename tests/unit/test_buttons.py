"""The data behind inline buttons: every button reads back as what it was built for, the wire strings on
phones today stay as they are, nothing built passes Telegram's 64 bytes, and forged data is refused
without a crash."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import buttons
from bot.buttons import (
    AgreementTap,
    CancelAbsence,
    CheckinTap,
    ChooseLanguage,
    ClaimCitizen,
    ConfirmDelete,
    Family,
    GiveCitizen,
    KeepCitizen,
    MenuTap,
    PickCitizen,
    ReportAnswer,
    ReportTap,
    SendHeld,
    SetCitizenReminder,
    SetContactForm,
    SmsDecision,
    StaffTap,
)
from bot.i18n import default_catalogs
from bot.models.enums import ReporterCategory, Urgency
from bot.profile import ALL_CONTACT_FORMS, list_profiles, load_profile
from bot.services.report_filing import UNKNOWN_AGE

# (built, the data on phones today, what a tap on it is)
EVERY_BUTTON = [
    (buttons.claim(4), "claim:4", ClaimCitizen(4), Family.CLAIM),
    (buttons.keep(4), "keep:4", KeepCitizen(4), Family.KEEP),
    (buttons.send_held(4), "held:4", SendHeld(4), Family.HELD),
    (buttons.report_take(9), "report:take:9", ReportTap("take", 9), Family.REPORT),
    (buttons.report_answer(9), "report:answer:9", ReportTap("answer", 9), Family.REPORT),
    (buttons.report_close(9), "report:close:9", ReportTap("close", 9), Family.REPORT),
    (buttons.checkin_done(7), "ci:done:7", CheckinTap("done", 7), Family.CHECKIN),
    (buttons.checkin_not_reached(7), "ci:nr:7", CheckinTap("nr", 7), Family.CHECKIN),
    (buttons.checkin_move(7), "ci:mv:7", CheckinTap("mv", 7), Family.CHECKIN),
    (buttons.checkin_move_to("mh", 7), "ci:mh:7", CheckinTap("mh", 7), Family.CHECKIN),
    (buttons.checkin_move_to("md", 7), "ci:md:7", CheckinTap("md", 7), Family.CHECKIN),
    (buttons.checkin_move_to("mw", 7), "ci:mw:7", CheckinTap("mw", 7), Family.CHECKIN),
    (buttons.checkin_tell_new_time(7), "ci:tell:7", CheckinTap("tell", 7), Family.CHECKIN),
    (buttons.checkin_undo(7), "ci:undo:7", CheckinTap("undo", 7), Family.CHECKIN),
    (buttons.pick_citizen(4), "ag:pick:4", PickCitizen(4), Family.AGREEMENT),
    (buttons.manage_agreement("pause", 3), "ag:pause:3", AgreementTap("pause", 3), Family.AGREEMENT),
    (buttons.manage_agreement("resume", 3), "ag:resume:3", AgreementTap("resume", 3), Family.AGREEMENT),
    (buttons.manage_agreement("end", 3), "ag:end:3", AgreementTap("end", 3), Family.AGREEMENT),
    (buttons.manage_agreement("change", 3), "ag:change:3", AgreementTap("change", 3), Family.AGREEMENT),
    (
        buttons.contact_form(3, "home_visit"),
        "ag:form:3:home_visit",
        SetContactForm(3, "home_visit"),
        Family.AGREEMENT,
    ),
    (buttons.citizen_reminder(3, True), "ag:remind:3:yes", SetCitizenReminder(3, True), Family.AGREEMENT),
    (buttons.citizen_reminder(3, False), "ag:remind:3:no", SetCitizenReminder(3, False), Family.AGREEMENT),
    (buttons.cancel_absence(5), "away:cancel:5", CancelAbsence(5), Family.ABSENCE),
    (buttons.staff("show", 6), "staff:show:6", StaffTap("show", 6), Family.STAFF),
    (buttons.staff("offok", 6), "staff:offok:6", StaffTap("offok", 6), Family.STAFF),
    (buttons.staff("duty0", 6), "staff:duty0:6", StaffTap("duty0", 6), Family.STAFF),
    (buttons.staff("code", 6), "staff:code:6", StaffTap("code", 6), Family.STAFF),
    (buttons.give(4, 6), "give:4:6", GiveCitizen(4, 6), Family.GIVE),
    (buttons.SMS_SEND, "sms:send", SmsDecision(True), Family.SMS),
    (buttons.SMS_EDIT, "sms:edit", SmsDecision(False), Family.SMS),
    (buttons.language("en"), "lang:en", ChooseLanguage("en"), Family.LANGUAGE),
    (buttons.MENU_WRITE, "menu:write", MenuTap("write"), Family.MENU),
    (buttons.MENU_REPORT, "menu:report", MenuTap("report"), Family.MENU),
    (buttons.MENU_HELP, "menu:help", MenuTap("help"), Family.MENU),
    (buttons.DELETE_YES, "delete:yes", ConfirmDelete(True), Family.DELETE),
    (buttons.DELETE_NO, "delete:no", ConfirmDelete(False), Family.DELETE),
    (buttons.age_group("0-29"), "age:0-29", ReportAnswer("age", "0-29"), Family.AGE),
    (buttons.age_group(UNKNOWN_AGE), "age:unknown", ReportAnswer("age", "unknown"), Family.AGE),
    (buttons.urgency("this_week"), "urg:this_week", ReportAnswer("urgency", "this_week"), Family.URGENCY),
    (buttons.category("caretaker"), "cat:caretaker", ReportAnswer("category", "caretaker"), Family.CATEGORY),
    (buttons.anonymous(True), "anon:yes", ReportAnswer("anonymous", "yes"), Family.ANONYMOUS),
    (buttons.anonymous(False), "anon:no", ReportAnswer("anonymous", "no"), Family.ANONYMOUS),
    (buttons.CONTACT_HERE, "contact:chat", ReportAnswer("contact", "chat"), Family.CONTACT),
]

ids = st.integers(min_value=1, max_value=buttons.MAX_ROW_ID)
WITH_AN_ID: list[Callable[[int], str]] = [
    buttons.claim,
    buttons.send_held,
    buttons.report_take,
    buttons.report_answer,
    buttons.report_close,
    buttons.checkin_done,
    buttons.checkin_not_reached,
    buttons.checkin_move,
    buttons.checkin_tell_new_time,
    buttons.checkin_undo,
    buttons.pick_citizen,
    buttons.cancel_absence,
    *(lambda row, option=option: buttons.checkin_move_to(option, row) for option in ("mh", "md", "mw")),
    *(lambda row, action=action: buttons.manage_agreement(action, row) for action in ("pause", "end")),
    *(lambda row, form=form: buttons.contact_form(row, form) for form in ALL_CONTACT_FORMS),
    lambda row: buttons.citizen_reminder(row, True),
    *(lambda row, action=action: buttons.staff(action, row) for action in ("offok", "lead1", "duty0")),
    lambda row: buttons.give(row, row),
]


def every_value_offered() -> list[str]:
    """Every button built from words rather than ids, for every value the shipped code can offer."""
    profiles = [load_profile(name) for name in list_profiles()]
    languages = {*default_catalogs().languages(), *(lang for p in profiles for lang in p.languages)}
    groups = {
        f"{team.min_age or 0}-{team.max_age if team.max_age is not None else 130}"
        for profile in profiles
        for team in profile.teams
    }
    return [
        *(buttons.language(code) for code in languages),
        *(buttons.contact_form(buttons.MAX_ROW_ID, form) for form in ALL_CONTACT_FORMS),
        *(buttons.urgency(value) for value in Urgency),
        *(buttons.category(value) for value in ReporterCategory),
        *(buttons.age_group(group) for group in [*groups, UNKNOWN_AGE]),
    ]


@pytest.mark.parametrize(("built", "on_phones", "tap", "family"), EVERY_BUTTON)
def test_every_button_reads_back_as_what_it_was_built_for(
    built: str, on_phones: str, tap: buttons.Button, family: Family
) -> None:
    assert built == on_phones  # buttons sent before a deploy still work after it
    assert buttons.parse(built) == tap
    assert buttons.family(built) == family


def test_every_kind_of_tap_is_in_the_table() -> None:
    kinds = {type(tap) for _, _, tap, _ in EVERY_BUTTON}
    assert kinds == set(buttons.Button.__args__)
    assert {family for *_, family in EVERY_BUTTON} == set(Family)


@given(st.sampled_from(WITH_AN_ID), ids)
def test_a_button_with_any_row_id_reads_back_and_fits_in_64_bytes(
    build: Callable[[int], str], row: int
) -> None:
    data = build(row)
    tap = buttons.parse(data)
    assert tap is not None
    assert row in vars(tap).values()
    assert len(data.encode()) <= buttons.MAX_BYTES


def test_every_word_the_bot_offers_on_a_button_reads_back_and_fits_in_64_bytes() -> None:
    for data in every_value_offered():
        assert buttons.parse(data) is not None, data
        assert len(data.encode()) <= buttons.MAX_BYTES, data


@pytest.mark.parametrize(
    "forged",
    [
        "ci:done:abc",
        "ci:done:",
        "ci:done:²",
        "ci:done:٣",
        "ci:done:-1",
        "ci:done:0",
        "ci:done:+7",
        "ci:done: 7",
        "ci:done:7:",
        "ci:done:2147483648",
        "ci:done:99999999999999999999",
        "ci:x:1",
        "ci",
        "x" * 70,
        "ci:done:" + "1" * 60,
        "ag:form:1:",
        "ag:form:1:Home visit",
        "ag:remind:1:maybe",
        "ag:pick:-1",
        "lang:EN",
        "lang:english",
        "report:zzz:5",
        "away:delete:5",
        "sms:later",
        "menu:",
        "delete:YES",
        "contact:phone",
        "",
        ":",
        "::",
    ],
)
def test_forged_or_unknown_data_is_refused(forged: str) -> None:
    assert buttons.parse(forged) is None


def test_a_forged_tap_still_names_the_family_it_claims() -> None:
    assert buttons.family("ci:done:abc") == Family.CHECKIN
    assert buttons.family("away:cancel:") == Family.ABSENCE
    assert buttons.family("x" * 70) is None
    assert buttons.family("") is None


@given(st.text(st.characters(codec=None, exclude_categories=())))
def test_parse_never_raises_on_any_text(data: str) -> None:
    tap = buttons.parse(data)
    buttons.family(data)
    if tap is not None:
        assert buttons.family(data) is not None
        assert len(data.encode()) <= buttons.MAX_BYTES


@given(
    st.lists(
        st.sampled_from(["ci", "ag", "report", "done", "form", "pick", "yes", "7", "0", "-", "²", ":", "x"]),
        max_size=8,
    ).map("".join)
)
def test_parse_never_raises_on_text_that_looks_like_button_data(data: str) -> None:
    buttons.parse(data)
