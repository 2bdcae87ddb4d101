"""The library index (content/index.py): a warm load decodes each item's summary only and
fills an item in from its cache entry when first asked for; it equals a fresh parse; a
changed or removed file changes exactly its own entry; a damaged index is rebuilt from
the files without a word."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings

from systemcraft_tui.content import cache as cache_module
from systemcraft_tui.content import index as index_module
from systemcraft_tui.content import library as library_module
from systemcraft_tui.content.cache import ParseCache
from systemcraft_tui.content.index import ContentChanged
from systemcraft_tui.content.library import load_library
from systemcraft_tui.content.model import BehavioralScenario, ParsedFile
from systemcraft_tui.content.serialize import item_to_dict
from systemcraft_tui.locations import bundled_content_dir
from tests.content.test_cache import _model

FIXTURES = Path(__file__).parent.parent / "fixtures" / "content"

pytestmark = pytest.mark.usefixtures("settled_files")


@pytest.fixture
def entries_read(monkeypatch) -> list[Path]:
    """Every file whose whole cache entry is decoded, in order."""
    seen: list[Path] = []
    real = ParseCache.parsed
    monkeypatch.setattr(ParseCache, "parsed", lambda self, path, source: seen.append(path) or real(self, path, source))
    return seen


@pytest.fixture
def content(tmp_path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(FIXTURES, folder)
    return folder


def _dicts(library):
    return [item_to_dict(item) for item in library.items], [p.format() for p in library.problems]


def _whole(item) -> bool:
    return "_whole" not in item.__dict__


def test_a_warm_load_decodes_summaries_only_and_fills_an_item_in_when_first_asked(content, tmp_path, parses, entries_read):
    folder = tmp_path / "cache"
    fresh = load_library([content])
    load_library([content], ParseCache(folder))
    parses.clear(), entries_read.clear()
    warm = load_library([content], ParseCache(folder))
    assert parses == [] and entries_read == [] and not any(_whole(item) for item in warm.items)
    # What the library's table, filters and search read needs nothing more.
    assert [(i.id, i.title, i.kind, i.levels, i.origin) for i in warm.items] == [
        (i.id, i.title, i.kind, i.levels, i.origin) for i in fresh.items
    ]
    scenario = next(item for item in warm.items if isinstance(item, BehavioralScenario))
    assert scenario.canonical_principles == fresh.get(scenario.id).canonical_principles and not _whole(scenario)
    assert scenario.star == fresh.get(scenario.id).star  # a field beyond the summary
    assert _whole(scenario) and entries_read == [scenario.origin.path] and parses == []
    assert _dicts(warm) == _dicts(fresh) and warm.items == fresh.items and warm.problems == fresh.problems


def test_a_warm_load_looks_at_each_file_once_as_the_folder_is_listed(content, tmp_path, monkeypatch):
    load_library([content], ParseCache(tmp_path / "cache"))
    looked: list[str] = []
    real = os.stat
    monkeypatch.setattr(os, "stat", lambda path, *args, **kwargs: looked.append(os.fspath(path)) or real(path, *args, **kwargs))
    warm = load_library([content], ParseCache(tmp_path / "cache"))
    assert warm.files and not {str(path) for path in warm.files} & set(looked)


def test_a_first_read_looks_for_no_entry_the_cache_does_not_hold(content, tmp_path, parses, entries_read):
    folder = tmp_path / "cache"
    first = load_library([content], ParseCache(folder))
    assert parses == first.files and entries_read == []  # the cache's listing holds none of them
    [index] = folder.glob("*.index")
    index.unlink()  # as after a quit mid-read: the entries written, the index not
    parses.clear()
    again = load_library([content], ParseCache(folder))
    assert parses == [] and entries_read == again.files and _dicts(again) == _dicts(first)


def test_a_field_with_a_default_in_the_model_is_read_from_the_file_not_the_default(content, tmp_path):
    load_library([content], ParseCache(tmp_path / "cache"))
    warm = load_library([content], ParseCache(tmp_path / "cache"))
    dive = next(item for item in warm.items if item.kind == "deep_dive")
    assert dive.summary and dive.summary == load_library([content]).get(dive.id).summary


def test_a_changed_file_changes_exactly_its_own_entry(content, tmp_path, parses, entries_read):
    folder = tmp_path / "cache"
    load_library([content], ParseCache(folder))
    path = content / "template_single.md"
    path.write_text(path.read_text().replace("Failing Partner", "Faltering Party"))
    parses.clear(), entries_read.clear()
    changed = load_library([content], ParseCache(folder))
    assert parses == [path] and entries_read == [path]  # its old entry is looked at, and refused
    assert "Turning Around a Faltering Party Integration" in [item.title for item in changed.items]
    assert [_whole(item) for item in changed.items] == [item.origin.path == path for item in changed.items]
    parses.clear(), entries_read.clear()
    again = load_library([content], ParseCache(folder))
    assert parses == entries_read == [] and _dicts(again) == _dicts(load_library([content]))


def test_a_removed_file_leaves_the_index_and_the_others_stay(content, tmp_path, parses):
    folder = tmp_path / "cache"
    load_library([content], ParseCache(folder))
    (content / "plan.md").unlink()
    parses.clear()
    library = load_library([content], ParseCache(folder))
    assert parses == [] and _dicts(library) == _dicts(load_library([content]))
    [index] = folder.glob("*.index")
    assert str(content / "plan.md") not in json.loads(index.read_bytes())["files"]
    assert len(json.loads(index.read_bytes())["files"]) == 4


def test_each_content_folder_has_its_own_index(content, tmp_path, parses):
    folder = tmp_path / "cache"
    load_library([bundled_content_dir()], ParseCache(folder))
    load_library([bundled_content_dir(), content], ParseCache(folder))
    assert len(list(folder.glob("*.index"))) == 2
    parses.clear()
    load_library([bundled_content_dir()], ParseCache(folder))
    both = load_library([bundled_content_dir(), content], ParseCache(folder))
    assert parses == [] and _dicts(both) == _dicts(load_library([bundled_content_dir(), content]))


def test_an_id_renamed_for_a_clash_across_files_stays_renamed_once_filled_in(tmp_path):
    for name in ("one", "two"):
        (tmp_path / "content" / name).mkdir(parents=True)
        shutil.copy(FIXTURES / "template_single.md", tmp_path / "content" / name / "same.md")
    load_library([tmp_path / "content"], ParseCache(tmp_path / "cache"))
    warm = load_library([tmp_path / "content"], ParseCache(tmp_path / "cache"))
    assert not any(_whole(item) for item in warm.items)  # renamed as a summary: filling it in reads its file's entry
    fresh = load_library([tmp_path / "content"])
    assert [item.id for item in warm.items] == [item.id for item in fresh.items] and len({i.id for i in warm.items}) == 2
    assert _dicts(warm) == _dicts(fresh)


def test_an_item_is_at_hand_when_whole_or_its_files_entry_is_kept(content, tmp_path, parses):
    folder = tmp_path / "cache"
    cold = load_library([content], ParseCache(folder))
    assert cold.items and all(index_module.rest_at_hand(item) for item in cold.items)  # parsed whole
    warm = load_library([content], ParseCache(folder))
    assert all(index_module.rest_at_hand(item) for item in warm.items)  # the entries are there to read
    unfilled, filled = warm.items[0], warm.items[1]
    item_to_dict(filled)  # every field read: filled in
    for entry in folder.glob("*.json"):
        entry.unlink()
    assert not index_module.rest_at_hand(unfilled) and index_module.rest_at_hand(filled)
    parses.clear()
    unfilled.origin, unfilled.rule  # noqa: B018  # summary fields: still nothing parsed
    assert parses == [] and not index_module.rest_at_hand(unfilled)


def _truncated(index: bytes) -> bytes:
    return index[: len(index) // 2]


def _wrong_field(index: bytes) -> bytes:
    data = json.loads(index)
    [stamp, items, problems] = next(iter(data["files"].values()))
    items[0][2] = 7  # the id
    return json.dumps(data).encode()


def _foreign_item(index: bytes) -> bytes:
    data = json.loads(index)
    [stamp, items, problems] = next(iter(data["files"].values()))
    items[0][0] = "os.system"  # the model
    return json.dumps(data).encode()


def _other_root(index: bytes) -> bytes:
    return json.dumps(json.loads(index) | {"root": "/elsewhere"}).encode()


class _Runs:
    def __reduce__(self):
        return (os.system, ("touch /tmp/systemcraft-index-pickle-ran",))


@pytest.mark.parametrize(
    "damage",
    [
        _truncated,
        lambda index: b"\x00\xff garbage",
        lambda index: b"",
        lambda index: b"{}",
        lambda index: b'{"format": 1, "files": []}',
        lambda index: pickle.dumps(_Runs()),
        _wrong_field,
        _foreign_item,
        _other_root,
    ],
    ids=["truncated", "garbage", "empty", "no-fields", "wrong-shape", "pickle", "wrong-field", "foreign-item", "other-root"],
)
def test_a_damaged_index_is_rebuilt_silently_from_the_files(content, tmp_path, damage):
    marker = Path("/tmp/systemcraft-index-pickle-ran")
    marker.unlink(missing_ok=True)
    folder = tmp_path / "cache"
    load_library([content], ParseCache(folder))
    [index] = folder.glob("*.index")
    good = json.loads(index.read_bytes())
    index.write_bytes(damage(index.read_bytes()))
    assert _dicts(load_library([content], ParseCache(folder))) == _dicts(load_library([content]))
    assert not marker.exists()
    assert json.loads(index.read_bytes())["files"].keys() == good["files"].keys(), "written anew"
    assert _dicts(load_library([content], ParseCache(folder))) == _dicts(load_library([content]))


def test_an_item_whose_entry_is_gone_is_read_from_its_file_again_while_it_is_unchanged(content, tmp_path, parses):
    folder = tmp_path / "cache"
    load_library([content], ParseCache(folder))
    warm = load_library([content], ParseCache(folder))
    for entry in folder.glob("*.json"):
        entry.write_bytes(b"garbage")
    fresh = load_library([content]).get("template-single/co-01")
    parses.clear()
    scenario = warm.get("template-single/co-01")
    assert scenario is not None and scenario.star == fresh.star
    assert parses == [content / "template_single.md"]


def test_an_item_whose_file_changed_and_whose_entry_is_gone_says_so(content, tmp_path):
    folder = tmp_path / "cache"
    load_library([content], ParseCache(folder))
    warm = load_library([content], ParseCache(folder))
    for entry in folder.glob("*.json"):
        entry.unlink()
    path = content / "template_single.md"
    path.write_text(path.read_text() + "\n")
    with pytest.raises(ContentChanged, match=r"template_single\.md changed after the library was read"):
        warm.get("template-single/co-01").star  # noqa: B018


def test_an_item_is_filled_in_once_when_threads_ask_together(content, tmp_path, entries_read):
    folder = tmp_path / "cache"
    load_library([content], ParseCache(folder))
    scenario = load_library([content], ParseCache(folder)).get("template-single/co-01")
    entries_read.clear()
    seen: list[object] = []
    threads = [threading.Thread(target=lambda: seen.append(scenario.star)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 8 and all(star == seen[0] for star in seen) and entries_read == [scenario.origin.path]


def test_a_load_on_processes_takes_each_cached_files_summaries_as_a_warm_load_does(content, tmp_path, monkeypatch, parses):
    monkeypatch.setattr(library_module, "PARALLEL_FROM", 2)  # the five files on two processes
    fresh = load_library([content])
    parses.clear()
    cold = load_library([content], ParseCache(tmp_path / "cache"), workers=2)
    assert cold.items and not any(_whole(item) for item in cold.items)
    assert _dicts(cold) == _dicts(fresh) and cold.items == fresh.items and cold.problems == fresh.problems
    assert all(_whole(item) for item in cold.items) and parses == []  # filled in from the cache, not parsed here
    warm = load_library([content], ParseCache(tmp_path / "cache"))  # from the index the processes' summaries made
    assert parses == [] and not any(_whole(item) for item in warm.items) and warm.items == fresh.items


def test_a_file_the_cache_does_not_keep_comes_from_its_process_whole(content, tmp_path, monkeypatch):
    monkeypatch.setattr(library_module, "PARALLEL_FROM", 2)
    monkeypatch.setattr(cache_module, "RACY_SECONDS", 3600)  # every file just changed: none is kept
    cold = load_library([content], ParseCache(tmp_path / "cache"), workers=2)
    assert cold.items and all(_whole(item) for item in cold.items)
    assert cold.items == load_library([content]).items


@settings(max_examples=150, deadline=None)
@given(parsed=_model(ParsedFile))
def test_any_item_through_its_summary_fills_in_to_itself(parsed):
    for item in parsed.items:
        for path in (parsed.path, item.origin.path):  # an origin elsewhere, and one in the file read
            data = json.loads(json.dumps(index_module._summary(item, path)))
            partial = index_module._partial(data, path, lambda model, item=item: item, lambda: True)
            assert isinstance(partial, type(item)) and partial == item and item == partial
