"""Who is who in the demo: a worker and a neighbour on Telegram, a citizen on SMS.

The addresses are made up (Telegram chat ids, a Danish mobile number) and exist only in the stand-ins.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Cast:
    """The three phones of the simulator and the names the bot knows them by."""

    worker_name: str = "Susanne"
    worker_chat: int = 1001
    neighbour_name: str = "Nabo"
    neighbour_chat: int = 2002
    citizen_alias: str = "Ravn"
    citizen_phone: str = "+4527241393"

    def telegram_chat(self, phone: str) -> int | None:
        """The Telegram chat of a simulator phone ("worker", "neighbour"); None for the SMS phone."""
        return {"worker": self.worker_chat, "neighbour": self.neighbour_chat}.get(phone)

    def first_name(self, phone: str) -> str:
        return self.worker_name if phone == "worker" else self.neighbour_name


PHONES = ("citizen", "neighbour", "worker")
"""The simulator's phones, left to right."""
