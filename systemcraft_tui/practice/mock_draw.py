"""The draw: which questions a mock asks, chosen as an interviewer would.

- Each behavioral or bar-raiser round owns up to three Leadership Principles (two or three
  as the format says), and a question is drawn for its scenario's primary principle. A
  round takes principles no earlier round of the loop owns before it takes any again, so
  the loop covers as many distinct principles as the library allows.
- Principles lean towards the weak ones, questions towards due cards and away from what was
  practised in the last few days (weights below; nothing is ever excluded, only less
  likely). The bar raiser also leans towards L7 scenarios.
- No item is asked twice in a loop, nor two behavioral questions worded almost the same
  (two files that ask one question, or scenarios that fall back on one principle's). A format that cannot be filled is trimmed, each
  shortfall explained in `MockDraw.notes`; with nothing to ask, `can_run` is False.
- The same library, history and seed give the same draw: one `random.Random(seed)`,
  items taken in id order, and no iteration over a set.

What the service passes in, from the log (nothing here reads it):
- `DrawHistory.principle_scores`: the mean score per principle over completed, scored
  sessions, `{s.name: s.mean_score for s in principle_standings(...) if s.mean_score is not
  None}` (progress.py). A principle missing from it was never scored and weighs as the
  weakest, as `weak_areas.principle_rank` puts unpractised principles first.
- `DrawHistory.due_ids`: ids of the scenarios and design problems whose card is due now,
  new ones included: `due_now(schedule(subjects(items), cards, now), now)` (scheduling.py).
- `DrawHistory.recent_ids`: `recent_ids(last_practised(summaries), now)` (progress.py).

The draw is kept in the mock's draft (`draw_to_plain`): a resumed mock asks what was drawn,
even though the answers saved since have changed the log."""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, TypeVar

from systemcraft_tui.content.model import BehavioralScenario, ContentItem, SystemDesignProblem
from systemcraft_tui.core.vocabulary import ItemKind
from systemcraft_tui.core.windows import DEFAULT_PROBE_SECONDS
from systemcraft_tui.practice.mock_formats import FORMATS, MockFormat, RoundFormat, RoundKind
from systemcraft_tui.practice.mock_plans import planned_seconds, question_plan
from systemcraft_tui.practice.mock_questions import asked_question, dive_chain, near_duplicate
from systemcraft_tui.practice.plain import PlainError, items, take, take_optional

RECENT_DAYS = 3
DUE_WEIGHT = 3.0  # a due card is three times as likely to be asked
RECENT_WEIGHT = 0.25  # one practised in the last RECENT_DAYS days, a quarter as likely
L7_WEIGHT = 3.0  # the bar raiser's lean towards L7 scenarios (and the principles that have one)

T = TypeVar("T")
_Pick = tuple[BehavioralScenario, str | None]  # a scenario and the principle it is asked for


def recent_ids(last_practised: Mapping[str, datetime], now: datetime, days: int = RECENT_DAYS) -> frozenset[str]:
    """The items practised in the last `days` days, from `progress.last_practised`."""
    since = now - timedelta(days=days)
    return frozenset(item_id for item_id, when in last_practised.items() if when >= since)


@dataclass(frozen=True)
class DrawHistory:
    principle_scores: Mapping[str, float] = field(default_factory=dict)
    due_ids: frozenset[str] = frozenset()
    recent_ids: frozenset[str] = frozenset()

    def principle_weight(self, principle: str) -> float:
        """3 for a principle never scored, falling to 1 for a mean score of 100."""
        score = self.principle_scores.get(principle)
        return 3.0 if score is None else 1.0 + 2.0 * (100 - min(100.0, max(0.0, score))) / 100

    def item_weight(self, item_id: str) -> float:
        due = DUE_WEIGHT if item_id in self.due_ids else 1.0
        return due * (RECENT_WEIGHT if item_id in self.recent_ids else 1.0)

    def standing(self, principle: str) -> str:
        score = self.principle_scores.get(principle)
        return "never scored" if score is None else f"mean score {score:.0f}"


