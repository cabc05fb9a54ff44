"""The command line of skp-bot: reads settings once, has the parts built (`bot.bootstrap`), runs a command.

With bot/bootstrap.py, the only core module allowed to import handlers/ and scheduling/ (DESIGN.md;
tests/unit/test_layers.py holds it).
"""

import argparse
import asyncio
import json
import logging
import os
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property
from importlib.metadata import version
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from bot import bootstrap, logs, migrate
from bot.clock import AdjustableClock, Clock, SystemClock
from bot.crypto import CryptoConfigError, Vault, generate_secret
from bot.db import describe_url, make_engine
from bot.errors import DomainError
from bot.profile import Profile, ProfileError, describe, list_profiles, load_profile
from bot.services import console_sessions, keys, staff, staff_commands
from bot.services.context import Deps
from bot.services.stats import Durations, period_stats
from bot.settings import Settings, SettingsError, load_settings
from bot.uow import SqlAlchemyUnitOfWork, UnitOfWork, session_factory

if TYPE_CHECKING:
    from bot.safety import Assessment

log = logging.getLogger("skp_bot")
EXIT_USAGE = 2


@dataclass
class Context:
    """What commands need, built lazily so that `keygen` or `profile list` need no database or secret."""

    settings: Settings
    clock: Clock

    @cached_property
    def vault(self) -> Vault:
        try:
            return Vault.from_secret(self.settings.secret_key())
        except CryptoConfigError as error:
            raise SettingsError("SKP_SECRET_KEY", str(error)) from None

    @cached_property
    def profile(self) -> Profile:
        return load_profile(self.settings.skp_profile)

    @cached_property
    def engine(self) -> Engine:
        engine = make_engine(self.settings.database_url)
        try:
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except SQLAlchemyError as error:
            reason = str(getattr(error, "orig", error)).strip().splitlines()[0][:160]
            where = describe_url(self.settings.database_url)
            raise SettingsError("DATABASE_URL", f"cannot connect to {where} ({reason})") from None
        return engine

    @cached_property
    def uow(self) -> UnitOfWork:
        """A unit of work for commands that need no secret (statistics, teams); the others use `deps`."""
        return SqlAlchemyUnitOfWork(session_factory(self.engine))

    @cached_property
    def deps(self) -> Deps:
        """The services' collaborators (`bot.bootstrap`); every use case gets a fresh unit of work."""
        return bootstrap.build(
            self.engine,
            vault=self.vault,
            clock=self.clock,
            profile=self.profile,
            public_base_url=self.settings.public_base_url,
        )

    def migrated(self) -> None:
        """Bring the schema to the newest revision and the profile's teams into the database."""
        migrate.upgrade(self.engine)
        staff.sync_profile_teams(self.uow, self.clock, self.profile)


def emit(args: argparse.Namespace, data: Any, text_lines: list[str]) -> None:
    """Print JSON when `--json` was given, else the human lines."""
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print("\n".join(text_lines))


def cmd_db_upgrade(ctx: Context, args: argparse.Namespace) -> int:
    """Migrate to the newest revision."""
    migrate.upgrade(ctx.engine)
    revision = migrate.current_revision(ctx.engine)
    emit(args, {"revision": revision}, [f"database at revision {revision}"])
    return 0


def cmd_keygen(ctx: Context, args: argparse.Namespace) -> int:
    """Print a new master secret."""
    secret = generate_secret()
    emit(args, {"secret_key": secret}, [secret])
    return 0


def cmd_keys_rotate(ctx: Context, args: argparse.Namespace) -> int:
    """Re-encrypt everything with the first secret of SKP_SECRET_KEY."""
    migrate.upgrade(ctx.engine)
    report = keys.rotate_keys(ctx.uow, ctx.vault)
    lines = [f"{table}: {count} rows" for table, count in report.rows.items()]
    emit(
        args, {"rows": report.rows, "fields": report.fields}, [*lines, f"{report.fields} fields re-encrypted"]
    )
    return 0


def cmd_profile_list(ctx: Context, args: argparse.Namespace) -> int:
    """The shipped municipality profiles."""
    names = list_profiles()
    emit(args, names, names)
    return 0


def cmd_profile_show(ctx: Context, args: argparse.Namespace) -> int:
    """One profile, shipped or from a file."""
    profile = load_profile(args.name)
    emit(args, profile.model_dump(mode="json"), [describe(profile)])
    return 0


