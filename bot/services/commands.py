"""Commands, as typed: `/stop` on Telegram, `STOP` by SMS, Danish and English names for the same thing.

By SMS there is no slash, so a keyword is a keyword only when it is the whole text (CONTRACT.md): "STOP",
"stop.", " Hjaelp! " are commands; "Stop med at spørge til min mor" is a message for the worker, and so is
every other sentence that happens to begin with a keyword.
"""

import unicodedata
from dataclasses import dataclass

from bot.codes import ISSUED_LENGTH, normalise_code
from bot.models.enums import Channel

_ALIASES = {
    "start": "start",
    "help": "help",
    "hjaelp": "help",
    "hjælp": "help",
    "hjalp": "help",
    "bekymring": "report",
    "report": "report",
    "status": "status",
    "stop": "stop",
    "slet": "delete",
    "delete": "delete",
    "sprog": "language",
    "language": "language",
    "annuller": "cancel",
    "afbryd": "cancel",
    "cancel": "cancel",
    "invite": "invite",
    "inviter": "invite",
    "invitér": "invite",
    "cases": "cases",
    "sager": "cases",
    "reports": "reports",
    "henvendelser": "reports",
    "assign": "assign",
    "tildel": "assign",
    "checkin": "checkin",
    "periode": "period",
    "period": "period",
    "team": "team",
    "hold": "team",
    "away": "away",
    "web": "web",
    "fravaer": "away",
    "fravær": "away",
}

# The SMS keywords (CONTRACT.md, "SMS, as a user sees it"), as `_folded` writes them.
_SMS_KEYWORDS = {
    "start": "start",
    "stop": "stop",
    "slet": "delete",
    "hjaelp": "help",
    "hjalp": "help",
    "help": "help",
    "bekymring": "report",
    "status": "status",
    "sprog": "language",
    "annuller": "cancel",
}
# Keywords that take something after them, and what that must be for the text to stay a keyword.
_WITH_CODE = {"start", "status"}  # START CODE, STATUS CODE (and STATUS CODE message)
MAX_CODE_WORDS = 3  # a code may be typed in up to three groups: "K7Q M3X", "K7 QM 3X"
_DELETE_YES = {"ja", "yes", "j", "y"}  # SLET JA

YES_WORDS = {"ja", "yes", "j", "y", "jo"}

# Danish letters as people without them write them (and as Swedish or German keyboards give them).
_FOLDS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe"})
_HELP_WORDS = frozenset({"hjaelp", "hjalp", "hjelp", "help"})


@dataclass(frozen=True)
class Command:
    """A recognised command (`name` canonical, English) or an unknown one (`name` = "unknown")."""

    name: str
    args: str
    typed: str


def parse_command(text: str, channel: str) -> Command | None:
    """The command in `text`, or None when it is an ordinary message (to be relayed whole)."""
    if channel == Channel.SMS:
        return sms_keyword(text)
    stripped = text.strip()
    first, _, rest = stripped.partition(" ")
    if not first.startswith("/"):
        return None
    word = first[1:].split("@", 1)[0].lower()
    return Command(name=_ALIASES.get(word, "unknown"), args=rest.strip(), typed=word[:32])


def citizen_command(text: str, channel: str) -> Command | None:
    """A command from someone who is not a worker: as `parse_command`, and on Telegram also a keyword
    typed without its slash as the whole text ("stop", "Slet", "hjælp!"), as people used to SMS do.
    Not for workers: a worker's reply "Stop" to a citizen is an answer to pass on."""
    command = parse_command(text, channel)
    if command is None and channel == Channel.TELEGRAM:
        return sms_keyword(text)
    return command


def sms_keyword(text: str) -> Command | None:
    """The SMS keyword that `text` is, whole: case, punctuation, spaces and æøå written ae/oe/aa forgiven.

    A leading slash is forgiven too (a Telegram habit). Anything more than the keyword (and START's or
    STATUS's code, SLET's JA) makes the text a message.
    """
    words = _folded(text.strip().removeprefix("/")).split()
    if not words or words[0] not in _SMS_KEYWORDS:
        return None
    keyword, rest = words[0], words[1:]
    name = _SMS_KEYWORDS[keyword]
    if not rest:
        return Command(name=name, args="", typed=keyword)
    if keyword == "status":
        return _status_with_code(text, keyword)
    if keyword in _WITH_CODE:
        code = normalise_code("".join(rest))
        return Command(name=name, args=code, typed=keyword) if code is not None else None
    if name == "delete" and len(rest) == 1 and rest[0] in _DELETE_YES:
        return Command(name=name, args=rest[0], typed=keyword)
    return None


def _status_with_code(text: str, keyword: str) -> Command | None:
    """STATUS CODE, and STATUS CODE followed by a message: how an anonymous reporter writes back to their
    report (the message is kept as typed). Args: the code as stored, then the message, if any."""
    typed = text.strip().removeprefix("/").split()[1:]
    found = []  # (words taken, code) for each way the first words make a code
    for taken in range(1, min(len(typed), MAX_CODE_WORDS) + 1):
        code = normalise_code("".join(_unpunctuated(word) for word in typed[:taken]))
        if code is not None:
            found.append((taken, code))
    if not found:
        return None
    # The code as we issue it (8 characters) if the words make one, else the shortest: "K7QM3X tak" is a
    # code and a word, not the code "K7QM3XTAK".
    taken, code = next(((t, c) for t, c in found if len(c) == ISSUED_LENGTH), found[0])
    message = " ".join(typed[taken:])
    return Command(name="status", args=f"{code} {message}".strip(), typed=keyword)


def _unpunctuated(word: str) -> str:
    """A word of a typed code without the punctuation around it ("k7qm3x." "(K7QM3X)"); dashes stay."""
    return "".join(ch for ch in word if ch in "-" or not unicodedata.category(ch).startswith("P"))


def mentions_help(text: str) -> bool:
    """Whether a message asks for help in so many words ("hjælp mig jeg er bange"): the sender gets the
    numbers as well, and the worker sees it may be serious."""
    return not _HELP_WORDS.isdisjoint(_folded(text).split())


def _folded(text: str) -> str:
    """`text` in lower case, æøå folded to ae/oe/aa, punctuation turned into spaces: the form keywords are
    compared in. Emoji and other symbols stay, so "stop 😡" is still a message."""
    lowered = unicodedata.normalize("NFKC", text).lower().translate(_FOLDS)
    return "".join(" " if unicodedata.category(ch).startswith("P") else ch for ch in lowered)
