"""The data behind every inline button: how each is written, and `parse`, which reads a tap back.

Telegram keeps at most 64 bytes of data per button and returns them on a tap, but anyone can send any
data with a hand-made client: a tap is forged until it parses (a known button, a known action, an id
that is a plain ASCII number in an integer column's range). What does not parse is None, and the
caller refuses it as an unknown button (a worker in the words of the `family` it names). The wire
strings are those on the buttons already on people's phones, so none of them may change:

    claim:CITIZEN                  ClaimCitizen        "I'll take it" under a new contact's message
    held:CITIZEN                   SendHeld            send the replies held while the citizen said STOP
    report:take|answer|close:ID    ReportTap           under a concern report
    ci:done|nr|mv:ID               CheckinTap          a check-in reminder: done, not reached, move
    ci:mh|md|mw:ID                 CheckinTap          move it an hour, a day, a week on
    ci:tell|undo:ID                CheckinTap          tell the citizen the new time; undo a mark
    ag:pick:CITIZEN                PickCitizen         `/checkin` without an alias: whose agreement
    ag:pause|resume|end|change:ID  AgreementTap        under a check-in agreement
    ag:form:ID:FORM                SetContactForm      the agreement's contact form
    ag:remind:ID:yes|no            SetCitizenReminder  the citizen's reminder the day before
    away:cancel:ID                 CancelAbsence       under `/away`'s list
    staff:ACTION:WORKER            StaffTap            `/team`: show, off (asks), offok, on, lead1|lead0,
                                                       duty1|duty0, code
    give:CITIZEN:WORKER            GiveCitizen         a worker left: the lead hands a citizen on
    sms:send|edit                  SmsDecision         a reply by SMS that looks sensitive
    lang:CODE                      ChooseLanguage      `/sprog`, for workers and citizens
    menu:write|report|help         MenuTap             the citizen's /start menu
    delete:yes|no                  ConfirmDelete       `/slet`
    age:GROUP  urg:U  cat:C        ReportAnswer        the guided concern report's questions
    anon:yes|no  contact:chat      ReportAnswer
"""

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

MAX_BYTES = 64  # Telegram's limit for a button's callback data
MAX_ROW_ID = 2**31 - 1  # an integer column's range: a forged 30-digit id must not reach the database

ReportAction = Literal["take", "answer", "close"]
CheckinAction = Literal["done", "nr", "mv", "mh", "md", "mw", "tell", "undo"]
MoveOption = Literal["mh", "md", "mw"]  # one hour later, tomorrow, next week
AgreementAction = Literal["pause", "resume", "end", "change"]
MenuItem = Literal["write", "report", "help"]
StaffAction = Literal["show", "off", "offok", "on", "lead1", "lead0", "duty1", "duty0", "code"]
ReportStep = Literal["age", "urgency", "category", "anonymous", "contact"]

_WORD = re.compile(r"[a-z0-9_-]{1,32}")  # a contact form, urgency, reporter category or age group
_LANGUAGE = re.compile(r"[a-z]{2,3}")


class Family(StrEnum):
    """The first part of a button's data: what the tap is about, readable even when the rest is forged."""

    CLAIM = "claim"
    KEEP = "keep"
    HELD = "held"
    REPORT = "report"
    CHECKIN = "ci"
    AGREEMENT = "ag"
    ABSENCE = "away"
    STAFF = "staff"
    GIVE = "give"
    SMS = "sms"
    LANGUAGE = "lang"
    MENU = "menu"
    DELETE = "delete"
    AGE = "age"
    URGENCY = "urg"
    CATEGORY = "cat"
    ANONYMOUS = "anon"
    CONTACT = "contact"


_FAMILIES = {member.value: member for member in Family}


@dataclass(frozen=True)
class ClaimCitizen:
    citizen_id: int


@dataclass(frozen=True)
class KeepCitizen:
    """The worker keeps a silent citizen open (the warning that they will be closed for silence)."""

    citizen_id: int


@dataclass(frozen=True)
class SendHeld:
    citizen_id: int


@dataclass(frozen=True)
class ReportTap:
    action: ReportAction
    report_id: int


