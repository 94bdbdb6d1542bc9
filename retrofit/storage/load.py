"""Fast reads of a whole city for the engine: records as a :class:`Register`, or columns as
numpy arrays (one query, no ORM objects)."""
from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import numpy as np
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from retrofit.domain.records import BuildingRecord, EstateRecord, Mode, Register, Structure
from retrofit.domain.settings import Settings
from retrofit.storage.db import make_engine
from retrofit.storage.migrate import upgrade_to_head
from retrofit.storage.models import Building, Estate, SettingRow
from retrofit.storage.repositories import BUILDING_KEYS, ESTATE_KEYS

@contextmanager
def bulk_work() -> Iterator[None]:
    """Pause the cyclic garbage collector while millions of small tuples are made (it would scan
    them again and again; none of them form cycles)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


_ESTATE_COLS = [Estate.name if k == "estate" else getattr(Estate, k) for k in ESTATE_KEYS]
_BUILDING_COLS = [Building.name if k == "building" else getattr(Building, k) for k in BUILDING_KEYS]
#: Columns that are text (or enum) in the engine's view; the rest are numbers (NaN = not entered).
TEXT_KEYS = frozenset({"estate", "city", "building", "structure", "mode", "package"})
BOOL_KEYS = frozenset({"stairwell_heated"})


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
    if values["structure"] is not None:
        values["structure"] = Structure(values["structure"])
    if values["mode"] is not None:
        values["mode"] = Mode(values["mode"])
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


def load_register(url: str | None = None) -> Register:
    """Every estate and building of the database at ``url`` (see
    :func:`retrofit.storage.db.resolve_url`) as records. ``extra["settings"]`` holds the
    database's :class:`~retrofit.domain.settings.Settings` and ``extra["building_ids"]`` the
    ids of the buildings in order. The schema is created or upgraded first if needed."""
    engine = make_engine(url)
    try:
        upgrade_to_head(engine)
        with Session(engine) as session:
            register, ids = read_register(session)
            settings = read_settings(session)
    finally:
        engine.dispose()
    return Register(estates=register.estates, buildings=register.buildings,
                    source=engine.url.render_as_string(hide_password=True),
                    extra={"settings": settings, "building_ids": ids})


def load_settings(url: str | None = None) -> Settings:
    """The stored settings of the database at ``url``."""
    engine = make_engine(url)
    try:
        upgrade_to_head(engine)
        with Session(engine) as session:
            return read_settings(session)
    finally:
        engine.dispose()


def load_columns(engine: Engine, estate_id: int | None = None,
                 building_ids: Sequence[int] | None = None) -> dict[str, np.ndarray]:
    """The buildings as columns, in id order: ``id``, ``estate_id`` (int arrays), the text keys
    (:data:`TEXT_KEYS`, object arrays with None) and every other data-dictionary key as float
    arrays with NaN for "not entered" (booleans as 1.0/0.0). One query for the buildings over
    the DB-API cursor, one for the estates' names and cities."""
    stmt = select(Building.id, Building.estate_id, *_BUILDING_COLS).order_by(Building.id)
    estates = select(Estate.id, Estate.name, Estate.city)
    if estate_id is not None:
        stmt = stmt.where(Building.estate_id == int(estate_id))
        estates = estates.where(Estate.id == int(estate_id))
    if building_ids is not None:
        stmt = stmt.where(Building.id.in_([int(i) for i in building_ids]))
    raw = engine.raw_connection()          # plain DB-API rows: no per-value result processing
    try:
        with bulk_work():
            cursor = raw.cursor()
            cursor.execute(_sql(engine, estates))
            names = {eid: (name, city) for eid, name, city in cursor.fetchall()}
            cursor.execute(_sql(engine, stmt))
            rows = cursor.fetchall()
            cursor.close()
            raw.commit()
            return _columns(rows, names)
    finally:
        raw.close()


def _sql(engine: Engine, stmt: Any) -> str:
    return str(stmt.compile(dialect=engine.dialect, compile_kwargs={"literal_binds": True}))


def _columns(rows: list[tuple], names: dict[int, tuple[str, str]]) -> dict[str, np.ndarray]:
    keys = ["id", "estate_id", *BUILDING_KEYS]
    n = len(rows)
    out: dict[str, np.ndarray] = {}
    columns = zip(*rows, strict=True) if n else ([] for _ in keys)
    for name, column in zip(keys, columns, strict=True):
        if name in ("id", "estate_id"):
            out[name] = np.fromiter(column, dtype=np.int64, count=n)
        elif name in TEXT_KEYS:
            out[name] = np.array(column, dtype=object).reshape(n)
        else:
            out[name] = np.array(column, dtype=float).reshape(n)
    estate_ids = np.array(sorted(names), dtype=np.int64)
    labels = np.empty((len(estate_ids), 2), dtype=object)
    for i, eid in enumerate(estate_ids.tolist()):
        labels[i] = names[eid]
    where = np.searchsorted(estate_ids, out["estate_id"]) if n else np.empty(0, dtype=np.int64)
    out["estate"] = labels[where, 0] if n else np.empty(0, dtype=object)
    out["city"] = labels[where, 1] if n else np.empty(0, dtype=object)
    return out
