"""The parsed-content cache: what a fresh parse gives, every change noticed, one entry per
content file, data only (a damaged, foreign or hostile entry is a miss, never run), in
folders private to the user. And the model's round trip through JSON that it rests on."""

from __future__ import annotations

import dataclasses
import gc
import json
import os
import pickle
import shutil
import stat
import time
import types
import typing
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from systemcraft_tui.content import cache as cache_module
from systemcraft_tui.content import library as library_module
from systemcraft_tui.content import shipped
from systemcraft_tui.content.cache import ParseCache
from systemcraft_tui.content.library import content_files, load_library
from systemcraft_tui.content.model import BehavioralScenario, ParsedFile, StarSection
from systemcraft_tui.content.parser import parse_bytes
from systemcraft_tui.content.serialize import (
    NotTheModel,
    field_codecs,
    item_to_dict,
    parsed_file_from_data,
    parsed_file_to_data,
)
from systemcraft_tui.locations import bundled_content_dir

FIXTURES = Path(__file__).parent.parent / "fixtures" / "content"


pytestmark = pytest.mark.usefixtures("settled_files")


def _dicts(library):
    return [item_to_dict(item) for item in library.items], [p.format() for p in library.problems]


def test_a_cached_load_equals_a_fresh_parse_and_parses_nothing(tmp_path, parses):
    folder = tmp_path / "cache" / "content"
    fresh = load_library([FIXTURES])
    first = load_library([FIXTURES], ParseCache(folder))
    assert len(list(folder.glob("*.json"))) == len(first.files) == 5
    parses.clear()
    second = load_library([FIXTURES], ParseCache(folder))
    assert parses == []
    assert _dicts(fresh) == _dicts(first) == _dicts(second)
    assert second.items == fresh.items and second.problems == fresh.problems


def test_a_parse_split_over_processes_equals_one_in_order_and_fills_the_cache(tmp_path, monkeypatch):
    monkeypatch.setattr(shipped, "SHIPPED", tmp_path / "none")  # the bundled files parsed too
    folder = tmp_path / "cache" / "content"
    reported: list[tuple[int, int]] = []
    one = load_library([bundled_content_dir(), FIXTURES])
    split = load_library([bundled_content_dir(), FIXTURES], ParseCache(folder), lambda *r: reported.append(r), workers=2)
    assert len(split.files) >= library_module.PARALLEL_FROM
    assert _dicts(split) == _dicts(one)
    assert reported == [(done, len(split.files)) for done in range(1, len(split.files) + 1)]
    assert len(list(folder.glob("*.json"))) == len(split.files)  # the processes' entries


def test_a_parse_and_its_entry_are_made_with_the_collector_paused(tmp_path, monkeypatch):
    """The entry's many dicts, made of a just-parsed file: a collection then walks every
    object the parse made and frees none of them."""
    collecting: list[bool] = []
    real = ParseCache.entry
    monkeypatch.setattr(ParseCache, "entry", lambda self, *args: collecting.append(gc.isenabled()) or real(self, *args))
    gc.enable()
    load_library([FIXTURES], ParseCache(tmp_path / "cache" / "content"))
    assert collecting == [False] * 5 and gc.isenabled()


def test_entries_held_are_read_from_memory_and_written_only_when_asked(tmp_path, parses):
    folder = tmp_path / "cache" / "content"
    cache = ParseCache(folder)
    cache.hold()
    held = load_library([FIXTURES], cache)
    assert not list(folder.glob("*.json"))
    parses.clear()
    assert _dicts(held) == _dicts(load_library([FIXTURES]))
    assert parses == held.files  # the fresh load's: the items read were filled in from memory
    cache.write_held()
    assert len(list(folder.glob("*.json"))) == len(held.files)
    parses.clear()
    assert _dicts(load_library([FIXTURES], ParseCache(folder))) == _dicts(held) and parses == []


