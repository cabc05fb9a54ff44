"""Crisis detection: whether a message signals danger now (acute), may be serious (worrying), or neither,
which kind of danger (suicide, overdose, violence), and the signs that decided it."""

from bot.policy.crisis.assess import NOTHING, Assessment, Level, assess
from bot.policy.crisis.signs import DangerKind

__all__ = ["NOTHING", "Assessment", "DangerKind", "Level", "assess"]