@dataclass(frozen=True)
class DrawnQuestion:
    """One question as drawn. During the round only `asked` is shown; the item's title and
    principles, `principle` and `reason` are for the debrief."""

    item_id: str
    content_hash: str
    asked: str
    principle: str | None  # the principle it was drawn for
    reason: str  # why the interviewer chose it
    probes: tuple[int, ...] = ()  # indices of the item's own probes (follow-ups) asked
    dive_deeper: tuple[str, ...] = ()


@dataclass(frozen=True)
class DrawnRound:
    slot: int  # the round's place in the format's rounds
    format: RoundFormat
    principles: tuple[str, ...]  # owned, in the order drawn
    questions: tuple[DrawnQuestion, ...]  # in the order asked


@dataclass(frozen=True)
class MockDraw:
    format: MockFormat
    seed: int
    rounds: tuple[DrawnRound, ...]
    notes: tuple[str, ...] = ()  # each shortfall, in words

    @property
    def can_run(self) -> bool:
        return bool(self.rounds)

    @property
    def principles(self) -> tuple[str, ...]:
        """Every principle a round owns, each once, in the order drawn."""
        return tuple(dict.fromkeys(p for r in self.rounds for p in r.principles))

    @property
    def questions(self) -> tuple[DrawnQuestion, ...]:
        return tuple(q for r in self.rounds for q in r.questions)


def draw_mock(
    fmt: MockFormat,
    library: Sequence[ContentItem],
    history: DrawHistory,
    seed: int,
    probe_seconds: tuple[int, int] = DEFAULT_PROBE_SECONDS,
) -> MockDraw:
    rng = random.Random(seed)
    # A scenario without a STAR answer (the reader reports it) has nothing to time.
    scenarios = sorted(
        (i for i in library if isinstance(i, BehavioralScenario) and i.kind == ItemKind.BEHAVIORAL and i.star), key=lambda i: i.id
    )
    problems = sorted((i for i in library if isinstance(i, SystemDesignProblem)), key=lambda i: i.id)
    loop = _Loop(history, rng, probe_seconds)
    for slot, round_format in enumerate(fmt.rounds):
        name = round_format.title if len(fmt.rounds) == 1 else f"Round {slot + 1} ({round_format.title.lower()})"
        if round_format.kind is RoundKind.DESIGN:
            loop.design_round(slot, round_format, name, problems)
        else:
            loop.principle_round(slot, round_format, name, scenarios)
    if not loop.rounds:
        loop.notes.append("Nothing can be asked: the mock cannot run with this library.")
    return MockDraw(fmt, seed, tuple(loop.rounds), tuple(loop.notes))


def _primary(scenario: BehavioralScenario) -> str | None:
    return next(iter(scenario.canonical_principles), None)


def _is_l7(scenario: BehavioralScenario) -> bool:
    return any(level.upper().startswith("L") and level[1:].isdigit() and int(level[1:]) >= 7 for level in scenario.levels)


def _sample(
    rng: random.Random, population: Sequence[T], k: int, weight: Callable[[T], float], fits: Callable[[T], bool] = lambda _: True
) -> list[T]:
    """Up to k distinct members, each drawn in proportion to its weight; one drawn that does
    not `fits` is put aside and another drawn."""
    pool, chosen = list(population), list[T]()
    while pool and len(chosen) < k:
        pick = rng.choices(pool, weights=[weight(member) for member in pool])[0]
        pool.remove(pick)
        if fits(pick):
            chosen.append(pick)
    return chosen


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


