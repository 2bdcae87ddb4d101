from __future__ import annotations

import csv
import io
import json
import random
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from systemcraft_tui.core.windows import duration
from systemcraft_tui.store import ImportRejected, PracticeLog
from systemcraft_tui.store.export import (
    CSV_COLUMNS,
    _csv_row,
    export_tables,
    json_pieces,
    to_csv,
    to_json,
    to_markdown,
)
from systemcraft_tui.store.importing import import_file, read_export
from systemcraft_tui.store.schema import SCHEMA_VERSION
from tests.full_pass import practice_stats
from tests.store import factories


def _tables(log: PracticeLog) -> dict[str, list]:
    return {table: list(records) for table, records in export_tables(log).items()}


def _export(log: PracticeLog, path: Path) -> Path:
    path.write_text(to_json(log))
    return path


def test_export_then_import_into_an_empty_log_gives_equal_records(seeded, tmp_path):
    exported = _export(seeded, tmp_path / "export.json")
    other = PracticeLog.open(tmp_path / "second-machine")
    result = import_file(other, exported)
    assert result.added == {"sessions": 130, "stories": 3, "review_cards": 4, "assessments": 2, "plans": 1}
    assert result.conflicts == [] and result.unchanged == {}
    assert _tables(other) == _tables(seeded)
    assert _tables(PracticeLog.open(tmp_path / "second-machine")) == _tables(seeded)


def test_importing_the_same_file_twice_adds_nothing(seeded, tmp_path):
    exported = _export(seeded, tmp_path / "export.json")
    before = {p.name: p.read_bytes() for p in seeded.path.iterdir() if p.suffix == ".json" and "cache" not in p.name}
    result = import_file(seeded, exported)
    assert result.added == {} and result.conflicts == []
    assert result.unchanged["sessions"] == 130
    after = {p.name: p.read_bytes() for p in seeded.path.iterdir() if p.suffix == ".json" and "cache" not in p.name}
    assert after == before


def test_import_merges_two_machines_histories(tmp_path):
    laptop, desktop = PracticeLog.open(tmp_path / "laptop"), PracticeLog.open(tmp_path / "desktop")
    history = factories.history(30, notes_chars=200)
    laptop.save_all(history[:20])
    desktop.save_all(history[10:])
    result = import_file(desktop, _export(laptop, tmp_path / "laptop.json"))
    assert result.added == {"sessions": 10} and result.unchanged == {"sessions": 10}
    assert desktop.sessions() == sorted(history, key=lambda s: s.started)


def test_a_record_that_differs_is_reported_and_not_overwritten(seeded, tmp_path):
    mine = seeded.sessions()[5]
    other = PracticeLog.open(tmp_path / "other")
    theirs = replace(mine, score=1)
    other.save_all([theirs, factories.session(random.Random(1), 900)])
    result = import_file(seeded, _export(other, tmp_path / "other.json"))
    assert result.conflicts == [theirs]
    assert result.added == {"sessions": 1}
    assert PracticeLog.open(seeded.path.parent).session(mine.id) == mine


def _write(path: Path, document) -> Path:
    path.write_text(json.dumps(document))
    return path


def _valid(seeded) -> dict:
    return json.loads(to_json(seeded))


