"""Time, injected: services and jobs ask a clock for `now` so tests and the demo can move it."""

from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Anything that tells the current time as an aware UTC datetime."""

    def now(self) -> datetime: ...


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class AdjustableClock:
    """The real clock moved forward by hand: the demo's "skip ahead" control makes reminders fire."""

    def __init__(self) -> None:
        self._offset = timedelta()

    def now(self) -> datetime:
        return datetime.now(UTC) + self._offset

    def advance(self, by: timedelta) -> None:
        if by < timedelta():
            raise ValueError("the clock only moves forward")  # a reminder must never be due twice
        self._offset += by
