"""Fast reads of a whole city for the engine: records as a :class:`Register`, or columns as
numpy arrays (plain DB-API queries, no ORM objects)."""
from __future__ import annotations

from collections.abc import Sequence
from itertools import chain
from typing import Any

import numpy as np
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from retrofit.domain.records import ENUMS, BuildingRecord, EstateRecord, Register
from retrofit.domain.settings import Settings
from retrofit.domain.vocabulary import BUILDING_FIELDS
from retrofit.storage.db import bulk_work, make_engine, resolve_url, sqlite_path
from retrofit.storage.migrate import require_current
from retrofit.storage.models import BUILDING_COLUMNS, Building, Estate, SettingRow
from retrofit.storage.repositories import BUILDING_KEYS, ESTATE_KEYS
from retrofit.storage.sqlite_file import check_sqlite_file

_ESTATE_COLS = [Estate.name if k == "estate" else getattr(Estate, k) for k in ESTATE_KEYS]
_BUILDING_COLS = [Building.name if k == "building" else getattr(Building, k) for k in BUILDING_KEYS]
#: Columns that are text (or enum) in the engine's view; dates are ``datetime64[D]`` (NaT = not
#: entered); the rest are numbers (NaN = not entered).
TEXT_KEYS = frozenset(f.key for f in BUILDING_FIELDS if f.text_like)
DATE_KEYS = frozenset(f.key for f in BUILDING_FIELDS if f.kind == "date")
BOOL_KEYS = frozenset(f.key for f in BUILDING_FIELDS if f.kind == "bool")


def _building_stmt(estate_id: int | None, building_ids: Sequence[int] | None):
    stmt = (select(Building.id, Building.estate_id, Estate.name, Estate.city, *_BUILDING_COLS)
            .join(Estate, Building.estate_id == Estate.id)
            .order_by(Estate.name, Building.estate_id, Building.name, Building.id))
    if estate_id is not None:
        stmt = stmt.where(Building.estate_id == estate_id)
    if building_ids is not None:
        stmt = stmt.where(Building.id.in_(list(building_ids)))
    return stmt


def _building_record(row: Sequence[Any]) -> BuildingRecord:
    values = dict(zip(("estate", "city", *BUILDING_KEYS), row[2:], strict=True))
    for key, enum in ENUMS.items():
        if values[key] is not None:
            values[key] = enum(values[key])
    return BuildingRecord(**values)


def read_register(session: Session, estate_id: int | None = None,
                  building_ids: Sequence[int] | None = None) -> tuple[Register, list[int]]:
    """The stored estates and buildings (all, one estate's, or the given buildings) as records,
    and the building ids in the same order."""
    estate_stmt = select(*_ESTATE_COLS).order_by(Estate.name, Estate.id)
    if estate_id is not None:
        estate_stmt = estate_stmt.where(Estate.id == estate_id)
    estates = []
    for row in session.execute(estate_stmt).all():
        values = dict(zip(ESTATE_KEYS, row, strict=True))
        values["district"] = values["district"] or None
        estates.append(EstateRecord(**values))
    rows = session.execute(_building_stmt(estate_id, building_ids)).all()
    buildings = tuple(_building_record(r) for r in rows)
    return Register(estates=tuple(estates), buildings=buildings), [r[0] for r in rows]


def read_settings(session: Session) -> Settings:
    return Settings.from_dict({r.key: r.value for r in session.scalars(select(SettingRow)).all()})


def reading_engine(url: str | None = None) -> Engine:
    """A read-only engine for the database at ``url``, which must exist, be ours and be at the
    newest schema (StorageError otherwise); nothing is created, migrated or written."""
    resolved = resolve_url(url)
    path = sqlite_path(resolved)
    if path is not None:
        check_sqlite_file(path, reading=True)
    engine = make_engine(resolved, read_only=True)
    try:
        require_current(engine)
    except Exception:
        engine.dispose()
        raise
    return engine


def load_register(url: str | None = None) -> Register:
    """Every estate and building of the database at ``url`` (see
    :func:`retrofit.storage.db.resolve_url`) as records. ``extra["settings"]`` holds the
    database's :class:`~retrofit.domain.settings.Settings` and ``extra["building_ids"]`` the
    ids of the buildings in order. Reads only (:func:`reading_engine`)."""
    engine = reading_engine(url)
    try:
        with Session(engine) as session:
            register, ids = read_register(session)
            settings = read_settings(session)
    finally:
        engine.dispose()
    return Register(estates=register.estates, buildings=register.buildings,
                    source=engine.url.render_as_string(hide_password=True),
                    extra={"settings": settings, "building_ids": ids})


