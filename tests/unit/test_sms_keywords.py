"""An SMS keyword is a keyword only when it is the whole text (CONTRACT.md); everything else is a message."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.models.enums import Channel
from bot.services.commands import citizen_command, mentions_help, parse_command, sms_keyword


@pytest.mark.parametrize(
    ("typed", "name", "args"),
    [
        ("STOP", "stop", ""),
        ("stop", "stop", ""),
        (" Stop. ", "stop", ""),
        ("STOP!!!", "stop", ""),
        ("/stop", "stop", ""),
        ("start", "start", ""),
        ("START 8hjk-2m3p", "start", "8HJK2M3P"),
        ("start 8HJK 2M3P", "start", "8HJK2M3P"),
        ("hjælp", "help", ""),
        ("HJÆLP", "help", ""),
        ("Hjaelp!", "help", ""),
        ("hjalp?", "help", ""),
        ("help", "help", ""),
        ("slet", "delete", ""),
        ("SLET JA", "delete", "ja"),
        ("slet ja.", "delete", "ja"),
        ("Bekymring", "report", ""),
        ("status", "status", ""),
        ("STATUS k7qm3x", "status", "K7QM3X"),
        ("status: K7Q-M3X", "status", "K7QM3X"),
        ("status k7qm3x.", "status", "K7QM3X"),
        (
            "STATUS K7QM3X tak for svaret, han har det bedre",
            "status",
            "K7QM3X tak for svaret, han har det bedre",
        ),
        ("sprog", "language", ""),
        ("annuller", "cancel", ""),
    ],
)
def test_a_keyword_alone_is_a_keyword_however_it_is_typed(typed: str, name: str, args: str) -> None:
    command = sms_keyword(typed)

    assert command is not None and (command.name, command.args) == (name, args)


@pytest.mark.parametrize(
    "typed",
    [
        "Stop med at spørge til min mor, det gør ondt",
        "STOP STOP",
        "stop 😡",
        "Slet ikke noget problem, jeg kommer i morgen",
        "slet alt om mig",
        "slet ja men hvad med huslejen",
        "hjælp mig jeg er bange",
        "Start med at ringe til lægen",
        "start igen",
        "status på min sag?",
        "bekymring for min nabo",
        "stopper bussen her",
        "hjælpe",
        "",
        "...",
        "👍",
    ],
)
def test_a_sentence_that_begins_with_a_keyword_is_a_message(typed: str) -> None:
    assert sms_keyword(typed) is None
    assert parse_command(typed, Channel.SMS) is None


@given(
    keyword=st.sampled_from(["stop", "STOP", "start", "slet", "hjælp", "bekymring", "sprog", "annuller"]),
    rest=st.text(alphabet=st.characters(categories=["L", "N"]), min_size=3, max_size=40),
)
def test_a_keyword_followed_by_any_word_is_a_message(keyword: str, rest: str) -> None:
    command = sms_keyword(f"{keyword} {rest}")

    # Only START's code may follow a keyword (STATUS is not sampled): a code is 6-10 letters and digits.
    assert command is None or (command.name == "start" and command.args.isalnum())


def test_on_telegram_a_citizen_may_type_a_keyword_without_its_slash_but_a_worker_may_not() -> None:
    assert parse_command("stop", Channel.TELEGRAM) is None  # a worker's "Stop" is an answer to pass on
    for typed in ("/stop", "stop", "STOP!", " Stop. "):
        command = citizen_command(typed, Channel.TELEGRAM)
        assert command is not None and command.name == "stop", typed
    assert citizen_command("stop med at ringe", Channel.TELEGRAM) is None


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("hjælp mig jeg er bange", True),
        ("HJAELP min ven er syg", True),
        ("please help", True),
        ("tak for hjælpen", False),
        ("kan du hjælpe mig med et brev", False),
        ("hjælper du min kæreste", False),
    ],
)
def test_help_asked_for_in_so_many_words_is_noticed_in_a_sentence(text: str, asks: bool) -> None:
    assert mentions_help(text) is asks
