"""Before the clock starts: how to rehearse this item."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from systemcraft_tui.content.model import BehavioralScenario, Problem, SystemDesignProblem
from systemcraft_tui.core.labels import mode_label
from systemcraft_tui.core.vocabulary import Mode, StepKind
from systemcraft_tui.core.windows import span, words
from systemcraft_tui.core.wording import count
from systemcraft_tui.practice.assessment import Rehearsable
from systemcraft_tui.practice.steps import DESIGN_PRESETS, behavioral_plan, design_plan, has_own_phases
from systemcraft_tui.ui.fit import cut_lines
from systemcraft_tui.ui.preview import errors_text, plain
from systemcraft_tui.ui.screens.dialog import DialogScreen

if TYPE_CHECKING:
    from systemcraft_tui.ui.voice_switch import VoiceSwitch


@dataclass(frozen=True)
class StartChoice:
    mode: Mode | None = None  # behavioral
    preset_minutes: int | None = None  # design: None keeps the file's own phases


class StartScreen(DialogScreen[StartChoice | None]):
    DEFAULT_CSS = """
    StartScreen #dialog > Label { width: 1fr; }
    StartScreen #choices { height: auto; max-height: 8; margin: 1 0; }
    StartScreen #phases { margin-bottom: 1; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel"), Binding("v", "toggle_voice", "Voice", show=False)]

    def __init__(
        self, item: Rehearsable, errors: list[Problem] | None = None, voice: VoiceSwitch | None = None, why: str | None = None
    ) -> None:
        """errors: those in the item's file, told before the rehearsal starts; voice: whether
        the rehearsal is heard, shown on a line of its own and switched with v; why: why
        Practice next chose the item, said here rather than in a notice over the dialog."""
        super().__init__()
        self.item = item
        self.why = why
        self.voice = voice
        self.errors = errors or []
        self.choices: list[tuple[StartChoice, str]] = []
        if isinstance(item, BehavioralScenario):
            self.choices = [(StartChoice(mode), _mode_line(item, mode)) for mode in _modes(item)]
        else:
            given = [p for p in item.phases if p.timing != "file"]
            if not given:
                self.choices.append((StartChoice(), f"The problem's own phases ({count(item.total_minutes, 'minute')})"))
            elif len(given) < len(item.phases):
                # Timed in the file but for a few steps, each given the shortest timed step's time (lint says which).
                told = f"{count(len(given), 'untimed step')} given {words(given[0].min_seconds, given[0].max_seconds)} each"
                self.choices.append((StartChoice(), f"The problem's own phases ({count(item.total_minutes, 'minute')}; {told})"))
            elif has_own_phases(item):
                # Its own steps, untimed: each an equal share of the default plan's minutes, in whole minutes.
                step = item.phases[0]
                told = f"{count(len(item.phases), 'step')} of {words(step.min_seconds, step.max_seconds)} each"
                self.choices.append((StartChoice(), f"The problem's own steps ({told})"))
            self.choices += [(StartChoice(preset_minutes=m), f"{m}-minute interview preset") for m in DESIGN_PRESETS]

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(Text.assemble(("Rehearse: ", "bold"), plain(self.item.title)))
            if self.why is not None:
                yield Label(Text.assemble(("Practice next: ", "bold"), self.why, style="dim"), id="why")
            if self.errors:
                yield Static(errors_text(self.errors), id="file-errors")
            yield OptionList(*(Option(label, id=str(i)) for i, (_, label) in enumerate(self.choices)), id="choices")
            if isinstance(self.item, SystemDesignProblem):
                yield Static(id="phases")
            if self.voice is not None:
                yield Static(self.voice.line(), id="voice-line")
            yield Label(Text("Enter to start · Esc to cancel", style="dim"))

    def on_mount(self) -> None:
        if self.voice is not None:
            self.voice.changed.subscribe(self, self._show_voice)
            self._show_voice(self.voice)  # the check may have ended between compose and now
        self.call_after_refresh(self._show_phases)  # once the lines around it are laid out

    def on_resize(self) -> None:
        self.call_after_refresh(self._show_phases)

    def _show_phases(self) -> None:
        """A design's phases for the timing under the cursor, in the lines the screen has room
        for beside the rest of the dialog (a long list of long names, cut with "…", never
        pushes the keys to start off a short terminal)."""
        if not isinstance(self.item, SystemDesignProblem):
            return
        choices = self.query_one("#choices", OptionList)
        phases = self.query_one("#phases", Static)
        dialog = self.query_one("#dialog")
        around = sum(
            child.outer_size.height + child.styles.margin.top + child.styles.margin.bottom
            for child in dialog.children
            if child is not phases
        )
        chrome = dialog.outer_size.height - dialog.size.height + phases.styles.margin.bottom
        room = max(_FEWEST_PHASE_LINES, self.size.height - around - chrome)
        line = _phases_line(self.item, self.choices[choices.highlighted or 0][0])
        phases.update(cut_lines(line, dialog.size.width, room, self.app.console))

    def _show_voice(self, voice: VoiceSwitch) -> None:
        self.query_one("#voice-line", Static).update(voice.line())

    def action_toggle_voice(self) -> None:
        if self.voice is not None:
            self.voice.toggle()

    def on_option_list_option_highlighted(self) -> None:
        self._show_phases()  # the steps of the timing under the cursor

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.choices[event.option_index][0])

    def action_cancel(self) -> None:
        self.dismiss(None)


