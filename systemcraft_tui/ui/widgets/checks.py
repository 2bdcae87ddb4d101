"""Answer-check results: a mark, the verdict, and the words that were found, each check's
lines wrapping under its name (ui/hanging.py)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.text import Text

from systemcraft_tui.core.records import CheckOutcome
from systemcraft_tui.practice.checks import CheckResult
from systemcraft_tui.ui.hanging import hanging
from systemcraft_tui.ui.preview import plain


def checks_text(checks: Sequence[CheckResult | CheckOutcome]) -> RenderableType:
    """The checks, then a blank line (none without checks)."""
    if not checks:
        return Text()
    rows: list[tuple[Text, RenderableType]] = []
    for check in checks:
        mark = Text("✓ ", style="green") if check.passed else Text("! ", style="bold yellow")
        verdict = Text.assemble((plain(check.name), "bold"), plain(f": {check.explanation}"))
        found = hanging([(Text("  found: ", style="dim"), Text(plain(", ".join(check.found)), style="dim"))])
        rows.append((mark, Group(verdict, found) if check.found else verdict))
    return Group(hanging(rows), Text())