def test_parse_processes_make_the_entries_of_a_held_read_once_every_file_is_read(tmp_path, monkeypatch, parses):
    monkeypatch.setattr(library_module, "PARALLEL_FROM", 2)  # the five files on two processes
    folder = tmp_path / "cache" / "content"
    cache = ParseCache(folder)
    cache.hold()
    held = load_library([FIXTURES], cache, workers=2)
    assert not list(folder.glob("*.json")) and not cache._held  # the processes still have them
    parses.clear()
    first = held.items[0]
    assert item_to_dict(first) == item_to_dict(load_library([FIXTURES]).items[0])
    assert parses == [first.origin.path, *held.files]  # filled in before its entry came: read from its file again
    cache.write_held()  # the processes' entries first
    assert len(list(folder.glob("*.json"))) == len(held.files)
    parses.clear()
    assert _dicts(load_library([FIXTURES], ParseCache(folder))) == _dicts(held) and parses == []


def test_entries_held_past_a_deadline_stay_held(tmp_path):
    folder = tmp_path / "cache" / "content"
    cache = ParseCache(folder)
    cache.hold()
    held = load_library([FIXTURES], cache)
    cache.write_held(time.monotonic() - 1)  # no time left: nothing written, all still held
    assert not list(folder.glob("*.json"))
    cache.write_held(time.monotonic() + 60)
    assert len(list(folder.glob("*.json"))) == len(held.files)
    cache.store(tmp_path / "new.md", b"{}")  # still holding after a write with a deadline
    assert len(list(folder.glob("*.json"))) == len(held.files)


def test_loads_with_and_without_extra_content_keep_each_others_entries(tmp_path, parses):
    folder = tmp_path / "cache" / "content"
    extra = tmp_path / "extra.md"
    shutil.copy(FIXTURES / "template_single.md", extra)
    load_library([bundled_content_dir()], ParseCache(folder))
    load_library([bundled_content_dir(), extra], ParseCache(folder))
    parses.clear()
    load_library([bundled_content_dir()], ParseCache(folder))
    load_library([bundled_content_dir(), extra], ParseCache(folder))
    assert parses == []


def test_any_change_to_a_file_is_noticed_even_with_its_size_and_time_kept(tmp_path, parses):
    content = tmp_path / "content"
    shutil.copytree(FIXTURES, content)
    folder = tmp_path / "cache" / "content"
    load_library([content], ParseCache(folder))
    path = content / "template_single.md"
    before = path.stat()
    text = path.read_text()
    path.write_text(text.replace("Failing Partner", "Faltering Party"))  # the same length
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the same time
    assert path.stat().st_size == before.st_size and path.stat().st_mtime_ns == before.st_mtime_ns
    parses.clear()
    titles = [item.title for item in load_library([content], ParseCache(folder)).items]
    assert parses == [path]
    assert "Turning Around a Faltering Party Integration" in titles


def test_a_file_changed_moments_ago_is_not_cached(tmp_path, monkeypatch, parses):
    monkeypatch.setattr(cache_module, "RACY_SECONDS", 3600)
    folder = tmp_path / "cache" / "content"
    content = tmp_path / "content"
    shutil.copytree(FIXTURES, content)
    load_library([content], ParseCache(folder))
    assert list(folder.glob("*.json")) == []


def test_a_new_parser_ignores_the_old_entries(tmp_path, monkeypatch, parses):
    folder = tmp_path / "cache" / "content"
    load_library([FIXTURES], ParseCache(folder))
    monkeypatch.setattr(cache_module, "_parser_fingerprint", lambda: "another parser")
    parses.clear()
    load_library([FIXTURES], ParseCache(folder))
    assert len(parses) == 5


def test_the_parser_s_fingerprint_changes_when_one_of_its_modules_does(tmp_path, monkeypatch):
    engine = tmp_path / "content"
    engine.mkdir()
    (engine / "reader.py").write_text("RULES = 1\n")
    (engine / "notes.txt").write_text("not a module\n")
    monkeypatch.setattr(cache_module, "_CONTENT_PACKAGE", engine)
    before = cache_module._parser_fingerprint()
    (engine / "notes.txt").write_text("changed, but not a module\n")
    assert cache_module._parser_fingerprint() == before
    (engine / "reader.py").write_text("RULES = 22\n")
    assert cache_module._parser_fingerprint() != before


