"""Every text comes from a catalog: Danish first, English beside it, a new language is a new .po file, and
what citizens see is neutral, fits an SMS and carries the numbers for now."""

from __future__ import annotations

import logging
import re
import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.i18n import WORKERS_ONLY, Catalogs, best_language, default_catalogs, languages, placeholders, text
from bot.profile import EMERGENCY_NUMBER, LIVSLINIEN_NUMBER, laegevagt_number
from bot.safety import looks_sensitive, signals_danger

CATALOGS = default_catalogs()

REQUIRED_KEYS = {
    "help.numbers", "crisis.reply", "office.closed",
    "start.menu", "start.menu.write", "start.menu.report", "start.menu.help", "start.unknown_code",
    "link.welcome", "newcontact.ack", "relay.delivered", "stop.done", "start.resumed",
    "delete.confirm", "delete.done", "delete.cancelled", "language.choose", "language.set",
    "report.intro", "report.ask_concern", "report.ask_who_where", "report.ask_age", "report.skip",
    "report.ask_urgency", "report.urgency.today", "report.urgency.this_week", "report.urgency.not_urgent",
    "report.ask_category", "report.category.neighbour", "report.category.caretaker",
    "report.category.shopkeeper", "report.category.home_helper", "report.category.relative",
    "report.category.housing_association", "report.category.professional",
    "report.category.citizen_self", "report.category.other",
    "report.ask_anonymous", "report.anonymous.yes", "report.anonymous.no",
    "report.receipt", "report.cpr_refused",
    "status.unknown_code", "status.report", "status.answer",
    "status.new", "status.taken", "status.answered", "status.closed",
    "worker.enrolled", "worker.unknown_code", "worker.relay_header", "worker.relay_new_contact",
    "worker.reply_sent", "worker.reply_not_a_relay", "worker.invite_created",
    "worker.cases", "worker.cases.empty", "worker.reports", "worker.reports.empty",
    "worker.crisis_alert", "worker.contact_ended", "worker.not_allowed", "worker.claim_button",
    "worker.claimed", "command.unknown",
    "time.today", "time.tomorrow", "time.weekday", "time.weekday_date", "time.weekdays",
    "time.weekdays_short", "time.clock_separator",
}  # fmt: skip

SOURCE = Path(__file__).parents[2]
# `t("key"`, `text("key"` and `.text("key", …` with a literal dotted key, in the code that sends texts.
USED_KEY = re.compile(r"\b(?:t|text)\(\s*[\"']([a-z_]+(?:\.[a-z_]+)+)[\"']")
# Keys handed on before they are read (a reminder's text key, a button's label): any whole literal that
# names a worker's text.
KEY_LITERAL = re.compile(r"[\"'](worker\.[a-z_]+(?:\.[a-z_]+)+)[\"']")

# Realistic, long values for every placeholder, so length checks are honest.
SAMPLE = {
    "laegevagt_name": "Akuttelefonen",
    "laegevagt": "70 11 31 31",
    "team_phone": "30 55 52 38",
    "hours": "man-tor 8-15:30, fre 8-13",
    "back": "i morgen kl. 08:00",
    "worker": "Marie-Louise",
    "yes_word": "SLET JA",
    "code": "ABCD2345EF",
    "status": "teamet er gået i gang",
    "answer": "",
    "name": "Marie-Louise",
    "team": "Støtte- og kontaktpersonteamet",
    "alias": "Borger 17",
    "days": 7,
    "time": "08:00",
    "weekday": "onsdag",
    "day": 28,
    "month": 12,
    "age": 30,
}

# Texts for citizens and reporters: everything a worker does not see alone.
PUBLIC_KEYS = sorted(key for key in CATALOGS.keys("da") if not key.startswith(WORKERS_ONLY))
# Longer on purpose: the numbers for now must all be there. Two SMS parts at most.
LONG_KEYS = {"help.numbers", "crisis.reply", "office.closed", "newcontact.ack", "report.receipt"}

GSM7 = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENSION = set("^{}\\[~]|€")


def septets(message: str) -> int:
    return sum(2 if ch in GSM7_EXTENSION else 1 for ch in message)