@dataclass(frozen=True)
class CheckinTap:
    action: CheckinAction
    checkin_id: int


@dataclass(frozen=True)
class PickCitizen:
    citizen_id: int


@dataclass(frozen=True)
class AgreementTap:
    action: AgreementAction
    agreement_id: int


@dataclass(frozen=True)
class SetContactForm:
    agreement_id: int
    form: str  # one of the profile's contact forms; the service checks which


@dataclass(frozen=True)
class SetCitizenReminder:
    agreement_id: int
    wanted: bool


@dataclass(frozen=True)
class CancelAbsence:
    absence_id: int


@dataclass(frozen=True)
class StaffTap:
    """A lead's tap on a worker in `/team` (or a worker's on their own duty)."""

    action: StaffAction
    worker_id: int


@dataclass(frozen=True)
class GiveCitizen:
    """A lead hands a citizen of a worker who left to a colleague, in one tap."""

    citizen_id: int
    worker_id: int


@dataclass(frozen=True)
class SmsDecision:
    send: bool  # False: the worker writes it again


@dataclass(frozen=True)
class ChooseLanguage:
    language: str  # a language code; the caller checks a catalog has it


@dataclass(frozen=True)
class MenuTap:
    item: MenuItem


@dataclass(frozen=True)
class ConfirmDelete:
    confirmed: bool


@dataclass(frozen=True)
class ReportAnswer:
    step: ReportStep
    value: str  # "yes"/"no" for anonymous, "chat" for contact; the dialogue checks it was offered


AgreementButton = PickCitizen | AgreementTap | SetContactForm | SetCitizenReminder
Button = (
    ClaimCitizen
    | KeepCitizen
    | SendHeld
    | ReportTap
    | CheckinTap
    | PickCitizen
    | AgreementTap
    | SetContactForm
    | SetCitizenReminder
    | CancelAbsence
    | StaffTap
    | GiveCitizen
    | SmsDecision
    | ChooseLanguage
    | MenuTap
    | ConfirmDelete
    | ReportAnswer
)

SMS_SEND = "sms:send"
SMS_EDIT = "sms:edit"
MENU_WRITE = "menu:write"
MENU_REPORT = "menu:report"
MENU_HELP = "menu:help"
DELETE_YES = "delete:yes"
DELETE_NO = "delete:no"
CONTACT_HERE = "contact:chat"


def claim(citizen_id: int) -> str:
    return f"claim:{citizen_id}"


def keep(citizen_id: int) -> str:
    return f"keep:{citizen_id}"


def send_held(citizen_id: int) -> str:
    return f"held:{citizen_id}"


def report_take(report_id: int) -> str:
    return f"report:take:{report_id}"


def report_answer(report_id: int) -> str:
    return f"report:answer:{report_id}"


def report_close(report_id: int) -> str:
    return f"report:close:{report_id}"


def _checkin(action: CheckinAction, checkin_id: int) -> str:
    return f"ci:{action}:{checkin_id}"


def checkin_done(checkin_id: int) -> str:
    return _checkin("done", checkin_id)


def checkin_not_reached(checkin_id: int) -> str:
    return _checkin("nr", checkin_id)


def checkin_move(checkin_id: int) -> str:
    """Asks where to: the answer offers `checkin_move_to` for each option."""
    return _checkin("mv", checkin_id)


def checkin_move_to(option: MoveOption, checkin_id: int) -> str:
    return _checkin(option, checkin_id)


def checkin_tell_new_time(checkin_id: int) -> str:
    return _checkin("tell", checkin_id)


def checkin_undo(checkin_id: int) -> str:
    return _checkin("undo", checkin_id)


def pick_citizen(citizen_id: int) -> str:
    return f"ag:pick:{citizen_id}"


def manage_agreement(action: AgreementAction, agreement_id: int) -> str:
    return f"ag:{action}:{agreement_id}"


def contact_form(agreement_id: int, form: str) -> str:
    return f"ag:form:{agreement_id}:{form}"


def citizen_reminder(agreement_id: int, wanted: bool) -> str:
    return f"ag:remind:{agreement_id}:{'yes' if wanted else 'no'}"


