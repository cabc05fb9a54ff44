"""What a benchmark run measured, and paired runs summed up.

On a 2-core machine a single run of the baseline swings by up to 40 % (other processes, the CPU's clock),
more than the differences we look for. So the baseline and skp-bot run back to back, several times, and
the ratio reported is the median of the pairs' ratios; every pair is printed as well.
"""

import statistics
from dataclasses import dataclass


@dataclass
class Figures:
    name: str
    per_second: float
    p50_ms: float
    p99_ms: float
    unit: str = "msg/s"

    def line(self) -> str:
        rate = f"{self.per_second:8.1f} {self.unit}"
        return f"{self.name:<44} {rate}   p50 {self.p50_ms:6.1f} ms   p99 {self.p99_ms:6.1f} ms"


@dataclass(frozen=True)
class Pair:
    """One baseline run and the skp-bot run right after it."""

    baseline: Figures
    ours: Figures

    @property
    def throughput(self) -> float:
        return self.ours.per_second / self.baseline.per_second

    @property
    def p99(self) -> float:
        return self.ours.p99_ms / self.baseline.p99_ms


def median_ratios(pairs: list[Pair]) -> tuple[float, float]:
    """The median throughput ratio and the median p99 ratio (ours / baseline) of the pairs."""
    return (
        statistics.median(pair.throughput for pair in pairs),
        statistics.median(pair.p99 for pair in pairs),
    )
