"""Merging a register into the database: plan what changes, then apply it in bulk.

Buildings are matched on (estate, building): a match is updated, anything else inserted. An
estate is matched on (name, city, district), or on (name, city) when the file names no district
and the database holds exactly one such estate. :func:`plan_import` changes nothing;
:func:`apply_import` writes the plan inside the caller's transaction (all or nothing).
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter
from typing import Any, cast

from sqlalchemy import Date, Table, and_, bindparam, insert, select, update
from sqlalchemy.orm import Session

from retrofit.domain.checks import building_problems
from retrofit.domain.errors import CellError, ConcurrentEditError, InputFileError, ValidationError
from retrofit.domain.records import Register
from retrofit.storage.fields import BUILDING_SPECS, ESTATE_SPECS, validate, validate_column
from retrofit.storage.load import bulk_work
from retrofit.storage.models import Building, Estate, _now
from retrofit.storage.repositories import BUILDING_KEYS, AuditRepository

EstateKey = tuple[str, str, str]          # name, city, district ('' = none)
_ESTATE_FIELDS = ("subdistrict", "address", "year_completed", "households", "consent_rate",
                  "heat_supplier", "metered_billing", "must_do")
_CHUNK = 5000


@dataclass
class ImportPlan:
    """What an import would change. ``building_changes`` lists (label, {field: [old, new]})."""

    new_estates: dict[EstateKey, dict[str, Any]] = field(default_factory=dict)
    estate_updates: list[tuple[int, int, dict[str, list[Any]], str]] = field(default_factory=list)
    new_buildings: list[tuple[EstateKey | int, tuple[Any, ...]]] = field(default_factory=list)   # values in BUILDING_KEYS order
    building_updates: list[tuple[int, int, dict[str, Any], str, dict[str, list[Any]]]] = field(default_factory=list)
    unchanged_buildings: int = 0
    source: str = ""
    #: Building keys with a value in some building of the file (the others are not written on
    #: insert: SQLite's time per row grows with every column bound and checked, NULLs too).
    filled: tuple[str, ...] = BUILDING_KEYS

    @property
    def building_changes(self) -> list[tuple[str, dict[str, list[Any]]]]:
        return [(label, diff) for *_, label, diff in self.building_updates]


def _plain(value: Any) -> Any:
    """A value as the audit log's JSON holds it (enums by key, dates as ISO text)."""
    if isinstance(value, _dt.date):
        return value.isoformat()
    return value.value if hasattr(value, "value") else value