def write_catalog(root: Path, language: str, entries: dict[str, str]) -> None:
    folder = root / language / "LC_MESSAGES"
    folder.mkdir(parents=True)
    body = "".join(f'msgid "{key}"\nmsgstr "{value}"\n\n' for key, value in entries.items())
    header = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    (folder / "messages.po").write_text(header + body, encoding="utf-8")


# --- the shipped catalogs --------------------------------------------------------------------------------


def test_danish_and_english_are_shipped_with_danish_first() -> None:
    assert languages()[0] == "da"
    assert "en" in languages()


def test_every_text_the_bot_needs_is_written_in_danish_and_english() -> None:
    assert REQUIRED_KEYS <= CATALOGS.keys("da")
    assert REQUIRED_KEYS <= CATALOGS.keys("en")


def test_every_text_the_code_asks_for_is_in_the_danish_catalog() -> None:
    used = {
        match.group(1)
        for folder in ("bot", "handlers", "scheduling")
        for path in (SOURCE / folder).rglob("*.py")
        for pattern in (USED_KEY, KEY_LITERAL)
        for match in pattern.finditer(path.read_text(encoding="utf-8"))
    }

    assert used - CATALOGS.keys("da") == set()


def test_every_danish_key_has_an_english_text_and_the_other_way_round() -> None:
    assert CATALOGS.keys("da") == CATALOGS.keys("en")


@pytest.mark.parametrize("key", sorted(CATALOGS.keys("da")))
def test_danish_and_english_texts_take_the_same_placeholders(key: str) -> None:
    danish, english = CATALOGS.template(key, "da"), CATALOGS.template(key, "en")
    assert danish is not None and english is not None
    assert placeholders(danish) == placeholders(english)


@pytest.mark.parametrize("language", ["da", "en"])
@pytest.mark.parametrize("key", PUBLIC_KEYS)
def test_texts_for_citizens_never_mention_health_addiction_or_social_services(
    key: str, language: str
) -> None:
    template = CATALOGS.template(key, language)
    assert template is not None
    assert looks_sensitive(template) == []


@pytest.mark.parametrize("language", ["da", "en"])
@pytest.mark.parametrize("key", PUBLIC_KEYS)
def test_texts_for_citizens_use_only_sms_characters(key: str, language: str) -> None:
    rendered = text(key, language, **SAMPLE)
    assert set(rendered) <= GSM7 | GSM7_EXTENSION, set(rendered) - GSM7 - GSM7_EXTENSION


@pytest.mark.parametrize("key", PUBLIC_KEYS)
def test_a_danish_text_for_citizens_fits_in_one_sms_unless_it_must_carry_the_numbers(key: str) -> None:
    limit = 306 if key in LONG_KEYS else 160
    assert septets(text(key, "da", **SAMPLE)) <= limit


@pytest.mark.parametrize("language", ["da", "en"])
@pytest.mark.parametrize("key", PUBLIC_KEYS)
def test_no_text_for_citizens_would_itself_raise_a_crisis_alarm(key: str, language: str) -> None:
    assert not signals_danger(text(key, language, **SAMPLE))


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_help_text_gives_112_the_regions_laegevagt_livslinien_and_the_team(language: str) -> None:
    shown = text(
        "help.numbers",
        language,
        laegevagt_name="Lægevagten",
        laegevagt=laegevagt_number("nordjylland"),
        team_phone="99 17 19 20",
        hours="man-tor 8-15:30, fre 8-13",
    )

    for number in (EMERGENCY_NUMBER, "70 15 03 00", LIVSLINIEN_NUMBER, "99 17 19 20", "8-15:30"):
        assert number in shown
    assert shown.index(EMERGENCY_NUMBER) < shown.index("70 15 03 00") < shown.index(LIVSLINIEN_NUMBER)


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_crisis_reply_puts_112_first_and_says_the_team_has_been_told(language: str) -> None:
    shown = text("crisis.reply", language, laegevagt_name="Akuttelefonen", laegevagt="1813")

    assert shown.index(EMERGENCY_NUMBER) < shown.index("1813") < shown.index(LIVSLINIEN_NUMBER)
    assert "{" not in shown
    assert ("teamet" in shown) if language == "da" else ("team" in shown)