BAD_FILES = {
    "empty": (lambda doc: b"", "is empty"),
    "not-json": (lambda doc: b"sessions: 3", "is not valid JSON"),
    "truncated": (lambda doc: json.dumps(doc).encode()[:500], "is cut short"),
    "not-utf8": (lambda doc: b'{"format": "\xff"}', "is not UTF-8 text"),
    "not-an-export": (lambda doc: json.dumps({"sessions": []}).encode(), "is not a SystemCraft export"),
    "a-list": (lambda doc: b"[]", "is not a SystemCraft export"),
    "newer": (lambda doc: json.dumps(doc | {"schema_version": 99}).encode(), "newer SystemCraft (schema version 99"),
    "no-version": (lambda doc: json.dumps({k: v for k, v in doc.items() if k != "schema_version"}).encode(), "invalid schema version: None"),
    "unknown-section": (lambda doc: json.dumps(doc | {"photos": []}).encode(), "unknown section 'photos'"),
    "section-not-list": (lambda doc: json.dumps(doc | {"stories": {}}).encode(), "section 'stories' is not a list"),
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_a_bad_import_file_is_rejected_whole_and_the_log_is_untouched(seeded, tmp_path, kind):
    make, message = BAD_FILES[kind]
    bad = tmp_path / "bad.json"
    bad.write_bytes(make(_valid(seeded)))
    fresh = PracticeLog.open(tmp_path / "target")
    with pytest.raises(ImportRejected) as caught:
        import_file(fresh, bad)
    assert str(bad) in str(caught.value) and message in str(caught.value)
    assert "Nothing was imported" in str(caught.value)
    assert list(fresh.path.iterdir()) == []


def test_one_bad_record_among_many_rejects_the_file_naming_the_record(seeded, tmp_path):
    document = _valid(seeded)
    document["sessions"][117]["sections"][2]["actual_seconds"] = -4
    bad = _write(tmp_path / "bad.json", document)
    target = PracticeLog.open(tmp_path / "target")
    with pytest.raises(ImportRejected, match=r"record sessions\[117\]\.sections\[2\]\.actual_seconds: must be at least 0"):
        import_file(target, bad)
    assert target.summaries() == [] and list(target.path.iterdir()) == []


def test_a_repeated_id_in_the_file_is_rejected(seeded, tmp_path):
    document = _valid(seeded)
    document["stories"].append(document["stories"][0])
    with pytest.raises(ImportRejected, match=r"stories\[3\] repeats the id .* of stories\[0\]"):
        read_export(_write(tmp_path / "bad.json", document))


def test_a_missing_import_file_is_rejected_clearly(tmp_path):
    with pytest.raises(ImportRejected, match="cannot be read"):
        read_export(tmp_path / "nowhere.json")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=150)
@given(field=st.sampled_from(["score", "mode", "started", "ratings", "sections", "scenario", "principles", "id"]), value=json_values)
def test_any_field_value_is_either_a_valid_record_or_a_clear_rejection(tmp_path_factory, field, value):
    folder = tmp_path_factory.mktemp("fuzz")
    session = factories.session(random.Random(3), 3).to_dict()
    session[field] = value
    document = {"format": "systemcraft-log", "schema_version": 1, "sessions": [session]}
    path = _write(folder / "import.json", document)
    try:
        records = read_export(path)
    except ImportRejected as rejected:
        assert str(rejected).startswith(f"{path}: record sessions[0].")
    else:  # accepted values are kept as given (a start time only normalised to UTC)
        assert records[0].to_dict()[field] == value or field == "started"


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(raw=st.binary(max_size=300))
def test_arbitrary_bytes_never_crash_the_import(tmp_path_factory, raw):
    path = tmp_path_factory.mktemp("bytes") / "import.json"
    path.write_bytes(raw)
    with pytest.raises(ImportRejected):
        read_export(path)


def test_csv_has_one_row_per_session_with_its_figures(seeded):
    rows = list(csv.DictReader(io.StringIO(to_csv(seeded))))
    sessions = seeded.sessions()
    assert len(rows) == len(sessions) == 130
    assert tuple(rows[0]) == CSV_COLUMNS
    first = sessions[0]
    assert rows[0]["id"] == first.id and rows[0]["title"] == first.scenario.title
    assert rows[0]["score"] == str(first.score) and rows[0]["started"] == first.to_dict()["started"]
    assert float(rows[0]["practice_seconds"]) == pytest.approx(first.practice_seconds, abs=0.05)
    assert first.sections[0].notes in rows[0]["notes"]


def test_markdown_reports_times_ratings_and_notes_and_keeps_user_text_contained(log):
    session = factories.session(random.Random(2), 2)
    sections = [replace(session.sections[0], name="Situation | with a pipe", notes="# not a heading\n- [bold]x[/]")]
    log.save(replace(session, sections=sections, ratings={"Structure": 4}))
    report = to_markdown(log)
    assert "| Situation \\| with a pipe | 30–45 s |" in report
    assert "**Ratings:** Structure 4/5" in report
    assert "> # not a heading\n> - [bold]x[/]" in report
    assert f"score {session.score}/100" in report


