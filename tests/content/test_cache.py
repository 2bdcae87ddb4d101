"""The parsed-content cache gives what a fresh parse gives, and notices every change."""

import shutil
from pathlib import Path

from systemcraft_tui.content.cache import ParseCache
from systemcraft_tui.content.library import load_library
from systemcraft_tui.content.serialize import item_to_dict

FIXTURES = Path(__file__).parent.parent / "fixtures" / "content"


def _dicts(library):
    return [item_to_dict(item) for item in library.items], [p.format() for p in library.problems]


def test_cached_load_equals_a_fresh_parse(tmp_path):
    cache_file = tmp_path / "cache.pickle"
    fresh = load_library([FIXTURES])
    first = load_library([FIXTURES], ParseCache(cache_file))
    assert cache_file.exists()
    second = load_library([FIXTURES], ParseCache(cache_file))
    assert _dicts(fresh) == _dicts(first) == _dicts(second)


def test_a_changed_file_is_parsed_again(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(FIXTURES, content)
    cache_file = tmp_path / "cache.pickle"
    load_library([content], ParseCache(cache_file))
    path = content / "template_single.md"
    path.write_text(path.read_text().replace("Turning Around a Failing Partner Integration", "A New Title"))
    titles = [item.title for item in load_library([content], ParseCache(cache_file)).items]
    assert "A New Title" in titles and "Turning Around a Failing Partner Integration" not in titles


def test_a_damaged_cache_is_ignored(tmp_path):
    cache_file = tmp_path / "cache.pickle"
    cache_file.write_bytes(b"not a pickle")
    assert _dicts(load_library([FIXTURES], ParseCache(cache_file))) == _dicts(load_library([FIXTURES]))
