"""Operator settings from the environment (and `.env`), exactly the names of CONTRACT.md.

Read once, in the composition root (bot/app.py), never at import time. Any problem becomes a
`SettingsError` whose message is one line naming the variable, never echoing a secret.
"""

import re

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
_WEBHOOK_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


class SettingsError(Exception):
    """A setting is missing or malformed; `str()` is the one line shown to the operator."""

    def __init__(self, variable: str, problem: str) -> None:
        super().__init__(f"{variable}: {problem}")
        self.variable = variable


class Settings(BaseSettings):
    """The settings of CONTRACT.md. Field names are the variable names in lower case."""

    # env_ignore_empty: `TELEGRAM_BOT_TOKEN=` in a .env or compose file means "not set", as an operator
    # reading .env.example expects, not "Telegram on, with an empty token".
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True
    )

    database_url: str = "sqlite:///./skp.db"
    skp_secret_key: SecretStr | None = None
    skp_profile: str = "default"
    skp_http_host: str = "127.0.0.1"
    skp_http_port: int = Field(default=8080, ge=1, le=65535)
    public_base_url: str | None = None
    telegram_bot_token: SecretStr | None = None
    telegram_api_base_url: str = "https://api.telegram.org"
    telegram_webhook_secret: SecretStr | None = None
    twilio_account_sid: str | None = None
    twilio_auth_token: SecretStr | None = None
    twilio_from_number: str | None = None
    twilio_messaging_service_sid: str | None = None
    twilio_api_base_url: str = "https://api.twilio.com"
    skp_log_level: str = "INFO"
    skp_log_format: str = "text"

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: str) -> str:
        database_url(value)
        return value

    @field_validator("public_base_url", "telegram_api_base_url", "twilio_api_base_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"^https?://[^/\s]+(/\S*)?$", value):
            raise ValueError("must be an http(s) URL such as https://skp.example.dk")
        return value.rstrip("/") if value else value

    @field_validator("skp_log_level")
    @classmethod
    def _log_level(cls, value: str) -> str:
        if value.upper() not in LOG_LEVELS:
            raise ValueError(f"must be one of {', '.join(LOG_LEVELS)}")
        return value.upper()

    @field_validator("skp_log_format")
    @classmethod
    def _log_format(cls, value: str) -> str:
        if value.lower() not in ("text", "json"):
            raise ValueError("must be text or json")
        return value.lower()

    @field_validator("telegram_webhook_secret")
    @classmethod
    def _webhook_secret(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not _WEBHOOK_SECRET.match(value.get_secret_value()):
            raise ValueError("must be 1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule)")
        return value

    @model_validator(mode="after")
    def _twilio_complete(self) -> "Settings":
        if self.twilio_account_sid:
            if self.twilio_auth_token is None:
                raise SettingsError("TWILIO_AUTH_TOKEN", "required when TWILIO_ACCOUNT_SID is set")
            if not self.public_base_url:
                raise SettingsError(
                    "PUBLIC_BASE_URL",
                    "required when TWILIO_ACCOUNT_SID is set (Twilio signatures are checked on it)",
                )
            if not (self.twilio_from_number or self.twilio_messaging_service_sid):
                raise SettingsError(
                    "TWILIO_FROM_NUMBER",
                    "set it or TWILIO_MESSAGING_SERVICE_SID when TWILIO_ACCOUNT_SID is set",
                )
        return self

    @property
    def telegram_enabled(self) -> bool:
        return self.telegram_bot_token is not None

    @property
    def sms_enabled(self) -> bool:
        return bool(self.twilio_account_sid)

    def secret_key(self) -> str:
        """The master secret; commands that encrypt or look up personal data cannot work without it."""
        if self.skp_secret_key is None or not self.skp_secret_key.get_secret_value().strip():
            raise SettingsError("SKP_SECRET_KEY", "missing; create one with `skp-bot keygen`")
        return self.skp_secret_key.get_secret_value()


def database_url(value: str) -> URL:
    """Parse DATABASE_URL, accepting only the databases skp-bot is tested on."""
    try:
        url = make_url(value)
    except ArgumentError:
        raise ValueError(
            "not a database URL (expected e.g. sqlite:///./skp.db or postgresql+psycopg://user@host/db)"
        ) from None
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise ValueError(f"unsupported database '{url.get_backend_name()}' (use sqlite or postgresql)")
    if url.get_backend_name() == "postgresql" and url.get_driver_name() not in ("psycopg", "postgresql"):
        raise ValueError("use the psycopg 3 driver: postgresql+psycopg://…")
    return url


def load_settings() -> Settings:
    """Read the environment once; turn the first problem into a one-line `SettingsError`."""
    try:
        return Settings()
    except SettingsError:
        raise
    except ValidationError as error:
        first = error.errors()[0]
        variable = str(first["loc"][0]).upper() if first["loc"] else "settings"
        problem = first["msg"].removeprefix("Value error, ")
        if first["type"] == "missing":
            problem = "missing"
        raise SettingsError(variable, problem) from None
