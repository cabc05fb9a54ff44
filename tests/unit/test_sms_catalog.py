"""What a citizen or a reporter can receive by SMS: one GSM-7 segment, with the longest realistic values
of every shipped profile, and words they can type (HJÆLP, STATUS KODE), never a Telegram /command."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import cache

import pytest

from bot.i18n import SMS_VARIANT, WORKERS_ONLY, default_catalogs, placeholders
from bot.office_hours import describe_hours, describe_opening
from bot.profile import REGIONS, Profile, list_profiles, load_profile
from bot.sms_text import segments

CATALOGS = default_catalogs()
LANGUAGES = ("da", "en")

# Keys only a worker reads (in Telegram), or labels of the demo page: not SMS.
NOT_BY_SMS = (*WORKERS_ONLY, "demo.", "language.name")
# Texts that carry the team's free-text answer to a reporter: as long as the worker wrote it.
FREE_TEXT = {"status.answer", "status.report_with_answer", "reporter.answer"}
# Too long today, and being rewritten by the lead (issue 13, section 2), who removes them from here when
# they fit. Strict: a text that fits fails here until it is taken off the list.
LEAD_REWRITES: set[tuple[str, str]] = set()

LONGEST_FIRST_NAME = "Marie-Louise"  # a worker's first name in link.welcome and the citizen's reminder
LONGEST_CODE = "ABCD2345EF"  # codes are 6-10 characters


def citizen_keys() -> list[str]:
    return sorted(
        key
        for key in CATALOGS.keys("da")
        if not key.startswith(NOT_BY_SMS) and key not in FREE_TEXT and not key.endswith(SMS_VARIANT)
    )


@cache
def profiles() -> tuple[Profile, ...]:
    return tuple(load_profile(name) for name in list_profiles())


def _longest(values: list[str]) -> str:
    return max(values, key=lambda value: segments(value).units)


@cache
def longest_values(language: str) -> dict[str, object]:
    """For every placeholder, the longest value any shipped profile can put there."""
    backs = []
    for profile in profiles():
        start = datetime(2026, 12, 21, 8, 0, tzinfo=profile.tz)  # a week of every weekday, far ahead too
        backs += [
            describe_opening(start + timedelta(days=d), language, now=start - timedelta(days=ahead))
            for d in range(7)
            for ahead in (0, 1, 8)
        ]
    statuses = [CATALOGS.text(key, language) for key in ("status.new", "status.taken", "status.answered")]
    return {
        "laegevagt_name": _longest([REGIONS[p.region].service for p in profiles()]),
        "laegevagt": _longest([REGIONS[p.region].phone for p in profiles()]),
        "team_phone": _longest([p.contact.phone or "" for p in profiles()]),
        "hours": _longest([describe_hours(p, language) for p in profiles()]),
        "back": _longest(backs),
        "worker": LONGEST_FIRST_NAME,
        "code": LONGEST_CODE,
        "yes_word": "SLET JA",
        "status": _longest(statuses + [CATALOGS.text("status.closed", language)]),
        "answer": "",
        "days": max(max(p.retention.code_expiry_days, p.retention.receipt_code_days) for p in profiles()),
        "time": "08:00",
        "count": 10,
        "when": _longest(backs),  # a check-in's new time reads like the team's next opening
        "first": "24.12.2026",
        "last": "31.12.2026",
        "cover": LONGEST_FIRST_NAME,
        "age": "30",
        "minutes": 1440,  # the longest pause after wrong codes a profile may set
        "command": "STATUS",
    }


def sms_text(key: str, language: str) -> str:
    """The text as an SMS user gets it: the SMS variant where there is one, every placeholder filled."""
    params = longest_values(language)
    template = CATALOGS.template(key + SMS_VARIANT, language) or CATALOGS.template(key, language) or ""
    missing = placeholders(template) - set(params)
    assert not missing, f"{key}: no realistic value for {missing}"
    return CATALOGS.text_for("sms", key, language, **params)


def _known_failure(key: str, language: str) -> list[pytest.MarkDecorator]:
    if (key, language) in LEAD_REWRITES:
        return [pytest.mark.xfail(reason="the lead rewrites this text (issue 13)", strict=True)]
    return []


CASES = [
    pytest.param(key, language, marks=_known_failure(key, language), id=f"{language}:{key}")
    for key in citizen_keys()
    for language in LANGUAGES
]


@pytest.mark.parametrize(("key", "language"), CASES)
def test_every_text_a_citizen_or_reporter_can_get_fits_one_gsm7_sms(key: str, language: str) -> None:
    message = sms_text(key, language)
    count = segments(message)

    assert count.encoding == "GSM-7", f"{message!r}"
    assert count.segments == 1, f"{count.units} septets: {message!r}"


TELEGRAM_COMMAND = re.compile(r"(?<![\w/])/[a-zæøå]+")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("key", citizen_keys())
def test_no_sms_tells_the_reader_to_type_a_telegram_command(key: str, language: str) -> None:
    assert TELEGRAM_COMMAND.findall(sms_text(key, language)) == []


def test_the_sms_receipt_says_status_and_the_code_as_a_word_to_type() -> None:
    receipt = sms_text("report.receipt", "da")

    assert "STATUS ABCD2345EF" in receipt and "/status" not in receipt


def test_an_unknown_command_by_sms_points_to_hjaelp_not_to_slash_help() -> None:
    answer = sms_text("command.unknown", "da")

    assert "HJÆLP" in answer and "/" not in answer


def test_every_profile_fills_every_placeholder_a_citizen_text_has() -> None:
    for language in LANGUAGES:
        for key in citizen_keys():
            sms_text(key, language)  # asserts inside
