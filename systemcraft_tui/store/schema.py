"""Schema versions of the log's files and the migrations between them.

Every file carries a `meta` table holding one record with `schema_version`. A file from
an older version is upgraded in memory when read (and written back upgraded on its next
save); a file from a newer version is refused, never guessed at. A migration is a plain
function from the tables of version N to the tables of version N + 1."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from systemcraft_tui.core.errors import StoreError

SCHEMA_VERSION = 2
# What a JSON export calls itself (and a change kept aside, in the same form: store/unsaved.py).
EXPORT_FORMAT = "systemcraft-log"
META_TABLE = "meta"

Tables = dict[str, dict[str, Any]]
Migration = Callable[[Tables], Tables]


def _heard_nothing(tables: Tables) -> Tables:
    """Version 2 keeps what was heard (voice): each section and probe gets `spoken`, each
    session `spoken_checks`; a session from version 1 was never heard."""
    sessions = tables.get("sessions")
    for session in sessions.values() if isinstance(sessions, dict) else ():
        if not isinstance(session, dict):
            continue  # left for the record reader to name
        for key in ("sections", "probes"):
            parts = session.get(key)
            for part in parts if isinstance(parts, list) else ():
                if isinstance(part, dict):
                    part.setdefault("spoken", None)
        session.setdefault("spoken_checks", [])
    return tables


# MIGRATIONS[n] turns version n into version n + 1; each has a fixture file of version n
# under tests/store/fixtures/ (a test fails until both exist).
MIGRATIONS: dict[int, Migration] = {1: _heard_nothing}


class SchemaProblem(StoreError):
    """The file's schema version is missing, malformed or newer than this program."""


def new_tables(*names: str) -> Tables:
    return {META_TABLE: {"1": {"schema_version": SCHEMA_VERSION}}, **{name: {} for name in names}}


def version_of(tables: Tables) -> int:
    meta = tables.get(META_TABLE)
    records = list(meta.values()) if isinstance(meta, dict) else []
    if len(records) != 1 or not isinstance(records[0], dict):
        raise SchemaProblem("has no schema version (no single record in its meta table)")
    version = records[0].get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise SchemaProblem(f"has an invalid schema version: {version!r}")
    if version > SCHEMA_VERSION:
        raise SchemaProblem(
            f"was written by a newer SystemCraft (schema version {version}; this one reads up to "
            f"{SCHEMA_VERSION}); upgrade SystemCraft to read it"
        )
    return version


def upgrade(tables: Tables) -> tuple[Tables, int]:
    """The tables at the current version, and the version they were read at."""
    found = version_of(tables)
    for version in range(found, SCHEMA_VERSION):
        if version not in MIGRATIONS:
            raise SchemaProblem(f"has schema version {version}, and no migration from it exists")
        tables = MIGRATIONS[version](tables)
        tables[META_TABLE] = {"1": {"schema_version": version + 1}}
    return tables, found
