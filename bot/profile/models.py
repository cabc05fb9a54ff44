"""The municipality profile as validated data: everything that differs between the seed municipalities
(teams and age routing, contact, office hours, region, deadlines, intervals, retention)."""

from __future__ import annotations

from datetime import time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, Field, field_validator, model_validator

from bot.profile.errors import ProfileValueError
from bot.profile.values import (
    ALL_CONTACT_FORMS,
    STRICT,
    Age,
    ClockTime,
    ContactForm,
    Email,
    LanguageCode,
    OfficeHours,
    Phone,
    Region,
    Slug,
    default_office_hours,
    laegevagt_number,
)


class Contact(BaseModel):
    """The municipality's public way in (never a worker's private number)."""

    model_config = STRICT
    name: str | None = None
    phone: Phone | None = None
    email: Email | None = None
    address: str | None = None

    @model_validator(mode="after")
    def _some_way_in(self) -> Contact:
        if not (self.phone or self.email or self.address):
            raise ValueError("give at least one of phone, email or address")
        return self


class TeamProfile(BaseModel):
    """A team that citizens and reports are routed to; ``min_age``/``max_age`` bound its age group."""

    model_config = STRICT
    name: str = Field(min_length=1)
    phone: Phone | None = None
    email: Email | None = None
    min_age: Age | None = None
    max_age: Age | None = None

    @model_validator(mode="after")
    def _ordered_bounds(self) -> TeamProfile:
        if self.min_age is not None and self.max_age is not None and self.min_age > self.max_age:
            raise ProfileValueError(f"max_age {self.max_age} is below min_age {self.min_age}", ("max_age",))
        return self

    @property
    def routes_by_age(self) -> bool:
        return self.min_age is not None or self.max_age is not None

    def covers(self, age: int) -> bool:
        return (self.min_age or 0) <= age <= (130 if self.max_age is None else self.max_age)


class ReportRules(BaseModel):
    """Promises about concern reports (bekymringshenvendelser) that the bot keeps in sight."""

    model_config = STRICT
    deadline_working_days: int | None = Field(
        default=None, ge=1, le=60, description="a report must be picked up within this many working days"
    )
    case_processing_weeks: int | None = Field(
        default=None, ge=1, le=52, description="longest case processing, in weeks (Thisted: 8)"
    )
    warn_before_days: int = Field(default=1, ge=0, le=30, description="warn the team this long before")
    unknown_age_team: str | None = Field(
        default=None,
        min_length=1,
        description="the team (by name) that takes a report whose reporter does not know the age; "
        "unset: the first team",
    )


class FollowUpRules(BaseModel):
    """SKP is never permanent: intervals at which the team is asked to review, follow up or close."""

    model_config = STRICT
    review_interval_days: int | None = Field(
        default=None, ge=7, le=730, description="ask whether the citizen can move on to an ordinary offer"
    )
    period_end_followup_days: int | None = Field(
        default=None,
        ge=1,
        le=365,
        description="prompt the written status this many days before the period ends",
    )
    inactivity_close_days: int | None = Field(
        default=None, ge=7, le=730, description="propose closing after this many days without contact"
    )
    agree_cover_on_absence: bool = Field(
        default=True, description="when a worker is away, ask them to agree cover with each citizen"
    )
    tell_citizens_of_cover: bool = Field(
        default=False,
        description="when an absence is registered, tell each of the worker's citizens who answers meanwhile",
    )


class ReminderRules(BaseModel):
    """When workers hear about their agreed check-ins."""

    model_config = STRICT
    lead_minutes: int = Field(default=60, ge=0, le=1440, description="remind this long before a check-in")
    morning_overview: ClockTime | None = Field(default=time(7, 30), description="daily overview; None = off")
    nudge_after_minutes: int = Field(
        default=180, ge=15, le=2880, description="a check-in not marked this long after it was due: one nudge"
    )
    escalate_after_minutes: int = Field(
        default=1440,
        ge=15,
        le=10080,
        description="still not marked this long after the nudge: the lead is told",
    )
    skip_public_holidays: bool = True


class RetentionRules(BaseModel):
    """Days before data is purged; short by default, because SKP keeps as little as it can."""

    model_config = STRICT
    message_body_days: int = Field(default=90, ge=1, le=3650, description="message text is purged after")
    closed_case_days: int = Field(default=180, ge=1, le=3650, description="a closed course is deleted after")
    code_expiry_days: int = Field(default=7, ge=1, le=90, description="invite and enrolment codes expire")
    receipt_code_days: int = Field(
        default=90, ge=1, le=3650, description="a reporter's receipt code (answer handle) works for"
    )
    close_silent_after_days: int = Field(
        default=365,
        ge=14,
        le=3650,
        description="a citizen not heard from this long is closed (their worker and the leads are told a "
        "week before, with a button to keep them); a report not closed this long after it came is closed",
    )