def cmd_team_add(ctx: Context, args: argparse.Namespace) -> int:
    """A new team."""
    ctx.migrated()
    team_id = staff.add_team(ctx.uow, ctx.clock, args.name, args.phone)
    emit(args, {"team_id": team_id, "name": args.name}, [f"team {team_id} created"])
    return 0


def cmd_worker_add(ctx: Context, args: argparse.Namespace) -> int:
    """A new worker with a one-time enrolment code."""
    ctx.migrated()
    new = staff.add_worker(
        ctx.uow,
        ctx.vault,
        ctx.clock,
        ctx.profile,
        name=args.name,
        team_name=args.team,
        lead=args.lead,
        phone=args.phone,
    )
    data = {
        "worker_id": new.worker_id,
        "enrolment_code": new.enrolment_code,
        "team": new.team,
        "lead": new.is_lead,
        "expires_at": new.expires_at.isoformat(),
    }
    lines = [
        f"worker {new.worker_id} ({new.name}, {new.team}{', lead' if new.is_lead else ''}) created.",
        f"Enrolment code, valid until {new.expires_at:%Y-%m-%d}; the worker sends /start CODE to the bot:",
        new.enrolment_code,
    ]
    emit(args, data, lines)
    return 0


def cmd_worker_list(ctx: Context, args: argparse.Namespace) -> int:
    """The workers, of one team or all, whatever their status."""
    ctx.migrated()
    lines = staff_commands.list_workers(ctx.deps, args.team)
    text = [
        f"{line.worker_id:>4}  {line.name:<24} {line.team:<20} {line.status:<8} "
        f"{'lead' if line.lead else '    '} {'on duty' if line.on_duty else 'off duty'}"
        f"{'' if line.enrolled else ', not enrolled'}"
        for line in lines
    ]
    emit(args, [line.as_json() for line in lines], text or ["no workers"])
    return 0


def cmd_worker_deactivate(ctx: Context, args: argparse.Namespace) -> int:
    """Switch a worker off: nothing more reaches their chat, their citizens go to a lead."""
    ctx.migrated()
    handed = staff_commands.deactivate(ctx.deps, args.team, args.name, args.new_lead)
    lead = handed.lead
    data = {
        "lead": lead.id if lead else None,
        "citizens": len(handed.citizens),
        "reports": handed.reports,
        "agreements": handed.agreements,
        "forwarded": handed.forwarded,
    }
    where = (
        f"{len(handed.citizens)} citizens, {handed.reports} reports and {handed.agreements} check-in "
        f"agreements went to {lead.name}, who can hand each citizen on"
        if lead
        else "the team has no lead: their citizens are answered by the colleagues on duty; use /assign"
    )
    emit(args, data, [f"{args.name} is deactivated; nothing more reaches their chat.", where])
    return 0


def cmd_worker_activate(ctx: Context, args: argparse.Namespace) -> int:
    """Switch a worker on again."""
    ctx.migrated()
    worker = staff_commands.activate(ctx.deps, args.team, args.name)
    emit(args, {"worker_id": worker.id, "status": worker.status}, [f"{worker.name} is {worker.status} again"])
    return 0


def cmd_worker_set(ctx: Context, args: argparse.Namespace) -> int:
    """Change a worker's role or duty."""
    if args.lead is None and args.on_duty is None:
        raise SettingsError("worker set", "give --lead, --no-lead, --on-duty or --off-duty")
    ctx.migrated()
    worker = staff_commands.change(ctx.deps, args.team, args.name, lead=args.lead, on_duty=args.on_duty)
    data = {"worker_id": worker.id, "lead": worker.is_lead, "on_duty": worker.on_duty}
    line = (
        f"{worker.name}: {'lead' if worker.is_lead else 'not lead'}, {'on' if worker.on_duty else 'off'} duty"
    )
    emit(args, data, [line])
    return 0


def cmd_worker_reenrol(ctx: Context, args: argparse.Namespace) -> int:
    """A new one-time enrolment code; the old chat is cut the moment it is used."""
    ctx.migrated()
    worker, code, expires_at = staff_commands.reenrol(ctx.deps, args.team, args.name)
    data = {"worker_id": worker.id, "enrolment_code": code, "expires_at": expires_at.isoformat()}
    lines = [
        f"New enrolment code for {worker.name}, valid until {expires_at:%Y-%m-%d}; the worker sends "
        "/start CODE to the bot from the new phone (the old chat is cut then"
        + ("; being deactivated, they are active again once they use it" if worker.status == "left" else "")
        + "):",
        code,
    ]
    emit(args, data, lines)
    return 0