@pytest.mark.parametrize("key", ["office.closed", "newcontact.ack"])
@pytest.mark.parametrize("language", ["da", "en"])
def test_out_of_hours_texts_give_the_numbers_for_now(key: str, language: str) -> None:
    shown = text(key, language, **SAMPLE)

    for number in (EMERGENCY_NUMBER, SAMPLE["laegevagt"], LIVSLINIEN_NUMBER):
        assert str(number) in shown


def test_the_closed_reply_says_when_the_team_is_back() -> None:
    assert "i morgen kl. 08:00" in text("office.closed", "da", **SAMPLE)


@pytest.mark.parametrize("key", ["report.receipt", "worker.invite_created"])
@pytest.mark.parametrize("language", ["da", "en"])
def test_a_code_is_shown_on_a_line_of_its_own(key: str, language: str) -> None:
    assert "ABCD2345EF" in text(key, language, **SAMPLE).splitlines()


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_crisis_alert_to_workers_stands_out_and_names_the_alias(language: str) -> None:
    shown = text("worker.crisis_alert", language, alias="Borger 17")

    assert shown.startswith("⚠️")
    assert "Borger 17" in shown


def test_the_delete_confirmation_names_the_word_to_answer() -> None:
    assert "SLET JA" in text("delete.confirm", "da", yes_word="SLET JA")


def test_a_status_without_an_answer_has_no_empty_line() -> None:
    assert text("status.report", "da", status="modtaget", answer="") == "Din henvendelse: modtaget"


def test_a_status_with_an_answer_shows_it_under_the_status() -> None:
    answer = text("status.answer", "da", answer="Tak, vi har talt med ham.")

    shown = text("status.report", "da", status="besvaret", answer=answer)

    assert shown.splitlines() == [
        "Din henvendelse: besvaret",
        "Svar fra teamet:",
        "Tak, vi har talt med ham.",
    ]


@given(st.text())
def test_what_a_user_wrote_is_shown_verbatim_and_never_read_as_a_template(alias: str) -> None:
    assert text("worker.reply_sent", "da", alias=alias) == f"Sendt til {alias}."


def test_the_po_files_are_shipped_in_the_package() -> None:
    pyproject = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text(encoding="utf-8"))

    assert "locale/*/LC_MESSAGES/*.po" in pyproject["tool"]["setuptools"]["package-data"]["bot"]


# --- fallback and new languages ---------------------------------------------------------------------------


def test_a_new_language_is_just_a_new_po_file(tmp_path: Path) -> None:
    write_catalog(tmp_path, "da", {"start.menu": "Hej. Hvad vil du gøre?"})
    write_catalog(tmp_path, "pl", {"start.menu": "Cześć. Co chcesz zrobić?"})

    catalogs = Catalogs(tmp_path)

    assert catalogs.languages() == ["da", "pl"]
    assert catalogs.text("start.menu", "pl") == "Cześć. Co chcesz zrobić?"
    assert catalogs.best_language("pl-PL") == "pl"


def test_a_text_missing_in_a_language_is_shown_in_danish(tmp_path: Path) -> None:
    write_catalog(tmp_path, "da", {"start.menu": "Hej.", "stop.done": "Du får ikke flere beskeder."})
    write_catalog(tmp_path, "kl", {"start.menu": "Aluu."})

    assert Catalogs(tmp_path).text("stop.done", "kl") == "Du får ikke flere beskeder."


def test_an_unknown_language_is_answered_in_danish() -> None:
    assert text("start.menu", "xx") == text("start.menu", "da")


def test_a_regional_language_code_uses_its_language() -> None:
    assert text("start.menu", "en-GB") == text("start.menu", "en")


def test_a_key_in_no_catalog_shows_the_key_and_logs_only_the_key(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="bot.i18n"):
        shown = text("no.such.key", "en", phone="+4512345678")

    assert shown == "no.such.key"
    assert "no.such.key" in caplog.text
    assert "+4512345678" not in caplog.text


def test_a_missing_parameter_stays_visible_instead_of_losing_the_message(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="bot.i18n"):
        shown = text("crisis.reply", "da", laegevagt_name="Akuttelefonen")

    assert EMERGENCY_NUMBER in shown and "{laegevagt}" in shown
    assert "crisis.reply" in caplog.text


