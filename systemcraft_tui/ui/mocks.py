"""Where a mock interview meets the app and the log: the draw's history read from the log,
the screens in turn (the mock, each answer's self-assessment, each round's feedback, the
loop's, then the debrief), and the mock as log records, all saved from this one place.

While the mock runs only its MockRecord is saved, a draft holding the run's snapshot, so a
closed terminal loses nothing and no half-answer shows up as a rehearsal draft. When it
ends, each answer asked becomes a normal Session (completed once self-assessed, else
abandoned), its review card moves like a rehearsal's, and the record links them."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from textual.await_complete import AwaitComplete

from systemcraft_tui.core.records import MockRecord, MockRound, Record, Session, new_id
from systemcraft_tui.core.vocabulary import SessionStatus
from systemcraft_tui.practice.assessment import Attempt, Rehearsable
from systemcraft_tui.practice.debrief import mock_debrief
from systemcraft_tui.practice.mock_draw import DrawHistory, MockDraw, draw_mock
from systemcraft_tui.practice.mock_formats import FORMATS, FeedbackArea
from systemcraft_tui.practice.mock_results import RunStatus
from systemcraft_tui.practice.mock_run import MockError, MockRun
from systemcraft_tui.service.sessions import SessionSaves, session_from_attempt
from systemcraft_tui.ui.screens.assessment import AssessmentScreen
from systemcraft_tui.ui.screens.confirm import leave_unrated

if TYPE_CHECKING:
    from systemcraft_tui.ui.app import SystemCraftApp

SEEDS = 1_000_000  # a seed short enough to type back


def new_seed() -> int:
    return secrets.randbelow(SEEDS)


def draw_for(app: SystemCraftApp, key: str, seed: int) -> MockDraw:
    return draw_mock(FORMATS[key], app.library.items, app.practice.draw_history(), seed, app.settings.probe_seconds)


class MockAssessmentScreen(AssessmentScreen):
    """An answer of a mock, rated after it: leaving (asked first) leaves it unrated, and the
    debrief says so. The ratings given so far are kept with the mock's draft as they are
    made, and once more as the app closes, so a resume comes back to them."""

    def __init__(
        self, item: Rehearsable, attempt: Attempt, keep_draft: Callable[[Attempt, bool], None] | None = None
    ) -> None:
        """keep_draft(attempt, wait) keeps the ratings given with the mock's draft: in the
        background, or before it returns when `wait` (the app is closing)."""
        super().__init__(item, attempt, None if keep_draft is None else lambda rated: keep_draft(rated, False))
        self._keep_on_close = keep_draft
        self._dismissed = False

    def dismiss(self, result: Attempt | None = None) -> AwaitComplete:
        self._dismissed = True
        return super().dismiss(result)

    def on_unmount(self) -> None:
        if not self._dismissed and self._keep_on_close is not None:  # the app is closing: keep the ratings given
            self._keep_on_close(self.attempt, True)

    def action_leave(self) -> None:
        self._collect()
        consequence = "Leave this answer unrated? The debrief counts it as not self-assessed: no evidence."
        leave_unrated(self, len(self.attempt.ratings), consequence)


class MockFlow:
    """One mock from its first question to its debrief, and its saves."""

    def __init__(
        self,
        app: SystemCraftApp,
        run: MockRun,
        record_id: str | None = None,
        session_ids: Sequence[str] = (),
    ) -> None:
        self.app, self.run = app, run
        self.record_id = record_id or new_id()
        # No other window offers to resume it while it runs here: held in the log's worker, before its drafts.
        app.write(lambda: app.practice.hold(self.record_id))
        asked = run.draw.questions
        self.session_ids = tuple(session_ids) if len(session_ids) == len(asked) else tuple(new_id() for _ in asked)
        self.saves: SessionSaves[list[Record]] = SessionSaves(app.practice.save_mock)
        self._left: set[tuple[int, int]] = set()  # answers the candidate chose to leave unrated
        self._left_rounds: set[int] = set()  # and rounds
        self._rating = True  # until the debrief: a finished mock being rated is still a draft

    # --- the screens, in turn ------------------------------------------------------------

    def begin(self) -> None:
        """Start (or go on with) the mock where it stands."""
        if self.run.status in (RunStatus.READY, RunStatus.RUNNING):
            from systemcraft_tui.ui.screens.mock import MockScreen

            screen = MockScreen(self.run, bell=self.app.settings.bell, keep_draft=self._keep_draft, round_over=self._round_over)
            self.app.push_screen(screen, self._ended)
        else:
            self._ended(self.run)

    def _ended(self, run: MockRun | None) -> None:
        if self.run.status is RunStatus.ABANDONED:
            self._save(wait=False)
            self.app.notify("The mock was left: the answers given are kept in the log as abandoned.")
            return
        self._keep_draft(self.run, False)  # over: a closed terminal from here on resumes at the rating
        self._assess_next(None, lambda: self._rate_rounds(0))

    def _round_over(self, index: int) -> None:
        """A loop's round is over and its break begins: its answers and its feedback areas are
        rated now, while the break's clock runs, as after a real round."""
        self._assess_next(index, lambda: self._rate_round(index, lambda: None))

    def _asked(self) -> list[tuple[int, int]]:
        return [
            (r, n)
            for r, drawn in enumerate(self.run.draw.rounds)
            for n in range(len(drawn.questions))
            if self.run.attempt(r, n) is not None
        ]

    def _assess_next(self, in_round: int | None, then: Callable[[], None]) -> None:
        """Each answer not rated yet (of one round, or of all), then `then`."""
        pending = [
            (r, n) for r, n in self._asked() if in_round in (None, r) and not self.run.answer_rated(r, n) and (r, n) not in self._left
        ]
        if not pending:
            then()
            return
        r, n = pending[0]
        attempt = self.run.attempt(r, n)
        assert attempt is not None
        item = self.run.items[self.run.draw.rounds[r].questions[n].item_id]

        def rated(result: Attempt | None) -> None:
            if result is None:
                self._left.add((r, n))
                self.run.unrate_answer(r, n)  # the ratings given part-way are not evidence
            else:
                self.run.rate_answer(r, n, result.ratings, result.red_flags)
            self._keep_draft(self.run, False)
            self._assess_next(in_round, then)

        def keep(given: Attempt, wait: bool) -> None:  # part-way: a resume comes back to this answer
            self.run.rate_answer(r, n, given.ratings, given.red_flags)
            self._keep_draft(self.run, wait)

        screen = MockAssessmentScreen(item, attempt, keep)
        asked = self._asked()
        screen.sub_title = f"mock: answer {asked.index((r, n)) + 1} of {len(asked)}"  # in the header
        self.app.push_screen(screen, rated)

    def _rate_rounds(self, index: int) -> None:
        if index == len(self.run.draw.rounds):
            self._rate_mock()
        else:
            self._rate_round(index, lambda: self._rate_rounds(index + 1))

    def _rate_round(self, index: int, then: Callable[[], None]) -> None:
        """The round's feedback areas unless rated (or left unrated) already, then `then`."""
        from systemcraft_tui.ui.screens.mock_feedback import FeedbackScreen

        if self._areas_rated(self.run.round_ratings[index], self.run.draw.rounds[index].format.areas) or (
            index in self._left_rounds
        ):
            then()
            return
        rounds = self.run.draw.rounds
        fmt = rounds[index].format
        heading = f"Round {index + 1} of {len(rounds)}: {fmt.title}" if len(rounds) > 1 else fmt.title
        heading += f". Focus: {fmt.focus}."

        def rated(ratings: dict[str, int] | None) -> None:
            if not ratings:
                self._left_rounds.add(index)
            self.run.rate_round(index, ratings or {})  # left: the ratings given part-way are dropped
            self._keep_draft(self.run, False)
            then()

        def keep(given: dict[str, int], wait: bool) -> None:  # part-way: a resume comes back to this round
            self.run.rate_round(index, given)
            self._keep_draft(self.run, wait)

        self.app.push_screen(FeedbackScreen(heading, fmt.areas, self.run.round_ratings[index], keep), rated)

    def _rate_mock(self) -> None:
        from systemcraft_tui.ui.screens.mock_feedback import FeedbackScreen

        fmt = self.run.draw.format
        if not fmt.areas:
            self._debrief()
            return

        def rated(ratings: dict[str, int] | None) -> None:
            self.run.rate_mock(ratings or {})  # left: the ratings given part-way are dropped
            self._debrief()

        def keep(given: dict[str, int], wait: bool) -> None:
            self.run.rate_mock(given)
            self._keep_draft(self.run, wait)

        heading = f"{fmt.title}: across all rounds. Focus: {fmt.focus}."
        self.app.push_screen(FeedbackScreen(heading, fmt.areas, self.run.mock_ratings, keep), rated)

    @staticmethod
    def _areas_rated(ratings: Mapping[str, int], areas: Sequence[FeedbackArea]) -> bool:
        """Every area rated (ratings given part-way are kept, but asked again)."""
        return all(area.name in ratings for area in areas)

    def _debrief(self) -> None:
        from systemcraft_tui.ui.screens.debrief import DebriefScreen, reproduce_command

        self._save(wait=False)
        result = self.run.result()
        self.app.push_screen(
            DebriefScreen(
                mock_debrief(result),
                result.draw,
                result.status,
                result.seconds,
                result.breaks_skipped,
                reproduce_command(result.draw, self.app.settings),
            )
        )

    # --- saving: one place ---------------------------------------------------------------

    def records(self) -> list[Record]:
        """The mock as the log keeps it now: a draft while it is under way; once over, its
        answers as sessions, their review cards and the record linking them."""
        run = self.run
        assert run.started_at is not None
        record = MockRecord(run.draw.format.key, run.draw.seed, run.started_at, id=self.record_id, session_ids=self.session_ids)
        over = run.status is RunStatus.ABANDONED or (run.status is RunStatus.FINISHED and not self._rating)
        if not over:
            record.snapshot = run.snapshot()
            return [record]
        sessions: list[Session] = []
        scored: list[Attempt] = []
        ids = iter(self.session_ids)
        for r, drawn in enumerate(run.draw.rounds):
            for n, question in enumerate(drawn.questions):
                session_id = next(ids)
                attempt = run.attempt(r, n)
                if attempt is None:
                    continue
                # An answer whose self-assessment is whole is completed even in a mock left
                # part-way (a loop's earlier rounds are rated at their breaks); the rest abandoned.
                status = SessionStatus.COMPLETED if run.answer_rated(r, n) else SessionStatus.ABANDONED
                sessions.append(session_from_attempt(attempt, run.items[question.item_id], session_id, status))
                if status == SessionStatus.COMPLETED:
                    scored.append(attempt)
        result = run.result()
        record.session_ids = tuple(s.id for s in sessions)
        record.status = SessionStatus.COMPLETED if run.status is RunStatus.FINISHED else SessionStatus.ABANDONED
        record.finished = run.finished_at
        record.rounds = [
            MockRound(r.drawn.format.kind, r.seconds, r.pauses, r.pause_seconds, dict(r.ratings)) for r in result.rounds
        ]
        record.ratings = dict(result.ratings)
        record.verdict = mock_debrief(result).verdict.label if run.status is RunStatus.FINISHED else None
        return [*sessions, *self.app.practice.mock_cards(scored), record]

    def _keep_draft(self, run: MockRun, wait: bool) -> None:
        self._write(self.saves.take(self.records()), wait)

    def _save(self, wait: bool) -> None:
        self._rating = False
        self._write(self.saves.take(self.records()), wait, last=True)

    def _write(self, snapshot: tuple[int, list[Record]], wait: bool, *, last: bool = False) -> None:
        if wait:  # only as the app closes
            self.app.write_now(lambda: self.saves.write(snapshot), "The unfinished mock")
        elif last:  # the mock over: let go once it is saved
            self.app.write(lambda: self.app.practice.released_after(self.record_id, lambda: self.saves.write(snapshot)))
        else:
            self.app.write(lambda: self.saves.write(snapshot))