def cmd_console_link(ctx: Context, args: argparse.Namespace) -> int:
    """A one-time link to the web console, for an operator to hand to the worker (valid 10 minutes)."""
    ctx.migrated()
    worker, url = staff_commands.console_link(ctx.deps, args.team, args.name)
    minutes = int(console_sessions.LINK_VALID.total_seconds() // 60)
    expires_at = ctx.clock.now() + console_sessions.LINK_VALID
    data = {"worker_id": worker.id, "url": url, "expires_at": expires_at.isoformat()}
    lines = [f"One-time link to the web console for {worker.name}, valid {minutes} minutes and once:", url]
    emit(args, data, lines)
    return 0


STATS_DAYS = 30


STATS_YEARS = range(2000, 3000)  # far beyond any data, and far from the calendar's ends (no overflow)


def _local_date(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text[:40]!r} (expected YYYY-MM-DD)") from None
    if day.year not in STATS_YEARS:
        raise argparse.ArgumentTypeError(f"{day} is out of range (expected YYYY-MM-DD between 2000 and 2999)")
    return day


def _duration(seconds: int | None) -> str:
    if seconds is None:
        return "-"
    minutes = round(seconds / 60)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    parts = [f"{days} d" if days else "", f"{hours} h" if hours else "", f"{minutes} min" if minutes else ""]
    return " ".join(part for part in parts if part) or "under 1 min"


def _durations(label: str, measured: Durations) -> str:
    return (
        f"  {label}: median {_duration(measured.median_seconds)}, 90 % within "
        f"{_duration(measured.p90_seconds)} (measured {measured.count} times)"
    )


def cmd_stats(ctx: Context, args: argparse.Namespace) -> int:
    """Anonymous counts of a period (local dates, both included; the last 30 days by default)."""
    today = ctx.clock.now().astimezone(ctx.profile.tz).date()
    last_day = args.to or (args.from_ + timedelta(days=STATS_DAYS - 1) if args.from_ else today)
    first_day = args.from_ or last_day - timedelta(days=STATS_DAYS - 1)
    if last_day < first_day:
        raise SettingsError("--to", f"{last_day} is before --from {first_day}")
    migrate.upgrade(ctx.engine)
    stats = period_stats(ctx.uow, ctx.profile, first_day, last_day)
    r, c, k, t = stats.reports, stats.contacts, stats.checkins, stats.response_times
    lines = [
        f"{first_day} to {last_day} ({stats.timezone}), {ctx.profile.municipality}",
        f"Concern reports: {r.received} received; {r.picked_up_within_deadline} picked up within the "
        f"deadline, {r.picked_up_late} late, {r.not_picked_up} not yet; {r.answered} answered",
        f"Contacts: {c.new_contacts} new, {c.active_citizens} citizens wrote; "
        f"{c.messages_in} messages in, {c.messages_out} out",
        "Messages by channel: "
        + "; ".join(
            f"{channel} {counts.messages_in} in, {counts.messages_out} out"
            for channel, counts in stats.messages_by_channel.items()
        ),
        f"Check-ins: {k.done} done, {k.not_reached} not reached, {k.missed} missed "
        f"({k.moved} moved, {k.open} not recorded yet)",
        "Response times:",
        _durations("citizen message to a worker's answer", t.citizen_message_to_answer)
        + f"; {t.unanswered_citizen_messages} still unanswered",
        _durations("concern report to picked up", t.report_to_pickup),
    ]
    emit(args, stats.as_json(), lines)
    return 0


def cmd_run(ctx: Context, args: argparse.Namespace) -> int:
    """The service: Telegram, outbox and HTTP in one process, until SIGTERM or Ctrl-C."""
    from handlers.runtime import Runtime

    ctx.vault  # noqa: B018 - fail now, with one line, if the secret is missing or weak
    ctx.profile  # noqa: B018
    if args.migrate:
        ctx.migrated()
    runtime = Runtime(ctx.settings, ctx.deps, ctx.engine, version("skp-bot"), freeze_heap=True)

    async def serve() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, stop.set)
        await runtime.run(stop)

    asyncio.run(serve())
    return 0


def cmd_reminders_preview(ctx: Context, args: argparse.Namespace) -> int:
    """What the scheduler will send in the next days, per worker."""
    from scheduling.preview import preview

    if not 1 <= args.days <= 366:
        raise DomainError("cli.days", "--days must be between 1 and 366")
    ctx.migrated()
    planned = preview(ctx.deps, args.days)
    names = staff.worker_names(ctx.uow)
    zone = ctx.profile.tz
    lines: list[str] = []
    for worker_id in sorted({item.worker_id or 0 for item in planned}):
        lines.append(names.get(worker_id, "(no worker)") if worker_id else "(no worker)")
        for item in (i for i in planned if (i.worker_id or 0) == worker_id):
            when = f"{item.due_at.astimezone(zone):%a %d.%m. %H:%M}"
            lines.append(f"  {when}  {item.kind:<15} {item.citizen or ''}".rstrip())
    emit(args, [item.as_json() for item in planned], lines or [f"nothing due in the next {args.days} days"])
    return 0


