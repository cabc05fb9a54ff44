"""A small team on a real database for scheduler tests: workers enrolled and a citizen linked through
the real conversations, agreements made as `/checkin` makes them, a fake clock walked through the days,
and what each person received read from the outbox."""

from datetime import UTC, date, datetime, timedelta
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, select

from bot.crypto import Vault
from bot.models import Absence, CheckinAgreement, Citizen, Reminder
from bot.models.enums import AgreementStatus, Channel, ContactForm
from scheduling.tick import TickReport, run_tick
from tests.fakes.clock import FakeClock
from tests.fakes.deps import deps_on
from tests.integration.test_conversations import CODE, Conversation

SUSANNE, VIVIAN, LEAD, CITIZEN, CITIZEN_SMS = "1001", "1002", "1003", "2002", "+4520304050"


class Ledgered(NamedTuple):
    key: str
    kind: str
    due_at: datetime
    sent_at: datetime
    late: bool


class World(Conversation):
    """`Conversation` plus agreements, absences and the scheduler's tick."""

    def __init__(self, engine: Engine, vault: Vault, clock: FakeClock, profile: str = "default") -> None:
        super().__init__(engine, vault, clock)
        if profile != "default":
            self.deps = deps_on(engine, vault, clock, profile)
        self.clock = clock

    def agree(self, alias: str, cadence: str, remind_citizen: bool = False) -> int:
        deps, now = self.deps, self.clock.now()
        with deps.new_uow() as uow:
            citizen = uow.session.scalars(select(Citizen).where(Citizen.alias == alias)).one()
            assert citizen.worker_id is not None
            agreed = deps.cadences.parse(cadence, now.astimezone(deps.profile.tz).date())
            agreement = CheckinAgreement(
                citizen_id=citizen.id,
                worker_id=citizen.worker_id,
                cadence=agreed.text,
                contact_form=ContactForm.HOME_VISIT,
                status=AgreementStatus.ACTIVE,
                remind_citizen=remind_citizen,
                next_due_at=deps.cadences.next_due(agreed.text, now),
                created_at=now,
            )
            uow.agreements.add(agreement)
            uow.commit()
            return agreement.id

    def away(self, name: str, starts: date, ends: date, cover: str | None = None) -> None:
        with self.deps.new_uow() as uow:
            worker = uow.workers.by_name(1, name)
            covering = uow.workers.by_name(1, cover) if cover else None
            assert worker is not None
            uow.absences.add(
                Absence(
                    worker_id=worker.id,
                    cover_worker_id=covering.id if covering else None,
                    starts_on=starts,
                    ends_on=ends,
                    created_at=self.clock.now(),
                )
            )
            uow.commit()

    def tick(self) -> TickReport:
        report = run_tick(self.deps)
        assert report.failed == []
        return report

    def walk(self, until: datetime, step: timedelta = timedelta(minutes=15)) -> None:
        """Tick every `step` up to `until`, as the running scheduler would (it ticks more often)."""
        while self.clock.now() < until:
            self.clock.advance(min(step, until - self.clock.now()))
            self.tick()

    def sent(self, address: str) -> list[tuple[datetime, str, dict[str, Any] | None]]:
        """(when queued, text, options) of every message to an address."""
        return [(q.at, q.text, q.options) for q in self.queued(address)]

    def reminders(self, address: str) -> list[tuple[datetime, str, dict[str, Any] | None]]:
        """Only what the scheduler sent to an address."""
        return [(q.at, q.text, q.options) for q in self.queued(address) if q.kind == "reminder"]

    def checkin_reminders(self, address: str) -> list[tuple[datetime, str, dict[str, Any] | None]]:
        """The reminders before a check-in (not the overview, nudges or alerts)."""
        return [r for r in self.reminders(address) if "Påmindelse:" in r[1]]

    def ledger(self) -> list[Ledgered]:
        with self.deps.new_uow() as uow:
            rows = uow.session.scalars(select(Reminder).order_by(Reminder.id))
            return [Ledgered(row.key, row.kind, row.due_at, row.sent_at, row.late) for row in rows]


def local(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    """A Copenhagen wall-clock time as an aware UTC datetime."""
    return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo("Europe/Copenhagen")).astimezone(UTC)


def team_with_citizen(world: World, channel: Channel = Channel.TELEGRAM) -> None:
    """Susanne (the citizen's worker), Vivian (a colleague), Lene (the lead), and Ravn linked to Susanne."""
    world.worker(SUSANNE, "Susanne")
    world.worker(VIVIAN, "Vivian")
    world.worker(LEAD, "Lene", lead=True)
    world.says(SUSANNE, "/invite Ravn")
    code = CODE.search(world.received(SUSANNE)[-1])
    assert code is not None
    world.says(CITIZEN_SMS if channel == Channel.SMS else CITIZEN, code.group(), channel=channel)