class _Planner:
    def __init__(self, session: Session, register: Register) -> None:
        self.session = session
        self.register = register
        self.file = register.source or "register"
        self.errors: list[CellError] = []
        self.plan = ImportPlan(source=self.file)
        rows = register.extra.get("rows")
        self.rows: list[int] = list(rows) if rows else [i + 2 for i in range(len(register.buildings))]
        cols = register.extra.get("columns")
        if cols is None and register.extra.get("mapping"):
            cols = {k for k in register.extra["mapping"].values() if k}
        # Only the columns the file has are written: a column it lacks leaves stored values alone.
        self.columns = set(cols) & set(BUILDING_KEYS) if cols else set(BUILDING_KEYS)
        self.db_estates: dict[tuple[str, str], list[tuple[int, str, int, dict[str, Any]]]] = {}
        cols = [Estate.id, Estate.name, Estate.city, Estate.district, Estate.version,
                *(getattr(Estate, k) for k in _ESTATE_FIELDS)]
        for row in session.execute(select(*cols)).all():
            self.db_estates.setdefault((row[1], row[2]), []).append(
                (row[0], row[3], row[4], dict(zip(_ESTATE_FIELDS, row[5:], strict=True))))

    def error(self, row: int, column: str, value: Any, exc: ValidationError) -> None:
        self.errors.append(CellError(self.file, row, column, "" if value is None else str(_plain(value)),
                                     exc.code, dict(exc.params)))

    def estate_city(self) -> dict[str, str]:
        cities: dict[str, str] = {}
        for b in self.register.buildings:
            cities.setdefault(b.estate, b.city)
        return cities

    def match_estate(self, name: str, city: str, district: str | None) -> int | None:
        found = self.db_estates.get((name, city), [])
        if district:   # the same district, else the one estate stored without a district
            found = [e for e in found if e[1] == district] or [e for e in found if e[1] == ""]
        if len(found) > 1:
            raise ValidationError("estate_ambiguous", field="district", value=name, city=city)
        return found[0][0] if found else None

    def estates(self) -> dict[tuple[str, str], EstateKey | int]:
        """Register estates → a database id (matched) or a key of a new estate."""
        target: dict[tuple[str, str], EstateKey | int] = {}
        cities = self.estate_city()
        for e in self.register.estates:
            city = e.city or cities.get(e.estate)
            try:
                if not city:
                    raise ValidationError("estate_city_missing", field="city", value=e.estate)
                for key, value in (("estate", e.estate), ("city", city), ("district", e.district)):
                    validate(ESTATE_SPECS[key], value)
                values = {k: validate(ESTATE_SPECS[k], _plain(getattr(e, k))) for k in _ESTATE_FIELDS}
                existing = self.match_estate(e.estate, city, e.district)
            except ValidationError as exc:
                self.error(0, str(exc.params.get("field", "estate")), exc.params.get("value"), exc)
                continue
            if existing is None:
                new_key = (e.estate, city, e.district or "")
                self.plan.new_estates[new_key] = values
                target[(e.estate, city)] = new_key
            else:
                target[(e.estate, city)] = existing
                self.estate_update(existing, e.estate, city, {**values, "district": e.district})
        return target

    def estate_update(self, estate_id: int, name: str, city: str, values: dict[str, Any]) -> None:
        for eid, district, version, stored in self.db_estates[(name, city)]:
            if eid == estate_id:
                stored = {**stored, "district": district or None}
                diff = {k: [stored[k], v] for k, v in values.items() if v is not None and stored[k] != v}
                if diff:
                    self.plan.estate_updates.append((eid, version, diff, f"{name} ({city})"))

    def stored_buildings(self) -> dict[tuple[int, str], tuple[int, int, tuple[Any, ...]]]:
        cols = [Building.id, Building.estate_id, Building.version, *(
            Building.name if k == "building" else getattr(Building, k) for k in BUILDING_KEYS)]
        name = BUILDING_KEYS.index("building")
        return {(row[1], row[3 + name]): (row[0], row[2], tuple(row[3:]))
                for row in self.session.execute(select(*cols)).all()}

    def building_rows(self) -> tuple[list[tuple[Any, ...]], set[int]]:
        """Every building's stored values (a tuple in BUILDING_KEYS order), validated a column
        at a time; and the positions of buildings with a bad value."""
        buildings, bad = self.register.buildings, set[int]()
        if not buildings:
            return [], bad
        for key in ("estate", "city"):          # stored on the estate; checked here for every row
            raw = [getattr(b, key) for b in buildings]
            for i, exc in validate_column(ESTATE_SPECS[key], raw)[1]:
                self.error(self.rows[i], key, raw[i], exc)
                bad.add(i)
        raw_rows = list(map(attrgetter(*BUILDING_KEYS), buildings))
        columns = []
        for key, given in zip(BUILDING_KEYS, zip(*raw_rows, strict=True), strict=True):
            clean, errors = validate_column(BUILDING_SPECS[key], list(given))
            for i, exc in errors:
                self.error(self.rows[i], key, given[i], exc)
                bad.add(i)
            columns.append(clean)
        del raw_rows, raw, given   # a million rows of 45 values: freed before the rows are made again
        self.plan.filled = tuple(k for k, c in zip(BUILDING_KEYS, columns, strict=True) if c.count(None) != len(c))
        self.check_works(columns, bad)
        return list(zip(*columns, strict=True)), bad

    def check_works(self, columns: list[list[Any]], bad: set[int]) -> None:
        """The rules across the works fields (status, start, completion), where any is given."""
        keys = ("status", "works_start", "works_completed")
        cols = [columns[BUILDING_KEYS.index(k)] for k in keys]
        if all(c.count(None) == len(c) for c in cols):
            return
        for i, values in enumerate(zip(*cols, strict=True)):
            if values == (None, None, None) or i in bad:
                continue
            for name, code, params in building_problems(dict(zip(keys, values, strict=True))):
                self.error(self.rows[i], name, values[keys.index(name)], ValidationError(code, **params))
                bad.add(i)

    def target_of(self, i: int, b: Any, target: dict[tuple[str, str], EstateKey | int]) -> EstateKey | int | None:
        where = target.get((b.estate, b.city))
        if where is None:
            try:
                where = self.match_estate(b.estate, b.city, None)
            except ValidationError as exc:
                self.error(self.rows[i], "estate", b.estate, exc)
                return None
            if where is None:
                where = (b.estate, b.city, "")
                self.plan.new_estates.setdefault(where, {k: None for k in _ESTATE_FIELDS})
            target[(b.estate, b.city)] = where
        return where

    def buildings(self, target: dict[tuple[str, str], EstateKey | int]) -> None:
        stored = self.stored_buildings()
        rows, bad = self.building_rows()
        seen: set[tuple[Any, str]] = set()
        positions = [(j, k) for j, k in enumerate(BUILDING_KEYS) if k in self.columns]
        for i, b in enumerate(self.register.buildings):
            where = self.target_of(i, b, target)
            if where is None:
                continue
            if (where, b.building) in seen:
                self.error(self.rows[i], "building", b.building,
                           ValidationError("duplicate_building", field="building", value=f"{b.estate} {b.building}"))
                continue
            seen.add((where, b.building))
            if i in bad:
                continue
            match = stored.get((where, b.building)) if isinstance(where, int) else None
            if match is None:
                self.plan.new_buildings.append((where, rows[i]))
                continue
            bid, version, old = match
            row = rows[i]
            changed = [(j, k) for j, k in positions if old[j] != row[j]]
            if changed:
                diff = {k: [_plain(old[j]), _plain(row[j])] for j, k in changed}
                changes = {k: row[j] for j, k in changed}
                self.plan.building_updates.append((bid, version, changes, f"{b.estate} {b.building}", diff))
            else:
                self.plan.unchanged_buildings += 1


