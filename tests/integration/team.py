"""The scheduler's world with buttons to tap: Susanne (Ravn's worker), Vivian and Lene the lead."""

from tests.integration.scheduling_world import SUSANNE, World
from tests.integration.worker_talk import WorkerTalk


class Team(World, WorkerTalk):
    """The scheduler's world, with buttons to tap."""

    def reminder_buttons(self, address: str = SUSANNE) -> dict[str, str]:
        """label → callback data under the latest check-in reminder to `address`."""
        (*_, (_, _, options)) = self.checkin_reminders(address)
        assert options is not None
        return {label: data for label, data in options["choices"]}
