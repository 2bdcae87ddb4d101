"""The practice service: every use case a screen triggers and every read model it shows,
over the practice log, the content library, the clock and the settings.

It knows nothing of Textual. Reads come from the log's memory and never wait on the disk;
each write returns once it is on disk, or raises StoreError or OSError, so the app runs
writes in worker threads and tells the screens by message (ui/log_work.py)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from systemcraft_tui.content.library import Library
from systemcraft_tui.content.model import BehavioralScenario, ContentItem, DeepDive, PracticePlan
from systemcraft_tui.core.records import MockRecord, PlanProgress, Record, ReviewCard, Session, Story, WeeklyAssessment
from systemcraft_tui.core.summaries import SessionSummary
from systemcraft_tui.core.vocabulary import CardSubject, Mode
from systemcraft_tui.practice.assessment import Attempt, Rehearsable
from systemcraft_tui.practice.clock import Clock
from systemcraft_tui.practice.progress import last_practised, principle_standings
from systemcraft_tui.practice.rehearsal import Rehearsal
from systemcraft_tui.practice.scheduling import Scheduled, due_now, practice_next, schedule, subjects
from systemcraft_tui.practice.steps import behavioral_plan, design_plan
from systemcraft_tui.practice.stories import recent_uses, story_scenario
from systemcraft_tui.service.sessions import checklist_session, last_completed, resume_draft
from systemcraft_tui.service.settings import Settings
from systemcraft_tui.store import PracticeLog

if TYPE_CHECKING:  # what mocks, plans, reviews and Progress use loads when first used, not at start
    from systemcraft_tui.practice.mock_draw import DrawHistory
    from systemcraft_tui.store.stats import PracticeStats

# --- read models: what a screen shows, computed once per look ---------------------------------


@dataclass(frozen=True)
class StoryBank:
    now: datetime
    stories: tuple[Story, ...]  # by title
    uses: Mapping[str, int]  # each story's rehearsals in the overuse window
    due: Mapping[str, Scheduled]  # each story's spaced-repetition state


@dataclass(frozen=True)
class ProgressFacts:
    now: datetime
    summaries: tuple[SessionSummary, ...]  # newest first
    stats: PracticeStats
    stories: tuple[Story, ...]
    assessments: tuple[WeeklyAssessment, ...]  # oldest week first
    plans: tuple[PlanProgress, ...]  # most recently touched first
    mocks: tuple[MockRecord, ...]  # newest first


@dataclass(frozen=True)
class HistoryFacts:
    now: datetime
    summaries: tuple[SessionSummary, ...]  # newest first


@dataclass(frozen=True)
class NextPick:
    item: ContentItem
    title: str
    reason: str


class Practice:
    """The user's practice: build it with `Practice.open` (or from an open log in tests)."""

    def __init__(self, log: PracticeLog, library: Library, clock: Clock, settings: Settings) -> None:
        self._log = log
        self.library = library
        self.clock = clock
        self.settings = settings
        self._due: tuple[object, datetime, frozenset[str]] | None = None

    @classmethod
    def open(cls, library: Library, clock: Clock, settings: Settings, *, start_fresh: bool = False) -> Practice:
        """Raises LogDamaged, LogUnavailable (store/errors.py) as PracticeLog.open does."""
        return cls(PracticeLog.open(settings.data_dir, start_fresh=start_fresh), library, clock, settings)

    # --- what opening the log found ---------------------------------------------------------

    @property
    def read_only_reason(self) -> str | None:
        return self._log.read_only_reason

    def opening_notes(self) -> list[tuple[str, str]]:
        """(title, sentence) for each thing the user should hear about the log as it opened."""
        notes = [("An interrupted change", note) for note in self._log.recovered]
        if self._log.set_aside:
            notes.append(("Started a fresh log", "\n".join(f.describe() for f in self._log.set_aside)))
        notes += [("Skipped a malformed record", warning) for warning in self._log.warnings]
        return notes

    # --- time ----------------------------------------------------------------------------

    def now(self) -> datetime:
        return self.clock.utc_now()

    def today(self) -> date:
        """The user's calendar day."""
        return self.now().astimezone().date()

    # --- attempts: start, resume, save, abandon ----------------------------------------------

    def rehearsal(self, item: Rehearsable, mode: Mode | None, preset_minutes: int | None) -> Rehearsal:
        probe = self.settings.probe_seconds
        if isinstance(item, BehavioralScenario):
            plan = behavioral_plan(item, mode or Mode.FULL, probe)  # no mode chosen: the full answer
        else:
            plan = design_plan(item, preset_minutes, probe)
        return Rehearsal(plan, self.clock)

    def drafts(self) -> list[Session]:
        return self._log.drafts()

    def resume(self, draft: Session) -> tuple[Rehearsable, Rehearsal] | None:
        """The rehearsal a draft was saved from; None when its item is gone."""
        return resume_draft(draft, self.library, self.clock, self.settings.probe_seconds, self._log.stories())

    def save_session(self, session: Session) -> None:
        """A draft or an abandoned attempt."""
        self._log.save(session)

    def complete(self, session: Session, attempt: Attempt) -> None:
        """A scored attempt and the review card its score moves, together."""
        from systemcraft_tui.practice.card_review import review_session

        card = review_session(self._log.review_cards(), attempt.kind, attempt.item_id, attempt.score, attempt.finished_at)
        self._log.save_all([session, card])

    def save_checklist(self, item: DeepDive, ratings: dict[str, int], seconds: list[float], started: datetime) -> Session:
        session = checklist_session(item, ratings, seconds, started, self.now())
        self._log.save(session)
        return session

    def last_completed(self) -> dict[str, SessionSummary]:
        return last_completed(self._log.summaries())

    # --- mock interviews ------------------------------------------------------------------

    def mocks(self) -> list[MockRecord]:
        """Every mock interview, drafts included, newest first."""
        return self._log.mocks()

    def draw_history(self) -> DrawHistory:
        """What a mock's interviewer leans on: principles' mean scores, due cards, recent practice."""
        from systemcraft_tui.practice.mock_draw import DrawHistory, recent_ids

        summaries = self._log.summaries()
        standings = principle_standings(summaries, self._log.stories())
        scores = {s.name: s.mean_score for s in standings if s.mean_score is not None}
        return DrawHistory(scores, self.due_ids(), recent_ids(last_practised(summaries), self.now()))

    def mock_cards(self, scored: Iterable[Attempt]) -> list[ReviewCard]:
        """The review cards a mock's scored answers move, each after the one before."""
        from systemcraft_tui.practice.card_review import review_session

        cards: list[ReviewCard] = []
        known = self._log.review_cards()
        for attempt in scored:
            cards.append(review_session([*known, *cards], attempt.kind, attempt.item_id, attempt.score, attempt.finished_at))
        return cards

    def save_mock(self, records: Sequence[Record]) -> None:
        """A mock's record with its answers and their cards, one write per file."""
        self._log.save_all(records)

    # --- stories -------------------------------------------------------------------------

    def story_bank(self) -> StoryBank:
        now = self.now()
        stories = self._log.stories()
        due = {s.subject.id: s for s in schedule(subjects([], stories), self._log.review_cards(), now)}
        return StoryBank(now, tuple(stories), recent_uses(self._log.summaries(), now), due)

    def save_story(self, story: Story) -> None:
        self._log.save(story)

    def delete_story(self, story: Story) -> None:
        """The story and its review card, together; its rehearsals stay in the history."""
        cards = [c for c in self._log.review_cards() if c.subject == CardSubject.STORY and c.subject_id == story.id]
        self._log.change(delete=[story, *cards], description=f"removal of {story.label}")

    # --- plans ---------------------------------------------------------------------------

    def followed(self) -> PlanProgress | None:
        """The plan the user follows: the most recently touched, should the log hold several."""
        plans = self._log.plans()
        return plans[0] if plans else None

    def plans(self) -> list[PracticePlan]:
        return [item for item in self.library.items if isinstance(item, PracticePlan)]

    def follow(self, plan: PracticePlan, start: date) -> PlanProgress:
        """Follow `plan` from `start`, all at once: a new start date keeps its ticks; any
        other plan followed is dropped."""
        previous = {p.plan_id: p for p in self._log.plans()}
        kept = previous[plan.id].done if plan.id in previous else ()
        progress = PlanProgress(plan.id, plan.title, plan.content_hash, start, self.now(), kept)
        others = [p for p in previous.values() if p.plan_id != plan.id]
        self._log.change(save=[progress], delete=others, description=f"following {plan.id}")
        return progress

    def stop(self, progress: PlanProgress) -> None:
        """Stop following a plan: its ticks go; weekly assessments stay."""
        self._log.delete(progress)

    def tick(self, progress: PlanProgress, key: str, done: bool) -> PlanProgress:
        """The plan with a deliverable ticked (or not), as it is saved."""
        from systemcraft_tui.practice.plan_progress import with_tick

        return replace(progress, done=with_tick(progress.done, key, done), updated=self.now())

    def save_plan(self, progress: PlanProgress) -> None:
        self._log.save(progress)

    def assessments(self, plan_id: str) -> list[WeeklyAssessment]:
        return [a for a in self._log.assessments() if a.plan_id == plan_id]

    def save_assessment(self, assessment: WeeklyAssessment) -> None:
        self._log.save(assessment)

    # --- looking back ----------------------------------------------------------------------

    def due_ids(self) -> frozenset[str]:
        """The library's items due for review now; worked out again only when the cards
        change or the clock reaches the next one's due time."""
        cards = self._log.review_cards()
        now = self.now()
        key: object = tuple(cards)
        if self._due is not None and self._due[0] == key and now < self._due[1]:
            return self._due[2]
        scheduled = schedule(subjects(self.library.items), cards, now)
        due = frozenset(s.subject.id for s in due_now(scheduled, now))
        upcoming = min((s.due for s in scheduled if s.due > now), default=datetime.max.replace(tzinfo=now.tzinfo))
        self._due = (key, upcoming, due)
        return due

    def progress(self) -> ProgressFacts:
        from systemcraft_tui.store.stats import practice_stats

        now = self.now()
        summaries = self._log.summaries()
        return ProgressFacts(
            now,
            tuple(summaries),
            practice_stats(summaries, now),
            tuple(self._log.stories()),
            tuple(self._log.assessments()),
            tuple(self._log.plans()),
            tuple(self._log.mocks()),
        )

    def history(self) -> HistoryFacts:
        return HistoryFacts(self.now(), tuple(self._log.summaries()))

    def session(self, session_id: str) -> Session | None:
        """One whole session, notes included (read from its file)."""
        return self._log.session(session_id)

    def practice_next(self) -> NextPick | None:
        """The most overdue card's item, else a scenario on the weakest principle."""
        log = self._log
        stories = log.stories()
        pick = practice_next(self.library.items, stories, log.review_cards(), log.summaries(), self.now())
        if pick is None:
            return None
        if pick.subject.subject == CardSubject.STORY:
            item: ContentItem | None = story_scenario(next(s for s in stories if s.id == pick.subject.id))
        else:
            item = self.library.get(pick.subject.id)
        assert item is not None  # picked from the library and the stories just read
        return NextPick(item, pick.subject.title, pick.reason)

