"""What a screen may ask of the app, typed: the practice service (`practice_app(self).practice`),
`write`, which runs a change to the log in a worker thread, in the order asked, and `read`,
which asks the log a question in one; both report back by message (LogChanged, SaveFailed,
Answered), so the UI never waits on the disk: a save stuck behind another window's lock,
or a question to a big log's digest, leaves the keys and the clocks running."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from rich.text import Text
from textual import on
from textual.app import App
from textual.message import Message
from textual.message_pump import MessagePump
from textual.screen import Screen

from systemcraft_tui.content.model import ContentItem
from systemcraft_tui.core.errors import StoreError, refusal

if TYPE_CHECKING:
    from systemcraft_tui.service.practice import Practice  # opened in a worker after the first frame

T = TypeVar("T")


class LogChanged(Message):
    """A change to the practice log is on disk; `then` gets what the change returned."""

    def __init__(self, result: object, then: Callable[[Any], object] | None) -> None:
        super().__init__()
        self.result = result
        self.then = then


class Answered(Message):
    """A question put to the practice log (`PracticeApp.read`) has its answer."""

    def __init__(self, answer: object, then: Callable[[Any], object], group: str, ticket: int) -> None:
        super().__init__()
        self.answer = answer
        self.then = then
        self.group = group
        self.ticket = ticket


_TOLD_SECONDS = 20  # how long a failed save's notice stays


class SaveFailed(Message):
    """A change to the practice log could not be made: none of it is in the log (a save
    may be kept beside it until it can be: store/unsaved.py)."""

    def __init__(self, error: Exception, verb: str, otherwise: Callable[[], object] | None) -> None:
        super().__init__()
        self.error = error
        self.verb = verb
        self.otherwise = otherwise


class PracticeApp(App[None]):
    """The app as its screens see it (SystemCraftApp is the one in use)."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: Practice | None = None  # None until the log opens (or when it cannot)
        self._prepared_files = "0 files"  # of the history's digest, while it is prepared
        self._library_files: str | None = None  # of the content library read so far, while it is read
        self._tickets = itertools.count()
        self._turn = 0
        self._turns = threading.Condition()
        self._first_frame: list[Callable[[], object]] | None = []  # what waits for it; None once it is shown
        self._told: tuple[str, float] | None = None  # the last failed save's message, and when it was shown
        self._asked: dict[str, int] = {}  # the newest question of each group of `read`

    def after_first_frame(self, callback: Callable[[], object]) -> None:
        """Call `callback` once the app's first frame is on the screen. Textual holds every
        paint back while it starts (a batch), yet runs `call_after_refresh` callbacks
        meanwhile: widgets mounted by such a callback would be built before the first
        frame. Its Ready event comes once that batch is over."""
        if self._first_frame is None:
            self.call_after_refresh(callback)
        else:
            self._first_frame.append(callback)

    def on_unmount(self) -> None:
        """The window closes, its screens gone (a rehearsal's draft kept as its screen went):
        its rehearsals are for any window to resume now."""
        if self.opened is not None:
            self.opened.release_all()

    def on_ready(self) -> None:
        waiting, self._first_frame = self._first_frame or [], None
        for callback in waiting:
            self.call_after_refresh(callback)

    def preparing(self, history: bool = True, library: bool = True) -> bool:
        """True, with a note saying so, while the log is read (in a worker, after the first
        frame), for what shows the `history` while its digest is prepared, and for what
        needs the whole `library` while the content is read (its items show as they come)."""
        if library and self._library_files is not None:
            self.notify(f"The content library is being read ({self._library_files} read); this opens once it is read.")
            return True
        if self.opened is None:
            self.notify("Your practice log is being read; this opens once it is read.")
            return True
        if not history or self.opened.ready:
            return False
        self.notify(f"Your practice history is being prepared ({self._prepared_files} read); this opens once it is ready.")
        return True

    @property
    def practice(self) -> Practice:
        assert self.opened is not None, "screens that use the log open only once it is open"
        return self.opened

    def write(
        self,
        change: Callable[[], T],
        then: Callable[[T], object] | None = None,
        *,
        failed: Callable[[], object] | None = None,
        kept: Callable[[], object] | None = None,
        verb: str = "save to",
    ) -> None:
        """Run `change` (a call on the practice service) in a worker thread after every
        change asked before it; then `then(result)` on the UI thread, or on failure a
        notification and `failed()`, or `kept()` when the change was kept aside to go into
        the log later (KeptUnsaved): a change that is kept has nothing to undo."""
        ticket = next(self._tickets)
        self.run_worker(lambda: self._in_turn(ticket, change, then, (failed, kept), verb), thread=True, group="log")

    def read(
        self,
        question: Callable[[], T],
        then: Callable[[T], object],
        *,
        group: str,
        asker: Screen[Any] | None = None,
        failed: Callable[[], object] | None = None,
    ) -> None:
        """Ask `question` (a call on the practice service) in a worker thread, then
        `then(answer)` on the UI thread, unless a newer question of the same `group` was
        asked meanwhile, or the `asker` screen has closed; a failure is told as a notice,
        then `failed()`."""
        ticket = self._asked[group] = self._asked.get(group, 0) + 1

        def answered(answer: T) -> None:
            if asker is None or asker in self.screen_stack:
                then(answer)

        self.run_worker(lambda: self._answer(question, answered, failed, group, ticket), thread=True, group="read")

    def _answer(
        self, question: Callable[[], T], then: Callable[[T], object], failed: Callable[[], object] | None, group: str, ticket: int
    ) -> None:
        try:
            answer = question()
        except (StoreError, OSError) as error:
            self.post_message(SaveFailed(error, "read", failed))
        else:
            self.post_message(Answered(answer, then, group, ticket))

    @on(Answered)
    def _answered(self, event: Answered) -> None:
        if self._asked.get(event.group) == event.ticket:
            event.then(event.answer)

    def write_now(self, change: Callable[[], object], what: str) -> None:
        """Only as the app closes, when no worker would outlive it: waits for the disk. A
        notice would close with the app, so a failure is told on the terminal once it is
        restored (`what` names what was being saved), with exit status 1 when it is lost."""
        from systemcraft_tui.service import KeptUnsaved  # the store, loaded only once a save fails

        try:
            change()
        except (StoreError, OSError) as error:
            if isinstance(error, KeptUnsaved):
                told = f"{failure(error.cause)} {what} is kept in {error.folder}, and goes into the log when SystemCraft next opens it."
            else:
                told = f"{failure(error)} {what} could not be kept aside either: what changed since its last save is lost."
            code = max(self.return_code or 0, 0 if isinstance(error, KeptUnsaved) else 1)
            self.error_console.soft_wrap = True  # one line that the terminal wraps: Rich would break a path in it
            self.exit(return_code=code, message=Text(told))

    def _in_turn(
        self,
        ticket: int,
        change: Callable[[], T],
        then: Callable[[T], object] | None,
        otherwise: tuple[Callable[[], object] | None, Callable[[], object] | None],
        verb: str,
    ) -> None:
        from systemcraft_tui.service import KeptUnsaved  # the store is loaded by the change itself

        with self._turns:
            self._turns.wait_for(lambda: self._turn == ticket)
        try:
            result = change()
        except (StoreError, OSError) as error:
            failed, kept = otherwise
            self.post_message(SaveFailed(error, verb, kept if isinstance(error, KeptUnsaved) else failed))
        else:
            self.post_message(LogChanged(result, then))
        finally:
            with self._turns:
                self._turn += 1
                self._turns.notify_all()

    @on(LogChanged)
    def _changed(self, event: LogChanged) -> None:
        if event.then is not None:
            event.then(event.result)
        self.log_changed()

    @on(SaveFailed)
    def _failed(self, event: SaveFailed) -> None:
        self._tell(event.error, event.verb)
        if event.otherwise is not None:
            event.otherwise()

    def _tell(self, error: Exception, verb: str) -> None:
        """The error, once while it is on screen: a rehearsal's autosaves, each failing
        the same way, would otherwise stack the same notice over the answer."""
        from systemcraft_tui.service import KeptUnsaved  # the store, loaded only once a save fails

        message = (
            error.notice
            if isinstance(error, KeptUnsaved)
            else failure(error, verb, None if self.opened is None else self.opened.folder)
        )
        now = time.monotonic()
        if self._told is not None and self._told[0] == message and now - self._told[1] < _TOLD_SECONDS:
            return
        self._told = (message, now)
        self.notify(message, severity="error", timeout=_TOLD_SECONDS, markup=False)

    def log_changed(self) -> None:
        """After each change is on disk: repaint what shows the log."""

    rehearse: Callable[[ContentItem], None]  # the flow for a library item or an own story (SystemCraftApp's)


def failure(error: Exception, verb: str = "save to", folder: Path | None = None) -> str:
    """A failed change to the log as a sentence, naming the log's folder when the disk
    refused it, in the system's words ("no space left on device", not "[Errno 28] ...")."""
    from systemcraft_tui.service import LogWriteFailed  # the store, loaded only once a save fails

    if isinstance(error, LogWriteFailed):
        return f"Could not {verb} {error.folder}: {error.reason}."
    if isinstance(error, OSError):
        return f"Could not {verb} {folder or 'the log'}: {refusal(error)}."
    told = str(error)
    return f"Could not {verb} the log: {told}" + ("" if told.endswith(".") else ".")


def practice_app(node: MessagePump) -> PracticeApp:
    app = node.app
    assert isinstance(app, PracticeApp)
    return app
