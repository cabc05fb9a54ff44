"""Who answers a citizen today: the one rule that relay, alerts, reminders, the overview and the away
message all ask, so a citizen's message and the reminder about them reach the same person.

1. their own worker, if present (not away today) and reachable (active, enrolled in Telegram);
2. else the cover named for the worker's absence, if present and reachable;
3. else the team's colleagues on duty who are present and reachable;
4. else the team's present, reachable leads;
5. else (nobody at work at all) the team's reachable on-duty workers even if away, else the own worker or
   the leads even if away: nothing is dropped while anyone can receive it.

The callers read the facts; the rule decides. The team's lists are asked for only when the own worker
cannot answer, so the common case needs nothing but the worker and their absence.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Colleague:
    """A worker as the rule sees them."""

    id: int
    reachable: bool  # active and enrolled in Telegram: a message to them arrives
    away: bool  # absent today

    @property
    def present(self) -> bool:
        return self.reachable and not self.away


Colleagues = Callable[[], Sequence[Colleague]]
"""A team's workers of one kind (on duty; leads), read only when the rule gets that far."""


def who_answers(
    own: Colleague | None, cover: Colleague | None, on_duty: Colleagues, leads: Colleagues
) -> list[int]:
    """The ids of the workers who answer, by the rule in the module docstring. `cover`: the colleague
    named for the own worker's absence today, if any."""
    if own is not None and own.present:
        return [own.id]
    if own is not None and own.away and cover is not None and cover.present:
        return [cover.id]
    exclude = own.id if own is not None else None
    duty = on_duty()
    present = [w.id for w in duty if w.present and w.id != exclude]
    if present:
        return present
    present_leads = [w.id for w in leads() if w.present]
    if present_leads:
        return present_leads
    anyone = [w.id for w in duty if w.reachable]
    if anyone:
        return anyone
    if own is not None and own.reachable:
        return [own.id]
    return [w.id for w in leads() if w.reachable]
