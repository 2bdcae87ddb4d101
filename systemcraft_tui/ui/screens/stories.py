"""The story bank: your own STAR stories, which of the 16 principles they cover, and which
one you are leaning on too often. Write, edit, delete and rehearse them here."""

from __future__ import annotations

from datetime import datetime

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static, TabbedContent, TabPane

from systemcraft_tui.core.records import Story
from systemcraft_tui.core.wording import count
from systemcraft_tui.practice.scheduling import Scheduled, next_review, since
from systemcraft_tui.practice.stories import (
    OVERUSE_DAYS,
    OVERUSE_TIMES,
    STAR,
    coverage,
    gaps,
    overused,
    story_principles,
    story_scenario,
)
from systemcraft_tui.service import Practice, StoryBank
from systemcraft_tui.ui.fit import cut
from systemcraft_tui.ui.practice_app import practice_app
from systemcraft_tui.ui.preview import plain
from systemcraft_tui.ui.screens.confirm import ConfirmScreen
from systemcraft_tui.ui.screens.story_edit import StoryEditScreen
from systemcraft_tui.ui.widgets.filter_table import FilterTable, Row
from systemcraft_tui.ui.widgets.ready_footer import ReadyFooter
from systemcraft_tui.ui.widgets.status_line import StatusLine

EMPTY = (
    "No stories yet.\n\nPress a to write your first STAR story: a title, the four sections, "
    "the Leadership Principles it shows, its level, metrics and impact. Then rehearse it on "
    "the clock with r, and the Coverage tab shows which of the 16 principles still have no story."
)
LABEL_WIDTH = 34  # principle names in the coverage grid, at least: wider when the terminal has room
GAP_NOTE = "  gap — no story yet"
AROUND_GRID = 4  # the coverage tab's padding and its scrollbar
# The columns around the title, with the widths their values need; the title takes the rest.
BEFORE_TITLE = (("#", 2),)
AFTER_TITLE = (("Level", 5), ("Impact", 6), (f"{OVERUSE_DAYS} d", 4), ("Due", 6))


