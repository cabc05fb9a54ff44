"""Small value types of a municipality profile: regions and their night numbers, Danish phone numbers,
"HH:MM" clock times and opening hours, validated the same way wherever they appear."""

from __future__ import annotations

import re
from datetime import datetime, time
from typing import Annotated, Literal, NamedTuple, get_args

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    model_validator,
)

# strict: a TOML "5" or true must not quietly become the number 5 or 1.
STRICT = ConfigDict(extra="forbid", frozen=True, strict=True)

Region = Literal["hovedstaden", "sjaelland", "syddanmark", "midtjylland", "nordjylland"]
ContactForm = Literal["home_visit", "public_space", "activity_centre", "accompaniment", "phone", "sms"]
ALL_CONTACT_FORMS: tuple[ContactForm, ...] = get_args(ContactForm)
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

EMERGENCY_NUMBER = "112"
LIVSLINIEN_NUMBER = "70 201 201"


class RegionInfo(NamedTuple):
    """Who answers at night in a region: the number a citizen is given outside office hours."""

    name: str
    service: str
    phone: str


REGIONS: dict[Region, RegionInfo] = {
    "hovedstaden": RegionInfo("Region Hovedstaden", "Akuttelefonen", "1813"),
    "sjaelland": RegionInfo("Region Sjælland", "Akuttelefonen", "1818"),
    "syddanmark": RegionInfo("Region Syddanmark", "Lægevagten", "70 11 07 07"),
    "midtjylland": RegionInfo("Region Midtjylland", "Lægevagten", "70 11 31 31"),
    "nordjylland": RegionInfo("Region Nordjylland", "Lægevagten", "70 15 03 00"),
}


def laegevagt_number(region: Region) -> str:
    """The region's lægevagt/akuttelefon number (1813 in Hovedstaden, 1818 in Sjælland, …)."""
    return REGIONS[region].phone


def _check_phone(value: str) -> str:
    if not re.fullmatch(r"(?:\+45|0045)?\d{8}", re.sub(r"[\s-]", "", value)):
        raise ValueError(f"not a Danish phone number (8 digits, optionally +45): {value!r}")
    return value.strip()


def phone_e164(phone: str) -> str:
    """``"30 55 52 38"`` → ``"+4530555238"``: profiles keep numbers as the seed writes them, for display."""
    return "+45" + re.sub(r"\D", "", phone)[-8:]


def _parse_clock(value: object) -> object:
    if isinstance(value, str):
        if not (match := re.fullmatch(r"([01]\d|2[0-3]):([0-5]\d)", value.strip())):
            raise ValueError(f'time must be "HH:MM" on a 24-hour clock, e.g. "08:00" (got {value!r})')
        return time(int(match[1]), int(match[2]))
    return value


def _clock_text(value: time) -> str:
    return value.strftime("%H:%M")


Phone = Annotated[str, AfterValidator(_check_phone)]


def _matching(regex: str, what: str) -> AfterValidator:
    """A pattern check whose error says what was expected, not which regular expression failed."""

    def check(value: str) -> str:
        if not re.fullmatch(regex, value):
            raise ValueError(f"{what} (got {value!r})")
        return value

    return AfterValidator(check)


Email = Annotated[str, _matching(r"[^@\s]+@[^@\s]+\.[^@\s]+", "not an e-mail address")]
Slug = Annotated[str, _matching(r"[a-z][a-z0-9_-]*", "use lower-case letters, digits, - and _, e.g. 'greve'")]
LanguageCode = Annotated[str, _matching(r"[a-z]{2,3}", "use a language code such as 'da', 'en' or 'kl'")]
ClockTime = Annotated[time, BeforeValidator(_parse_clock), PlainSerializer(_clock_text, return_type=str)]
Age = Annotated[int, Field(ge=0, le=130)]


class DayHours(BaseModel):
    """One weekday's opening hours, written ``"08:00-15:30"`` in TOML because that is how a team says it."""

    model_config = STRICT
    opens: ClockTime
    closes: ClockTime

    @model_validator(mode="before")
    @classmethod
    def _from_range(cls, data: object) -> object:
        if isinstance(data, str):
            parts = re.split(r"\s*[-–]\s*", data.strip())
            if len(parts) != 2:
                raise ValueError(f'opening hours must be "HH:MM-HH:MM", e.g. "08:00-15:30" (got {data!r})')
            return {"opens": parts[0], "closes": parts[1]}
        return data

    @model_validator(mode="after")
    def _opens_before_closing(self) -> DayHours:
        if self.opens >= self.closes:
            raise ValueError(f"opens at {_clock_text(self.opens)} but closes at {_clock_text(self.closes)}")
        return self


class OfficeHours(BaseModel):
    """When the team answers. A weekday left out is closed; outside these hours citizens get the
    auto-reply with 112, the lægevagt and Livslinien. Public holidays are the scheduler's business."""

    model_config = STRICT
    mon: DayHours | None = None
    tue: DayHours | None = None
    wed: DayHours | None = None
    thu: DayHours | None = None
    fri: DayHours | None = None
    sat: DayHours | None = None
    sun: DayHours | None = None

    @model_validator(mode="after")
    def _open_some_day(self) -> OfficeHours:
        if not any(self.for_weekday(day) for day in range(7)):
            raise ValueError("the team must be open on at least one day, or no one can say when it is back")
        return self

    def for_weekday(self, weekday: int) -> DayHours | None:
        """Hours for ``datetime.weekday()`` (Monday = 0), None when closed."""
        hours: DayHours | None = getattr(self, WEEKDAYS[weekday])
        return hours

    def is_open(self, local: datetime) -> bool:
        """Open at this wall-clock time in the profile's zone (holidays not considered)."""
        hours = self.for_weekday(local.weekday())
        return hours is not None and hours.opens <= local.time() < hours.closes


def default_office_hours() -> OfficeHours:
    """Weekday daytime: an assumption, because none of the seeds states hours."""
    day, friday = DayHours(opens=time(8), closes=time(15, 30)), DayHours(opens=time(8), closes=time(13))
    return OfficeHours(mon=day, tue=day, wed=day, thu=day, fri=friday)