class _Loop:
    """What the draw has decided so far: items asked, principles owned, the rounds."""

    def __init__(self, history: DrawHistory, rng: random.Random, probe_seconds: tuple[int, int]) -> None:
        self.history, self.rng, self.probe_seconds = history, rng, probe_seconds
        self.used: set[str] = set()  # membership only: never iterated
        self.covered: list[str] = []
        self.asked: list[str] = []  # the questions of the rounds kept, as the interviewer words them
        self.rounds: list[DrawnRound] = []
        self.notes: list[str] = []

    def design_round(self, slot: int, fmt: RoundFormat, name: str, problems: Sequence[SystemDesignProblem]) -> None:
        pool = [p for p in problems if p.id not in self.used]
        if not pool:
            left = " left" if problems else ""
            self.notes.append(f"{name}: the library has no system design problem{left}, so the round is left out.")
            return
        problem = _sample(self.rng, pool, 1, lambda p: self.history.item_weight(p.id))[0]
        probes = self._probes(len(problem.follow_ups), fmt.probes[1])
        question = DrawnQuestion(
            problem.id, problem.content_hash, asked_question(problem), None, self._reason(problem.id), probes
        )
        self._keep(DrawnRound(slot, fmt, (), (question,)))

    def principle_round(self, slot: int, fmt: RoundFormat, name: str, scenarios: Sequence[BehavioralScenario]) -> None:
        pool = [s for s in scenarios if s.id not in self.used]
        if not pool:
            which = "left unasked" if scenarios else "with a STAR answer"
            self.notes.append(f"{name}: the library has no behavioral scenario {which}, so the round is left out.")
            return
        by_principle: dict[str | None, list[BehavioralScenario]] = {}
        for scenario in pool:
            by_principle.setdefault(_primary(scenario), []).append(scenario)

        def principle_weight(principle: str) -> float:
            l7 = fmt.prefer_l7 and any(_is_l7(s) for s in by_principle[principle])
            return self.history.principle_weight(principle) * (L7_WEIGHT if l7 else 1.0)

        def item_weight(scenario: BehavioralScenario) -> float:
            return self.history.item_weight(scenario.id) * (L7_WEIGHT if fmt.prefer_l7 and _is_l7(scenario) else 1.0)

        named = [p for p in by_principle if p is not None]
        most = fmt.principles[1]
        owned = _sample(self.rng, [p for p in named if p not in self.covered], most, principle_weight)
        owned += _sample(self.rng, [p for p in named if p in self.covered], most - len(owned), principle_weight)
        unasked = self._unasked()
        picks: list[_Pick] = [(s, p) for p in owned for s in _sample(self.rng, by_principle[p], 1, item_weight, unasked)]
        taken = {s.id for s, _ in picks}
        # More questions on the principles owned (or on scenarios that name none).
        spare: list[_Pick] = [(s, p) for p in [*owned, None] for s in by_principle.get(p, []) if s.id not in taken]
        picks += _sample(
            self.rng, spare, fmt.questions[1] - len(picks), lambda pick: item_weight(pick[0]), lambda pick: unasked(pick[0])
        )
        kept, probes, dives = self._fit(fmt, picks)
        self.rng.shuffle(kept)
        questions = tuple(
            DrawnQuestion(
                s.id,
                s.content_hash,
                asked_question(s),
                p,
                self._reason(s.id, p, fmt.prefer_l7 and _is_l7(s)),
                self._probes(len(s.probes), probes),
                dive_chain(self.rng, dives),
            )
            for s, p in kept
        )
        principles = tuple(p for p in owned if any(q.principle == p for q in questions))
        self._shortfalls(name, fmt, len(questions), len(principles))
        self._keep(DrawnRound(slot, fmt, principles, questions))

    def _fit(self, fmt: RoundFormat, picks: list[_Pick]) -> tuple[list[_Pick], int, int]:
        """As many questions as fit the round's answer time at their windows' maxima, then
        as many probes, then as much of the dive-deeper chain; the format's least if nothing fits."""
        answers = [planned_seconds(question_plan(fmt, s, (), (), self.probe_seconds)) for s, _ in picks]
        probe = self.probe_seconds[1]
        fewest = min(fmt.questions[0], len(picks))
        for n in range(min(fmt.questions[1], len(picks)), fewest - 1, -1):
            for probes in range(fmt.probes[1], fmt.probes[0] - 1, -1):
                for dives in range(fmt.dive_deeper[1], fmt.dive_deeper[0] - 1, -1):
                    asked = sum(min(probes, len(s.probes)) + dives for s, _ in picks[:n])
                    if sum(answers[:n]) + asked * probe <= fmt.answer_seconds:
                        return picks[:n], probes, dives
        return picks[:fewest], fmt.probes[0], fmt.dive_deeper[0]

    def _unasked(self) -> Callable[[BehavioralScenario], bool]:
        """Whether a scenario drawn asks a question new to the loop: none of the rounds kept
        nor of those drawn with it asked one worded almost the same. A new one counts as
        asked for the rest of the round's draw (a round kept notes its own in `_keep`)."""
        asked = list(self.asked)

        def unasked(item: BehavioralScenario) -> bool:
            question = asked_question(item)
            if any(near_duplicate(question, other) for other in asked):
                return False
            asked.append(question)
            return True

        return unasked

    def _probes(self, available: int, wanted: int) -> tuple[int, ...]:
        return tuple(sorted(self.rng.sample(range(available), min(wanted, available))))

    def _reason(self, item_id: str, principle: str | None = None, l7: bool = False) -> str:
        parts = [f"drawn for {principle} ({self.history.standing(principle)})"] if principle else []
        parts += ["due for review"] if item_id in self.history.due_ids else []
        parts += [f"practised in the last {RECENT_DAYS} days"] if item_id in self.history.recent_ids else []
        parts += ["an L7 scenario, as the bar raiser prefers"] if l7 else []
        return "; ".join(parts) or "drawn at random"

    def _shortfalls(self, name: str, fmt: RoundFormat, questions: int, principles: int) -> None:
        low, high = fmt.questions
        if questions < low:
            self.notes.append(
                f"{name}: asks {_count(questions, 'question')} instead of {low}-{high}: "
                "the library has no more unasked scenarios on its principles."
            )
        low, high = fmt.principles
        if principles < low:
            self.notes.append(
                f"{name}: owns {_count(principles, 'principle')} instead of {low}-{high}: the unasked scenarios name no more."
            )

    def _keep(self, drawn: DrawnRound) -> None:
        self.rounds.append(drawn)
        self.used.update(q.item_id for q in drawn.questions)
        self.asked += [q.asked for q in drawn.questions]
        self.covered += [p for p in drawn.principles if p not in self.covered]