def test_a_broken_translation_falls_back_to_danish(tmp_path: Path) -> None:
    write_catalog(tmp_path, "da", {"worker.reply_sent": "Sendt til {alias}."})
    write_catalog(tmp_path, "ro", {"worker.reply_sent": "Trimis la {alias."})

    assert Catalogs(tmp_path).text("worker.reply_sent", "ro", alias="Borger 3") == "Sendt til Borger 3."


def test_a_translation_may_not_reach_into_its_parameters(tmp_path: Path) -> None:
    write_catalog(tmp_path, "da", {"worker.reply_sent": "Sendt til {alias}."})
    write_catalog(tmp_path, "pl", {"worker.reply_sent": "{alias.__class__}"})

    assert Catalogs(tmp_path).text("worker.reply_sent", "pl", alias="Borger 3") == "Sendt til Borger 3."


def test_an_untranslated_entry_counts_as_missing(tmp_path: Path) -> None:
    write_catalog(tmp_path, "da", {"start.menu": "Hej."})
    write_catalog(tmp_path, "en", {"start.menu": ""})

    assert Catalogs(tmp_path).text("start.menu", "en") == "Hej."


# --- choosing a language ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("telegram_code", "supported", "expected"),
    [
        ("en-GB", ["da", "en"], "en"),
        ("EN_us", ["da", "en"], "en"),
        ("da", ["da", "en"], "da"),
        ("pl", ["da", "en"], "da"),
        ("pl", ["da", "en", "pl"], "pl"),
        (None, ["da", "en"], "da"),
        ("", ["da", "en"], "da"),
        ("fr", ["en", "da"], "en"),
        ("en", [], "da"),
    ],
)
def test_the_best_language_is_the_users_own_or_else_the_first_supported(
    telegram_code: str | None, supported: list[str], expected: str
) -> None:
    assert best_language(telegram_code, supported) == expected


@given(st.one_of(st.none(), st.text()), st.lists(st.sampled_from(["da", "en", "kl", "pl", "ro"]), min_size=1))
def test_the_best_language_is_always_one_that_is_supported(code: str | None, supported: list[str]) -> None:
    assert best_language(code, supported) in supported


def test_a_language_the_profile_offers_but_no_catalog_has_is_not_chosen() -> None:
    assert CATALOGS.best_language("kl", ["kl", "da"]) == "da"


# --- plurals and channel variants ------------------------------------------------------------------------


def test_a_plural_text_takes_its_form_from_the_count(tmp_path: Path) -> None:
    folder = tmp_path / "da" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "messages.po").write_text(
        'msgid ""\nmsgstr ""\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
        'msgid "x.messages"\nmsgid_plural "x.messages"\n'
        'msgstr[0] "{count} besked"\nmsgstr[1] "{count} beskeder"\n',
        encoding="utf-8",
    )
    catalogs = Catalogs(tmp_path)

    assert [catalogs.text("x.messages", "da", count=n) for n in (0, 1, 2, 21)] == [
        "0 beskeder",
        "1 besked",
        "2 beskeder",
        "21 beskeder",
    ]


def test_the_shipped_plurals_say_1_besked_and_1_borger() -> None:
    assert text("worker.handover.messages", "da", count=1) == "1 besked"
    assert text("worker.handover.messages", "en", count=3) == "3 messages"
    assert "1 borger." in text("worker.away.you_cover", "da", name="Vivian", period="1.12.", count=1)


def test_an_sms_variant_is_used_by_sms_only() -> None:
    assert "/status" in CATALOGS.text_for("telegram", "report.receipt", "da", code="ABC234")
    assert "STATUS ABC234" in CATALOGS.text_for("sms", "report.receipt", "da", code="ABC234")
    assert CATALOGS.text_for("sms", "start.menu", "da") == CATALOGS.text("start.menu", "da")


def test_the_bot_is_spelled_botten_in_every_danish_text() -> None:
    for key in CATALOGS.keys("da"):
        for form in CATALOGS.forms(key, "da"):
            assert "bot'en" not in form, key
