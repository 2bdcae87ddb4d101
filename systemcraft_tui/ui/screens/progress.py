"""Progress review: where the user stands and what to practise next, every figure from
the practice log (the aggregation lives in practice/progress.py and its neighbours)."""

from __future__ import annotations

from datetime import date

from rich import box
from rich.console import Group, RenderableType
from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import Static

from systemcraft_tui.content.library import Library
from systemcraft_tui.content.model import BehavioralScenario, PracticePlan, Trigger
from systemcraft_tui.core.records import PlanProgress, WeeklyAssessment
from systemcraft_tui.core.vocabulary import SessionStatus
from systemcraft_tui.core.windows import clock, duration
from systemcraft_tui.core.wording import count, counts
from systemcraft_tui.practice.milestones import MET, NOT_YET, readiness
from systemcraft_tui.practice.mock_log import MockLine, mock_lines
from systemcraft_tui.practice.plan_progress import week_of
from systemcraft_tui.practice.progress import PrincipleStanding, SectionTiming
from systemcraft_tui.practice.weak_areas import WeakArea, weakest_areas
from systemcraft_tui.service import ProgressFacts
from systemcraft_tui.ui.hanging import hanging
from systemcraft_tui.ui.practice_app import practice_app
from systemcraft_tui.ui.preview import plain
from systemcraft_tui.ui.screens.log_following import LogFollowing
from systemcraft_tui.ui.screens.reading import ReadingScreen
from systemcraft_tui.ui.theme_colours import THEME_CLASSES, theme_css, theme_style

EMPTY = (
    "No practice in your log yet.\n\n"
    "Go back to the library (Esc), pick a scenario and press Enter to rehearse it out loud "
    "against the clock. Once you have rated it, this screen shows your sessions and minutes "
    "per week, your scores over time, which Leadership Principles still lack a story or "
    "practice, how your STAR timing lands, your streak, and the three areas to practise next."
)
NO_PLAN = (
    "You do not follow a practice plan yet. Choose one of the bundled plans and a start date "
    '(Ctrl+P, then type "plan"); its milestones are then checked here against your weekly '
    "assessments and your stories."
)


MOCK_LINES = 10  # the latest mocks shown


def short_date(day: date, today: date) -> str:
    return f"{day:%d %b}" if day.year == today.year else f"{day:%d %b %Y}"


