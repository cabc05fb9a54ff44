"""Commands, as typed: `/stop` on Telegram, `STOP` by SMS, Danish and English names for the same thing."""

from dataclasses import dataclass

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
    "away": "away",
    "fravaer": "away",
    "fravær": "away",
}

# By SMS there is no slash: these plain first words are commands (CONTRACT.md, "SMS, as a user sees it").
_SMS_WORDS = {"start", "stop", "slet", "hjælp", "hjaelp", "help", "bekymring", "status", "sprog", "annuller"}

YES_WORDS = {"ja", "yes", "j", "y", "jo"}


@dataclass(frozen=True)
class Command:
    """A recognised command (`name` canonical, English) or an unknown one (`name` = "unknown")."""

    name: str
    args: str
    typed: str


def parse_command(text: str, channel: str) -> Command | None:
    """The command in `text`, or None when it is an ordinary message."""
    stripped = text.strip()
    first, _, rest = stripped.partition(" ")
    if first.startswith("/"):
        word = first[1:].split("@", 1)[0].lower()
    elif channel == Channel.SMS and first.lower() in _SMS_WORDS:
        word = first.lower()
    else:
        return None
    return Command(name=_ALIASES.get(word, "unknown"), args=rest.strip(), typed=word[:32])