class _Runs:
    def __reduce__(self):
        return (os.system, ("touch /tmp/systemcraft-cache-pickle-ran",))


def _valid_entry(folder: Path) -> dict:
    return json.loads(next(folder.glob("*.json")).read_bytes())


def _field(model: type, name: str) -> int:
    """Where the field is in its dataclass's list of values."""
    return list(field_codecs(model)).index(name)


def _first_item(entry: dict) -> dict:
    return entry["parsed"][_field(ParsedFile, "items")][0]


def _deep(entry: dict) -> dict:
    _first_item(entry)["value"][_field(BehavioralScenario, "star")] = "[" * 100_000
    return entry


def _wrong_type(entry: dict) -> dict:
    _first_item(entry)["value"][_field(BehavioralScenario, "star")][0][_field(StarSection, "min_seconds")] = "30"
    return entry


def _unknown_item(entry: dict) -> dict:
    _first_item(entry)["type"] = "os.system"
    return entry


def _extra_field(entry: dict) -> dict:
    _first_item(entry)["value"].append("x")
    return entry


@pytest.mark.parametrize(
    "damage",
    [
        lambda entry: pickle.dumps(_Runs()),
        lambda entry: b"\x00\xff not json",
        lambda entry: b"[]",
        lambda entry: json.dumps(_deep(entry)).encode(),
        lambda entry: json.dumps(_wrong_type(entry)).encode(),
        lambda entry: json.dumps(_unknown_item(entry)).encode(),
        lambda entry: json.dumps(_extra_field(entry)).encode(),
        lambda entry: json.dumps(dict(entry, format=99)).encode(),
        lambda entry: b"",
    ],
    ids=["pickle", "binary", "list", "deep", "wrong-type", "unknown-item", "extra-field", "newer-format", "empty"],
)
def test_a_damaged_or_foreign_entry_is_a_miss_and_never_run(tmp_path, damage):
    marker = Path("/tmp/systemcraft-cache-pickle-ran")
    marker.unlink(missing_ok=True)
    folder = tmp_path / "cache" / "content"
    path = FIXTURES / "template_single.md"
    load_library([path], ParseCache(folder))
    [entry_file] = folder.glob("*.json")
    entry_file.write_bytes(damage(_valid_entry(folder)))
    assert _dicts(load_library([path], ParseCache(folder))) == _dicts(load_library([path]))
    assert not marker.exists()
    assert json.loads(entry_file.read_bytes())["format"] == cache_module.FORMAT, "replaced by a good entry"


def test_an_entry_cut_short_at_any_byte_is_a_miss_then_replaced_whole(tmp_path):
    """A new entry is written in place: what a writer killed part way leaves, its first
    bytes, is never read as an entry; the next write replaces it (beside it, then renamed)."""
    folder = tmp_path / "cache" / "content"
    path = FIXTURES / "template_single.md"
    status = path.stat()
    parsed = parse_bytes(path.read_bytes(), path)
    ParseCache(folder).put(path, status, parsed)
    [entry_file] = folder.iterdir()
    whole = entry_file.read_bytes()
    for end in [*range(0, len(whole), 61), *range(len(whole) - 80, len(whole))]:
        entry_file.write_bytes(whole[:end])
        assert ParseCache(folder).get(path, status) is None, end
        ParseCache(folder).put(path, status, parsed)
        assert entry_file.read_bytes() == whole and list(folder.iterdir()) == [entry_file], end
    assert ParseCache(folder).get(path, status) == parsed


def test_a_new_entry_not_all_written_is_removed(tmp_path, monkeypatch):
    folder = tmp_path / "cache" / "content"
    path = FIXTURES / "template_single.md"
    real_write = os.write

    def short_then_full_disk(handle, data):
        if len(data) > 100:
            return real_write(handle, data[:100])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache_module.os, "write", short_then_full_disk)
    ParseCache(folder).put(path, path.stat(), parse_bytes(path.read_bytes(), path))
    assert list(folder.iterdir()) == []


