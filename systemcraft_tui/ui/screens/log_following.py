"""A screen that shows the practice log and follows what another window saves."""

from __future__ import annotations

from textual.screen import Screen


class LogFollowing(Screen[None]):
    """Told by the app when another window's saves were read in (`follow_log`): it catches
    up at once when it is the screen on top, else once it is shown again."""

    behind = False  # another window saved while this screen was covered

    def follow_log(self) -> None:
        self.behind = True
        if self.app.screen is self:  # not is_current, true of a screen under another too
            self._catch_up()

    def on_screen_resume(self) -> None:
        if self.behind:
            self._catch_up()

    def _catch_up(self) -> None:
        """Read the log again and show it; `behind` is cleared first."""
        raise NotImplementedError
