"""One logged attempt in full (notes, times, checks, ratings), and two attempts of the
same scenario side by side."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import Static

from systemcraft_tui.core.labels import STATUS_LABELS, mode_label
from systemcraft_tui.core.records import Session
from systemcraft_tui.core.summaries import SessionSummary, TimedPart
from systemcraft_tui.core.vocabulary import SessionStatus
from systemcraft_tui.core.windows import change, clock
from systemcraft_tui.practice.history import Comparison
from systemcraft_tui.ui.attempt_audio import AttemptAudio, heard, spoken_parts
from systemcraft_tui.ui.attempt_text import facts, ratings_text, times_table, when
from systemcraft_tui.ui.hanging import hanging
from systemcraft_tui.ui.preview import plain
from systemcraft_tui.ui.screens.reading import ReadingScreen
from systemcraft_tui.ui.widgets.checks import checks_text


class AttemptScreen(AttemptAudio):
    COLUMN_ID = "attempt"

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session

    def parts(self) -> ComposeResult:
        s = self.session
        yield Static(facts(s))
        if s.sections:
            yield Static(times_table("Sections", s.sections, [p.notes for p in s.sections]))
            ticked = [(p.name, [label for label, done in p.checklist.items() if done]) for p in s.sections]
            if any(labels for _, labels in ticked):
                yield Static(self._checklists(ticked))
        if s.probes:
            asked = [TimedPart(p.question, p.planned_min_seconds, p.planned_max_seconds, p.actual_seconds) for p in s.probes]
            yield Static(times_table("Follow-up probes", asked, [p.notes for p in s.probes]))
        if s.checks:
            yield Static(Text("Answer checks", style="bold"))
            yield Static(checks_text(s.checks))
        yield Static(ratings_text(s.ratings, s.red_flags, s.principles))
        if heard(s):
            yield Static(spoken_parts(s))
            yield Static(id="audio")

    def on_mount(self) -> None:
        if heard(self.session):
            self.show_audio()

    @staticmethod
    def _checklists(ticked: list[tuple[str, list[str]]]) -> Group:
        rows = [
            (Text("✓ ", style="green"), Text.assemble((f"{plain(name)}: ", "green"), plain(label)))
            for name, labels in ticked
            for label in labels
        ]
        return Group(Text("Ticked during the answer", style="bold"), hanging(rows, indent=2), Text())


class CompareScreen(ReadingScreen):
    COLUMN_ID = "compare"

    def __init__(self, comparison: Comparison) -> None:
        super().__init__()
        self.comparison = comparison

    def parts(self) -> ComposeResult:
        c = self.comparison
        title = Text.assemble((f"Two attempts of {plain(c.earlier.scenario.title)}\n", "bold"))
        for name, attempt in (("Earlier", c.earlier), ("Later", c.later)):
            title.append(f"{name}: {when(attempt)} · {mode_label(attempt.mode)} · {STATUS_LABELS[attempt.status]}\n", style="dim")
        if c.earlier.mode != c.later.mode:
            title.append(
                f"Not like for like: {mode_label(c.earlier.mode)} (earlier) beside {mode_label(c.later.mode)} "
                "(later), so each part had a different window; compare the times with that in mind.\n",
                style="bold yellow",
            )
        yield Static(title)
        yield Static(self._table())

    def _table(self) -> Table:
        c = self.comparison
        table = Table(expand=True)
        table.add_column("Part", ratio=1)
        table.add_column("Earlier", justify="right")
        table.add_column("Later", justify="right")
        table.add_column("Change", justify="right")
        for part in c.parts:
            before = clock(part.before) if part.before is not None else "–"
            after = clock(part.after) if part.after is not None else "–"
            if part.before is not None and part.after is not None:
                moved = change(part.before, part.after)
            else:
                moved = "not in both" if part.reached else "not reached"
            table.add_row(Text(plain(part.name)), before, after, moved)
        table.add_section()
        earlier, later = c.earlier_seconds, c.later_seconds
        table.add_row(Text("Total time", style="bold"), clock(earlier), clock(later), change(earlier, later))
        scores = [str(s.score) if s.score is not None else _unscored(s) for s in (c.earlier, c.later)]
        delta = c.score_delta
        if delta is None:
            moved_score = Text("not scored in both", style="dim")
        else:
            moved_score = Text("same" if delta == 0 else f"{'+' if delta > 0 else '−'}{abs(delta)}", style="bold")
        table.add_row(Text("Score", style="bold"), *scores, moved_score)
        return table


def _unscored(attempt: SessionSummary) -> str:
    """A completed attempt without a score (an import's, say) has none to show; one left
    unfinished says so, where its score would be."""
    return "–" if attempt.status == SessionStatus.COMPLETED else STATUS_LABELS[attempt.status]
