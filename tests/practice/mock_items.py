"""Scenarios and design problems built in code, for mock interview tests: only what a
draw or a run reads (principles, levels, STAR windows, probes, phases)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from systemcraft_tui.content.library import load_library
from systemcraft_tui.content.model import (
    BehavioralScenario,
    Origin,
    Phase,
    PrincipleRef,
    Probe,
    StarSection,
    SystemDesignProblem,
)
from systemcraft_tui.content.timing import DEFAULT_DESIGN_PHASES, DEFAULT_STAR_SECONDS

FIXTURES = Path(__file__).parent.parent / "fixtures" / "content"
BUNDLED = Path(__file__).parent.parent.parent / "data"


def fixture_library() -> list:
    return load_library([FIXTURES]).items


@cache
def bundled_library() -> list:
    """The bundled content, read once: tests only read it."""
    return load_library([BUNDLED]).items


def scenario(
    sid: str,
    primary: str | None,
    level: str = "L6",
    probes: int = 2,
    question: str = "",
    answer_minutes: tuple[int, int] | None = None,
) -> BehavioralScenario:
    """A scenario with the level's default STAR windows, or windows stretched so the whole
    answer takes `answer_minutes` (each section in proportion)."""
    windows = DEFAULT_STAR_SECONDS[level]
    if answer_minutes:
        low, high = (sum(w[i] for w in windows.values()) for i in (0, 1))
        windows = {n: (a * answer_minutes[0] * 60 // low, b * answer_minutes[1] * 60 // high) for n, (a, b) in windows.items()}
    star = [StarSection(name, low, high, f"{name} of {sid}", 1) for name, (low, high) in windows.items()]
    return BehavioralScenario(
        sid,
        f"Title of {sid}",
        None,
        (level,),
        Origin(Path(f"{sid}.md"), 1),
        f"sha256:{sid}",
        question=question,
        star=star,
        probes=[Probe(f"Probe {i} of {sid}?", None, None, 1) for i in range(1, probes + 1)],
        principles=[PrincipleRef(primary, primary, "Primary", "", 1)] if primary else [],
    )


def problem(pid: str, follow_ups: int = 2, question: str = "") -> SystemDesignProblem:
    return SystemDesignProblem(
        pid,
        f"Design of {pid}",
        ("L6",),
        Origin(Path(f"{pid}.md"), 1),
        f"sha256:{pid}",
        question=question,
        phases=[Phase(name, low, high, 1, "default") for name, low, high in DEFAULT_DESIGN_PHASES],
        follow_ups=[Probe(f"Follow-up {i} of {pid}?", None, None, 1) for i in range(1, follow_ups + 1)],
    )
