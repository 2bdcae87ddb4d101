"""How the benchmarks judge and print what they measured: each figure of the performance
issue's list beside its target, met or not, then one JSON line with every figure."""

from __future__ import annotations

import json
import os
import platform
import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Target:
    name: str
    value: float
    limit: float  # met when value <= limit
    unit: str  # "x bare", "ms", "MB", "x bytes read", ...

    @property
    def met(self) -> bool:
        return self.value <= self.limit

    def line(self) -> str:
        verdict = "met    " if self.met else "NOT MET"
        return f"{verdict}  {self.name}: {self.value:g} {self.unit} (target <= {self.limit:g} {self.unit})"


def median(values: Sequence[float], digits: int = 1) -> float:
    return round(statistics.median(values), digits)


def ratio(value: float, bare: float) -> float:
    return round(value / bare, 2)


def machine() -> dict[str, object]:
    """What else the machine was doing: its load averages, read now."""
    return {
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        "load_1_5_15": [round(load, 2) for load in os.getloadavg()],
    }


def report(benchmark: str, figures: dict[str, object], targets: list[Target], load_before: list[float]) -> None:
    """The targets, one line each, then `benchmark`'s figures and targets as one JSON line."""
    after = machine()
    print(f"\n{benchmark}: {sum(t.met for t in targets)} of {len(targets)} targets met")
    for target in targets:
        print("  " + target.line())
    print(f"  load average before {load_before}, after {after['load_1_5_15']} ({after['machine']})")
    record = {"benchmark": benchmark, **figures, "targets": [asdict(t) | {"met": t.met} for t in targets]}
    print(json.dumps(record | {"load_before": load_before} | after))
