"""Pilot tests of the library screen, built exactly as the CLI builds it."""

from pathlib import Path

import pytest
from textual.widgets import DataTable, OptionList, Select, Static
from textual.widgets._footer import FooterKey

from systemcraft_tui.content.library import load_library
from systemcraft_tui.ui.app import SystemCraftApp
from systemcraft_tui.ui.screens.problems import ProblemsScreen
from systemcraft_tui.ui.widgets.filter_table import SEARCH_PAUSE, FilterTable
from tests.ui.apps import FIXTURES, until
from tests.ui.terminal import terminal_text


def _preview(app) -> str:
    return str(app.screen.query_one("#preview-text", Static).content)


async def test_rows_and_preview_follow_the_cursor():
    app = SystemCraftApp(load_library([FIXTURES]))
    async with app.run_test(size=(120, 40)) as pilot:
        table = app.screen.query_one("#items", DataTable)
        assert table.row_count == len(app.library.items) == 6
        first, second = app.library.items[:2]
        assert first.title in _preview(app)
        await pilot.press("down")
        assert second.title in _preview(app)


async def test_problems_are_counted_and_listed_with_file_and_line(tmp_path):
    (tmp_path / "bad.md").write_bytes(b"\xff\xfe not utf-8")
    (tmp_path / "ok.md").write_text((FIXTURES / "template_single.md").read_text())
    app = SystemCraftApp(load_library([tmp_path]))
    async with app.run_test(size=(120, 40)) as pilot:
        status = app.screen.query_one("#status", Static)
        # The due count comes from the log, read in a worker (`… due` until then).
        await until(pilot, lambda: "…" not in str(status.content))
        assert "1 of 1 item · 1 due (d: due only) · 1 content error (p)" in str(status.content)
        await pilot.press("p")
        assert isinstance(app.screen, ProblemsScreen)
        option = app.screen.query_one(OptionList).get_option_at_index(0)
        assert f"{tmp_path / 'bad.md'}:1: error: not UTF-8" in str(option.prompt)
        await pilot.press("escape")
        assert not isinstance(app.screen, ProblemsScreen)


async def test_the_problems_key_is_never_cut_at_a_narrow_width(tmp_path):
    for n in range(12):  # two-digit counts crowd a narrow status line
        (tmp_path / f"bad{n}.md").write_bytes(b"\xff\xfe not utf-8")
        (tmp_path / f"ok{n}.md").write_text((FIXTURES / "template_single.md").read_text().replace("# ", f"# {n} ", 1))
    app = SystemCraftApp(load_library([tmp_path]))
    async with app.run_test(size=(58, 24)) as pilot:
        status = app.screen.query_one("#status", Static)
        text = str(status.content)
        assert text.endswith("12 errors (p)") and len(text) <= status.content_size.width
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert str(status.content).endswith("12 content errors (p)")


async def _title_width(size: tuple[int, int], *resized: tuple[int, int]) -> int:
    app = SystemCraftApp(load_library([FIXTURES]))
    async with app.run_test(size=size) as pilot:
        for later in resized:
            await pilot.resize_terminal(*later)
            await pilot.pause()
        await pilot.pause()
        return app.screen.query_one(FilterTable).title_width


async def test_the_title_column_widened_by_a_resize_is_as_wide_as_at_that_width_from_the_start():
    # Under 150 columns the table, over the preview, overflows and has a scrollbar; beside
    # it, at 150, the rows fit: the title takes the scrollbar's 2 cells once it goes.
    assert await _title_width((120, 40), (150, 40)) == await _title_width((150, 40)) == 54
    assert await _title_width((150, 40), (120, 40)) == await _title_width((120, 40))


async def _first_preview(folder: Path, text: str) -> str:
    """The library's preview of the first item read from one file holding `text`."""
    (folder / "content.md").write_text(text)
    app = SystemCraftApp(load_library([folder]))
    async with app.run_test(size=(120, 40)):
        return _preview(app)


async def test_markup_in_content_is_shown_literally(tmp_path):
    preview = await _first_preview(
        tmp_path,
        '## L6 Scenario 1: [bold]Loud[/] [link=x]title\n\n### The Interview Question\n"Why \x1b[31mred?"\n\n'
        '### Complete STAR Response\n**Situation**: "s"\n**Task**: "t"\n**Action**: "a"\n**Result**: "r"\n',
    )
    assert "[bold]Loud[/] [link=x]title" in preview
    assert "␛[31mred?" in preview  # the escape shown as its stand-in