# --- kept in the draft as plain values ---------------------------------------------------


def draw_to_plain(drawn: MockDraw) -> dict[str, Any]:
    return {
        "format": drawn.format.key,
        "seed": drawn.seed,
        "notes": list(drawn.notes),
        "rounds": [
            {
                "slot": r.slot,
                "principles": list(r.principles),
                "questions": [
                    {
                        "item_id": q.item_id,
                        "content_hash": q.content_hash,
                        "asked": q.asked,
                        "principle": q.principle,
                        "reason": q.reason,
                        "probes": list(q.probes),
                        "dive_deeper": list(q.dive_deeper),
                    }
                    for q in r.questions
                ],
            }
            for r in drawn.rounds
        ],
    }


def draw_from_plain(value: Any, formats: Mapping[str, MockFormat] = FORMATS, where: str = "draw") -> MockDraw:
    key = take(value, "format", str, where)
    if key not in formats:
        raise PlainError(f"{where}.format: no mock format {key!r}")
    fmt = formats[key]
    rounds = []
    for i, plain in enumerate(take(value, "rounds", list, where)):
        at = f"{where}.rounds[{i}]"
        slot = take(plain, "slot", int, at)
        if not 0 <= slot < len(fmt.rounds):
            raise PlainError(f"{at}.slot: {key} has no round {slot}")
        questions = tuple(
            _question_from_plain(q, f"{at}.questions[{n}]") for n, q in enumerate(take(plain, "questions", list, at))
        )
        rounds.append(DrawnRound(slot, fmt.rounds[slot], tuple(items(plain, "principles", str, at)), questions))
    return MockDraw(fmt, take(value, "seed", int, where), tuple(rounds), tuple(items(value, "notes", str, where)))


def _question_from_plain(value: Any, where: str) -> DrawnQuestion:
    return DrawnQuestion(
        take(value, "item_id", str, where),
        take(value, "content_hash", str, where),
        take(value, "asked", str, where),
        take_optional(value, "principle", str, where),
        take(value, "reason", str, where),
        tuple(items(value, "probes", int, where)),
        tuple(items(value, "dive_deeper", str, where)),
    )
