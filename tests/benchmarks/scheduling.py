"""Spaced-repetition benchmark: what the library's Due filter and the "practice next" key
compute, over the bundled library and a history of 10,000 sessions.

Run: uv run python tests/benchmarks/scheduling.py [--runs N] [--sessions N]
Builds the factories' realistic history as summaries (what the app reads), a card for
every rehearsable item and 50 own stories with their cards, then times, several times,
the due list the library filters on and `practice_next` (which also ranks the 16
principles over the whole history). Prints one JSON object with the medians in ms."""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from collections.abc import Callable
from datetime import timedelta

from systemcraft_tui.content.library import load_library
from systemcraft_tui.core.summaries import summarize
from systemcraft_tui.locations import bundled_content_dir
from systemcraft_tui.practice.card_review import review
from systemcraft_tui.practice.progress import last_practised, principle_standings
from systemcraft_tui.practice.scheduling import (
    due_now,
    practice_next,
    schedule,
    subjects,
)
from tests.store import factories


def median_ms(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 2)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--sessions", type=int, default=10_000)
    args = parser.parse_args()
    items = load_library([bundled_content_dir()]).items
    summaries = sorted((summarize(s) for s in factories.history(args.sessions, notes_chars=0)), key=lambda s: s.started, reverse=True)
    now = summaries[0].started + timedelta(hours=12)
    rng = random.Random(5)
    stories = [factories.story(rng, n) for n in range(50)]
    cards = [review(None, s.subject, s.id, rng.randint(20, 100), now - timedelta(days=rng.randint(1, 40))) for s in subjects(items, stories)]
    due = median_ms(lambda: due_now(schedule(subjects(items), cards, now), now), args.runs)
    pick = median_ms(lambda: practice_next(items, stories, cards, principle_standings(summaries, stories), last_practised(summaries), now), args.runs)
    print(
        json.dumps(
            {
                "sessions": args.sessions,
                "items": len(items),
                "stories": len(stories),
                "cards": len(cards),
                "runs": args.runs,
                "due_list_ms": due,
                f"practice_next_ms_at_{args.sessions}": pick,
            }
        )
    )


if __name__ == "__main__":
    main()
