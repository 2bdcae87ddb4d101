"""Answer-check results as text: a mark, the verdict, and the words that were found."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from systemcraft_tui.core.records import CheckOutcome
from systemcraft_tui.practice.checks import CheckResult
from systemcraft_tui.ui.preview import plain


def checks_text(checks: Sequence[CheckResult | CheckOutcome]) -> Text:
    text = Text()
    for check in checks:
        text.append("✓ " if check.passed else "! ", style="green" if check.passed else "bold yellow")
        text.append(plain(check.name), style="bold")
        text.append(plain(f": {check.explanation}"))
        if check.found:
            text.append(f"\n    found: {plain(', '.join(check.found))}", style="dim")
        text.append("\n")
    return text