def mock_shortfall(app: SystemCraftApp, key: str) -> str | None:
    """Why the library cannot fill a mock of this format at all, else None. Whether it can
    does not depend on the log or the seed, so `systemcraft mock` is refused before it opens."""
    drawn = draw_mock(FORMATS[key], app.library.items, DrawHistory(), 0)
    return None if drawn.can_run else "\n".join(drawn.notes)


def start_mock(app: SystemCraftApp, key: str, seed: int | None) -> None:
    """Draw the mock (a random seed unless one is given) and run it; a library that cannot
    fill it is told why."""
    drawn = draw_for(app, key, new_seed() if seed is None else seed)
    if not drawn.can_run:
        app.notify("\n".join(drawn.notes), title="The mock cannot run", severity="error", timeout=20)
        return
    try:
        run = MockRun(drawn, app.library.items, app.clock, app.settings.probe_seconds)
    except MockError as error:
        app.notify(str(error), title="The mock cannot run", severity="error", timeout=20)
        return
    for note in drawn.notes:
        app.notify(note, title="A shorter mock", severity="warning", timeout=15)
    MockFlow(app, run).begin()


def resume_mock(app: SystemCraftApp, record: MockRecord) -> None:
    """Go on with a mock a closed terminal left, paused where it stood (or at its rating);
    one that cannot be resumed is kept in the log as abandoned, with the reason told."""
    try:
        run = MockRun.restore(record.snapshot, app.library.items, app.clock, app.settings.probe_seconds)
    except MockError as error:
        record.status, record.session_ids = SessionStatus.ABANDONED, ()  # its sessions were never saved
        app.write(lambda: app.practice.save_mock([record]))
        app.notify(f"{error}. It is kept in the log as abandoned.", severity="warning", timeout=20)
        return
    MockFlow(app, run, record.id, record.session_ids).begin()