def plan_import(session: Session, register: Register) -> ImportPlan:
    """Validate every value of ``register`` and work out what it would change. Raises
    :class:`InputFileError` listing every bad value; writes nothing."""
    planner = _Planner(session, register)
    with bulk_work():
        target = planner.estates()
        planner.buildings(target)
    if planner.errors:
        raise InputFileError(planner.file, planner.errors)
    return planner.plan


Progress = Callable[[int, int, str], None]


def _column(key: str) -> str:
    return "name" if key == "building" else key


def _insert_estates(session: Session, plan: ImportPlan, now: Any) -> dict[EstateKey, int]:
    if plan.new_estates:
        session.execute(insert(Estate), [
            {"name": k[0], "city": k[1], "district": k[2], "version": 1, "created_at": now,
             "updated_at": now, **v} for k, v in plan.new_estates.items()])
    ids = {}
    for eid, name, city, district in session.execute(select(Estate.id, Estate.name, Estate.city, Estate.district)):
        ids[(name, city, district)] = eid
    return ids


def _bound_time(session: Session, now: Any) -> Any:
    """``now`` as the driver wants it for a DateTime column (SQLite: text)."""
    dialect = session.connection().dialect
    process = Building.__table__.c.created_at.type.dialect_impl(dialect).bind_processor(dialect)
    return process(now) if process else now


def _processors(session: Session, table: Any, names: list[str]) -> list[tuple[int, Callable[[Any], Any]]]:
    """(position, bind processor) of the columns whose values the driver cannot take as they are
    (dates on SQLite are stored as text)."""
    dialect = session.connection().dialect
    out: list[tuple[int, Callable[[Any], Any]]] = []
    for i, name in enumerate(names):
        column_type = table.c[name].type
        if isinstance(column_type, Date):
            process = column_type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                out.append((i, process))
    return out


