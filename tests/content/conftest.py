from pathlib import Path

import pytest

from systemcraft_tui.content.model import ParsedFile
from systemcraft_tui.content.parser import parse_file

FIXTURES = Path(__file__).parent.parent / "fixtures" / "content"


@pytest.fixture
def parsed():
    """Parse a fixture by file name."""

    def load(name: str) -> ParsedFile:
        return parse_file(FIXTURES / name)

    return load


def messages(result: ParsedFile, severity: str | None = None) -> list[str]:
    return [p.message for p in result.problems if severity in (None, p.severity)]
