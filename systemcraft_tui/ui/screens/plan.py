"""The practice plan the user follows: a week's goals, deliverables (ticked and saved at
once), milestone and daily routine; the weekly assessment of this week (saved as it is
rated), the adjustments it triggers and the trend of past weeks. Also the flow around
it: choosing a plan and a start date, changing it and stopping it, each asking first
where something would be removed. Weekly assessments are never removed."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from rich.console import Group, RenderableType
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Static, TabbedContent, TabPane

from systemcraft_tui.content.model import PracticePlan, Week
from systemcraft_tui.core.records import DimensionRating, PlanProgress, WeeklyAssessment, new_id
from systemcraft_tui.core.wording import count
from systemcraft_tui.practice.mock_log import completing_mock
from systemcraft_tui.practice.plan_progress import (
    assessment_of_week,
    deliverable_key,
    schedule_for,
    shown_week,
    trend,
    week_of,
    week_start,
    weeks_days,
    with_tick,
)
from systemcraft_tui.practice.weak_areas import (
    group_label,
    group_means,
    triggered_areas,
)
from systemcraft_tui.service import Practice
from systemcraft_tui.ui.hanging import hanging
from systemcraft_tui.ui.practice_app import PracticeApp, practice_app
from systemcraft_tui.ui.preview import plain
from systemcraft_tui.ui.screens.confirm import ConfirmScreen
from systemcraft_tui.ui.screens.follow_plan import FollowPlanScreen
from systemcraft_tui.ui.widgets.assessment_trend import dimension_label, trend_table
from systemcraft_tui.ui.widgets.rating import Rating
from systemcraft_tui.ui.widgets.ready_footer import ReadyFooter
from systemcraft_tui.ui.widgets.tick import Tick


def span_dates(start: date, week: Week, plan_first: int = 1) -> str:
    begin, end = weeks_days(start, week, plan_first)
    return f"{begin:%d %b} – {end:%d %b %Y}"


class PlanScreen(Screen[None]):
    DEFAULT_CSS = """
    PlanScreen #plan-head { height: auto; padding: 0 1; background: $boost; }
    PlanScreen #plan-tabs, PlanScreen TabPane { height: 1fr; }
    PlanScreen TabPane { padding: 0; }
    PlanScreen TabPane > VerticalScroll { height: 1fr; padding: 0 1; }
    """
    BINDINGS = [
        Binding("p", "week(-1)", "Prev"),
        Binding("n", "week(1)", "Next"),
        Binding("t", "this_week", "Today"),
        # One key between the week and its assessment, named for where it goes (check_action).
        Binding("r", "switch_tab('assessment')", "Rate week"),
        Binding("r", "switch_tab('week')", "Week"),
        Binding("s", "change", "Change"),
        Binding("x", "stop", "Stop"),
        Binding("escape", "close", "Back"),
    ]

    def __init__(self, plan: PracticePlan, progress: PlanProgress) -> None:
        super().__init__()
        self.plan = plan
        self.progress = progress
        self._week: int | None = None
        self.tab = "week"

    @property
    def practice(self) -> Practice:
        return practice_app(self).practice

    @property
    def week(self) -> int:
        """The week shown: today's (kept within the plan) until the user moves."""
        if self._week is None:
            self._week = shown_week(self.plan, self.today_week)
        return self._week

    @property
    def today_week(self) -> int:
        return week_of(self.plan, self.progress.start_date, self.practice.today())

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(self._head(), id="plan-head")
        with TabbedContent(initial=self.tab, id="plan-tabs"):
            with TabPane("Week", id="week"), VerticalScroll():
                yield from self._week_part()
            with TabPane("Weekly assessment", id="assessment"), VerticalScroll():
                yield from self._assessment_part()
        yield ReadyFooter(compact=True)

    def on_mount(self) -> None:
        self._composed()

    def _composed(self) -> None:
        if self.plan.dimensions:
            self._show_results(self._on_screen(self._assessment()))
        self._focus_tab()

    # --- the head and the week -------------------------------------------------------------

    def _head(self) -> Text:
        plan, start = self.plan, self.progress.start_date
        text = Text(plain(plan.title), style="bold")
        now = self.today_week
        if now < plan.first_week:
            days = (start - self.practice.today()).days
            status = f"Starts {start:%d %b %Y}, in {count(days, 'day')}"
        elif now > plan.last_week:
            status = f"Started {start:%d %b %Y}, finished {self._last_day:%d %b %Y}"
        else:
            status = f"Started {start:%d %b %Y} · today is in week {now} of {plan.last_week}"
        text.append(f"\n{status} · ", style="dim")
        text.append(f"showing week {self.week}", style="bold")
        return text

    @property
    def _last_day(self) -> date:
        return week_start(self.progress.start_date, self.plan.last_week + 1, self.plan.first_week) - timedelta(days=1)

    def _week_part(self) -> ComposeResult:
        week = schedule_for(self.plan, self.week)
        if week is None:
            yield Static(Text(f"The plan has no schedule for week {self.week}.", style="dim"))
        else:
            title = Text(week.span + (": " if week.title else ""), style="bold")
            title.append(plain(week.title), style="bold")
            title.append(f"  {span_dates(self.progress.start_date, week, self.plan.first_week)}", style="dim")
            yield Static(title, classes="heading")
            if week.goals:
                yield Static(hanging([(Text("Goals: ", style="bold"), Text(plain(week.goals)))]))
            yield Static(Text("Deliverables (Space ticks; saved at once)", style="bold"), classes="heading")
            done = set(self.progress.done)
            start, mocks = self.progress.start_date, self.practice.mocks()
            first, last = weeks_days(start, week, self.plan.first_week)
            local = self.practice.now().astimezone().tzinfo
            assert local is not None  # astimezone() always gives one
            for number, text in enumerate(week.deliverables):
                if mock := completing_mock(text, mocks, first, last, local):  # the log says it happened
                    when = mock.started.astimezone(local)
                    verdict = f", verdict {mock.verdict}" if mock.verdict else ""
                    note = plain(f"ticked from the log: the {mock.format} mock of {when:%d %b %H:%M}{verdict}")
                    ticked = Group(Text(plain(text)), Text(note, style="dim"))
                    yield Static(hanging([(Text("✓ ", style="bold"), ticked)]), id=f"deliverable-{number}")
                    continue
                key = deliverable_key(week, text)
                yield Tick(Text(plain(text)), key, key in done, id=f"deliverable-{number}")
            if not week.deliverables:
                yield Static(Text("No deliverables listed for this week.", style="dim"))
        for milestone in (m for m in self.plan.milestones if m.week == self.week):
            label = Text(f"Milestone for week {milestone.week}: ", style="bold")
            yield Static(hanging([(label, Text(plain(milestone.text)))]), classes="heading")
        if self.plan.daily_routine:
            yield Static(Text("Daily routine", style="bold"), classes="heading")
            yield Static(hanging(("• ", Text(plain(item))) for item in self.plan.daily_routine))

    def on_tick_changed(self, event: Tick.Changed) -> None:
        tick, value = event.tick, event.tick.value
        self.progress = self.practice.tick(self.progress, tick.key, value)
        changed = self.progress

        def undo() -> None:  # show what the log holds
            self.progress = dataclasses.replace(self.progress, done=with_tick(self.progress.done, tick.key, not value))
            tick.value = not value

        practice_app(self).write(lambda: self.practice.save_plan(changed), failed=undo)

    # --- the weekly assessment ---------------------------------------------------------------

    def _assessments(self) -> list[WeeklyAssessment]:
        return self.practice.assessments(self.plan.id)

    def _assessment(self) -> WeeklyAssessment | None:
        return assessment_of_week(self._assessments(), self.progress.start_date, self.week, self.plan.first_week)

    @property
    def editable(self) -> bool:
        """Ratings belong to the week they are made in: only today's week can be rated."""
        return self.week == self.today_week

    def _assessment_part(self) -> ComposeResult:
        plan = self.plan
        if not plan.dimensions:
            yield Static(Text("This plan has no weekly assessment to rate.", style="dim"))
            return
        saved = self._assessment()
        yield Static(self._assessment_hint(saved), classes="hint")
        rated = {(r.group, r.name): r.rating for r in saved.ratings} if saved else {}
        for index, group in enumerate(self.groups):
            yield Static(id=f"group-{index}", classes="group")
            for number, dimension in enumerate(plan.dimensions):
                if dimension.group == group:
                    value = rated.get((dimension.group, dimension.name))
                    rating = Rating(dimension_label(dimension.name), value, moves_on=True, id=f"dimension-{number}")
                    rating.disabled = not self.editable
                    yield rating
        yield Static(Text("Adjustments", style="bold"), classes="heading")
        yield Static(id="adjustments")
        yield Static(Text("Trend: weekly mean per group (1-5)", style="bold"), classes="heading")
        yield Static(id="trend")

    @property
    def groups(self) -> list[str]:
        return list(dict.fromkeys(d.group for d in self.plan.dimensions))

    def _assessment_hint(self, saved: WeeklyAssessment | None) -> Text:
        if self.editable:
            return Text(
                f"Rate each dimension 1 (weak) to 5 (strong) for week {self.week}: type the number or use ←/→. "
                "Saved as you rate; you can change it until the week ends."
            )
        when = f"recorded {saved.recorded.astimezone().date():%d %b %Y}" if saved else "not rated"
        now = self.today_week
        if now < self.plan.first_week:  # not "week 0"
            today = f"the plan starts on {self.progress.start_date:%d %b %Y}"
        elif now > self.plan.last_week:
            today = f"the plan finished on {self._last_day:%d %b %Y}"
        else:
            today = f"today is in week {now}"
        return Text(f"Week {self.week}'s assessment, {when}. Ratings are made in their own week ({today}).")

    def on_rating_changed(self, event: Rating.Changed) -> None:
        saved = self._assessment()
        shown = self._on_screen(saved)
        if self.editable and _rating_set(shown.ratings) != _rating_set(saved.ratings if saved else []):

            def unsaved() -> None:  # neither in the log nor kept aside: show what the log holds, as a refused tick does
                held = self._assessment()  # now: a rating saved after this one was asked is in it
                rated = {(r.group, r.name): r.rating for r in held.ratings} if held else {}
                for number, dimension in enumerate(self.plan.dimensions):
                    self.query_one(f"#dimension-{number}", Rating).value = rated.get((dimension.group, dimension.name))

            practice_app(self).write(lambda: self.practice.save_assessment(shown), failed=unsaved)
        self._show_results(shown)

    def _on_screen(self, saved: WeeklyAssessment | None) -> WeeklyAssessment:
        """The week's assessment as the ratings on the screen have it now."""
        ratings = []
        for number, dimension in enumerate(self.plan.dimensions):
            value = self.query_one(f"#dimension-{number}", Rating).value
            if value is not None:
                ratings.append(DimensionRating(dimension.group, dimension.name, value))
        return WeeklyAssessment(
            id=saved.id if saved else new_id(),
            week_start=saved.week_start if saved else week_start(self.progress.start_date, self.week, self.plan.first_week),
            recorded=self.practice.now(),
            ratings=ratings,
            plan_id=self.plan.id,
            notes=saved.notes if saved else "",
        )

    def _show_results(self, shown: WeeklyAssessment) -> None:
        means = group_means(shown)
        for index, group in enumerate(self.groups):
            heading = Text(plain(group_label(group)), style="bold")
            dimensions = sum(d.group == group for d in self.plan.dimensions)
            rated = sum(r.group == group for r in shown.ratings)
            heading.append(
                f"  mean {means[group]:.1f}" if group in means else "  no mean yet", style="bold" if group in means else "dim"
            )
            heading.append(f" · {rated} of {dimensions} rated", style="dim")
            self.query_one(f"#group-{index}", Static).update(heading)
        self.query_one("#adjustments", Static).update(self._adjustments_text(shown))
        # The week as shown, not as the log holds it: its save runs in a worker, perhaps not yet.
        points = trend([*(each for each in self._assessments() if each.week_start != shown.week_start), shown])
        trend_view = (
            trend_table(points, self.groups, self.progress.start_date, self.plan.first_week, self.plan.last_week)
            if points
            else Text("No weekly assessment saved yet: rate this week's to start the trend.", style="dim")
        )
        self.query_one("#trend", Static).update(trend_view)

    def _adjustments_text(self, shown: WeeklyAssessment) -> RenderableType:
        if not shown.ratings:
            return Text(f"Week {self.week} is not rated, so no adjustment is known.", style="dim")
        areas = triggered_areas(shown, self.plan.triggers)
        if not areas:
            return Text("None triggered: no group's mean is below its trigger's threshold.", style="dim")
        rows = []
        for area in areas:
            found = Text.assemble((plain(area.area), "bold"), (plain(f" ({area.evidence})"), "dim"))
            rows.append((Text("▲ ", style="bold"), Group(found, Text(plain(area.next_step)))))
        return hanging(rows)

    # --- moving, changing, stopping ----------------------------------------------------------

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        self.tab = event.pane.id or self.tab
        self.refresh_bindings()

    def action_switch_tab(self, tab: str) -> None:
        """To the week or its assessment, focusing what the user came to change."""
        self.tab = tab
        self.query_one("#plan-tabs", TabbedContent).active = self.tab
        self.refresh_bindings()
        self._focus_tab()

    def _focus_tab(self) -> None:
        pane = self.query_one(f"#{self.tab}", TabPane)
        target = next((w for w in pane.query("Tick, Rating") if w.focusable), None)
        (target or pane.query_one(VerticalScroll)).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Prev, Next and Today greyed where they would not move (pressed, they did nothing)."""
        if action == "week" and isinstance(delta := parameters[0], int):
            return shown_week(self.plan, self.week + delta) != self.week or None
        if action == "this_week":
            return shown_week(self.plan, self.today_week) != self.week or None
        if action == "switch_tab":
            return parameters[0] != self.tab
        return True

    async def action_week(self, delta: int) -> None:
        await self._go_to(shown_week(self.plan, self.week + delta))

    async def action_this_week(self) -> None:
        await self._go_to(shown_week(self.plan, self.today_week))

    async def _go_to(self, number: int) -> None:
        if number != self.week:
            self._week = number
            await self.recompose()
            self._composed()
            self.refresh_bindings()

    def action_change(self) -> None:
        choose_plan(practice_app(self), self.plan, self.progress)

    def action_stop(self) -> None:
        question = f"Stop following '{plain(self.plan.title)}'? " + what_is_kept(self.progress)

        def stopped(_: None) -> None:
            if self.is_current:
                self.dismiss()
            self.app.notify("You no longer follow a plan. Press l in the library to choose one.")

        def answer(stop: bool | None) -> None:
            if stop:
                progress = self.progress
                practice_app(self).write(lambda: self.practice.stop(progress), stopped, verb="change")

        self.app.push_screen(ConfirmScreen(question, "Stop plan", "Keep it"), answer)

    def action_close(self) -> None:
        self.dismiss()


def _rating_set(ratings: list[DimensionRating]) -> set[tuple[str, str, int]]:
    return {(r.group, r.name, r.rating) for r in ratings}


# --- the flow: open, choose, follow, stop ------------------------------------------------------


def show_plan(app: PracticeApp, plan: PracticePlan | None = None, *, highlighted: PracticePlan | None = None) -> None:
    """Open `plan`, or the plan the user follows; when that is not the one they follow
    (or they follow none), let them choose a plan and a start date first, `highlighted`
    (the library's highlighted row) offered first when they follow none."""
    progress = app.practice.followed()
    target = plan or (app.practice.library.get(progress.plan_id) if progress else highlighted)
    if progress is not None and isinstance(target, PracticePlan) and target.id == progress.plan_id:
        _show(app, target, progress)
    else:
        choose_plan(app, target if isinstance(target, PracticePlan) else None, progress)


def choose_plan(app: PracticeApp, chosen: PracticePlan | None, progress: PlanProgress | None) -> None:
    plans = app.practice.plans()
    if not plans:
        app.notify("The library has no practice plans: add one (see data/plans/ for the format).", severity="warning")
        return
    same = progress is not None and chosen is not None and chosen.id == progress.plan_id
    start = progress.start_date if same and progress else app.practice.today()
    app.push_screen(FollowPlanScreen(plans, chosen, start, progress), lambda choice: _chosen(app, progress, choice))


def what_is_kept(progress: PlanProgress) -> str:
    """What leaving a plan removes and what it keeps, for the question that asks first."""
    ticked = len(progress.done)
    if not ticked:
        return "Your weekly assessments stay in the log."
    return f"Its {count(ticked, 'ticked deliverable')} will be removed; your weekly assessments stay in the log."


def _chosen(app: PracticeApp, progress: PlanProgress | None, choice: tuple[PracticePlan, date] | None) -> None:
    if choice is None:
        return
    plan, start = choice
    if progress is None or progress.plan_id == plan.id:
        _follow(app, plan, start)
        return
    question = (
        f"Follow '{plain(plan.title)}' from {start:%d %b %Y} instead of "
        f"'{plain(progress.plan_title or progress.plan_id)}'? " + what_is_kept(progress)
    )
    app.push_screen(
        ConfirmScreen(question, "Change plan", "Keep current"), lambda yes: _follow(app, plan, start) if yes else None
    )


def _follow(app: PracticeApp, plan: PracticePlan, start: date) -> None:
    """Follow `plan` from `start` (see Practice.follow), then show it."""
    app.write(lambda: app.practice.follow(plan, start), lambda progress: _show(app, plan, progress))


def _show(app: PracticeApp, plan: PracticePlan, progress: PlanProgress) -> None:
    screen = PlanScreen(plan, progress)
    if isinstance(app.screen, PlanScreen):
        app.switch_screen(screen)
    else:
        app.push_screen(screen)