class LimitRules(BaseModel):
    """Flood limits per sender (a phone number, a Telegram chat), on both channels: a loop between two
    auto-responders, a prank or a guesser of codes costs little. What a citizen writes always reaches the
    team whatever the limits; only the bot's own answers are held back."""

    model_config = STRICT
    auto_replies_per_hour: int = Field(
        default=8, ge=1, le=100, description="acknowledgements, menus, the office-hours answer"
    )
    dialogue_replies_per_hour: int = Field(
        default=30, ge=5, le=200, description="questions of a dialogue (a concern report, a language choice)"
    )
    safety_replies_per_hour: int = Field(
        default=40, ge=5, le=200, description="the numbers, STOP/START/SLET confirmations, the crisis answer"
    )
    crisis_alert_hours: int = Field(
        default=12,
        ge=1,
        le=72,
        description="one crisis alert to the team per sender in this many hours; later messages are "
        "relayed marked as possibly serious",
    )
    wrong_codes: int = Field(
        default=5, ge=1, le=50, description="wrong codes (START, STATUS, enrolment) answered before a pause"
    )
    wrong_code_pause_minutes: int = Field(
        default=60,
        ge=5,
        le=1440,
        description="the window for wrong codes; after the pause, silence until it ends",
    )


class ConsoleRules(BaseModel):
    """The web console's sessions: a browser left open on a shared desk signs itself out."""

    model_config = STRICT
    idle_minutes: int = Field(
        default=30, ge=5, le=480, description="a console session ends after this many minutes without use"
    )
    access_log_days: int = Field(
        default=730, ge=30, le=3650, description="how long the log of who opened which thread is kept"
    )


class Profile(BaseModel):
    """One municipality's SKP team set-up, as loaded from a TOML profile."""

    model_config = STRICT
    name: Slug
    municipality: str = Field(min_length=1)
    timezone: str = "Europe/Copenhagen"
    region: Region
    languages: list[LanguageCode] = Field(default_factory=lambda: ["da", "en"], min_length=1)
    contact: Contact
    office_hours: OfficeHours = Field(default_factory=default_office_hours)
    teams: list[TeamProfile] = Field(min_length=1)
    reports: ReportRules = Field(default_factory=ReportRules)
    followup: FollowUpRules = Field(default_factory=FollowUpRules)
    reminders: ReminderRules = Field(default_factory=ReminderRules)
    retention: RetentionRules = Field(default_factory=RetentionRules)
    limits: LimitRules = Field(default_factory=LimitRules)
    console: ConsoleRules = Field(default_factory=ConsoleRules)
    contact_forms: list[ContactForm] = Field(default_factory=lambda: list(ALL_CONTACT_FORMS), min_length=1)
    anonymous_help_allowed: bool = True
    # Where the municipality has an on-call duty outside office hours: the worker (by name, in the first
    # team) who gets crisis alerts then, so a citizen in danger at night can be told someone was told.
    # Without one, nobody is promised to read a message before the team is back.
    on_call: str | None = None
    notes: str = ""

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}, e.g. 'Europe/Copenhagen'") from None
        return value

    @field_validator("languages", "contact_forms")
    @classmethod
    def _no_repeats(cls, value: list[str]) -> list[str]:
        for index, item in enumerate(value):
            if item in value[:index]:
                raise ProfileValueError(f"{item!r} is listed twice", (index,))
        return value

    @field_validator("teams")
    @classmethod
    def _ages_routed_once(cls, teams: list[TeamProfile]) -> list[TeamProfile]:
        """Every age must reach exactly one team, or a citizen's message would go nowhere or twice."""
        routed = sorted(
            (t.min_age or 0, t.max_age if t.max_age is not None else 130, i)
            for i, t in enumerate(teams)
            if t.routes_by_age
        )
        for (_, high, i), (next_low, next_high, j) in zip(routed, routed[1:], strict=False):
            if next_low <= high:
                later = max(i, j)
                key = "min_age" if teams[later].min_age is not None else "max_age"
                raise ProfileValueError(
                    f"ages {next_low}–{min(high, next_high)} go to both {teams[i].name!r} and "
                    f"{teams[j].name!r}",
                    (later, key),
                )
        if routed and all(t.routes_by_age for t in teams):
            expected = 0
            for low, high, _ in routed + [(131, 131, 0)]:
                if low > expected:
                    raise ProfileValueError(
                        f"no team takes ages {expected}–{low - 1}; add a team or widen one"
                    )
                expected = max(expected, high + 1)
        return teams

    @model_validator(mode="after")
    def _unknown_age_team_exists(self) -> Profile:
        wanted = self.reports.unknown_age_team
        if wanted is not None and wanted not in {team.name for team in self.teams}:
            raise ProfileValueError(f"no team is named {wanted!r}", ("reports", "unknown_age_team"))
        return self

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def default_language(self) -> str:
        return self.languages[0]

    @property
    def laegevagt(self) -> str:
        """The lægevagt/akuttelefon number of the profile's region."""
        return laegevagt_number(self.region)


def team_for_age(profile: Profile, age: int | None) -> TeamProfile:
    """The team a citizen of this age belongs to; an unknown age (an anonymous citizen, a reporter who does
    not know) goes to the profile's `reports.unknown_age_team`, else to the first team."""
    if age is None:
        wanted = profile.reports.unknown_age_team
        return next((team for team in profile.teams if team.name == wanted), profile.teams[0])
    if age < 0:
        raise ValueError(f"age must not be negative, got {age}")
    routed = [team for team in profile.teams if team.routes_by_age and team.covers(age)]
    catch_all = [team for team in profile.teams if not team.routes_by_age]
    # Validation guarantees one of the two lists is non-empty for every age 0–130.
    return (routed or catch_all or profile.teams)[0]
