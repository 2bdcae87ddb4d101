"""Reading a JSON export back in. The whole file is checked before anything is merged:
one bad record rejects it all, with the record and field named, and the log is untouched."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from systemcraft_tui.core.errors import RecordError
from systemcraft_tui.core.records import RECORD_TYPES, Record
from systemcraft_tui.regular_files import Refused, read_regular
from systemcraft_tui.store import schema
from systemcraft_tui.store.damage import Unreadable, parse_json
from systemcraft_tui.store.errors import ImportRejected
from systemcraft_tui.store.schema import EXPORT_FORMAT

if TYPE_CHECKING:  # the log keeps unsaved changes in the export form, read here: no import back
    from systemcraft_tui.store.log import MergeResult, PracticeLog

# Far above any real export (years of daily practice make a few MB); a larger file is
# refused before it is read into memory.
IMPORT_FILE_LIMIT = 256 << 20
_TYPES = {kind.TABLE: kind for kind in RECORD_TYPES}
_HEADER = {"format", "schema_version", "exported"}


def read_export(path: Path) -> list[Record]:
    """Every record of a JSON export, checked; raises ImportRejected naming what is wrong."""
    try:
        document = parse_json(read_regular(path, IMPORT_FILE_LIMIT, "an import file"))
    except OSError as error:
        raise ImportRejected(path, f"cannot be read ({error.strerror or error})") from None
    except (Refused, Unreadable) as error:
        raise ImportRejected(path, error.reason) from None
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise ImportRejected(path, f'is not a SystemCraft export (it has no "format": "{EXPORT_FORMAT}")')
    unknown = set(document) - _HEADER - set(_TYPES)
    if unknown:
        raise ImportRejected(path, f"has an unknown section {sorted(unknown)[0]!r}")
    tables = _as_tables(path, document)
    records: list[Record] = []
    for table, kind in _TYPES.items():
        seen: dict[str, str] = {}
        for number, doc in tables.get(table, {}).items():
            where = f"{table}[{int(number) - 1}]"
            try:
                record = kind.from_dict(doc, where)
            except RecordError as error:
                raise ImportRejected(path, f"record {error}") from None
            if record.id in seen:
                raise ImportRejected(path, f"record {where} repeats the id {record.id!r} of {seen[record.id]}")
            seen[record.id] = where
            records.append(record)
    return records


def _as_tables(path: Path, document: dict[str, Any]) -> schema.Tables:
    """The export's lists as tables, upgraded by the same migrations as the log's files."""
    tables: schema.Tables = {schema.META_TABLE: {"1": {"schema_version": document.get("schema_version")}}}
    for table in _TYPES:
        records = document.get(table, [])
        if not isinstance(records, list):
            raise ImportRejected(path, f"section {table!r} is not a list")
        tables[table] = {str(number): doc for number, doc in enumerate(records, 1)}
    try:
        upgraded, _ = schema.upgrade(tables)
    except schema.SchemaProblem as problem:
        raise ImportRejected(path, str(problem)) from None
    return upgraded


def import_file(log: PracticeLog, path: Path) -> MergeResult:
    """Merge a JSON export into the log: new records are added, identical ones skipped,
    and a record whose id exists with other content is reported and left as it is. All
    or nothing: a killed import is finished or undone when the log is next opened."""
    return log.merge(read_export(path), f"import of {path}")