def test_cache_folders_are_made_private_even_under_a_permissive_umask(tmp_path):
    old = os.umask(0)
    try:
        load_library([FIXTURES], ParseCache(tmp_path / "cache" / "systemcraft" / "content"))
    finally:
        os.umask(old)
    for folder in (tmp_path / "cache" / "systemcraft", tmp_path / "cache" / "systemcraft" / "content"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert {stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "cache" / "systemcraft" / "content").iterdir()} == {0o600}


def test_an_open_cache_folder_of_ours_is_closed(tmp_path):
    folder = tmp_path / "cache" / "content"
    folder.mkdir(parents=True)
    os.chmod(folder, 0o777)
    load_library([FIXTURES], ParseCache(folder))
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700 and list(folder.glob("*.json"))


def test_a_shared_folder_over_the_cache_keeps_its_mode(tmp_path):
    # A cache made straight inside /tmp (sticky, open to all): run as root, closing it broke the machine.
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    load_library([FIXTURES], ParseCache(shared / "content"))
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    assert stat.S_IMODE((shared / "content").stat().st_mode) == 0o700 and list((shared / "content").glob("*.json"))


def test_a_cache_folder_that_is_a_link_or_someone_elses_is_not_used(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    linked = tmp_path / "cache"
    linked.mkdir()
    (linked / "content").symlink_to(elsewhere)
    load_library([FIXTURES], ParseCache(linked / "content"))
    assert list(elsewhere.iterdir()) == []

    theirs = tmp_path / "theirs" / "content"
    theirs.mkdir(parents=True, mode=0o700)
    if os.geteuid() == 0:
        os.chown(theirs, 65534, 65534)  # nobody's
    else:
        pytest.skip("making a folder someone else's needs root")
    load_library([FIXTURES], ParseCache(theirs))
    assert list(theirs.iterdir()) == []


# --- the round trip the cache rests on -------------------------------------------------


def test_every_bundled_and_fixture_file_survives_the_round_trip_through_json():
    files = content_files([bundled_content_dir(), FIXTURES])
    assert len(files) > 50
    for path in files:
        parsed = parse_bytes(path.read_bytes(), path)
        assert parsed_file_from_data(json.loads(json.dumps(parsed_file_to_data(parsed)))) == parsed, path


def _model(kind: typing.Any) -> st.SearchStrategy:
    """Any value of a model type, built from the dataclasses' own field types."""
    if dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        return st.builds(kind, **{f.name: st.deferred(lambda h=hints[f.name]: _model(h)) for f in dataclasses.fields(kind)})
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (types.UnionType, typing.Union):
        return st.one_of(*(_model(arg) for arg in args))
    if origin is typing.Literal:
        return st.sampled_from(args)
    if origin is list:
        return st.lists(_model(args[0]), max_size=3)
    if origin is tuple:
        return st.lists(_model(args[0]), max_size=3).map(tuple)
    if origin is dict:
        return st.dictionaries(_model(args[0]), _model(args[1]), max_size=3)
    return {
        str: st.text(max_size=20), int: st.integers(), float: st.floats(allow_nan=False), bool: st.booleans(),
        type(None): st.none(), Path: st.text(max_size=20).map(Path),
    }[kind]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(parsed=_model(ParsedFile))
def test_any_parsed_file_survives_the_round_trip_through_json(parsed):
    assert parsed_file_from_data(json.loads(json.dumps(parsed_file_to_data(parsed)))) == parsed


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_any_change_to_the_data_decodes_to_the_model_or_is_refused(data):
    parsed = parse_bytes((FIXTURES / "template_single.md").read_bytes(), FIXTURES / "template_single.md")
    document = parsed_file_to_data(parsed)
    node, key = document, None
    while True:  # walk down to a random place
        children = list(node.items()) if isinstance(node, dict) else list(enumerate(node)) if isinstance(node, list) else []
        if not children or data.draw(st.booleans()):
            break
        key, child = data.draw(st.sampled_from(children))
        if not isinstance(child, dict | list) or data.draw(st.booleans()):
            break
        node, key = child, None
    if key is not None:
        node[key] = data.draw(st.none() | st.booleans() | st.integers() | st.floats() | st.text() | st.lists(st.integers()) | st.dictionaries(st.text(), st.integers()))
    try:
        parsed_file_from_data(document)
    except NotTheModel:
        pass
