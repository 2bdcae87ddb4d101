"""Content items as plain JSON-ready dicts: what `systemcraft inspect --json` prints."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from systemcraft_tui.content.model import (
    BehavioralScenario,
    ContentItem,
    DeepDive,
    PracticePlan,
    Probe,
    SystemDesignProblem,
)


def level_label(levels: tuple[str, ...]) -> str | None:
    return "/".join(levels) or None


def item_to_dict(item: ContentItem) -> dict[str, Any]:
    base: dict[str, Any] = {
        "kind": item.kind,
        "id": item.id,
        "title": item.title,
        "level": level_label(item.levels),
        "levels": list(item.levels),
        "source": str(item.origin.path),
        "line": item.origin.line,
        "content_hash": item.content_hash,
        "rule": item.rule,
        "question": None,
        "sections": [],
        "probes": [],
        "principles": [],
    }
    if isinstance(item, BehavioralScenario):
        base |= _behavioral(item)
    elif isinstance(item, SystemDesignProblem):
        base |= _system_design(item)
    elif isinstance(item, DeepDive):
        base |= {
            "summary": item.summary,
            "concepts": [asdict(c) for c in item.concepts],
            "checklists": [asdict(c) | {"items": list(c.items)} for c in item.checklists],
            "quick_prep": item.quick_prep,
        }
    elif isinstance(item, PracticePlan):
        base |= {
            "length_weeks": item.length_weeks,
            "weeks": [asdict(w) | {"deliverables": list(w.deliverables)} for w in item.weeks],
            "daily_routine": item.daily_routine,
            "dimensions": [asdict(d) for d in item.dimensions],
            "triggers": [asdict(t) for t in item.triggers],
            "milestones": [asdict(m) for m in item.milestones],
        }
    return base


def _probes(probes: list[Probe]) -> list[dict[str, Any]]:
    return [asdict(p) for p in probes]


def _behavioral(item: BehavioralScenario) -> dict[str, Any]:
    return {
        "code": item.code,
        "question": item.question,
        "question_source": item.question_source,
        "evaluates": [asdict(c) for c in item.evaluates],
        "setup": item.setup,
        "expectations": [asdict(e) for e in item.expectations],
        "sections": [asdict(s) for s in item.star],
        "probes": _probes(item.probes),
        "principles": item.canonical_principles,
        "principle_refs": [asdict(p) for p in item.principles],
        "unknown_principles": [p.written for p in item.principles if p.canonical is None],
        "red_flags": item.red_flags,
        "success_factors": item.success_factors,
        "self_assessment": item.self_assessment,
        "timing_practice": [asdict(v) for v in item.timing_practice],
    }


def _system_design(item: SystemDesignProblem) -> dict[str, Any]:
    return {
        "question": item.question,
        "total_minutes": item.total_minutes,
        "sections": [
            {
                "name": p.name,
                "min_seconds": p.min_minutes * 60,
                "max_seconds": p.max_minutes * 60,
                "min_minutes": p.min_minutes,
                "max_minutes": p.max_minutes,
                "timing": p.timing,
                "line": p.line,
            }
            for p in item.phases
        ],
        "probes": _probes(item.follow_ups),
        "business_context": item.business_context,
        "functional_requirements": item.functional_requirements,
        "non_functional": [asdict(r) for r in item.non_functional],
        "constraints": [asdict(c) for c in item.constraints],
        "l6_depth": item.l6_depth,
        "l7_strategic": item.l7_strategic,
        "success_metrics": item.success_metrics,
    }
