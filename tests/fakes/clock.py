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


class RunningClock:
    """Real time flowing from a chosen start: retries and leases work, and the day of week is ours."""

    def __init__(self, start: datetime) -> None:
        import time

        self._monotonic = time.monotonic
        self._start = start
        self._origin = time.monotonic()

    def now(self) -> datetime:
        return self._start + timedelta(seconds=self._monotonic() - self._origin)

    def jump(self, delta: timedelta) -> None:
        self._start += delta
