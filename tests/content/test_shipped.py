"""The bundled library's shipped read (content/shipped.py): what the reader makes of data/
now, read on a first start instead of parsing, wherever the package is installed, and a
miss (the file parsed) whenever a file, the reader or the shipped read itself is not as
it was built."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from systemcraft_tui.content import shipped
from systemcraft_tui.content.cache import ParseCache
from systemcraft_tui.content.library import load_library
from systemcraft_tui.content.serialize import item_to_dict
from systemcraft_tui.locations import bundled_content_dir

pytestmark = pytest.mark.usefixtures("settled_files")


def _inspected(library) -> str:
    """What `systemcraft inspect --json` prints of the library, and its problems."""
    return json.dumps([item_to_dict(item) for item in library.items]) + json.dumps([p.format() for p in library.problems])


@pytest.fixture
def installed(tmp_path, monkeypatch) -> Path:
    """The bundled library copied elsewhere, as another install would place it."""
    folder = tmp_path / "site-packages" / "systemcraft_tui" / "data"
    shutil.copytree(bundled_content_dir(), folder)
    monkeypatch.setattr(shipped, "bundled_content_dir", lambda: folder)
    return folder


def test_the_shipped_read_is_what_the_reader_makes_of_the_bundled_library_now():
    if shipped.SHIPPED.read_text(encoding="utf-8") != shipped.build():  # (not a diff of half a megabyte)
        pytest.fail("the shipped read is stale: run `uv run python -m systemcraft_tui.content.shipped`")


def test_a_first_start_reads_the_bundled_library_as_parsing_it_would_and_parses_none_of_it(tmp_path, parses):
    first = load_library([bundled_content_dir()], ParseCache(tmp_path / "cache"))
    assert parses == []
    assert _inspected(first) == _inspected(load_library([bundled_content_dir()]))
    parses.clear()
    again = load_library([bundled_content_dir()], ParseCache(tmp_path / "cache"))  # from the cache it filled
    assert parses == [] and _inspected(again) == _inspected(first)


def test_the_shipped_read_holds_wherever_the_library_is_installed(installed, tmp_path, parses):
    library = load_library([installed], ParseCache(tmp_path / "cache"))
    assert parses == []
    assert _inspected(library) == _inspected(load_library([installed]))
    assert all(item.origin.path.is_relative_to(installed) for item in library.items)


def test_a_bundled_file_changed_since_the_read_was_shipped_is_parsed_and_only_it(installed, tmp_path, parses):
    changed = installed / "deep-dives" / "observability.md"
    changed.write_text(changed.read_text(encoding="utf-8").replace("Observability", "Watching", 1), encoding="utf-8")
    library = load_library([installed], ParseCache(tmp_path / "cache"))
    assert parses == [changed]
    assert _inspected(library) == _inspected(load_library([installed]))


def test_a_shipped_read_of_another_reader_is_not_used(installed, tmp_path, monkeypatch, parses):
    monkeypatch.setattr(shipped, "reader_fingerprint", lambda: "another reader")
    library = load_library([installed], ParseCache(tmp_path / "cache"))
    assert len(parses) == len(library.files)


DAMAGE = {  # what is done to the shipped read, and whether one file or all are parsed then
    "missing": (None, "all"),
    "not JSON": (lambda text: "\x00 not json", "all"),
    "cut short": (lambda text: text[: len(text) // 2], "all"),
    "another format": (lambda text: text.replace('"format": 1', '"format": 99', 1), "all"),
    "a list of files": (lambda text: text.split('"files":')[0] + '"files":[]}', "all"),
    "a file's read of another type": (lambda text: text.replace('"type":"BehavioralScenario"', '"type":"Problem"', 1), "one"),
    "a file's read not the model": (lambda text: text.replace('["L6"]', '"L6"', 1), "one"),  # its levels, a tuple
    "a file's hash not a string": (lambda text: text.replace('{"sha256":"', '{"sha256":["', 1).replace('","parsed"', '"],"parsed"', 1), "one"),
}


@pytest.mark.parametrize(("damage", "parsed"), DAMAGE.values(), ids=DAMAGE.keys())
def test_a_damaged_shipped_read_is_a_miss_and_the_files_are_parsed_as_ever(installed, tmp_path, monkeypatch, parses, damage, parsed):
    damaged = tmp_path / "shipped_read.json"
    if damage is not None:
        text = shipped.SHIPPED.read_text(encoding="utf-8")
        damaged.write_text(damage(text), encoding="utf-8")
        assert damaged.read_text(encoding="utf-8") != text
    monkeypatch.setattr(shipped, "SHIPPED", damaged)
    library = load_library([installed], ParseCache(tmp_path / "cache"))
    assert len(parses) == (len(library.files) if parsed == "all" else 1)
    assert _inspected(library) == _inspected(load_library([installed]))
