"""How the service logs: one line per meaningful event, nothing personal at any level.

At INFO a running service says when it started and stopped, when it took or lost the scheduler's lead,
when it gave up a send, refused a webhook, or purged old data (with counts); nothing per routine tick.
The libraries underneath log far more, and some of it is personal: python-telegram-bot and httpx write
the Bot API's URL (it holds the bot token) and every `sendMessage` with its chat id and text at DEBUG,
twilio the request headers at INFO, APScheduler two lines per job run, Alembic its context at every
command. They are held at WARNING whatever `SKP_LOG_LEVEL` says, and every line, ours or theirs, passes
a last filter that blanks what looks like a bot token, a Twilio credential or a phone number.

`SKP_LOG_FORMAT=json` writes one JSON object per line (time, level, logger, message and the event's
fields) for log shippers.
"""

import json
import logging
import re
import sys
from datetime import UTC, datetime
from typing import IO, Any

FORMATS = ("text", "json")

# Libraries that log requests, payloads or their own routine: at WARNING, whatever the level asked for.
LIBRARIES = (
    "telegram",
    "httpx",
    "httpcore",
    "aiohttp",
    "twilio",
    "apscheduler",
    "alembic",
    "urllib3",
    "uvicorn",
    "hpack",
    "sqlalchemy",
)

_SECRETS = (
    (re.compile(r"bot\d{3,}:[A-Za-z0-9_-]{20,}"), "bot<token>"),  # a Bot API URL's token
    (re.compile(r"\b\d{3,}:[A-Za-z0-9_-]{30,}\b"), "<token>"),  # a token on its own
    (re.compile(r"\b(AC|SM|MM)[0-9a-f]{32}\b"), r"\1<sid>"),  # Twilio account and message SIDs
    (re.compile(r"(?<![\w+])\+\d[\d ]{6,16}\d"), "<phone>"),  # a phone number in E.164
    (
        re.compile(
            r"(?i)(authorization|x-twilio-signature|x-telegram-bot-api-secret-token)([\"']?\s*[:=]\s*)\S+"
        ),
        r"\1\2<hidden>",
    ),
)

# What every LogRecord has: anything else on a record is an event's field, given as `extra`.
_STANDARD = set(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message", "asctime"}


def blank(text: str) -> str:
    """`text` with what looks like a token, a credential or a phone number blanked."""
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    return text


def fields(record: logging.LogRecord) -> dict[str, Any]:
    """An event's own fields (`extra=`), e.g. the outbox id and attempts of a send given up."""
    return {key: value for key, value in record.__dict__.items() if key not in _STANDARD}


class Blanking(logging.Filter):
    """The last filter before a line is written: the message rendered and blanked, arguments dropped."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = blank(record.getMessage()), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = blank(record.exc_text)
        record.exc_info = None  # the blanked text above stands for it
        return True


class TextFormat(logging.Formatter):
    """`time LEVEL logger message key=value …`."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        extra = " ".join(f"{key}={value}" for key, value in fields(record).items())
        return blank(f"{line} {extra}" if extra else line)


class JsonFormat(logging.Formatter):
    """One JSON object per line: time (UTC, ISO 8601), level, logger, message, the event's fields, and
    the error's traceback when there is one."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update(fields(record))
        if record.exc_text:
            entry["error"] = record.exc_text
        return blank(json.dumps(entry, ensure_ascii=False, default=str))


def configure(level: str = "INFO", form: str = "text", stream: IO[str] | None = None) -> logging.Handler:
    """Log at `level` in `form` ("text" or "json") to `stream` (stderr), replacing any handler the root
    logger had; the libraries held at WARNING. The handler, for a caller that removes it again."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormat() if form == "json" else TextFormat())
    handler.addFilter(Blanking())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for name in LIBRARIES:
        logging.getLogger(name).setLevel(logging.WARNING)
    return handler
