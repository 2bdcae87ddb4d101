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