def cmd_demo(ctx: Context, args: argparse.Namespace) -> int:
    """The real bot, offline: stand-ins for Telegram and Twilio, a throwaway database, a web simulator.

    The Runtime is built as `cmd_run` builds it; only the settings differ (made by the demo session,
    never read from the environment) and the clock, which the simulator can move forward.
    """
    from demo.session import DemoSession, simulator_socket
    from handlers.runtime import Runtime

    profile = load_profile(args.profile)
    try:
        listener = simulator_socket("127.0.0.1", args.port)
    except OSError as error:
        raise SettingsError("--port", f"cannot listen on port {args.port} ({error.strerror})") from None
    # Quiet unless asked: the visitor's terminal shows the address, not every poll of the stand-ins.
    level = ctx.settings.skp_log_level if "SKP_LOG_LEVEL" in os.environ else "WARNING"
    logging.getLogger().setLevel(level)
    clock = AdjustableClock()
    with listener, DemoSession(profile, args.profile, clock, level) as session:
        assert session.settings is not None
        demo = Context(settings=session.settings, clock=clock)
        demo.migrated()
        session.open_office()
        runtime = Runtime(demo.settings, demo.deps, demo.engine, version("skp-bot"))

        def announce(url: str) -> None:
            print(f"skp-bot demo ({profile.name}): open {url} in a browser. Ctrl-C stops it.", flush=True)

        try:
            asyncio.run(session.serve(runtime, demo.deps, listener, announce))
        finally:
            demo.engine.dispose()
    print("skp-bot demo stopped; its database is gone.", flush=True)
    return 0


SAFETY_ACTIONS = {
    "acute": "the numbers at once, the team alerted now",
    "worrying": "the numbers; the worker's copy marked and sent first",
    None: "relayed to the worker as usual",
}


def cmd_safety_check(ctx: Context, args: argparse.Namespace) -> int:
    """What the bot would do with each message on standard input, one message a line."""
    from bot.safety import assess_danger  # here: the detector's vocabulary takes a moment to build

    sys.stdin.reconfigure(encoding="utf-8", errors="replace")  # type: ignore[union-attr]
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    for line in sys.stdin:
        text = line.rstrip("\r\n")
        if not text.strip():
            continue
        danger = assess_danger(text)
        if args.json:
            print(
                json.dumps({"text": text, "danger": danger.kind, "level": danger.level}, ensure_ascii=False)
            )
        else:
            print(_safety_line(danger, text))
    return 0


def _safety_line(danger: "Assessment", text: str) -> str:
    signs = f"signs: {', '.join(danger.signs)}" if danger.signs else ""
    action = SAFETY_ACTIONS[danger.level]
    return f"{danger.level or 'none':<8} {danger.kind or '-':<8} {action:<53} {signs:<36} | {text}"