def test_markdown_times_are_the_ones_the_screens_show(log):
    """Whole seconds floored like every clock (41.6 s is 0:41 on the review, so 41 s here),
    windows written as the screens write them, and a session's time the sum of its parts."""
    session = factories.session(random.Random(2), 2)
    sections = [replace(s, actual_seconds=seconds) for s, seconds in zip(session.sections, (41.6, 59.5, 125.9, 0.9), strict=True)]
    probes = [replace(p, actual_seconds=seconds) for p, seconds in zip(session.probes, (60.7, 30.8), strict=True)]
    log.save(replace(session, sections=sections, probes=probes))
    report = to_markdown(log)
    assert "| Situation | 30–45 s | 41 s |" in report and "| Task | 15–30 s | 59 s |" in report
    assert "| Action | 90–120 s | 2 min 05 s |" in report and "| Result | 30–45 s | 0 s |" in report
    # 41 + 59 + 125 + 0 + 60 + 30 = 315 s, not the 319.4 s of the unrounded parts.
    assert " · 5 min 15 s\n" in report and "5 min 15 s of practice." in report


def test_the_markdown_total_is_the_one_stats_and_the_progress_screen_give(seeded):
    figures = practice_stats(seeded.summaries(), datetime.now(UTC))
    assert figures.drafts == 0
    assert f"{duration(figures.overall.seconds)} of practice." in to_markdown(seeded)


def test_exports_of_an_empty_log(log):
    assert json.loads(to_json(log))["sessions"] == []
    assert to_csv(log).strip() == ",".join(CSV_COLUMNS)
    assert "No sessions yet" in to_markdown(log)


def test_a_mock_and_its_answers_travel_together(tmp_path):
    log = PracticeLog.open(tmp_path / "first")
    mock = factories.mock_record()
    answers = [replace(factories.session(random.Random(n), n), id=i) for n, i in enumerate(mock.session_ids[:2])]
    log.save_all([*answers, mock])
    other = PracticeLog.open(tmp_path / "second")
    result = import_file(other, _export(log, tmp_path / "export.json"))
    assert result.added == {"sessions": 2, "mocks": 1}
    assert other.mocks() == [mock] and [other.session(i) for i in mock.session_ids[:2]] == answers


def test_the_streamed_exports_are_the_documents_made_whole(seeded, tmp_path):
    """JSON as one json.dumps of the whole document; CSV and Markdown as one write of all rows."""
    now = datetime(2026, 3, 1, 12, tzinfo=UTC)
    sessions = seeded.sessions()
    document = {"format": "systemcraft-log", "schema_version": SCHEMA_VERSION, "exported": "2026-03-01T12:00:00Z"}
    document |= {table: [r.to_dict() for r in records] for table, records in _tables(seeded).items()}
    assert to_json(seeded, now) == json.dumps(document, indent=2, ensure_ascii=True) + "\n"
    empty = PracticeLog.open(tmp_path / "empty")
    whole = {"format": "systemcraft-log", "schema_version": SCHEMA_VERSION, "exported": "2026-03-01T12:00:00Z"}
    whole |= {table: [] for table in _tables(empty)}
    assert to_json(empty, now) == json.dumps(whole, indent=2, ensure_ascii=True) + "\n"
    rows = io.StringIO()
    csv.writer(rows).writerows([CSV_COLUMNS, *map(_csv_row, sessions)])
    assert to_csv(seeded) == rows.getvalue()
    assert to_markdown(seeded, now).count("\n## ") == len(sessions)


def test_an_export_holds_a_few_session_files_at_a_time(seeded, monkeypatch):
    read: list[Path] = []
    real = PracticeLog._read_sessions
    monkeypatch.setattr(PracticeLog, "_read_sessions", lambda log, path: read.append(path) or real(log, path))
    pieces = json_pieces(seeded)
    next(pieces), next(pieces), next(pieces)  # the head, the sessions' opening, the first session
    assert len(read) == 1 < len({home for _, home in seeded.look(lambda digest: digest.homes_in_order())})
    assert sum(1 for _ in pieces) > 100
