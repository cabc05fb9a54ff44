"""Declarative base, constraint naming and the column types every model shares.

Constraint names are fixed by a naming convention so that migrations name them the same way on SQLite and
PostgreSQL, and a later migration can drop them by name.
"""

import enum
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import CheckConstraint, DateTime, MetaData, String
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

HASH_LENGTH = 64
"""Keyed lookup hashes are HMAC-SHA256 hex digests."""

ENUM_LENGTH = 24
"""Width of the string columns that hold an enumeration; CHECK constraints hold the allowed values."""


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp that is always an aware UTC datetime in Python, whatever the database keeps.

    SQLite has no time zones: without this, a value would come back naive and compare wrongly with the
    aware `now` the clock gives. Naive datetimes are refused on the way in, so local time never slips in.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; skp-bot stores aware UTC times only")
        utc = value.astimezone(UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def coerce_compared_value(self, op: Any, value: Any) -> "UTCDateTime":
        """`column > now` keeps this type; SQLAlchemy's default guesses the type of `now` the slow way."""
        return self

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class EnumString(TypeDecorator[str]):
    """A string column holding one of an enumeration's values (CHECK constraints keep them in range).

    Comparing such a column with a `StrEnum` member would make SQLAlchemy guess the member's type by
    inspection, an exception per comparison; this type says it is a string and stores it as one.
    """

    impl = String(ENUM_LENGTH)
    cache_ok = True

    def coerce_compared_value(self, op: Any, value: Any) -> "EnumString":
        return self

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else str(value)


class Base(DeclarativeBase):
    """Base of all models; its metadata is what the migrations must produce."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: dict[Any, Any] = {datetime: UTCDateTime()}


def choice(column: str, values: type[enum.StrEnum], name: str | None = None) -> CheckConstraint:
    """A CHECK constraint keeping a string column inside an enumeration, so the database guards it too."""
    allowed = ", ".join(f"'{member.value}'" for member in values)
    return CheckConstraint(f"{column} IN ({allowed})", name=name or f"{column}_valid")