async def test_a_story_with_no_question_in_its_file_says_what_it_is_asked_with(tmp_path):
    preview = await _first_preview(
        tmp_path,
        "## Ownership\n\n### The Orphaned Library\n**Situation**: No owner.\n**Task**: I took it.\n"
        "**Action**: I triaged it.\n**Result**: Monthly releases.\n",
    )
    assert "Tell me about a time that shows Ownership." in preview
    assert "(no question given: asked with its principle)" in preview


async def test_a_story_titled_by_its_question_is_not_said_to_lack_one(tmp_path):
    preview = await _first_preview(
        tmp_path,
        "## What do you work on now?\n\n**Situation**: Deploys were slow.\n**Task**: I owned the fix.\n"
        "**Action**: I cached the build stages.\n**Result**: Deploys took eight minutes.\n",
    )
    assert "What do you work on now?" in preview
    assert "no question given" not in preview


async def test_filters_by_text_kind_level_and_principle():
    app = SystemCraftApp(load_library([FIXTURES]))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        table = screen.query_one("#items", DataTable)
        await pilot.press("slash", *"parcel")
        await pilot.pause(2 * SEARCH_PAUSE)
        assert table.row_count == 1 and "Parcel Tracking" in _preview(app)
        await pilot.press(*["backspace"] * 6)
        screen.query_one("#kind").value = "behavioral"
        await pilot.pause()
        assert table.row_count == 3
        screen.query_one("#level").value = "L7"
        await pilot.pause()
        assert table.row_count == 2
        screen.query_one("#principle").value = "Customer Obsession"
        await pilot.pause()
        assert table.row_count == 1
        screen.query_one("#principle").value = "Frugality"
        await pilot.pause()
        assert table.row_count == 0 and "Nothing matches" in _preview(app)


async def test_due_dates_are_worked_out_on_a_choice_not_on_a_key_of_the_search(monkeypatch):
    from systemcraft_tui.ui.screens import library

    worked_out = []
    due_ids = library.LibraryScreen._due_ids
    monkeypatch.setattr(library.LibraryScreen, "_due_ids", lambda screen: worked_out.append(1) or due_ids(screen))
    app = SystemCraftApp(load_library([FIXTURES]))
    async with app.run_test(size=(120, 40)) as pilot:
        opened = len(worked_out)
        await pilot.press("slash", *"parcel")
        await pilot.pause(2 * SEARCH_PAUSE)
        assert app.screen.query_one("#items", DataTable).row_count == 1 and len(worked_out) == opened
        app.screen.query_one("#kind").value = "system_design"
        await pilot.pause()
        assert len(worked_out) == opened + 1


async def test_a_save_that_lands_while_the_library_is_not_built_is_not_an_error():
    # A LogChanged can arrive while the screen is being built, or torn down as the app
    # closes (seen as "stopped on an internal error: NoMatches '#kind'" in a loaded CI run).
    from systemcraft_tui.ui.screens.library import LibraryScreen

    library = load_library([FIXTURES / "template_single.md"])
    app = SystemCraftApp(library)
    async with app.run_test(size=(80, 24)):
        unbuilt = LibraryScreen(library, {})
        unbuilt.show_history({})
        assert unbuilt.last == {}


def _cells(app) -> list[list[tuple[object, ...]]]:
    """Each line of the screen as it looks: each character with its colours and attributes
    (a space's text colour is not seen)."""
    return [
        [_look(char, segment.style) for segment in strip for char in segment.text]
        for strip in app.screen._compositor.render_strips()
    ]


def _look(char: str, style) -> tuple[object, ...]:
    if style is None:
        return (char,)
    seen = None if char == " " else style.color
    return (char, seen, style.bgcolor, style.bold, style.dim, style.italic, style.underline, style.reverse, style.strike)


