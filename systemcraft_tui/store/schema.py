"""Schema versions of the log's files and the migrations between them.

Every file carries a `meta` table holding one record with `schema_version`. A file from
an older version is upgraded in memory when read (and written back upgraded on its next
save); a file from a newer version is refused, never guessed at. A migration is a plain
function from the tables of version N to the tables of version N + 1."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from systemcraft_tui.core.errors import StoreError

SCHEMA_VERSION = 1
META_TABLE = "meta"

Tables = dict[str, dict[str, Any]]
Migration = Callable[[Tables], Tables]

# MIGRATIONS[n] turns version n into version n + 1. Version 1 is the first format, so
# none exists yet; the next change to a record's shape adds one here, with a fixture file
# of the old version under tests/store/fixtures/ (a test fails until both exist).
MIGRATIONS: dict[int, Migration] = {}


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
