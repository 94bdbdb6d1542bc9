"""What a database holds before we touch it: our schema (at which revision), nothing yet, a
schema an older version left half-made, or another program's tables.

:func:`read_state` reads the table names and the Alembic revision with two plain queries (no
Alembic, no reflection); :func:`classify` names the case and refuses a database that is not
ours (:class:`~retrofit.domain.errors.StorageError`) before anything is written or backed up.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

from retrofit.domain.errors import StorageError

if TYPE_CHECKING:
    from collections.abc import Callable


VERSION_TABLE = "alembic_version"
#: Tables that only our schema has together: their presence with an unknown revision means a
#: newer version of this program, not another program.
CORE_TABLES = frozenset({"estate", "building", "setting", "audit_log"})


@dataclass(frozen=True, slots=True)
class SchemaState:
    """The tables of the database and its schema revision (None: no version row)."""

    where: str
    tables: frozenset[str]
    revision: str | None

    @property
    def empty(self) -> bool:
        return not self.tables


def _table_names(bind: Engine | Connection) -> frozenset[str]:
    if bind.dialect.name == "sqlite":
        sql = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
    elif bind.dialect.name == "postgresql":
        sql = "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
    else:
        from sqlalchemy import inspect

        return frozenset(inspect(bind).get_table_names())
    if isinstance(bind, Engine):
        with bind.connect() as connection:
            return frozenset(connection.exec_driver_sql(sql).scalars())
    return frozenset(bind.exec_driver_sql(sql).scalars())


def read_state(bind: Engine | Connection, where: str) -> SchemaState:
    """The tables and the revision of the database behind ``bind``."""
    tables = _table_names(bind)
    revision = None
    if VERSION_TABLE in tables:
        query = text(f"SELECT version_num FROM {VERSION_TABLE}")
        if isinstance(bind, Engine):
            with bind.connect() as connection:
                rows = connection.execute(query).scalars().all()
        else:
            rows = bind.execute(query).scalars().all()
        revision = rows[0] if len(rows) == 1 else None
    return SchemaState(where, tables, revision)


def leftover(bind: Connection, state: SchemaState) -> bool:
    """True when the tables are a schema an earlier version of this program began and never
    finished (no revision; only our tables, with only our columns, and no rows): safe to build
    again from scratch."""
    from sqlalchemy import inspect

    from retrofit.storage.models import Base

    if state.revision is not None:
        return False
    ours = Base.metadata.tables
    others = state.tables - {VERSION_TABLE}
    if not others <= set(ours):
        return False
    inspector = inspect(bind)
    for name in others:
        columns = {c["name"] for c in inspector.get_columns(name)}
        if not columns <= set(ours[name].columns.keys()):
            return False
        if bind.execute(text(f'SELECT 1 FROM "{name}" LIMIT 1')).first() is not None:
            return False
    return True


def classify(state: SchemaState, head: str, known: Callable[[str], bool]) -> str:
    """``"empty"``, ``"current"`` (at ``head``), ``"older"`` (an older revision of ours) or
    ``"unversioned"`` (only our table names, no revision: possibly a half-made schema, see
    :func:`leftover`). Raises StorageError for another program's database or a newer one's.
    ``known(revision)`` tells whether a revision is one of our scripts."""
    if state.empty:
        return "empty"
    core = CORE_TABLES <= state.tables
    if state.revision is not None and core:
        if state.revision == head:
            return "current"
        if known(state.revision):
            return "older"
        raise StorageError("db_newer", where=state.where, revision=state.revision)
    if state.revision is None and state.tables - {VERSION_TABLE} <= _our_tables():
        return "unversioned"
    raise foreign(state)


def foreign(state: SchemaState) -> StorageError:
    """The error for another program's database."""
    strangers = sorted(state.tables - _our_tables() - {VERSION_TABLE}) or sorted(state.tables)
    return StorageError("db_foreign", where=state.where, tables=", ".join(strangers[:8]))


def _our_tables() -> set[str]:
    from retrofit.storage.models import Base

    return set(Base.metadata.tables)


def drop_leftover(bind: Connection, state: SchemaState) -> None:
    """Drop the tables of a half-made schema (see :func:`leftover`), children first."""
    from retrofit.storage.models import Base

    for table in reversed(Base.metadata.sorted_tables):
        if table.name in state.tables:
            bind.exec_driver_sql(f'DROP TABLE "{table.name}"')
    if VERSION_TABLE in state.tables:
        bind.exec_driver_sql(f"DROP TABLE {VERSION_TABLE}")
