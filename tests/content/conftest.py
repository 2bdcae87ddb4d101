from pathlib import Path

import pytest

from systemcraft_tui.content import cache as cache_module
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


@pytest.fixture
def settled_files(monkeypatch):
    """Test files are seconds old at most: cache them all the same (the racy window has a test of its own)."""
    monkeypatch.setattr(cache_module, "RACY_SECONDS", 0)


@pytest.fixture
def parses(monkeypatch) -> list[Path]:
    """Every file the parser is asked to read, in order."""
    from systemcraft_tui.content import parser

    seen: list[Path] = []
    real = parser.parse_bytes
    monkeypatch.setattr(parser, "parse_bytes", lambda data, path: seen.append(path) or real(data, path))
    return seen