class StoryBankScreen(Screen[None]):
    DEFAULT_CSS = """
    StoryBankScreen TabbedContent, StoryBankScreen ContentSwitcher, StoryBankScreen TabPane { height: 1fr; }
    StoryBankScreen TabPane { padding: 0; }
    StoryBankScreen FilterTable RowTable { min-width: 52; }
    StoryBankScreen FilterTable #preview { min-width: 26; }
    StoryBankScreen #coverage-scroll { padding: 0 1; }
    StoryBankScreen #coverage { width: auto; }
    """
    BINDINGS = [
        Binding("a", "add", "Add"),
        Binding("e", "edit", "Edit"),
        Binding("r", "rehearse", "Rehearse"),
        Binding("x,delete", "delete", "Delete"),
        Binding("c", "coverage", "Coverage"),
        Binding("escape", "close", "Back"),  # short: the footer fits 80 columns
    ]

    def __init__(self, bank: StoryBank) -> None:
        super().__init__()
        self.opening = bank
        self.stories: list[Story] = []
        self.uses: dict[str, int] = {}
        self.due: dict[str, Scheduled] = {}
        self.by_id: dict[str, Story] = {}

    @property
    def practice(self) -> Practice:
        return practice_app(self).practice

    def compose(self) -> ComposeResult:
        yield Header()
        with TabbedContent(initial="stories-tab"):
            with TabPane("Stories", id="stories-tab"):
                yield FilterTable(BEFORE_TITLE, AFTER_TITLE, table_id="stories", preview=self._preview)
            with TabPane("Coverage", id="coverage-tab"):
                with VerticalScroll(id="coverage-scroll"):
                    yield Static(id="coverage")
        yield StatusLine(id="story-status")
        yield ReadyFooter()

    def on_mount(self) -> None:
        self.sub_title = "Story bank"
        self._show(self.opening)
        self.query_one("#stories", DataTable).focus()

    def on_screen_resume(self) -> None:
        self.reload()  # back from the editor or a rehearsal: counts and due dates moved

    # --- data -------------------------------------------------------------------------

    def reload(self, keep: str | None = None) -> None:
        """The bank read again from the log, in a worker."""
        practice_app(self).read(self.practice.story_bank, lambda bank: self._show(bank, keep), group="story bank", asker=self)

    def _show(self, bank: StoryBank, keep: str | None = None) -> None:
        now, self.stories, self.uses, self.due = bank.now, list(bank.stories), dict(bank.uses), dict(bank.due)
        self.by_id = {story.id: story for story in self.stories}
        rows = [self._row(number, story, now) for number, story in enumerate(self.stories, 1)]
        self.query_one(FilterTable).show(rows, Content(EMPTY), keep)
        self._show_coverage()
        self.query_one("#story-status", StatusLine).update(self._status())

    def _show_coverage(self) -> None:
        # The app's width, not the tab's: a tab not shown has none.
        self.query_one("#coverage", Static).update(coverage_grid(self.stories, self.app.size.width - AROUND_GRID))

    def on_resize(self) -> None:
        self._show_coverage()

    def _row(self, number: int, story: Story, now: datetime) -> Row:
        uses = self.uses.get(story.id, 0)
        after = (
            story.level or "–",
            f"{story.impact}/5" if story.impact else "–",
            Text(f"{uses} !" if overused(uses) else str(uses), style="bold reverse" if overused(uses) else ""),
            self._due_text(self.due[story.id], now),
        )
        return Row(story.id, story.title, (str(number),), after)

    @property
    def current(self) -> Story | None:
        key = self.query_one(FilterTable).highlighted
        return None if key is None else self.by_id[key]

    @staticmethod
    def _due_text(scheduled: Scheduled, now: datetime) -> str:
        if scheduled.new:
            return "new"
        if scheduled.due <= now:
            return "due"
        return scheduled.due.astimezone().strftime("%d %b")

    def _status(self) -> Content:
        missing = len(gaps(self.stories))
        parts: list[str | tuple[str, str]] = [f"{count(len(self.stories), 'story')} · "]
        parts.append((f"no story for {missing} of 16 principles", "$text-warning") if missing else "every principle has a story")
        heavy = sum(1 for story in self.stories if overused(self.uses.get(story.id, 0)))
        if heavy:
            parts.append((f" · {heavy} overused ({OVERUSE_TIMES}+ in {OVERUSE_DAYS} days)", "$text-warning"))
        return Content.assemble(*parts)

    # --- preview ----------------------------------------------------------------------

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_rehearse()

    def _preview(self, key: str) -> Content:
        story = self.by_id[key]
        now = self.practice.now()
        parts: list[str | tuple[str, str]] = [(plain(story.title), "bold"), "\n"]
        facts = [story.level or "no level", f"impact {story.impact}/5" if story.impact else "impact not rated"]
        parts.append((plain(" · ".join(facts)) + "\n", "dim"))
        principles = story_principles(story)
        parts += [("Principles: ", "bold"), plain(", ".join(principles)) or "none chosen (e to edit)", "\n"]
        if story.metrics:
            parts += [("Metrics: ", "bold"), plain(story.metrics), "\n"]
        uses = self.uses.get(story.id, 0)
        if overused(uses):
            warning = f"Rehearsed {uses} times in the last {OVERUSE_DAYS} days: rotate in another story so it stays fresh.\n"
            parts.append((warning, "$text-warning bold"))
        scheduled = self.due[story.id]
        if scheduled.new:
            parts.append(("Never rehearsed: due now.\n", "dim"))
        elif scheduled.due <= now:
            parts.append((f"Due for review: {since(now - scheduled.due)} overdue.\n", "dim"))
        else:
            parts.append((f"Next review {next_review(scheduled.due, now)}.\n", "dim"))
        for name in STAR:
            body = getattr(story, name.lower())
            parts += ["\n", (name, "bold"), "\n", (plain(body), "") if body else ("(not written yet)", "dim"), "\n"]
        return Content.assemble(*parts)

    # --- actions ----------------------------------------------------------------------

    def action_add(self) -> None:
        self._edit(None)

    def action_edit(self) -> None:
        if story := self._chosen("edit"):
            self._edit(story)

    def _edit(self, story: Story | None, typed: Story | None = None) -> None:
        """The editor on `story` (None: a new one), its boxes filled with `typed` if given."""
        self.app.push_screen(StoryEditScreen(story, self.practice.now(), typed), lambda edited: self._saved(story, edited))

    def _saved(self, before: Story | None, story: Story | None) -> None:
        if story is None:
            return

        def saved(_: None) -> None:
            self.notify(f"Saved '{plain(story.title)}'.", markup=False)
            if self.is_current:
                self.reload(keep=story.id)

        def unsaved() -> None:  # neither in the log nor kept aside: back in the editor, nothing typed lost
            self._edit(before, story)

        practice_app(self).write(lambda: self.practice.save_story(story), saved, failed=unsaved)

    def action_rehearse(self) -> None:
        if story := self._chosen("rehearse"):
            practice_app(self).rehearse(story_scenario(story))

    def action_delete(self) -> None:
        story = self._chosen("delete")
        if story is None:
            return

        def deleted(_: None) -> None:
            self.notify(f"Deleted '{plain(story.title)}'. Its rehearsals stay in your history.", markup=False)
            if self.is_current:
                self.reload()

        def answer(delete: bool | None) -> None:
            if delete:
                practice_app(self).write(lambda: self.practice.delete_story(story), deleted, verb="change")

        question = f"Delete the story '{plain(story.title)}'? Its past rehearsals stay in your history."
        self.app.push_screen(ConfirmScreen(question, "Delete", "Keep it"), answer)

    def action_coverage(self) -> None:
        tabs = self.query_one(TabbedContent)
        tabs.active = "stories-tab" if tabs.active == "coverage-tab" else "coverage-tab"

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        # Focus into the shown tab (by key or click): focus left in the hidden one would switch back to it.
        self.query_one("#stories" if event.pane.id == "stories-tab" else "#coverage-scroll").focus()
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Edit, Rehearse and Delete greyed on the Coverage tab: the story they would act on is
        the one highlighted on the Stories tab, out of sight."""
        if action in _ON_THE_HIGHLIGHTED and self.is_mounted and self.query_one(TabbedContent).active == "coverage-tab":
            return None
        return True

    def action_close(self) -> None:
        self.dismiss(None)

    def _chosen(self, verb: str) -> Story | None:
        story = self.current
        if story is None:
            self.notify(f"No story to {verb} yet: press a to write one.")
        return story


_ON_THE_HIGHLIGHTED = frozenset({"edit", "rehearse", "delete"})


def coverage_grid(stories: list[Story], width: int) -> Content:
    """One row per principle, one column per story (numbered as in the list); ● where the
    story shows the principle, and the principles no story covers marked as gaps. The
    names take what `width` cells leave beside the stories' columns, down to LABEL_WIDTH."""
    covered = coverage(stories)
    beside = max(0, 3 * len(stories) - 1) + len(GAP_NOTE)
    label_width = max(LABEL_WIDTH, min(max(map(cell_len, covered), default=0) + 1, width - beside))
    parts: list[str | tuple[str, str]] = [("Principle".ljust(label_width), "bold")]
    parts += [(" ".join(f"{n:>2}" for n in range(1, len(stories) + 1)), "bold"), ("  Stories\n", "bold")]
    for principle, covering in covered.items():
        label = cut(principle, label_width - 1)
        cells = " ".join(" ●" if story in covering else " ·" for story in stories)
        gap = not covering
        parts.append((label.ljust(label_width), "$text-error" if gap else ""))
        parts.append((cells, "dim" if gap else ""))
        parts.append((GAP_NOTE + "\n", "$text-error bold") if gap else f"  {len(covering)}\n")
    if not stories:
        parts.append(("\nPress a to write a story: each principle it shows gets a ● here.", "dim"))
    return Content.assemble(*parts)
