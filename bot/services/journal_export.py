"""Export for the journal (the municipality's case system): a citizen's thread and check-ins, as plain
text or a PDF, for a worker to file by hand.

What is exported is what the worker could read in the thread: alias, names, times, texts. Never a phone
number or a chat id (the citizen's channels are not even read), never a CPR number (none is stored).
Times are in the profile's time zone; words come from the catalogs (`console.export.*`). Logging who
exported is the caller's (the console's access log).
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from bot import moments
from bot.errors import DomainError
from bot.i18n import Catalogs
from bot.models import Worker
from bot.models.enums import Channel, CheckinOutcome, DeliveryStatus, Direction
from bot.services.context import Deps
from bot.uow import UnitOfWork

NOT_DELIVERED = (DeliveryStatus.HELD, DeliveryStatus.FAILED, DeliveryStatus.UNDELIVERED)


@dataclass(frozen=True)
class ExportLine:
    """One message of the thread."""

    at: datetime  # local time
    direction: Direction
    who: str | None  # the worker who answered (None: a worker no longer known); the citizen's own: None
    channel: Channel
    text: str | None  # None or "": no words (`purged`, or a photo, voice note… of which nothing is kept)
    purged: bool = False  # deleted after the retention period
    status: DeliveryStatus | None = None  # an answer that did not reach the citizen: held, failed


@dataclass(frozen=True)
class ExportCheckin:
    """One agreed contact (check-in) that was due, and what became of it."""

    due: datetime  # local time
    outcome: CheckinOutcome
    contact_form: str  # the agreement's `ContactForm`
    one_off: bool  # agreed once, not by the cadence
    recorded_by: str | None  # who marked it, if anyone


@dataclass(frozen=True)
class JournalExport:
    """Everything an export shows, read once: `as_text` and `as_pdf` only lay it out."""

    alias: str
    worker: str | None  # the citizen's worker now (None: the team's inbox)
    team: str
    exported_by: str
    exported_at: datetime  # local time
    zone: str  # the profile's time zone, e.g. Europe/Copenhagen
    period: tuple[datetime, datetime] | None  # the first and the last entry, local time (None: none)
    granted_until: date | None  # the end of the granted period (bevillingsperiode), if set
    lines: tuple[ExportLine, ...]
    checkins: tuple[ExportCheckin, ...]


def journal_export(
    uow: UnitOfWork, deps: Deps, citizen_id: int, *, exported_by: Worker, now: datetime
) -> JournalExport:
    """The citizen's thread and the check-ins due by `now`, oldest first. Reads only; whether
    `exported_by` may see the citizen is the caller's to decide (the console's rule of who sees what).
    Raises `DomainError` ("console.export.not_found") for an unknown citizen."""
    citizen = uow.citizens.get(citizen_id)
    if citizen is None:
        raise DomainError("console.export.not_found", "no such citizen")
    zone = deps.profile.tz
    names: dict[int, str | None] = {}

    def name(worker_id: int | None) -> str | None:
        if worker_id is None:
            return None
        if worker_id not in names:
            worker = uow.workers.get(worker_id)
            names[worker_id] = worker.name if worker is not None else None
        return names[worker_id]

    lines = tuple(
        ExportLine(
            at=message.created_at.astimezone(zone),
            direction=Direction(message.direction),
            who=name(message.worker_id) if message.direction == Direction.OUTBOUND else None,
            channel=Channel(message.channel),
            text=deps.vault.open(message.body_enc) if message.body_enc is not None else None,
            purged=message.purged_at is not None,
            status=DeliveryStatus(message.delivery_status)
            if message.delivery_status in NOT_DELIVERED
            else None,
        )
        for message in uow.messages.whole_thread(citizen.id)
    )
    checkins = tuple(
        ExportCheckin(
            due=checkin.due_at.astimezone(zone),
            outcome=CheckinOutcome(checkin.outcome),
            contact_form=agreement.contact_form,
            one_off=checkin.one_off,
            recorded_by=name(checkin.recorded_by_worker_id),
        )
        for checkin, agreement in uow.checkins.due_of_citizen(citizen.id, now)
    )
    moments_seen = sorted([line.at for line in lines] + [checkin.due for checkin in checkins])
    team = uow.teams.get(citizen.team_id)
    return JournalExport(
        alias=citizen.alias,
        worker=name(citizen.worker_id),
        team=team.name if team is not None else "",
        exported_by=exported_by.name,
        exported_at=now.astimezone(zone),
        zone=str(zone),
        period=(moments_seen[0], moments_seen[-1]) if moments_seen else None,
        granted_until=citizen.period_ends_on,
        lines=lines,
        checkins=checkins,
    )


@dataclass(frozen=True)
class _Entry:
    """A message or a check-in as laid out: a heading (when, who, how) and the text under it, if any."""

    heading: str
    body: str


def _when(moment: datetime) -> str:
    return f"{moments.full_date(moment.date())} {moments.clock(moment)}"


def _heading(export: JournalExport, texts: Catalogs, language: str) -> list[str]:
    def t(key: str, **params: object) -> str:
        return texts.text(f"console.export.{key}", language, **params)

    period = (
        t("period", start=_when(export.period[0]), end=_when(export.period[1]))
        if export.period is not None
        else t("period_empty")
    )
    lines = [
        t("citizen", alias=export.alias),
        t("worker", name=export.worker or t("no_worker")),
        t("team", team=export.team),
        period,
    ]
    if export.granted_until is not None:
        lines.append(t("granted_until", date=moments.full_date(export.granted_until)))
    lines.append(t("exported", name=export.exported_by, when=_when(export.exported_at), zone=export.zone))
    return lines


def _messages(export: JournalExport, texts: Catalogs, language: str) -> list[_Entry]:
    def t(key: str, **params: object) -> str:
        return texts.text(f"console.export.{key}", language, **params)

    entries = []
    for line in export.lines:
        if line.direction == Direction.INBOUND:
            who = t("from_citizen", alias=export.alias)
        else:
            who = t("to_citizen", name=line.who or t("unknown_worker"), alias=export.alias)
        heading = f"{_when(line.at)}  {who} ({t(f'channel.{line.channel}')})"
        if line.status is not None:
            heading += f"  [{t(f'status.{line.status}')}]"
        body = t("purged") if line.purged else line.text or t("no_text")  # no text: a photo, a sticker…
        entries.append(_Entry(heading, body))
    return entries


def _checkins(export: JournalExport, texts: Catalogs, language: str) -> list[str]:
    lines = []
    for checkin in export.checkins:
        notes = [texts.text(f"worker.contact_form.{checkin.contact_form}", language)]
        if checkin.one_off:
            notes.append(texts.text("console.export.one_off", language))
        if checkin.recorded_by is not None:
            notes.append(texts.text("console.export.recorded_by", language, name=checkin.recorded_by))
        outcome = texts.text(f"worker.checkin.outcome.{checkin.outcome}", language)
        lines.append(f"{_when(checkin.due)}  {outcome} ({', '.join(notes)})")
    return lines


def as_text(export: JournalExport, texts: Catalogs, language: str) -> str:
    """The export as plain text (UTF-8 when saved): every character as written, emoji included."""

    def t(key: str) -> str:
        return texts.text(f"console.export.{key}", language)

    out = [texts.text("console.export.title", language, alias=export.alias), ""]
    out += _heading(export, texts, language)
    out += ["", t("messages")]
    messages = _messages(export, texts, language)
    for entry in messages:
        out.append(entry.heading)
        out += [f"    {part}" for part in entry.body.splitlines() or [""]]
    if not messages:
        out.append(t("no_messages"))
    out += ["", t("checkins")]
    out += _checkins(export, texts, language) or [t("no_checkins")]
    return "\n".join(out) + "\n"


PLACEHOLDER = "[?]"
"""What the PDF shows for a character its fonts cannot draw (an emoji, a letter outside Western Europe)."""
_PAGES = "\x01pages\x01"  # fpdf2's alias for the page count: control characters never reach the page


def pdf_safe(text: str) -> str:
    """`text` as the PDF's core fonts can draw it: Windows-1252 (Latin-1 with “ ” – … €), so æ, ø and å
    stay; anything else (emoji, other scripts, control characters) becomes `PLACEHOLDER`, visibly,
    rather than failing the whole export. The text export keeps every character."""
    return "".join(char if _drawable(char) else PLACEHOLDER for char in _newlines(text))


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")


def _drawable(char: str) -> bool:
    try:
        char.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return char == "\n" or not (ord(char) < 0x20 or 0x7F <= ord(char) < 0xA0)


class _Document(FPDF):
    """An A4 page with the page number at the foot ("Side 2 af 5")."""

    def __init__(self, footer: Callable[[int], str]) -> None:
        super().__init__(format="A4")
        self._footer = footer
        self.core_fonts_encoding = "cp1252"
        self.alias_nb_pages(_PAGES)
        self.set_auto_page_break(auto=True, margin=15)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("Helvetica", size=8)
        self.cell(0, 6, self._footer(self.page_no()), align="C")


def as_pdf(export: JournalExport, texts: Catalogs, language: str) -> bytes:
    """The export as a PDF, pure Python (fpdf2, its built-in Helvetica: no font files shipped).

    Those fonts draw Windows-1252 only: a character outside it (an emoji…) shows as `PLACEHOLDER`, and the
    PDF says so under its heading when it happened; `as_text` has every character as written."""

    def t(key: str, **params: object) -> str:
        return texts.text(f"console.export.{key}", language, **params)

    replaced = False

    def safe(text: str) -> str:
        nonlocal replaced
        replaced = replaced or not all(map(_drawable, _newlines(text)))
        return pdf_safe(text)

    def footer(page: int) -> str:  # the page count is known only at the end: fpdf2 fills in its alias
        return pdf_safe(t("page", page=page, pages="{pages}")).replace("{pages}", _PAGES)

    pdf = _Document(footer)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    _paragraph(pdf, safe(t("title", alias=export.alias)), 8)
    pdf.set_font("Helvetica", size=10)
    for line in _heading(export, texts, language):
        _paragraph(pdf, safe(line), 5)
    _section(pdf, safe(t("messages")))
    messages = _messages(export, texts, language)
    for entry in messages:
        pdf.set_font("Helvetica", "B", 9)
        _paragraph(pdf, safe(entry.heading), 5)
        pdf.set_font("Helvetica", size=10)
        _paragraph(pdf, safe(entry.body), 5)
        pdf.ln(2)
    pdf.set_font("Helvetica", size=10)
    if not messages:
        _paragraph(pdf, safe(t("no_messages")), 5)
    _section(pdf, safe(t("checkins")))
    for line in _checkins(export, texts, language) or [t("no_checkins")]:
        _paragraph(pdf, safe(line), 5)
    if replaced:
        pdf.ln(4)
        pdf.set_font("Helvetica", "I", 9)
        _paragraph(pdf, pdf_safe(t("placeholder_note", placeholder=PLACEHOLDER)), 5)
    return bytes(pdf.output())


def _paragraph(pdf: FPDF, text: str, height: float) -> None:
    pdf.multi_cell(0, height, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _section(pdf: FPDF, title: str) -> None:
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 12)
    _paragraph(pdf, title, 7)
    pdf.set_font("Helvetica", size=10)
