"""Values no SystemCraft ever writes, in a log file or an import: a number of 5,000 digits
(more than Python converts), lists nested 100,000 deep (deeper than Python's json
recurses), a time that overflows when turned to UTC, and any JSON value at all in any
field. A bad record costs only itself; a file that cannot be parsed is a damaged file;
an import holding either is rejected with a message. Never an exception of another kind."""

from __future__ import annotations

import dataclasses
import json
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from systemcraft_tui.core.errors import RecordError
from systemcraft_tui.core.fields import HugeNumber
from systemcraft_tui.core.records import RECORD_TYPES, Session
from systemcraft_tui.core.summaries import summarize
from systemcraft_tui.core.word_forms import needle
from systemcraft_tui.store import ImportRejected, LogDamaged, PracticeLog
from systemcraft_tui.store.damage import parse_tables
from systemcraft_tui.store.export import to_json
from systemcraft_tui.store.importing import import_file, read_export
from systemcraft_tui.store.jsonio import encode
from systemcraft_tui.store.schema import SCHEMA_VERSION
from tests.full_pass import practice_stats
from tests.store import factories
from tests.store.factories import reopened_without_digest, segments

HUGE = "1" + "0" * 5000
DEEP = "[" * 100_000 + "]" * 100_000
OVERFLOWING_TIME = '"0001-01-01T00:00:00+23:59"'
LONE_SURROGATE = '"\\ud800 session"'  # JSON's escape of half a pair: valid JSON, no UTF-8 form


def _first_session_raw(log: PracticeLog) -> tuple[Path, str, str]:
    """The first session file, its text, and the id of its first record."""
    path = segments(log)[0]
    text = path.read_text()
    doc_id = sorted(json.loads(text)["sessions"], key=int)[0]
    return path, text, doc_id


def _plant(log: PracticeLog, field: str, raw_value: str) -> tuple[Path, str]:
    """Put `raw_value` (JSON text, written as is) into the first session's `field`."""
    path, text, doc_id = _first_session_raw(log)
    tables = json.loads(text)
    tables["sessions"][doc_id][field] = "@PLANTED@"
    path.write_text(json.dumps(tables).replace('"@PLANTED@"', raw_value))
    return path, doc_id


@pytest.mark.parametrize(("field", "raw", "why"), [
    ("score", HUGE, "score: expected a whole number, found a number of 5001 digits"),
    ("started", OVERFLOWING_TIME, "started: is outside the years 1900 to 8999"),
    ("started", '"0001-01-02T00:00:00Z"', "started: is outside the years 1900 to 8999"),
    ("sections", "[[[[[[[[[[]]]]]]]]]]", "sections[0]: expected an object, found a list"),
    ("id", LONE_SURROGATE, "id: is not text: it holds a lone surrogate (\\ud800)"),
])  # fmt: skip
def test_a_record_with_an_impossible_value_is_skipped_with_a_warning_naming_it(seeded, data_dir, field, raw, why):
    path, doc_id = _plant(seeded, field, raw)
    log = PracticeLog.open(data_dir)
    assert len(log.summaries()) == 129
    [warning] = log.warnings
    assert f"{path}: skipped sessions record {doc_id}" in warning and why in warning

    log.save(factories.session(random.Random(1), 500))  # rewrites the file holding the bad record
    assert raw in path.read_text(), "the skipped record is kept in its file as it was"
    assert len(PracticeLog.open(data_dir).summaries()) == 130


def test_a_file_nested_too_deep_to_parse_is_a_damaged_file_and_start_fresh_keeps_it(seeded, data_dir):
    path, _, _ = _first_session_raw(seeded)
    path.write_text('{"meta": {"1": {"schema_version": 1}}, "sessions": {"1": ' + DEEP + "}}")
    damaged = path.read_bytes()
    with pytest.raises(LogDamaged, match="nest too deeply") as caught:
        PracticeLog.open(data_dir)
    [report] = caught.value.files
    assert report.path == path and report.kept_at.read_bytes() == damaged

    fresh = PracticeLog.open(data_dir, start_fresh=True)
    assert [(d.path, d.kept_at) for d in fresh.set_aside] == [(path, report.kept_at)]
    assert report.kept_at.read_bytes() == damaged
    assert len(fresh.summaries()) == 30


@pytest.mark.parametrize(("field", "raw", "reason"), [
    ("score", HUGE, "record sessions[0].score: expected a whole number, found a number of 5001 digits"),
    ("score", DEEP, "its lists or objects nest too deeply to be read"),
    ("started", OVERFLOWING_TIME, "record sessions[0].started: is outside the years 1900 to 8999"),
    ("id", LONE_SURROGATE, "record sessions[0].id: is not text: it holds a lone surrogate (\\ud800)"),
])  # fmt: skip
def test_an_import_holding_such_a_value_is_rejected_with_a_message(seeded, tmp_path, field, raw, reason):
    document = json.loads(to_json(seeded))
    document["sessions"][0][field] = "@PLANTED@"
    path = tmp_path / "import.json"
    path.write_text(json.dumps(document).replace('"@PLANTED@"', raw))
    with pytest.raises(ImportRejected) as caught:
        read_export(path)
    assert reason in str(caught.value) and "Nothing was imported" in str(caught.value)