class ProgressScreen(ReadingScreen, LogFollowing):
    COLUMN_ID = "progress"
    COMPONENT_CLASSES = set(THEME_CLASSES)
    DEFAULT_CSS = (
        theme_css("ProgressScreen")
        + """
    ProgressScreen #progress > * { margin-bottom: 1; }
    ProgressScreen #progress-empty { margin: 2 4; padding: 1 2; border: round $primary; }
    ProgressScreen #practice-chart { height: 14; }
    ProgressScreen #score-chart { height: 12; }
    """
    )

    def __init__(self, facts: ProgressFacts, library: Library) -> None:
        super().__init__()
        self.library = library
        self._take(facts)

    def _take(self, facts: ProgressFacts) -> None:
        self.facts = facts
        local = facts.now.astimezone()
        assert local.tzinfo is not None  # astimezone() always names the local zone
        self.now, self.tz, self.today = facts.now, local.tzinfo, local.date()

    def on_mount(self) -> None:
        # The texts take their colours from the theme when composed: a new theme recomposes them.
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.call_next(self.recompose_in_place))

    def _catch_up(self) -> None:
        self.behind = False
        app = practice_app(self)
        app.read(app.practice.progress, self._caught_up, group="progress", asker=self)

    def _caught_up(self, facts: ProgressFacts) -> None:
        self._take(facts)
        self.call_next(self.recompose_in_place)

    def style(self, name: str, *, bold: bool = False) -> Style:
        """A rich style in the current theme's colour (warning, success, ...)."""
        return theme_style(self, name, bold=bold)

    def parts(self) -> ComposeResult:
        # Imported here: plotext is only loaded when the progress screen is first opened.
        from systemcraft_tui.ui.widgets.charts import PracticeChart, ScoreChart

        facts = self.facts
        stats = facts.stats
        if not stats.overall.sessions:
            yield Static(Text(EMPTY), id="progress-empty")
            return
        stories, assessments = list(facts.stories), list(facts.assessments)
        standings, timing = list(facts.standings), list(facts.timing)
        latest = assessments[-1] if assessments else None
        plans = list(facts.plans)
        scenarios = [item for item in self.library.items if isinstance(item, BehavioralScenario)]
        areas = weakest_areas(latest, self._triggers(latest, plans), standings, timing, scenarios, dict(facts.last_practised))
        weeks = list(facts.weeks)
        yield Static(self._summary(stats, facts.streak), id="progress-summary")
        yield Static(self._areas(areas), id="weak-areas")
        yield PracticeChart(weeks, id="practice-chart")
        yield ScoreChart(weeks, id="score-chart")
        yield Static(self._principles(standings), id="principles")
        yield Static(self._timing(timing), id="timing")
        if heard := list(facts.heard):
            from systemcraft_tui.ui.spoken_text import delivery_trend_table

            days = [short_date(p.started.astimezone(self.tz).date(), self.today) for p in heard]
            yield Static(delivery_trend_table(heard, days), id="delivery")
        yield Static(self._milestones(plans, assessments, len(stories)), id="milestones")
        yield Static(self._mocks(mock_lines(list(self.facts.mocks))), id="mocks")

    # --- sources -----------------------------------------------------------------------

    def _plan(self, plan_id: str | None) -> PracticePlan | None:
        item = self.library.get(plan_id) if plan_id else None
        return item if isinstance(item, PracticePlan) else None

    def _triggers(self, latest: WeeklyAssessment | None, plans: list[PlanProgress]) -> list[Trigger]:
        """The adjustment triggers of the plan the assessment was rated for, else of the plan
        followed, else of the first bundled plan that has some (the template's own)."""
        candidates = [self._plan(latest.plan_id if latest else None), *(self._plan(p.plan_id) for p in plans)]
        candidates += [item for item in self.library.items if isinstance(item, PracticePlan)]
        return next((plan.triggers for plan in candidates if plan and plan.triggers), [])

    # --- parts ------------------------------------------------------------------------

    def _summary(self, stats, streak: int) -> Text:
        text = Text()
        text.append(f"Streak: {count(streak, 'day')}", style="bold")
        text.append(f" · {count(stats.overall.sessions, 'session')} practised", style="bold")
        if said := counts((stats.completed, "completed", "completed"), (stats.abandoned, "abandoned", "abandoned"), none=""):
            text.append(f" ({said})")
        text.append(f"\n{duration(stats.overall.seconds)} answering")
        if stats.overall.mean_score is not None:
            text.append(f" · mean score {stats.overall.mean_score:.0f}")
        if stats.last is not None:
            text.append(f" · last {short_date(stats.last.astimezone(self.tz).date(), self.today)}")
        return text

    def _areas(self, areas: list[WeakArea]) -> Table:
        table = Table.grid(padding=(0, 1))
        table.title, table.title_justify, table.title_style = "Weakest areas: what to practise next", "left", "bold"
        table.add_column(width=2)
        table.add_column(ratio=1)
        for number, area in enumerate(areas, 1):
            text = Text()
            text.append(plain(area.area), style=self.style("warning", bold=True))
            text.append(plain(f"  {area.evidence}\n"), style="dim")
            text.append("→ " + plain(area.next_step))
            table.add_row(Text(f"{number}.", style="bold"), text)
        return table

    def _principles(self, standings: list[PrincipleStanding]) -> Table:
        # One space between columns and one gap a line, so the name has the room at 80 columns.
        table = Table(
            title="Leadership Principles", title_justify="left", title_style="bold",
            expand=True, box=box.SIMPLE_HEAD, padding=(0, 0), pad_edge=False,
        )  # fmt: skip
        table.add_column("Principle", ratio=1)
        table.add_column("Stories", justify="right")
        table.add_column("Sessions", justify="right")
        table.add_column("Mean", justify="right")
        table.add_column("Last", justify="right")
        table.add_column("Gap")
        for row in standings:
            last = short_date(row.last_practised.astimezone(self.tz).date(), self.today) if row.last_practised else "–"
            mean = f"{row.mean_score:.0f}" if row.mean_score is not None else "–"
            gap = Text(plain("\n".join(row.gaps)), style=self.style("warning"))
            table.add_row(Text(plain(row.name)), str(row.stories), str(row.sessions), mean, last, gap)
        return table

    def _timing(self, timing: list[SectionTiming]) -> Table | Text:
        if not timing:
            return Text("STAR timing: no completed answer told in STAR parts yet.", style="dim")
        table = Table(title="STAR timing (completed behavioral answers)", title_justify="left", expand=True, title_style="bold")
        table.add_column("Section", ratio=1)
        table.add_column("Answers", justify="right")
        table.add_column("On time", justify="right")
        # Over and short apart, each with its own median: one median of every miss said
        # "on time" of a section two answers in three missed, half over and half short.
        table.add_column("Ran over (median)", justify="right")
        table.add_column("Fell short (median)", justify="right")
        for row in timing:
            over = self._missed(row.over, row.attempts, row.median_over, "error")
            short = self._missed(row.short, row.attempts, row.median_short, "warning")
            table.add_row(Text(plain(row.name)), str(row.attempts), f"{row.on_time_share:.0%}", over, short)
        return table

    def _missed(self, answers: int, attempts: int, median: int, colour: str) -> Text:
        """'40% by 0:12': the share of answers that missed one way, and their median miss."""
        if not answers:
            return Text("–", style="dim")
        return Text(f"{answers / attempts:.0%} by {clock(median)}", style=self.style(colour))

    def _mocks(self, lines: list[MockLine]) -> Table | Text:
        if not lines:
            return Text("Mock interviews: none yet (m in the library, or systemcraft mock).", style="dim")
        table = Table(title="Mock interviews", title_justify="left", expand=True, title_style="bold")
        table.add_column("Day")
        table.add_column("Mock", ratio=1)
        table.add_column("Asked", justify="right")
        table.add_column("Feedback", justify="right")
        table.add_column("Verdict")
        for line in lines[-MOCK_LINES:]:
            mean = f"{line.mean_rating:.1f}/5" if line.mean_rating is not None else "–"
            verdict = line.verdict or ("abandoned" if line.status == SessionStatus.ABANDONED else "–")
            day = short_date(line.started.astimezone(self.tz).date(), self.today)
            table.add_row(day, Text(plain(line.title)), str(line.answers), mean, Text(plain(verdict)))
        return table

    def _milestones(self, plans: list[PlanProgress], assessments: list[WeeklyAssessment], stories: int) -> RenderableType:
        text = Text.assemble(("Readiness against your plan's milestones\n", "bold"))
        if not plans:
            return text.append(NO_PLAN, style="dim")
        followed = plans[0]
        plan = self._plan(followed.plan_id)
        if plan is None:
            return text.append(
                f"You follow {plain(followed.plan_title or followed.plan_id)!r} (started "
                f"{followed.start_date:%d %b %Y}), which is no longer in the library: its milestones cannot be read.",
                style="dim",
            )
        week = week_of(plan, followed.start_date, self.today)
        text.append(plain(plan.title), style="italic")
        text.append(f" · started {followed.start_date:%d %b %Y} · ")
        if week < plan.first_week:
            text.append("starts later")
        elif week > plan.last_week:
            text.append(f"finished (it ran {count(plan.length_weeks, 'week')})")
        else:
            text.append(f"week {week} of {plan.last_week}")
        text.append(f" · {count(len(assessments), 'weekly assessment')}, {count(stories, 'own story')}")
        marks = {MET: ("✓", "success"), NOT_YET: ("✗", "error")}
        rows: list[tuple[Text, RenderableType]] = []  # each wraps under its own text, past the mark
        for check in readiness(plan.milestones, followed.start_date, assessments, stories, list(self.facts.mocks), plan.first_week):
            mark, colour = marks.get(check.verdict, ("·", "foreground-muted"))
            style = self.style(colour, bold=True)
            line = Text.assemble((f"Week {check.week}", style), f" (by {short_date(check.due, self.today)}, {check.verdict}): ")
            line.append(plain(check.text))
            found = [hanging([("  ", Text(plain(finding), style="dim"))]) for finding in check.findings]
            rows.append((Text(f"{mark} ", style=style), Group(line, *found)))
        return Group(text, hanging(rows), Text())
