"""A rehearsal heard with voice, kept in the log: every snapshot of the session carries
what has been heard so far (each step's transcript and figures, and once every timed step
is heard, the checks on what was said). A transcript that arrives after the last snapshot
(the review is often open by then) saves that snapshot again, with it, in the background."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping

from systemcraft_tui.core.records import CheckOutcome, Session, SpokenPart
from systemcraft_tui.practice.assessment import spoken_checks
from systemcraft_tui.service.hearing import Heard, StepVoice
from systemcraft_tui.service.sessions import SessionSaves

Snapshot = tuple[int, Session]


def with_heard(session: Session, heard: Mapping[int, SpokenPart | str], waiting: set[int]) -> Session:
    """The session with each step's SpokenPart (steps in rehearsal order: its sections,
    then its probes), and the checks on what was said once no timed step is `waiting`."""
    sections = [dataclasses.replace(s, spoken=_part(heard, i)) for i, s in enumerate(session.sections)]
    first_probe = len(sections)
    probes = [dataclasses.replace(p, spoken=_part(heard, first_probe + i)) for i, p in enumerate(session.probes)]
    said = {s.name: s.spoken.transcript for s in sections if s.spoken is not None}
    checks: list[CheckOutcome] = []
    if said and not waiting & set(range(first_probe)):
        found = spoken_checks(session.scenario.kind, said, list(session.principles))
        checks = [CheckOutcome(c.name, c.passed, c.explanation, tuple(c.found)) for c in found]
    return dataclasses.replace(session, sections=sections, probes=probes, spoken_checks=checks)


def _part(heard: Mapping[int, SpokenPart | str], index: int) -> SpokenPart | None:
    part = heard.get(index)
    return part if isinstance(part, SpokenPart) else None


class HeardSaves:
    """SessionSaves for a heard rehearsal (the same take/write), adding what was heard."""

    def __init__(self, saves: SessionSaves, voice: StepVoice, write_later: Callable[[Callable[[], object]], None]) -> None:
        self.saves = saves
        self.voice = voice
        self.write_later = write_later
        self.latest: Session | None = None  # the last session taken, as it was given
        voice.listeners.append(self._heard)

    def take(self, session: Session) -> Snapshot:
        self.latest = session
        return self.saves.take(self.heard(session))

    def write(self, snapshot: Snapshot, save: Callable[[Session], object] | None = None) -> None:
        self.saves.write(snapshot, save)

    def heard(self, session: Session) -> Session:
        return with_heard(session, self.voice.spoken(), self.voice.pending)

    def _heard(self, heard: Heard) -> None:
        if self.latest is not None:
            snapshot = self.saves.take(self.heard(self.latest))
            self.write_later(lambda: self.saves.write(snapshot))