def test_a_huge_number_is_written_back_digit_for_digit():
    tables = parse_tables(f'{{"meta": {{"1": {{"schema_version": {SCHEMA_VERSION}}}}}, "t": {{"1": {{"n": -{HUGE}, "m": [{HUGE}]}}}}}}'.encode())[0]
    assert isinstance(tables["t"]["1"]["n"], HugeNumber)
    assert encode(tables).decode() == f'{{"meta":{{"1":{{"schema_version":{SCHEMA_VERSION}}}}},"t":{{"1":{{"n":-{HUGE},"m":[{HUGE}]}}}}}}'


def test_text_that_looks_like_the_placeholder_of_a_huge_number_stays_text():
    tables = {"t": {"1": {"n": HugeNumber("7" * 5000), "s": "hugenumber-0"}}}
    assert json.loads(encode(tables).decode().replace("7" * 5000, "7"))["t"]["1"] == {"n": 7, "s": "hugenumber-0"}


# --- any JSON value in any field ------------------------------------------------------------

EXAMPLES = [*factories.one_of_each(), factories.heard(factories.session(random.Random(3), 3))]
assert {type(r) for r in EXAMPLES} == set(RECORD_TYPES)


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every place in a JSON value where another value could stand."""
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


def _replaced(doc: Any, path: tuple, value: Any) -> Any:
    if not path:
        return value
    copy = dict(doc) if isinstance(doc, dict) else list(doc)
    copy[path[0]] = _replaced(doc[path[0]], path[1:], value)
    return copy


offsets = st.timedeltas(min_value=-timedelta(hours=23, minutes=59), max_value=timedelta(hours=23, minutes=59))
# Times anywhere, and often at the very ends of what Python's datetime holds.
moments = st.datetimes() | st.datetimes(max_value=datetime(1, 1, 3)) | st.datetimes(min_value=datetime(9999, 12, 29))
instants = st.builds(lambda moment, offset: moment.replace(tzinfo=timezone(offset)).isoformat(), moments, offsets)
big = st.integers(min_value=10**15, max_value=10**4000)
scalars = (
    st.none() | st.booleans() | st.integers() | big | big.map(lambda n: -n)
    | st.floats() | st.text(max_size=20) | instants | st.dates().map(str)
    | st.sampled_from(["completed", "draft", "behavioral", "scenario", "review", "", " ", "L6"])
    | st.just(HugeNumber(HUGE)) | st.just(HugeNumber("-" + HUGE))
)  # fmt: skip
json_values = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=8
)


@settings(max_examples=600, deadline=None)
@given(data=st.data())
def test_any_json_value_anywhere_in_a_record_decodes_or_is_a_record_error(data):
    record = data.draw(st.sampled_from(EXAMPLES))
    doc = record.to_dict()
    path = data.draw(st.sampled_from(_paths(doc)))
    value = data.draw(json_values)
    changed = _replaced(doc, path, value)
    if data.draw(st.booleans()) and isinstance(changed, dict):
        changed = dict(changed, **{data.draw(st.text(max_size=8)): value})  # an unknown or repeated field
    try:
        decoded = type(record).from_dict(changed, "r")
    except RecordError:
        return
    # What decodes is usable everywhere: written back, summed up, shown in any time zone.
    assert type(record).from_dict(decoded.to_dict(), "r") == decoded
    for moment in (getattr(decoded, name, None) for name in ("started", "finished", "created", "updated", "due", "recorded")):
        if moment is not None and hasattr(moment, "astimezone"):
            moment.astimezone(timezone(timedelta(hours=-23, minutes=-59))).strftime("%d %b %Y %H:%M")
    if isinstance(decoded, Session):
        figures = practice_stats([summarize(decoded)] * 3, decoded.started)
        assert figures.overall.seconds >= 0 and decoded.label


@pytest.mark.parametrize("summary", [DEEP, f'{{"format": {HUGE}}}', "[]", '{"format": 2, "sha1": null}'])
def test_a_damaged_summary_file_is_rebuilt(seeded, data_dir, summary):
    reopened_without_digest(seeded)  # writes the summaries
    target = seeded.path / "summaries" / segments(seeded)[0].name
    assert target.exists()
    target.write_text(summary)
    assert reopened_without_digest(seeded).summaries() == seeded.summaries()
    assert target.read_text() != summary


def test_text_holding_a_lone_surrogate_is_kept_exactly_and_the_log_still_opens(data_dir, tmp_path):
    """An imported title with an escaped lone surrogate once made every start fail: the
    digest could not store it. The text is kept as it was, and every read of the log works."""
    lone = "\ud800"
    base = factories.session(random.Random(2), 1)
    scenario = dataclasses.replace(base.scenario, id=f"scenario {lone}", title=f"Title {lone}", level=f"L6 {lone}")
    sections = [dataclasses.replace(section, name=f"{section.name} {lone}") for section in base.sections]
    session = dataclasses.replace(base, scenario=scenario, sections=sections, principles=(f"Ownership {lone}",))
    document = {"format": "systemcraft-log", "schema_version": SCHEMA_VERSION, "sessions": [session.to_dict()]}
    path = tmp_path / "import.json"
    path.write_text(json.dumps(document))  # ASCII: the surrogate as an escape, as an export writes it

    import_file(PracticeLog.open(data_dir), path)
    log = PracticeLog.open(data_dir)
    [summary] = log.summaries()
    assert (summary.scenario.title, summary.scenario.level, summary.principles) == (f"Title {lone}", f"L6 {lone}", (f"Ownership {lone}",))
    assert log.sessions() == [session]
    assert log.look(lambda digest: digest.page(kind=None, since=None, words=[needle(lone)], offset=0, limit=10)).matching == 1