def _raw_inserter(session: Session, table: Any, names: list[str]) -> Callable[[list[tuple]], None]:
    """An executemany of plain tuples (in ``names`` order) on the session's own DB-API
    connection, inside its transaction: no per-value processing by SQLAlchemy."""
    connection = session.connection()
    dialect = connection.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=names)
    raw = connection.connection.dbapi_connection
    assert raw is not None                       # a session's connection is open
    processors = _processors(session, table, names)

    def prepared(rows: list[tuple]) -> list[tuple]:
        if not processors:
            return rows
        out = []
        for r in rows:
            cells = list(r)
            for i, process in processors:
                if cells[i] is not None:
                    cells[i] = process(cells[i])
            out.append(tuple(cells))
        return out

    if dialect.positional:
        order = [names.index(k) for k in compiled.positiontup or ()]

        def run(rows: list[tuple]) -> None:
            rows = prepared(rows)
            params = rows if order == list(range(len(names))) else [tuple(r[i] for i in order) for r in rows]
            cursor = raw.cursor()
            cursor.executemany(compiled.string, params)
            cursor.close()
    else:
        def run(rows: list[tuple]) -> None:
            cursor = raw.cursor()
            cursor.executemany(compiled.string, [dict(zip(names, r, strict=True)) for r in prepared(rows)])
            cursor.close()
    return run


def _checked(result: Any, expected: int, what: str) -> None:
    if result.rowcount is not None and result.rowcount >= 0 and result.rowcount != expected:
        raise ConcurrentEditError(what=what)


def _update_buildings(session: Session, plan: ImportPlan, now: Any) -> None:
    by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for bid, version, changes, _label, _diff in plan.building_updates:
        cols = tuple(sorted(changes))
        by_columns.setdefault(cols, []).append(
            {"b_id": bid, "b_version": version, "b_now": now, **{f"v_{k}": changes[k] for k in cols}})
    table = cast(Table, Building.__table__)
    for cols, params in by_columns.items():
        stmt = (update(table).where(and_(table.c.id == bindparam("b_id"), table.c.version == bindparam("b_version")))
                .values(version=table.c.version + 1, updated_at=bindparam("b_now"),
                        **{_column(k): bindparam(f"v_{k}") for k in cols}))
        _checked(session.connection().execute(stmt, params), len(params), plan.source)


def _update_estates(session: Session, plan: ImportPlan, now: Any) -> None:
    table = cast(Table, Estate.__table__)
    for eid, version, diff, label in plan.estate_updates:
        stmt = (update(table).where(and_(table.c.id == eid, table.c.version == version))
                .values(version=table.c.version + 1, updated_at=now, **{k: v[1] for k, v in diff.items()}))
        _checked(session.connection().execute(stmt), 1, label)


def apply_import(session: Session, plan: ImportPlan, *, progress: Progress | None = None,
                 check_cancel: Callable[[], None] | None = None) -> None:
    """Write ``plan`` in the caller's transaction, with audit entries (source "import")."""
    now = _now()
    total = len(plan.new_buildings) + len(plan.building_updates)
    ids = _insert_estates(session, plan, now)
    _update_estates(session, plan, now)
    # Table order (estate, the data-dictionary columns, version, times): no reordering per row.
    filled = [k for k in BUILDING_KEYS if k in set(plan.filled)]
    names = ["estate_id", *map(_column, filled), "version", "created_at", "updated_at"]
    insert_rows = _raw_inserter(session, Building.__table__, names)
    stamp = _bound_time(session, now)
    tail = (1, stamp, stamp)
    done = 0
    pick = itemgetter(*(BUILDING_KEYS.index(k) for k in filled))
    for start in range(0, len(plan.new_buildings), _CHUNK):
        if check_cancel:
            check_cancel()
        chunk = plan.new_buildings[start:start + _CHUNK]
        insert_rows([(where if isinstance(where, int) else ids[where], *pick(values), *tail)
                      for where, values in chunk])
        done += len(chunk)
        if progress:
            progress(done, total, plan.source)
    if check_cancel:
        check_cancel()
    _update_buildings(session, plan, now)
    audit = AuditRepository(session)
    audit.add_many([{"source": "import", "entity": "building", "entity_id": bid, "label": label[:400],
                     "changes": diff} for bid, _v, _c, label, diff in plan.building_updates])
    audit.add_many([{"source": "import", "entity": "estate", "entity_id": eid, "label": label,
                     "changes": diff} for eid, _v, diff, label in plan.estate_updates])
    audit.add("import", "register", None, plan.source, {
        "inserted_estates": len(plan.new_estates), "inserted_buildings": len(plan.new_buildings),
        "updated_buildings": len(plan.building_updates), "unchanged_buildings": plan.unchanged_buildings})
    if progress:
        progress(total, total, plan.source)