def _phases_line(problem: SystemDesignProblem, choice: StartChoice) -> Text:
    """The phases a design is rehearsed in with this timing, each with its window in minutes,
    and the follow-ups asked after them: what the choice means before the clock starts."""
    plan = design_plan(problem, choice.preset_minutes)
    phases = [step for step in plan.steps if step.kind is StepKind.PHASE]
    asked = len(plan.steps) - len(phases)
    told = " · ".join(f"{plain(step.name)} {_minutes(step.min_seconds, step.max_seconds)}" for step in phases)
    return Text.assemble(("Minutes: ", "bold"), told, f", then {count(asked, 'follow-up')}" if asked else "", style="dim")


_FEWEST_PHASE_LINES = 1  # a short terminal: the line, cut, and the keys to start kept on it


def _minutes(low: int, high: int) -> str:
    """A window in minutes with no space in it ("3–5", "0.5–1"): a wrap never parts it from its unit."""
    ends = [f"{seconds / 60:.1f}".removesuffix(".0") for seconds in (low, high)]
    return ends[0] if ends[0] == ends[1] else "–".join(ends)


def _modes(item: BehavioralScenario) -> list[Mode]:
    """Every mode but a short one no shorter than the full answer: the 2-minute version of a
    prepared answer of one to two minutes is that answer again."""
    full = behavioral_plan(item).target_max_seconds
    return [mode for mode in Mode if mode is Mode.FULL or behavioral_plan(item, mode).target_max_seconds < full]


def _mode_line(item: BehavioralScenario, mode: Mode) -> str:
    """The mode with its target (the sum of its section windows: STAR's, or one answer's told
    whole) and, for the full answer, the whole story with its follow-ups when the file says
    how long that is."""
    plan = behavioral_plan(item, mode)
    target = span(plan.target_min_seconds, plan.target_max_seconds)
    told = f"STAR {target}" if len(item.star) > 1 else target
    if mode is Mode.FULL:
        line = f"{mode_label(mode.value)}: {told} ({_windows_from(item)})"
        return line + (f", {span(*plan.whole_story)} with follow-ups" if plan.whole_story else "")
    return f"{mode_label(mode.value)}: {told} ({'sections ' if len(item.star) > 1 else ''}scaled)"


def _windows_from(item: BehavioralScenario) -> str:
    """Where the section windows come from: the file's timings, or the documented defaults
    for a section it does not time (and for every section of a story of one's own)."""
    defaults = sum(section.timing == "default" for section in item.star)
    if not defaults:
        return "as written" if len(item.star) == 1 else "sections as written"
    if defaults == len(item.star):
        return "default window" if len(item.star) == 1 else "default windows"
    return f"{count(len(item.star) - defaults, 'section')} as written, {defaults} default"