Command = Callable[[Context, argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    """The command tree of CONTRACT.md."""
    parser = argparse.ArgumentParser(prog="skp-bot", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    def add(parent: Any, name: str, handler: Command, help_text: str, json_flag: bool = True) -> Any:
        sub = parent.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        if json_flag:
            sub.add_argument("--json", action="store_true", help="machine-readable output")
        return sub

    run = add(commands, "run", cmd_run, "run the service", json_flag=False)
    run.add_argument("--no-migrate", dest="migrate", action="store_false", help="do not migrate first")
    add(commands, "keygen", cmd_keygen, "print a new SKP_SECRET_KEY")
    demo = add(commands, "demo", cmd_demo, "the real bot offline, with a web simulator", json_flag=False)
    demo.add_argument("--profile", default="default", help="municipality profile (see `profile list`)")
    demo.add_argument("--port", type=int, default=8000, help="the simulator's port (0: any free port)")

    db = commands.add_parser("db", help="database schema").add_subparsers(dest="db_command", required=True)
    add(db, "upgrade", cmd_db_upgrade, "migrate to the newest revision")

    key_cmds = commands.add_parser("keys", help="encryption keys").add_subparsers(
        dest="keys_cmd", required=True
    )
    add(key_cmds, "rotate", cmd_keys_rotate, "re-encrypt all personal data with the first secret")

    profile = commands.add_parser("profile", help="municipality profiles").add_subparsers(
        dest="profile_command", required=True
    )
    add(profile, "list", cmd_profile_list, "the shipped profiles")
    show = add(profile, "show", cmd_profile_show, "show a profile")
    show.add_argument("name", help="shipped profile name or path of a TOML file")

    team = commands.add_parser("team", help="teams").add_subparsers(dest="team_command", required=True)
    team_add = add(team, "add", cmd_team_add, "add a team")
    team_add.add_argument("name")
    team_add.add_argument("--phone", help="the team's phone number shown to users")

    worker = commands.add_parser("worker", help="workers").add_subparsers(
        dest="worker_command", required=True
    )
    worker_add = add(worker, "add", cmd_worker_add, "add a worker and print a one-time enrolment code")
    worker_add.add_argument("name")
    worker_add.add_argument("--team", required=True)
    worker_add.add_argument("--lead", action="store_true", help="team lead (assigns citizens and reports)")
    worker_add.add_argument("--phone", help="the worker's mobile (+45…); never shown to citizens")

    worker_list = add(worker, "list", cmd_worker_list, "the workers, with role, duty and status")
    worker_list.add_argument("--team", help="only this team")
    for name, handler, help_text in (
        ("deactivate", cmd_worker_deactivate, "switch a worker off (their citizens go to a lead)"),
        ("activate", cmd_worker_activate, "switch a deactivated worker on again"),
        ("set", cmd_worker_set, "change a worker's role or duty"),
        ("reenrol", cmd_worker_reenrol, "a new one-time enrolment code (new phone)"),
    ):
        sub = add(worker, name, handler, help_text)
        sub.add_argument("name", help="the worker's name (or id, when two share a name)")
        sub.add_argument("--team", required=True)
        if name == "deactivate":
            sub.add_argument("--new-lead", help="the worker who becomes lead (needed for the last lead)")
        if name == "set":
            lead = sub.add_mutually_exclusive_group()
            lead.add_argument("--lead", dest="lead", action="store_true", default=None)
            lead.add_argument("--no-lead", dest="lead", action="store_false")
            duty = sub.add_mutually_exclusive_group()
            duty.add_argument("--on-duty", dest="on_duty", action="store_true", default=None)
            duty.add_argument("--off-duty", dest="on_duty", action="store_false")

    console = commands.add_parser("console", help="the web console").add_subparsers(
        dest="console_command", required=True
    )
    link = add(console, "link", cmd_console_link, "print a one-time login link for a worker (10 minutes)")
    link.add_argument("name", help="the worker's name (or id, when two share a name)")
    link.add_argument("--team", required=True)

    reminders = commands.add_parser("reminders", help="the scheduler's reminders").add_subparsers(
        dest="reminders_command", required=True
    )
    reminders_preview = add(reminders, "preview", cmd_reminders_preview, "reminders due in the next days")
    reminders_preview.add_argument("--days", type=int, default=7, help="how many days ahead (default 7)")

    safety = commands.add_parser("safety", help="crisis detection").add_subparsers(
        dest="safety_command", required=True
    )
    add(safety, "check", cmd_safety_check, "what the bot would do with each message on stdin (one a line)")

    stats_help = "anonymous counts: concern reports, contacts, check-ins, response times"
    stats = add(commands, "stats", cmd_stats, stats_help)
    stats.add_argument("--from", dest="from_", type=_local_date, help="first day, YYYY-MM-DD (local)")
    stats.add_argument("--to", type=_local_date, help="last day, YYYY-MM-DD, included (default: today)")
    return parser


def main(argv: list[str] | None = None, clock: Clock | None = None) -> int:
    """Entry point of `skp-bot` and `python -m bot`: one clear line and exit code 2 on a setup problem."""
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings()
        logs.configure(settings.skp_log_level, settings.skp_log_format)
        ctx = Context(settings=settings, clock=clock or SystemClock())
        handler: Command = args.handler
        return handler(ctx, args)
    except (SettingsError, ProfileError) as error:
        print(f"skp-bot: {error}", file=sys.stderr)
        return EXIT_USAGE
    except DomainError as error:
        print(f"skp-bot: {error}", file=sys.stderr)
        return 1
    except SQLAlchemyError as error:
        # The database went away mid-command: name the kind of failure, never the statement's values.
        print(f"skp-bot: database error ({type(error).__name__}); nothing was changed", file=sys.stderr)
        return 1
