"""The practice service: every use case a screen triggers and every read model it shows,
over the practice log, the content library, the clock and the settings.

It knows nothing of Textual. Reads come from the log's memory and its digest: they never
touch the disk nor wait on a save (`read_others`, in a worker, reads what another window saved);
each write returns once it is on disk, or raises StoreError or OSError, so the app runs
writes in worker threads and tells the screens by message (ui/practice_app.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, TypeVar

from systemcraft_tui.content.model import BehavioralScenario, ContentItem, PracticePlan
from systemcraft_tui.core.records import MockRecord, PlanProgress, Record, ReviewCard, Session, Story, WeeklyAssessment
from systemcraft_tui.core.vocabulary import CardSubject, Mode, SessionStatus
from systemcraft_tui.core.word_forms import needle
from systemcraft_tui.practice.progress import (
    PRACTISED,
    STAR_KINDS,
    STAR_NAMES,
    DeliveryPoint,
    PracticeWeek,
    PrincipleFigures,
    PrincipleStanding,
    SectionTiming,
    delivery_trend,
    practice_weeks,
    section_timing,
    standings_of,
    streak_of,
    week_start,
)
from systemcraft_tui.practice.scheduling import Scheduled, due_now, practice_next, schedule, subjects
from systemcraft_tui.practice.stories import OVERUSE_DAYS, recent_uses, story_scenario
from systemcraft_tui.service.settings import Settings
from systemcraft_tui.store import PracticeLog

if TYPE_CHECKING:  # what rehearsals, mocks and the figures use loads when first used, not at start
    from pathlib import Path

    from systemcraft_tui.content.library import Library
    from systemcraft_tui.content.model import DeepDive
    from systemcraft_tui.core.summaries import SessionSummary
    from systemcraft_tui.practice.assessment import Attempt, Rehearsable
    from systemcraft_tui.practice.clock import Clock
    from systemcraft_tui.practice.history import HistoryFilters
    from systemcraft_tui.practice.mock_draw import DrawHistory
    from systemcraft_tui.practice.rehearsal import Rehearsal
    from systemcraft_tui.store.digest import Digest, Page
    from systemcraft_tui.store.stats import PracticeStats

WEEKS_SHOWN = 12  # practice per week, on the progress review
HEARD_SHOWN = 8  # sessions heard with voice, on the progress review
_PRACTISED = [str(status) for status in PRACTISED]

# --- read models: what a screen shows, computed once per look ---------------------------------


@dataclass(frozen=True)
class StoryBank:
    now: datetime
    stories: tuple[Story, ...]  # by title
    uses: Mapping[str, int]  # each story's rehearsals in the overuse window
    due: Mapping[str, Scheduled]  # each story's spaced-repetition state


@dataclass(frozen=True)
class ProgressFacts:
    """Every figure of the progress review, summed by the log's digest (never the whole
    history in memory); days are the user's local days at `now`."""

    now: datetime
    stats: PracticeStats
    standings: tuple[PrincipleStanding, ...]  # in the canonical order
    timing: tuple[SectionTiming, ...]
    weeks: tuple[PracticeWeek, ...]
    streak: int
    heard: tuple[DeliveryPoint, ...]  # oldest first
    last_practised: Mapping[str, datetime]  # by scenario id
    stories: tuple[Story, ...]
    assessments: tuple[WeeklyAssessment, ...]  # oldest week first
    plans: tuple[PlanProgress, ...]  # most recently touched first
    mocks: tuple[MockRecord, ...]  # newest first


@dataclass(frozen=True)
class HistoryFacts:
    now: datetime
    sessions: int  # in the whole log: the screen asks for a page at a time (`Practice.history_page`)


@dataclass(frozen=True)
class NextPick:
    item: ContentItem
    reason: str


T = TypeVar("T")


