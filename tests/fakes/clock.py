"""A clock that tests move by hand."""

from datetime import UTC, datetime, timedelta


class FakeClock:
    """Stands still until told to move; starts at a fixed Monday morning in Copenhagen winter time."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 11, 23, 8, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self._now

    def advance(self, delta: timedelta) -> None:
        self._now += delta