def cancel_absence(absence_id: int) -> str:
    return f"away:cancel:{absence_id}"


def staff(action: StaffAction, worker_id: int) -> str:
    return f"staff:{action}:{worker_id}"


def give(citizen_id: int, worker_id: int) -> str:
    return f"give:{citizen_id}:{worker_id}"


def language(code: str) -> str:
    return f"lang:{code}"


def age_group(group: str) -> str:
    """An age group of the report's age question ("18-29"), or report_filing.UNKNOWN_AGE."""
    return f"age:{group}"


def urgency(value: str) -> str:
    return f"urg:{value}"


def category(value: str) -> str:
    return f"cat:{value}"


def anonymous(yes: bool) -> str:
    return f"anon:{'yes' if yes else 'no'}"


def parse(data: str) -> Button | None:
    """What a tap is about, or None for data no button of ours carries (forged, cut, or unknown)."""
    if not data.isascii() or len(data) > MAX_BYTES:
        return None
    match data.split(":"):
        case ["claim", number] if citizen_id := _id(number):
            return ClaimCitizen(citizen_id)
        case ["keep", number] if citizen_id := _id(number):
            return KeepCitizen(citizen_id)
        case ["held", number] if citizen_id := _id(number):
            return SendHeld(citizen_id)
        case ["report", ("take" | "answer" | "close") as action, number] if report_id := _id(number):
            return ReportTap(action, report_id)
        case ["ci", ("done" | "nr" | "mv" | "mh" | "md" | "mw" | "tell" | "undo") as action, number] if (
            checkin_id := _id(number)
        ):
            return CheckinTap(action, checkin_id)
        case ["ag", "pick", number] if citizen_id := _id(number):
            return PickCitizen(citizen_id)
        case ["ag", ("pause" | "resume" | "end" | "change") as action, number] if agreement_id := _id(number):
            return AgreementTap(action, agreement_id)
        case ["ag", "form", number, form] if (agreement_id := _id(number)) and _WORD.fullmatch(form):
            return SetContactForm(agreement_id, form)
        case ["ag", "remind", number, ("yes" | "no") as answer] if agreement_id := _id(number):
            return SetCitizenReminder(agreement_id, answer == "yes")
        case ["away", "cancel", number] if absence_id := _id(number):
            return CancelAbsence(absence_id)
        case [
            "staff",
            ("show" | "off" | "offok" | "on" | "lead1" | "lead0" | "duty1" | "duty0" | "code") as action,
            number,
        ] if worker_id := _id(number):
            return StaffTap(action, worker_id)
        case ["give", citizen, number] if (citizen_id := _id(citizen)) and (worker_id := _id(number)):
            return GiveCitizen(citizen_id, worker_id)
        case ["sms", ("send" | "edit") as decision]:
            return SmsDecision(decision == "send")
        case ["lang", code] if _LANGUAGE.fullmatch(code):
            return ChooseLanguage(code)
        case ["menu", ("write" | "report" | "help") as item]:
            return MenuTap(item)
        case ["delete", ("yes" | "no") as answer]:
            return ConfirmDelete(answer == "yes")
        case ["age", group] if _WORD.fullmatch(group):
            return ReportAnswer("age", group)
        case ["urg", value] if _WORD.fullmatch(value):
            return ReportAnswer("urgency", value)
        case ["cat", value] if _WORD.fullmatch(value):
            return ReportAnswer("category", value)
        case ["anon", ("yes" | "no") as answer]:
            return ReportAnswer("anonymous", answer)
        case ["contact", "chat"]:
            return ReportAnswer("contact", "chat")
    return None


def family(data: str) -> Family | None:
    """The family a tap names by its first part, even when the rest does not parse: a forged check-in
    button is then refused in the words a check-in button that is not yours gets."""
    return _FAMILIES.get(data.partition(":")[0])


def _id(text: str) -> int | None:
    """The id in a button's data, or None when it is not one (letters, sign, far too large)."""
    if not text.isascii() or not text.isdigit() or len(text) > 10:
        return None
    number = int(text)
    return number if 0 < number <= MAX_ROW_ID else None
