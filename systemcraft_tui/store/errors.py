"""What can go wrong with the practice log, each error carrying enough to tell the user
which file and what to do."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from systemcraft_tui.core.errors import StoreError, refusal


@dataclass(frozen=True)
class DamagedFile:
    path: Path
    reason: str  # e.g. "is not valid JSON (line 3, column 7)"
    kept_at: Path | None  # the timestamped copy holding the damaged bytes; None in a read-only log

    def describe(self) -> str:
        if self.kept_at is None:
            return f"{self.path} {self.reason} (not copied aside: the practice log is read-only)"
        return f"{self.path} {self.reason}; its bytes are kept at {self.kept_at}"


class LogDamaged(StoreError):
    """One or more log files cannot be read. Nothing was changed; copies were kept aside.
    Opening again with start_fresh=True sets them aside and continues without them."""

    def __init__(self, files: list[DamagedFile], unsaved: list[Path] | None = None) -> None:
        self.files = tuple(files)
        self.unsaved = tuple(unsaved or ())  # saves kept aside while it could not be read, still to go in
        lines = [f"The practice log cannot be read: {damaged.describe()}." for damaged in files]
        if self.unsaved:
            lines.append(
                f"{len(self.unsaved)} saved {'record is' if len(self.unsaved) == 1 else 'records are'} kept in "
                f"{self.unsaved[0].parent} meanwhile, and go into the log once it can be read or is started fresh."
            )
        super().__init__("\n".join(lines))


class LogUnavailable(StoreError):
    """The log cannot be opened at all: something that is not a file stands where a log
    file should be, or its folder cannot be read or made. Nothing was changed."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path} {reason}")
        self.path = path
        self.reason = reason


class LogReadOnly(StoreError):
    """A change was asked of a log opened read-only; nothing was changed."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"the practice log is read-only ({reason}), so nothing can be saved to it")
        self.reason = reason


class LogBusy(StoreError):
    """Another process held the log's lock for too long."""


class LogWriteFailed(StoreError):
    """The disk refused a save (full, failing, made read-only under the app); none of it is in the log."""

    def __init__(self, folder: Path, error: OSError) -> None:
        self.folder = folder
        self.reason = refusal(error)
        super().__init__(f"Could not save to {folder}: {self.reason}.")


class KeptUnsaved(StoreError):
    """A save the log could not take (`cause`), kept beside it until it can (store/unsaved.py)."""

    def __init__(self, cause: StoreError, folder: Path) -> None:
        super().__init__(
            f"{cause}\nWhat was being saved is kept in {folder}, and goes into the log with the next save "
            "that works, or when SystemCraft next opens it."
        )
        self.cause = cause
        self.folder = folder

    @property
    def notice(self) -> str:
        """Short enough for a notice over a rehearsal: file names, not whole paths."""
        if isinstance(self.cause, LogDamaged):
            what = " ".join(f"{damaged.path.name} {damaged.reason}." for damaged in self.cause.files)
        elif isinstance(self.cause, LogUnavailable):
            what = f"{Path(self.cause.path).name} {self.cause.reason}."
        elif isinstance(self.cause, LogWriteFailed):
            what = f"saving to {self.cause.folder} failed: {self.cause.reason}."
        else:
            what = "another SystemCraft process keeps it locked."
        return f"Not in the practice log yet: {what} It is kept in the log's {self.folder.name} folder and goes in once the log can take it."


class ImportRejected(StoreError):
    """An import file was refused as a whole; the log is untouched."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}. Nothing was imported.")
        self.path = path
        self.reason = reason
