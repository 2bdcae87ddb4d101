"""A section timer: elapsed time is always computed from the start instant and the
pauses taken, never by counting ticks, so a slow or skipped refresh cannot make it drift."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Timer:
    started_at: float | None = None
    paused_at: float | None = None
    paused_total: float = 0.0

    @property
    def running(self) -> bool:
        return self.started_at is not None and self.paused_at is None

    def start(self, now: float) -> None:
        if self.started_at is None:
            self.started_at = now

    def pause(self, now: float) -> None:
        if self.running:
            self.paused_at = now

    def resume(self, now: float) -> None:
        if self.paused_at is not None:
            self.paused_total += now - self.paused_at
            self.paused_at = None

    def restart(self, now: float) -> None:
        self.started_at, self.paused_at, self.paused_total = now, None, 0.0

    def elapsed(self, now: float) -> float:
        if self.started_at is None:
            return 0.0
        until = self.paused_at if self.paused_at is not None else now
        return max(0.0, until - self.started_at - self.paused_total)