class Practice:
    """The user's practice: build it with `Practice.open` (or from an open log in tests)."""

    def __init__(self, log: PracticeLog, library: Library, clock: Clock, settings: Settings) -> None:
        self._log = log
        self.library = library
        self.clock = clock
        self.settings = settings
        self._due: tuple[object, datetime, frozenset[str]] | None = None

    @classmethod
    def open(
        cls, library: Library, clock: Clock, settings: Settings, *, start_fresh: bool = False, prepare: bool = True
    ) -> Practice:
        """Raises LogDamaged, LogUnavailable (store/errors.py) as PracticeLog.open does;
        with prepare=False, see `ready`."""
        return cls(PracticeLog.open(settings.data_dir, start_fresh=start_fresh, prepare=prepare), library, clock, settings)

    @property
    def ready(self) -> bool:
        """False until `prepare()` has brought the history's digest up to date (the first
        open of a big log, or one changed elsewhere): history figures wait for it."""
        return self._log.ready

    def prepare(self, progress: Callable[[int, int], object], stopped: Callable[[], bool]) -> bool:
        """For a worker thread (PracticeLog.prepare): `progress(files done, of)`; False when
        `stopped()` ended it first; raises LogDamaged as `open` does."""
        return self._log.prepare(progress, stopped)

    def read_others(self) -> bool:
        """For a worker thread, now and then (PracticeLog.read_others): True when what another
        window saved since was read in and the screens should show it."""
        return self._log.read_others()

    # --- what opening the log found ---------------------------------------------------------

    @property
    def read_only_reason(self) -> str | None:
        return self._log.read_only_reason

    @property
    def folder(self) -> Path:
        """Where the log's files are, for a message that has to name it."""
        return self._log.path

    def opening_notes(self) -> list[tuple[str, str]]:
        """(title, sentence) for each thing the user should hear about the log as it opened."""
        notes = [("An interrupted change", note) for note in self._log.recovered]
        if self._log.set_aside:
            notes.append(("Started a fresh log", "\n".join(f.describe() for f in self._log.set_aside)))
        notes += [("Skipped a malformed record", warning) for warning in self._log.warnings]
        notes += [("Saves kept aside", note) for note in self._log.brought_back]
        return notes

    # --- time ----------------------------------------------------------------------------

    def now(self) -> datetime:
        return self.clock.utc_now()

    def today(self) -> date:
        """The user's calendar day."""
        return self.now().astimezone().date()

    # --- attempts: start, resume, save, abandon ----------------------------------------------

    def rehearsal(self, item: Rehearsable, mode: Mode | None, preset_minutes: int | None) -> Rehearsal:
        from systemcraft_tui.practice.rehearsal import Rehearsal
        from systemcraft_tui.practice.steps import behavioral_plan, design_plan

        probe = self.settings.probe_seconds
        if isinstance(item, BehavioralScenario):
            plan = behavioral_plan(item, mode or Mode.FULL, probe)  # no mode chosen: the full answer
        else:
            plan = design_plan(item, preset_minutes, probe)
        return Rehearsal(plan, self.clock)

    def drafts(self) -> list[Session]:
        """The drafts to offer to resume: not those another window is rehearsing now."""
        return [draft for draft in self._log.drafts() if not self.rehearsed_elsewhere(draft.id)]

    def rehearsed_elsewhere(self, record_id: str) -> bool:
        """Whether another window rehearses this session or mock now (store/live.py)."""
        return self._log.live.held_elsewhere(record_id)

    def hold(self, session_id: str) -> bool:
        """Mark the session as rehearsed in this window, so no other window offers to resume
        it; False when another window rehearses it now."""
        return self._log.live.hold(session_id)

    def release_all(self) -> None:
        """The window closes: its rehearsals' drafts are for any window to resume now."""
        self._log.live.release_all()

    def released_after(self, session_id: str, change: Callable[[], T]) -> T:
        """`change` (the rehearsal's last save), then the session let go, whatever the save did."""
        try:
            return change()
        finally:
            self._log.live.release(session_id)

    def resume(self, draft: Session) -> tuple[Rehearsable, Rehearsal] | None:
        """The rehearsal a draft was saved from; None when its item is gone."""
        from systemcraft_tui.service.sessions import resume_draft

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
        from systemcraft_tui.service.sessions import checklist_session

        session = checklist_session(item, ratings, seconds, started, self.now())
        self._log.save(session)
        return session

    def last_completed(self) -> dict[str, SessionSummary]:
        """Each item's most recent completed session."""
        return self._log.look(lambda digest: digest.last_by_scenario([str(SessionStatus.COMPLETED)]))

    def last_practised(self) -> dict[str, datetime]:
        """When each item was last practised: its latest completed or abandoned session's start."""
        return self._log.look(lambda digest: digest.last_started_by_scenario(_PRACTISED))

    # --- mock interviews ------------------------------------------------------------------

    def mocks(self) -> list[MockRecord]:
        """Every mock interview, drafts included, newest first."""
        return self._log.mocks()

    def draw_history(self) -> DrawHistory:
        """What a mock's interviewer leans on: principles' mean scores, due cards, recent practice."""
        from systemcraft_tui.practice.mock_draw import DrawHistory, recent_ids

        standings = self._standings()
        scores = {s.name: s.mean_score for s in standings if s.mean_score is not None}
        last = self._log.look(lambda digest: digest.last_started_by_scenario(_PRACTISED))
        return DrawHistory(scores, self.due_ids(), recent_ids(last, self.now()))

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
        recent = self._log.look(lambda digest: digest.since(now - timedelta(days=OVERUSE_DAYS)))
        return StoryBank(now, tuple(stories), recent_uses(recent, now), due)

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
        from systemcraft_tui.store.stats import digest_stats

        now = self.now()
        local = now.astimezone()
        tz, today = local.tzinfo, local.date()
        assert tz is not None  # astimezone() always names the local zone

        def figures(digest: Digest) -> ProgressFacts:
            misses = digest.misses(STAR_NAMES, [str(kind) for kind in STAR_KINDS], SessionStatus.COMPLETED)
            days = digest.days(SessionStatus.COMPLETED, tz)
            return ProgressFacts(
                now,
                digest_stats(digest, now),
                tuple(self._standings(digest)),
                tuple(section_timing(name, counts) for name, counts in misses.items()),
                tuple(self._weeks(digest, today, tz)),
                streak_of(days, today),
                tuple(delivery_trend(digest.latest_heard(_PRACTISED, HEARD_SHOWN), HEARD_SHOWN)),
                digest.last_started_by_scenario(_PRACTISED),
                tuple(self._log.stories()),
                tuple(self._log.assessments()),
                tuple(self._log.plans()),
                tuple(self._log.mocks()),
            )

        return self._log.look(figures)

    def _standings(self, digest: Digest | None = None) -> list[PrincipleStanding]:
        if digest is None:
            return self._log.look(self._standings)
        rows = digest.principles(_PRACTISED)
        return standings_of(
            {name: PrincipleFigures(r.sessions, r.scored, r.score_total, r.last) for name, r in rows.items()}, self._log.stories()
        )

    @staticmethod
    def _weeks(digest: Digest, today: date, tz: tzinfo) -> list[PracticeWeek]:
        """The weeks shown, from the sessions since their first day (two days early: a
        local day starts up to a day off UTC's) and the first session ever practised."""
        shown_from = week_start(today) - timedelta(weeks=WEEKS_SHOWN - 1)
        return practice_weeks(
            digest.practised_since(datetime.combine(shown_from - timedelta(days=2), time(), UTC)), today, tz, WEEKS_SHOWN
        )

    def history(self) -> HistoryFacts:
        return HistoryFacts(self.now(), self._log.look(lambda digest: digest.count()))

    def history_page(self, filters: HistoryFilters, now: datetime, offset: int, limit: int) -> Page:
        """The attempts of every status that pass the filters (as `filter_history` keeps
        them), newest first: `limit` of them from `offset`, and how many pass."""
        since = now - timedelta(days=filters.days) if filters.days is not None else None
        words = [needle(word) for word in filters.text.lower().split()]
        return self._log.look(lambda digest: digest.page(kind=filters.kind, since=since, words=words, offset=offset, limit=limit))

    def session(self, session_id: str) -> Session | None:
        """One whole session, notes included (read from its file)."""
        return self._log.session(session_id)

    def practice_next(self) -> NextPick | None:
        """The most overdue card's item, else a scenario on the weakest principle."""
        log = self._log
        stories = log.stories()
        standings, last = log.look(lambda digest: (self._standings(digest), digest.last_started_by_scenario(_PRACTISED)))
        pick = practice_next(self.library.items, stories, log.review_cards(), standings, last, self.now())
        if pick is None:
            return None
        if pick.subject.subject == CardSubject.STORY:
            item: ContentItem | None = story_scenario(next(s for s in stories if s.id == pick.subject.id))
        else:
            item = self.library.get(pick.subject.id)
        assert item is not None  # picked from the library and the stories just read
        return NextPick(item, pick.reason)