def load_settings(url: str | None = None) -> Settings:
    """The stored settings of the database at ``url`` (reads only)."""
    engine = reading_engine(url)
    try:
        with Session(engine) as session:
            return read_settings(session)
    finally:
        engine.dispose()


def load_columns(engine: Engine, estate_id: int | None = None,
                 building_ids: Sequence[int] | None = None) -> dict[str, np.ndarray]:
    """The buildings as columns, in id order: ``id``, ``estate_id`` (int arrays), the text keys
    (:data:`TEXT_KEYS`, object arrays with None) and every other data-dictionary key as float
    arrays with NaN for "not entered" (booleans as 1.0/0.0).

    Plain DB-API queries in one read snapshot and no Python code per row: the estates' names
    and cities; which columns hold a value in any of the buildings (most of the method's inputs
    are usually left to their defaults); those columns of every building, each converted at once
    by numpy. Columns without any value are "not entered" throughout."""
    where = []
    if estate_id is not None:
        where.append(f"estate_id = {int(estate_id)}")
    if building_ids is not None:
        ids = sorted({int(i) for i in building_ids})
        where.append(f"id IN ({', '.join(map(str, ids))})" if ids else "1 = 0")
    raw = engine.raw_connection()          # plain DB-API rows: no per-value result processing
    try:
        with bulk_work():
            cursor = raw.cursor()
            _begin_snapshot(engine, cursor)
            cursor.execute("SELECT id, name, city FROM estate"
                           + (f" WHERE id = {int(estate_id)}" if estate_id is not None else ""))
            names = {eid: (name, city) for eid, name, city in cursor.fetchall()}
            cursor.execute(_select([f"COUNT({c})" for c in _COLUMNS], where, order=False))
            used = [c for c, count in zip(_COLUMNS, cursor.fetchone() or (), strict=True)
                    if count or c in ("id", "estate_id")]
            cursor.execute(_select(used, where))
            table = _fetch_table(cursor, len(used))
            cursor.close()
            raw.commit()
            return _columns(used, table, names)
    finally:
        raw.close()


_KEY_COLUMN = {"id": "id", "estate_id": "estate_id"} | {k: BUILDING_COLUMNS.get(k, k) for k in BUILDING_KEYS}
#: The columns read, in the order of their keys.
_COLUMNS = tuple(_KEY_COLUMN.values())


def _select(columns: Sequence[str], where: Sequence[str], order: bool = True) -> str:
    sql = f"SELECT {', '.join(columns)} FROM building"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return sql + " ORDER BY id" if order else sql


def _begin_snapshot(engine: Engine, cursor: Any) -> None:
    """Make the following reads see one state of the database (another process may write)."""
    if engine.dialect.name == "sqlite":
        cursor.execute("BEGIN")
    elif engine.dialect.name == "postgresql":
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")


def _fetch_table(cursor: Any, width: int) -> np.ndarray:
    """The cursor's rows as a 2-D object array (the values of all rows in one pass)."""
    flat = np.fromiter(chain.from_iterable(cursor), dtype=object)
    return flat.reshape(len(flat) // width, width)


def _convert(key: str, column: np.ndarray) -> np.ndarray:
    if key in ("id", "estate_id"):
        return column.astype(np.int64)
    if key in TEXT_KEYS:
        return column.copy()
    if key in DATE_KEYS:                            # SQLite gives text, PostgreSQL dates
        return np.array(column.tolist(), dtype="datetime64[D]")
    return np.array(column, dtype=float)            # None → NaN, True/False → 1.0/0.0


def _empty(key: str, n: int) -> np.ndarray:
    if key in TEXT_KEYS:
        return np.full(n, None, dtype=object)
    return np.full(n, np.datetime64("NaT"), dtype="datetime64[D]") if key in DATE_KEYS else np.full(n, np.nan)


def _columns(used: Sequence[str], table: np.ndarray, names: dict[int, tuple[str, str]]) -> dict[str, np.ndarray]:
    n = len(table)
    read = {column: j for j, column in enumerate(used)}
    out = {key: _convert(key, table[:, read[column]]) if column in read else _empty(key, n)
           for key, column in _KEY_COLUMN.items()}
    estate_ids = np.array(sorted(names), dtype=np.int64)
    labels = np.empty((len(estate_ids), 2), dtype=object)
    for i, eid in enumerate(estate_ids.tolist()):
        labels[i] = names[eid]
    where = np.searchsorted(estate_ids, out["estate_id"]) if n else np.empty(0, dtype=np.int64)
    out["estate"] = labels[where, 0] if n else np.empty(0, dtype=object)
    out["city"] = labels[where, 1] if n else np.empty(0, dtype=object)
    return out