async def test_the_first_frame_is_painted_with_the_stand_ins_and_the_counts(monkeypatch):
    """Textual runs after-refresh callbacks during its start-up batch, which paints
    nothing: the Selects wait for the frame that is painted (the app's Ready), and that
    frame already has the status line's counts and the footer's keys."""
    from systemcraft_tui.ui.widgets.choice_stand_in import ChoiceStandIn

    first: list[tuple[set[type], str, int]] = []
    display = SystemCraftApp._display

    def painted(app, screen, renderable) -> None:
        if renderable is not None and not app._batch_count and not first and screen.query("#status"):
            kinds = {type(widget) for widget in screen.query("#kind, #level, #principle")}
            first.append((kinds, str(screen.query_one("#status").render()), len(screen.query("FooterKey"))))
        display(app, screen, renderable)

    monkeypatch.setattr(SystemCraftApp, "_display", painted)
    app = SystemCraftApp(load_library([FIXTURES]))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert {type(widget) for widget in app.screen.query("#kind, #level, #principle")} == {Select}  # in place since
    [(kinds, status, keys)] = first
    assert kinds == {ChoiceStandIn}
    assert status.startswith(f"{len(app.library.items)} of {len(app.library.items)} items")
    assert keys > 0


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@pytest.mark.parametrize("theme", ["textual-dark", "textual-light", "nord"])
async def test_the_first_frame_draws_the_filters_as_they_look_once_in_place(monkeypatch, size, theme):
    """The first frame has stand-ins for the three Selects, and the footer's keys in one
    line, which are put in their places right after it: the screen is the same picture
    before and after."""
    from systemcraft_tui.ui.preferences import preferences_path, save_theme
    from systemcraft_tui.ui.screens import library
    from systemcraft_tui.ui.widgets import ready_footer
    from systemcraft_tui.ui.widgets.choice_stand_in import ChoiceStandIn

    async def stay(widget) -> None:
        return None

    # Both apps start in the theme, as at a start after it was chosen. (A theme set once the
    # first app runs is saved by a worker that may or may not finish before the second starts,
    # so the two would take different paths to their pictures.)
    save_theme(preferences_path(), theme)
    pictures, kinds = [], []
    for first_frame in (True, False):
        with monkeypatch.context() as patched:
            if first_frame:
                patched.setattr(library.LibraryScreen, "_choices_in_place", stay)
                patched.setattr(ready_footer.ReadyFooter, "_keys_apart", stay)
            app = SystemCraftApp(load_library([FIXTURES]))
            async with app.run_test(size=size) as pilot:
                await pilot.pause()
                assert app.theme == theme
                kinds.append({type(widget) for widget in app.screen.query("#kind, #level, #principle, FooterKey")})
                pictures.append(_cells(app))
    assert kinds == [{ChoiceStandIn, ready_footer.KeysLine, FooterKey}, {Select, FooterKey}]
    assert pictures[0] == pictures[1]


async def test_keys_typed_in_one_burst_after_the_slash_never_reach_the_library_s_keys():
    """A fast typist's `/cach` arrives before the app has handled the slash: its `h` must
    not open History, and the search has the focus for what comes next."""
    from textual import events

    from systemcraft_tui.ui.screens.library import LibraryScreen

    app = SystemCraftApp(load_library([FIXTURES]))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for key, character in [("slash", "/"), *((c, c) for c in "cach")]:
            app.post_message(events.Key(key, character))  # all queued before the first is handled
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert app.focused is app.screen.query_one("#search")


async def test_a_click_on_the_footer_s_keys_in_one_line_is_the_key_under_the_pointer(monkeypatch):
    """Until its keys are put apart, right after the first frame, the footer's one line
    takes a click as the key's own widget would."""
    from systemcraft_tui.ui.widgets import ready_footer

    async def stay(widget) -> None:
        return None

    monkeypatch.setattr(ready_footer.ReadyFooter, "_keys_apart", stay)
    app = SystemCraftApp(load_library([FIXTURES]))
    pressed: list[str] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        monkeypatch.setattr(app, "simulate_key", pressed.append)
        line = app.screen.query_one(ready_footer.KeysLine)
        text = line.render().plain
        for word in ("g Progress", "History", "Mock", "Help"):  # the last one's key is the app's
            await pilot.click(line, offset=(text.index(word), 0))
        assert pressed == ["g", "h", "m", "f1"]


async def test_every_key_in_the_footer_fits_80_columns():
    # Help and Mock were cut off the right end at 80 columns; search is shown by its box.
    app = SystemCraftApp(load_library([FIXTURES]))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        footer = terminal_text(app).splitlines()[-1]
        for key in ("g Progress", "h History", "l Plan", "n Practice next", "s Stories", "m Mock", "f1 Help", "^p palette"):
            assert key in footer, footer
        assert "Search (/)" in terminal_text(app)


async def test_the_search_finds_other_forms_of_a_word():
    app = SystemCraftApp(load_library([FIXTURES]))
    async with app.run_test(size=(120, 40)) as pilot:
        table = app.screen.query_one("#items", DataTable)
        await pilot.press("slash", *"scaling")  # a principle's "Scale"
        await pilot.pause(2 * SEARCH_PAUSE)
        assert table.row_count == 1 and "Resource Constraints" in _preview(app)
        await pilot.press(*["backspace"] * len("scaling"), *"leaders")  # a title's "leaders", a question's "leadership"
        await pilot.pause(2 * SEARCH_PAUSE)
        assert table.row_count == 2
