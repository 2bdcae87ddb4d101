"""The tick box: keys and clicks tick it, and it keeps every action a Textual widget has."""

from rich.text import Text
from textual.app import App, ComposeResult

from systemcraft_tui.ui.widgets.tick import Tick


class _OneTick(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.changes: list[bool] = []

    def compose(self) -> ComposeResult:
        yield Tick(Text("Trade-offs named"), "trade-offs")

    def on_tick_changed(self, event: Tick.Changed) -> None:
        self.changes.append(event.tick.value)


async def test_space_enter_and_a_click_tick_and_untick():
    app = _OneTick()
    async with app.run_test() as pilot:
        tick = app.query_one(Tick)
        tick.focus()
        await pilot.press("space")
        await pilot.press("enter")
        await pilot.click(Tick)
        await pilot.pause()
        assert app.changes == [True, False, True] and tick.value


async def test_the_toggle_action_of_every_widget_still_toggles_an_attribute():
    """Tick's own action once took the name `toggle`, so `toggle('disabled')` on it failed."""
    app = _OneTick()
    async with app.run_test() as pilot:
        tick = app.query_one(Tick)
        await tick.run_action("toggle('disabled')")
        await pilot.pause()
        assert tick.disabled and app.changes == []


class _Deliverables(App[None]):
    """Three boxes in a scrolling column too short for them, as a plan's week stands."""

    def compose(self) -> ComposeResult:
        from textual.containers import VerticalScroll
        from textual.widgets import Static

        with VerticalScroll():
            for n in range(3):
                yield Tick(Text(f"Deliverable {n + 1}"), f"d{n}")
                yield Static("\n" * 8)


async def test_down_down_space_ticks_the_third_box_and_up_goes_back():
    app = _Deliverables()
    async with app.run_test(size=(40, 12)) as pilot:
        ticks = list(app.query(Tick))
        ticks[0].focus()
        await pilot.press("down", "down", "space")
        assert [t.value for t in ticks] == [False, False, True]
        await pilot.press("up", "space")
        assert [t.value for t in ticks] == [False, True, True] and app.focused is ticks[1]
