"""The municipality profile: everything that differs between municipalities, read from TOML.

models (the validated Profile and its parts), values (regions, phone numbers, clock times, office hours),
errors (ProfileError, one line naming file, line and key), describe (`skp-bot profile show`), loading
(shipped presets in bot/profiles/ and operators' files). Callers import from here.
"""

from bot.profile.describe import age_range, describe
from bot.profile.errors import ProfileError
from bot.profile.loading import list_profiles, load_profile, parse_profile
from bot.profile.models import (
    Contact,
    FollowUpRules,
    LimitRules,
    Profile,
    ReminderRules,
    ReportRules,
    RetentionRules,
    TeamProfile,
    team_for_age,
)
from bot.profile.values import (
    ALL_CONTACT_FORMS,
    EMERGENCY_NUMBER,
    LIVSLINIEN_NUMBER,
    REGIONS,
    ContactForm,
    DayHours,
    OfficeHours,
    Region,
    RegionInfo,
    laegevagt_number,
    phone_e164,
)

__all__ = [
    "ALL_CONTACT_FORMS",
    "EMERGENCY_NUMBER",
    "LIVSLINIEN_NUMBER",
    "REGIONS",
    "Contact",
    "ContactForm",
    "DayHours",
    "FollowUpRules",
    "LimitRules",
    "OfficeHours",
    "Profile",
    "ProfileError",
    "Region",
    "RegionInfo",
    "ReminderRules",
    "ReportRules",
    "RetentionRules",
    "TeamProfile",
    "age_range",
    "describe",
    "laegevagt_number",
    "list_profiles",
    "load_profile",
    "parse_profile",
    "phone_e164",
    "team_for_age",
]
