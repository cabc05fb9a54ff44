"""Renders the operational figures in Prometheus' text format (the body of `GET /metrics`).

The numbers come from the database (bot/services/metrics.py); this module only names them. Labels are
channel, direction and reminder kind: closed vocabularies, never anything about a person.
"""

from collections.abc import Iterable

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.process_collector import ProcessCollector
from prometheus_client.registry import Collector

from bot.services.metrics import OperationalFigures

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


class _Figures(Collector):
    """One scrape's figures as metric families."""

    def __init__(self, figures: OperationalFigures, read_seconds: float) -> None:
        self._figures = figures
        self._read_seconds = read_seconds

    def collect(self) -> Iterable[Metric]:
        f = self._figures
        messages = CounterMetricFamily(
            "skp_messages",
            "Messages relayed between citizens and workers, stored in the database",
            labels=["direction", "channel"],
        )
        for (direction, channel), count in sorted(f.messages.items()):
            messages.add_metric([direction, channel], count)
        yield messages

        pending = GaugeMetricFamily(
            "skp_outbox_pending", "Outgoing messages waiting in the outbox", labels=["channel"]
        )
        for channel, count in sorted(f.outbox_pending.items()):
            pending.add_metric([channel], count)
        yield pending
        yield GaugeMetricFamily(
            "skp_outbox_oldest_pending_age_seconds",
            "How long the oldest waiting outgoing message has waited (0 when none waits)",
            value=f.outbox_oldest_pending_seconds,
        )
        given_up = GaugeMetricFamily(
            "skp_outbox_given_up",
            "Outgoing messages the bot gave up sending after its retries (recipient blocked, number dead)",
            labels=["channel"],
        )
        for channel, count in sorted(f.outbox_given_up.items()):
            given_up.add_metric([channel], count)
        yield given_up

        sent = CounterMetricFamily("skp_reminders_sent", "Reminders the scheduler sent", labels=["kind"])
        late = CounterMetricFamily(
            "skp_reminders_late", "Reminders sent late, caught up after downtime", labels=["kind"]
        )
        for kind in sorted(f.reminders_sent):
            sent.add_metric([kind], f.reminders_sent[kind])
            late.add_metric([kind], f.reminders_late[kind])
        yield sent
        yield late

        yield GaugeMetricFamily(
            "skp_reports_deadline_at_risk",
            "Concern reports not yet picked up whose deadline falls within the profile's warning time",
            value=f.reports_deadline_at_risk,
        )
        yield GaugeMetricFamily(
            "skp_reports_deadline_passed",
            "Concern reports not yet picked up whose deadline has passed",
            value=f.reports_deadline_passed,
        )
        yield GaugeMetricFamily(
            "skp_metrics_read_seconds",
            "Time the database took to answer this scrape's queries",
            value=self._read_seconds,
        )


def render(figures: OperationalFigures, read_seconds: float) -> bytes:
    """The exposition text of one scrape, with the process' own figures (memory, CPU, open files)."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(_Figures(figures, read_seconds))
    ProcessCollector(registry=registry)
    return generate_latest(registry)
