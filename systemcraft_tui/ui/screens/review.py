"""Right after saving: times against targets, the checks, the ratings, and the model
answer beside the user's own notes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Static

from systemcraft_tui.practice.assessment import Attempt
from systemcraft_tui.ui.attempt_text import ratings_text, review_times
from systemcraft_tui.ui.preview import plain
from systemcraft_tui.ui.reference_text import reference_text
from systemcraft_tui.ui.widgets.checks import checks_text
from systemcraft_tui.ui.widgets.ready_footer import ReadyFooter

if TYPE_CHECKING:
    from systemcraft_tui.service.hearing import Heard
    from systemcraft_tui.ui.heard_saves import HeardSaves


class ReviewScreen(Screen[None]):
    DEFAULT_CSS = "ReviewScreen #review { padding: 0 1; }"
    BINDINGS = [Binding("escape,enter", "close", "Back to library")]

    def __init__(self, attempt: Attempt, saved_note: str = "", heard: HeardSaves | None = None) -> None:
        """heard: the session's voice, when the rehearsal was heard: what was said in each
        step is shown as its transcripts arrive."""
        super().__init__()
        self.attempt = attempt
        self.saved_note = saved_note
        self.heard = heard

    def compose(self) -> ComposeResult:
        attempt = self.attempt
        yield Header()
        with VerticalScroll(id="review"):
            title = Text(f"Review: {plain(attempt.title)}", style="bold")
            title.append(f"\nScore {attempt.score}/100", style="bold green")  # its own line: after a long title it was split
            if self.saved_note:
                title.append(f"\n{self.saved_note}", style="dim")
            yield Static(title)
            yield Static(review_times(attempt))
            yield Static(Text("Answer checks", style="bold"))
            yield Static(checks_text(attempt.checks))
            yield Static(ratings_text(attempt.ratings, attempt.red_flags, ()))
            yield Static(self._answers_table())
            if self.heard is not None:
                yield Static(id="spoken-checks")
                yield Static(id="spoken")
        yield ReadyFooter()

    def on_mount(self) -> None:
        if self.heard is not None:
            self.heard.voice.listeners.append(self._show_heard)
            self._show_heard()

    def on_unmount(self) -> None:
        if self.heard is not None and self._show_heard in self.heard.voice.listeners:
            self.heard.voice.listeners.remove(self._show_heard)

    def _show_heard(self, _: Heard | None = None) -> None:
        """What was said in each step, and the checks on it once every timed step is heard."""
        from systemcraft_tui.ui.spoken_text import spoken_table

        assert self.heard is not None and self.heard.latest is not None
        voice = self.heard.voice
        session = self.heard.heard(self.heard.latest)
        found: RenderableType
        if session.spoken_checks:
            found = checks_text(session.spoken_checks)
        elif voice.pending:
            found = Text(f"Transcribing {len(voice.pending)} step(s) on this machine…", style="dim italic")
        else:
            found = Text("Nothing was heard to check.", style="dim")
        self.query_one("#spoken-checks", Static).update(Group(Text("Answer checks on what you said", style="bold"), found))
        steps = [(s.name, s.prompt, s.reference) for s in self.attempt.steps]
        design = any(step.kind == "phase" for step in self.attempt.steps)
        self.query_one("#spoken", Static).update(spoken_table(steps, voice.spoken(), design))

    def _answers_table(self) -> Table:
        design = any(step.kind == "phase" for step in self.attempt.steps)
        model = "Reference design" if design else "Model answer"
        table = Table(title=f"Your notes beside the {model.lower()}", title_justify="left", expand=True, show_lines=True)
        table.add_column(
            "Phase" if design else "Section", ratio=1, width=16
        )  # with a ratio, the least width: a probe's words whole
        # Folded, not cut: a line of Chinese or Japanese has no space to wrap at.
        table.add_column("Your notes", ratio=3, overflow="fold")
        table.add_column(model, ratio=3, overflow="fold")
        for step in self.attempt.steps:
            name = Text(plain(step.name))
            if step.prompt:
                name.append(f"\n{plain(step.prompt)}", style="italic dim")
            notes = Text(plain(step.notes) or "(no notes)", style="" if step.notes else "dim")
            if step.checked:
                notes.append("\n✓ " + "\n✓ ".join(plain(c) for c in step.checked), style="green")
            table.add_row(name, notes, reference_text(step.reference) if step.reference else Text("—"))
        return table

    def action_close(self) -> None:
        self.dismiss(None)
