"""A profile rendered for people, Danish first: what `skp-bot profile show NAME` prints."""

from __future__ import annotations

from bot.profile.models import Profile, TeamProfile
from bot.profile.values import EMERGENCY_NUMBER, LIVSLINIEN_NUMBER, REGIONS, WEEKDAYS, ContactForm

_DAY_NAMES = dict(
    zip(WEEKDAYS, ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"), strict=True)
)
_FORM_NAMES: dict[ContactForm, str] = {
    "home_visit": "kontaktbesøg i hjemmet",
    "public_space": "kontakt i det offentlige rum",
    "activity_centre": "kontakt på aktivitets- og samværstilbud",
    "accompaniment": "ledsagelse",
    "phone": "telefonisk kontakt",
    "sms": "kontakt via SMS",
}


def age_range(team: TeamProfile) -> str:
    """The age group a team takes, the way the seeds write it ("under 30 år", "30 år og derover")."""
    if team.min_age is None and team.max_age is None:
        return "alle aldre"
    if team.min_age is None or team.min_age == 0:
        return f"under {team.max_age + 1} år" if team.max_age is not None else "alle aldre"
    if team.max_age is None:
        return f"{team.min_age} år og derover"
    return f"{team.min_age}–{team.max_age} år"


def describe(profile: Profile) -> str:
    """Several lines that an operator or team lead can check against their kvalitetsstandard."""
    region = REGIONS[profile.region]
    contact = profile.contact
    reports, followup = profile.reports, profile.followup
    reminders, retention = profile.reminders, profile.retention
    lines = [f"{profile.municipality} (profil: {profile.name})"]
    reach = [f"tlf. {contact.phone}" if contact.phone else "", contact.email or "", contact.address or ""]
    who = f"{contact.name}, " if contact.name else ""
    lines.append("Kontakt: " + who + ", ".join(part for part in reach if part))
    lines.append("Teams:")
    for team in profile.teams:
        phone = f"tlf. {team.phone}" if team.phone else "intet telefonnummer"
        lines.append(f"  - {team.name}: {phone}, {age_range(team)}")
    lines.append("Åbningstid:")
    for day in range(7):
        hours = profile.office_hours.for_weekday(day)
        shown = f"{hours.opens:%H:%M}–{hours.closes:%H:%M}" if hours else "lukket"
        lines.append(f"  {_DAY_NAMES[WEEKDAYS[day]]:<8} {shown}")
    lines.append(f"Tidszone: {profile.timezone}")
    lines.append(
        f"Region: {region.name}; {region.service} {region.phone}; alarm {EMERGENCY_NUMBER}; "
        f"Livslinien {LIVSLINIEN_NUMBER}"
    )
    deadline = []
    if reports.deadline_working_days is not None:
        deadline.append(f"påbegyndes inden for {reports.deadline_working_days} arbejdsdage")
    if reports.case_processing_weeks is not None:
        deadline.append(f"højst {reports.case_processing_weeks} ugers sagsbehandling")
    lines.append(
        "Henvendelser: "
        + ("; ".join(deadline) or "ingen frist fastsat")
        + f" (advarsel {reports.warn_before_days} dag(e) før)"
    )
    if reports.unknown_age_team is not None:
        lines.append(f"Alder ukendt: {reports.unknown_age_team}")
    review = followup.review_interval_days
    lines.append("Vurdering af almindeligt tilbud: " + (f"hver {review}. dag" if review else "ikke fastsat"))
    before_end = followup.period_end_followup_days
    lines.append(
        "Opfølgning før periodens udløb: " + (f"{before_end} dage før" if before_end else "ikke fastsat")
    )
    idle = followup.inactivity_close_days
    lines.append(
        "Afslutning ved manglende brug: " + (f"efter {idle} dage uden kontakt" if idle else "ikke fastsat")
    )
    lines.append("Aftale om dækning ved fravær: " + ("ja" if followup.agree_cover_on_absence else "nej"))
    overview = f"kl. {reminders.morning_overview:%H:%M}" if reminders.morning_overview else "intet"
    holidays = "springer helligdage over" if reminders.skip_public_holidays else "også på helligdage"
    lines.append(
        f"Påmindelser: {reminders.lead_minutes} min før aftalen; morgenoverblik {overview}; {holidays}"
    )
    lines.append(
        f"Opbevaring: beskeder {retention.message_body_days} dage; afsluttede forløb "
        f"{retention.closed_case_days} dage; invitationskoder {retention.code_expiry_days} dage; "
        f"kvitteringskoder {retention.receipt_code_days} dage"
    )
    limits = profile.limits
    lines.append(
        f"Grænser pr. afsender i timen: {limits.auto_replies_per_hour} automatiske svar, "
        f"{limits.dialogue_replies_per_hour} spørgsmål, {limits.safety_replies_per_hour} sikkerhedssvar; "
        f"én krisealarm pr. {limits.crisis_alert_hours} timer; {limits.wrong_codes} forkerte koder, "
        f"så pause i {limits.wrong_code_pause_minutes} min"
    )
    lines.append("Kontaktformer: " + ", ".join(_FORM_NAMES[form] for form in profile.contact_forms))
    lines.append("Anonym hjælp: " + ("ja" if profile.anonymous_help_allowed else "nej"))
    lines.append(f"Sprog: {', '.join(profile.languages)} (standard: {profile.default_language})")
    if profile.notes.strip():
        lines.append("Noter: " + " ".join(profile.notes.split()))
    return "\n".join(lines)
