"""Schema versions: the current format is pinned by a fixture, and the upgrade path runs
end to end (with a migration defined here, since version 1 is the first format)."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest

from systemcraft_tui.store import LogDamaged, PracticeLog, schema
from systemcraft_tui.store.damage import Unreadable, parse_tables
from systemcraft_tui.store.jsonio import encode
from tests.store import factories

FIXTURES = Path(__file__).parent / "fixtures"


def _copy_fixture(version: int, data_dir: Path) -> Path:
    folder = data_dir / "practice-log"
    shutil.copytree(FIXTURES / f"schema-v{version}", folder)
    return folder


def test_every_older_version_has_a_migration_and_a_fixture():
    for version in range(1, schema.SCHEMA_VERSION):
        assert version in schema.MIGRATIONS, f"no migration from schema version {version}"
        assert (FIXTURES / f"schema-v{version}").is_dir(), f"no fixture of schema version {version}"
    assert (FIXTURES / f"schema-v{schema.SCHEMA_VERSION}").is_dir()


@pytest.mark.parametrize("version", range(1, schema.SCHEMA_VERSION + 1))
def test_each_version_fixture_opens_without_a_warning(version, data_dir):
    _copy_fixture(version, data_dir)
    log = PracticeLog.open(data_dir)
    assert log.warnings == []
    assert len(log.summaries()) == 3 and len(log.drafts()) == 1
    assert len(log.stories()) == len(log.review_cards()) == len(log.assessments()) == len(log.plans()) == 1


def test_the_current_format_is_exactly_what_the_fixture_holds(data_dir):
    """Changing a record's shape fails here: bump SCHEMA_VERSION and add a migration."""
    folder = _copy_fixture(schema.SCHEMA_VERSION, data_dir)
    log = PracticeLog.open(data_dir)
    records = [*log.sessions(), *log.stories(), *log.review_cards(), *log.assessments(), *log.plans()]
    written = {record.id: encode(record.to_dict()) for record in records}
    on_disk = {}
    for name in ("practice.json", "sessions-000001.json"):
        for table, docs in json.loads((folder / name).read_text()).items():
            if table != "meta":
                for doc in docs.values():
                    record_id = doc.get("id") or doc.get("plan_id") or f"{doc['subject']}:{doc['subject_id']}"
                    on_disk[record_id] = encode(doc)
    assert written == on_disk  # byte for byte as the log writes them: vocabularies stay the same strings


@pytest.mark.parametrize(
    ("meta", "message"),
    [
        ({}, "has no schema version"),
        ({"1": {"schema_version": 1}, "2": {"schema_version": 1}}, "has no schema version"),
        ({"1": {"schema_version": "1"}}, "invalid schema version: '1'"),
        ({"1": {"schema_version": 0}}, "invalid schema version: 0"),
        ({"1": {"schema_version": True}}, "invalid schema version: True"),
        ({"1": {"schema_version": 99}}, "newer SystemCraft (schema version 99"),
    ],
)
def test_a_bad_schema_version_is_refused(meta, message):
    with pytest.raises(Unreadable, match=message.replace("(", r"\(")):
        parse_tables(json.dumps({"meta": meta, "sessions": {}}).encode())


@pytest.fixture
def version_next(monkeypatch):
    """Pretend the program is one version ahead, with a migration that marks what it touched."""
    calls = []
    current = schema.SCHEMA_VERSION

    def add_marker(tables):
        calls.append(sorted(tables))
        return tables

    monkeypatch.setattr(schema, "SCHEMA_VERSION", current + 1)
    monkeypatch.setattr(schema, "MIGRATIONS", {**schema.MIGRATIONS, current: add_marker})
    return current, calls


def test_an_older_file_is_upgraded_when_read_and_kept_aside_when_first_rewritten(data_dir, version_next):
    current, calls = version_next
    folder = _copy_fixture(current, data_dir)
    segment = folder / "sessions-000001.json"
    original = segment.read_bytes()
    log = PracticeLog.open(data_dir)
    assert calls == [["assessments", "meta", "plans", "review_cards", "stories"], ["meta", "sessions"]]
    assert segment.read_bytes() == original  # reading never writes

    draft = log.drafts()[0]
    log.save(draft)
    assert json.loads(segment.read_bytes())["meta"] == {"1": {"schema_version": current + 1}}
    assert (folder / f"sessions-000001.json.schema-{current}").read_bytes() == original
    assert PracticeLog.open(data_dir).session(draft.id) == draft


def test_a_session_from_version_1_was_never_heard(data_dir):
    _copy_fixture(1, data_dir)
    sessions = PracticeLog.open(data_dir).sessions()
    assert sessions and all(s.spoken_checks == [] for s in sessions)
    assert all(part.spoken is None for s in sessions for part in (*s.sections, *s.probes))


def test_a_version_with_no_migration_is_reported_as_damage(data_dir, monkeypatch):
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 3)
    monkeypatch.setattr(schema, "MIGRATIONS", {1: schema.MIGRATIONS[1]})
    _copy_fixture(1, data_dir)
    with pytest.raises(LogDamaged, match="schema version 2, and no migration from it exists"):
        PracticeLog.open(data_dir)


def test_new_files_are_written_at_the_current_version(log):
    log.save(factories.story(random.Random(1), 1))
    assert json.loads(log.folder.practice.read_bytes())["meta"] == {"1": {"schema_version": schema.SCHEMA_VERSION}}
