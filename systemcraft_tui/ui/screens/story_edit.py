"""Write or edit one of your own STAR stories: title, the four sections, the principles it
shows (from the 16), level, metrics and impact 1-5."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import (
    Button,
    Header,
    Input,
    Label,
    Select,
    SelectionList,
    Static,
    TextArea,
)

from systemcraft_tui.content.principles import PRINCIPLES
from systemcraft_tui.core.records import Story
from systemcraft_tui.practice.stories import STAR, STORY_LEVELS, story_principles
from systemcraft_tui.ui.keys import after_typed_keys
from systemcraft_tui.ui.practice_app import practice_app
from systemcraft_tui.ui.preview import plain
from systemcraft_tui.ui.screens.confirm import ConfirmScreen
from systemcraft_tui.ui.widgets.rating import Rating
from systemcraft_tui.ui.widgets.ready_footer import ReadyFooter

HINTS = {
    "Situation": "The context and what was at stake (30-45 s when told).",
    "Task": "What you, not the team, had to achieve.",
    "Action": "The decisions and steps you took, and why.",
    "Result": "What changed, with numbers; what you learned.",
}


def _shown(story: Story) -> Story:
    """The story with its texts as they are shown (terminal_text.visible): what the boxes hold."""
    return dataclasses.replace(
        story,
        title=plain(story.title),
        level=plain(story.level) if story.level else None,
        metrics=plain(story.metrics),
        situation=plain(story.situation),
        task=plain(story.task),
        action=plain(story.action),
        result=plain(story.result),
    )


def _line(value: str, placeholder: str, id: str) -> Input:
    """A one-line box whose text an edit goes on from, at its end: Textual's Input selects
    it all on focus, and the first key typed replaced it."""
    return Input(value, placeholder=placeholder, id=id, compact=True, select_on_focus=False)


class StoryEditScreen(Screen[Story | None]):
    """Dismisses with the story to save, or None when the user leaves without saving."""

    DEFAULT_CSS = """
    StoryEditScreen #story-form { padding: 0 1; }
    StoryEditScreen #story-form > Label { margin-top: 1; }
    StoryEditScreen #story-meta { height: auto; margin-top: 1; }
    StoryEditScreen #story-meta > Label { margin-right: 1; }
    StoryEditScreen #level { width: 20; margin-right: 3; }
    StoryEditScreen #impact { width: 1fr; }
    StoryEditScreen .star-text { height: 6; }
    StoryEditScreen #principles { height: auto; max-height: 18; }
    StoryEditScreen #story-buttons { height: auto; margin: 1 0; }
    StoryEditScreen Button { margin-right: 2; }
    """

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, story: Story | None, now: datetime, typed: Story | None = None) -> None:
        """`typed`: what the boxes hold at first, if not `story` (an edit the log refused)."""
        super().__init__()
        # Edited as shown: control characters from an import become their stand-ins in the boxes.
        self.story = _shown(story) if story else Story("", now, now)
        self.typed = typed or self.story
        self.new = story is None

    def compose(self) -> ComposeResult:
        story = self.typed
        yield Header()
        with VerticalScroll(id="story-form"):
            heading = "New story" if self.new else f"Edit: {plain(self.story.title)}"
            yield Static(Text(heading, style="bold"))
            yield Label("Title")
            yield _line(story.title, "A few words you will recognise it by", "title")
            with Horizontal(id="story-meta"):  # each named ahead of it, as Title is above its box
                yield Label("Level")
                levels = [*STORY_LEVELS, *([story.level] if story.level and story.level not in STORY_LEVELS else [])]
                yield Select(
                    ((Text(level), level) for level in levels),
                    prompt="No level",
                    value=story.level or Select.NULL,
                    id="level",
                    compact=True,
                )
                yield Label("Impact")
                yield Rating("", story.impact, id="impact")
            for name in STAR:
                yield Label(Text.assemble((name, "bold"), f"  {HINTS[name]}"))
                yield TextArea(
                    getattr(story, name.lower()), id=name.lower(), soft_wrap=True, tab_behavior="focus", classes="star-text"
                )
            yield Label("Metrics")
            yield _line(story.metrics, "e.g. error rate 2% → 0.1% in six weeks", "metrics")
            yield Label(Text.assemble(("Leadership Principles", "bold"), "  space ticks; the first ticked is the primary"))
            chosen = set(story_principles(story))
            yield SelectionList[str](*((p, p, p in chosen) for p in PRINCIPLES), id="principles")
            with Horizontal(id="story-buttons"):
                yield Button("Save", id="save", variant="success")
                yield Button("Cancel", id="cancel", variant="default")
        yield ReadyFooter()

    def on_mount(self) -> None:
        self.query_one("#title", Input).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.action_save() if event.button.id == "save" else self.action_cancel()

    def edited(self) -> Story:
        """The story as the form stands (its `updated` time unchanged)."""
        level = self.query_one("#level", Select).value
        ticked = self.query_one("#principles", SelectionList).selected
        kept = [p for p in story_principles(self.typed) if p in ticked]  # the primary stays first
        return dataclasses.replace(
            self.story,
            title=self.query_one("#title", Input).value.strip(),
            level=None if level is Select.NULL else str(level),
            impact=self.query_one("#impact", Rating).value,
            metrics=self.query_one("#metrics", Input).value.strip(),
            principles=tuple(kept + [p for p in ticked if p not in kept]),
            situation=self._star_text("Situation"),
            task=self._star_text("Task"),
            action=self._star_text("Action"),
            result=self._star_text("Result"),
        )

    def _star_text(self, name: str) -> str:
        return self.query_one(f"#{name.lower()}", TextArea).text.strip()

    def action_save(self) -> None:
        after_typed_keys(self, self._save)

    def _save(self) -> None:
        story = self.edited()
        if not story.title:
            self.notify("Give the story a title before saving.", severity="warning")
            self.query_one("#title", Input).focus()
            return
        now = practice_app(self).practice.now()
        self.dismiss(dataclasses.replace(story, updated=now, created=now if self.new else story.created))

    def action_cancel(self) -> None:
        self.leave_first(self.dismiss, "Discard")

    def leave_first(self, leave: Callable[[], object], yes: str) -> None:
        """`leave` at once when nothing changed, else once the changes may be discarded
        (Esc, and the app's Ctrl+Q: ui/leaving.py)."""
        if self.edited().to_dict() == self.story.to_dict():
            leave()
            return

        def answer(discard: bool | None) -> None:
            if discard:
                leave()

        self.app.push_screen(ConfirmScreen("Discard your changes to this story?", yes, "Keep editing"), answer)
