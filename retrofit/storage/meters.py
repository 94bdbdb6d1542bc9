"""Meter readings in the database: merging a meter register (plan, then apply in bulk, in the
caller's transaction), and reading them back as records or as columns for the verification.

A reading names its estate by name (an estate name in two cities or districts cannot be told
apart by a meter register: an error) and its building by name within the estate; an empty
building is the estate's meter. A reading for a building (or estate meter) and season that is
stored already replaces the stored one.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from retrofit.domain.errors import CellError, InputFileError
from retrofit.domain.meters import MeterReading, MeterRegister
from retrofit.storage.fields import METER_SPECS, validate
from retrofit.storage.models import Building, Estate, MeterReadingRow, _now

#: The stored values of a reading, in order.
VALUE_KEYS: tuple[str, ...] = ("heat_gj", "heat_mwh", "coal_tce", "heated_area_m2", "heating_days",
                               "mean_outdoor_temp_c", "indoor_temp_c")
_CHUNK = 5000


def _key(value: object) -> str:
    return "" if value is None else unicodedata.normalize("NFKC", str(value)).strip()


@dataclass
class MeterPlan:
    """What a meter register would change: rows to insert, (id, values) to update, unchanged."""

    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    unchanged: int = 0
    estates: set[int] = field(default_factory=set)
    source: str = ""


class _Names:
    """The stored estates and buildings by name."""

    def __init__(self, session: Session) -> None:
        self.estates: dict[str, list[tuple[int, str]]] = {}
        for eid, name, city, district in session.execute(select(Estate.id, Estate.name, Estate.city,
                                                                Estate.district)).all():
            self.estates.setdefault(_key(name), []).append((eid, f"{city}{district or ''}"))
        self.buildings = {(eid, _key(name)): bid for bid, eid, name in
                          session.execute(select(Building.id, Building.estate_id, Building.name)).all()}


def plan_meter_import(session: Session, register: MeterRegister) -> MeterPlan:
    """Match every reading to a stored estate and building and compare with what is stored.

    Raises
    ------
    InputFileError
        Naming the file, row, column and value of every reading of an unknown or ambiguous
        estate, an unknown building or a value the database refuses. Nothing is planned in part.
    """
    file = register.source.rsplit("/", 1)[-1] or "meters"
    headers = register.extra.get("headers") or {}
    rows = register.rows or tuple(range(2, len(register.readings) + 2))
    names, errors = _Names(session), []
    stored = {(eid, bid, season): (rid, tuple(values)) for rid, eid, bid, season, *values in session.execute(
        select(MeterReadingRow.id, MeterReadingRow.estate_id, MeterReadingRow.building_id, MeterReadingRow.season,
               *(getattr(MeterReadingRow, k) for k in VALUE_KEYS))).all()}
    plan = MeterPlan(source=file)

    def bad(row: int, key: str, value: object, code: str, **params: object) -> None:
        errors.append(CellError(file, row, headers.get(key, key), "" if value is None else str(value), code, params))

    for r, row in zip(register.readings, rows, strict=True):
        found = names.estates.get(_key(r.estate))
        if not found:
            bad(row, "estate", r.estate, "meter_unknown_estate")
            continue
        if len(found) > 1:
            bad(row, "estate", r.estate, "meter_ambiguous_estate", cities="、".join(sorted(c for _, c in found)))
            continue
        eid = found[0][0]
        bid = names.buildings.get((eid, _key(r.building))) if r.building else None
        if r.building and bid is None:
            bad(row, "building", r.building, "meter_unknown_building", estate=r.estate)
            continue
        values = _validated(r, row, bad)
        if values is None:
            continue
        old = stored.get((eid, bid, r.season))
        plan.estates.add(eid)
        if old is None:
            plan.inserts.append({"estate_id": eid, "building_id": bid, "season": r.season, **values})
        elif old[1] != tuple(values[k] for k in VALUE_KEYS):
            plan.updates.append({"row_id": old[0], **values})
        else:
            plan.unchanged += 1
    if errors:
        raise InputFileError(file, errors)
    return plan


def _validated(r: MeterReading, row: int, bad) -> dict[str, Any] | None:  # noqa: ANN001
    out = {}
    for key in VALUE_KEYS:
        try:
            out[key] = validate(METER_SPECS[key], getattr(r, key))
        except Exception as exc:  # noqa: BLE001 (ValidationError: named in the file's terms)
            bad(row, key, getattr(r, key), getattr(exc, "code", "invalid_value"), **getattr(exc, "params", {}))
            return None
    if sum(out[k] is not None for k in ("heat_gj", "heat_mwh", "coal_tce")) != 1:
        bad(row, "heat_gj", None, "meter_no_quantity")
        return None
    return out


def apply_meter_import(session: Session, plan: MeterPlan, *, check_cancel=None) -> None:  # noqa: ANN001
    """Write a plan in the caller's transaction (bulk inserts and updates)."""
    now = _now()
    connection = session.connection()
    for start in range(0, len(plan.inserts), _CHUNK):
        if check_cancel is not None:
            check_cancel()
        connection.execute(insert(MeterReadingRow), [{**row, "created_at": now, "updated_at": now}
                                                     for row in plan.inserts[start:start + _CHUNK]])
    if plan.updates:
        stmt = (update(MeterReadingRow).where(MeterReadingRow.id == bindparam("row_id"))
                .values(**{k: bindparam(k) for k in VALUE_KEYS}, updated_at=now))
        for start in range(0, len(plan.updates), _CHUNK):
            if check_cancel is not None:
                check_cancel()
            connection.execute(stmt, plan.updates[start:start + _CHUNK])


def _statement(estate_id: int | None):
    stmt = (select(Estate.name, Building.name, MeterReadingRow.season, *(getattr(MeterReadingRow, k) for k in VALUE_KEYS),
                   MeterReadingRow.estate_id, MeterReadingRow.building_id)
            .join(Estate, Estate.id == MeterReadingRow.estate_id)
            .outerjoin(Building, Building.id == MeterReadingRow.building_id)
            .order_by(Estate.name, MeterReadingRow.estate_id, Building.name, MeterReadingRow.season))
    return stmt if estate_id is None else stmt.where(MeterReadingRow.estate_id == estate_id)


def read_readings(session: Session, estate_id: int | None = None) -> list[MeterReading]:
    """The stored readings (all, or one estate's) as records, by estate, building and season."""
    return [MeterReading(e, b, s, *values[:-2]) for e, b, s, *values in session.execute(_statement(estate_id)).all()]


def load_reading_columns(session: Session, estate_id: int | None = None) -> dict[str, np.ndarray]:
    """The stored readings as columns (``retrofit.verification.matching.reading_columns`` format,
    with ``estate_id`` and ``building_id``, NaN for an estate's meter)."""
    rows = session.execute(_statement(estate_id)).all()
    if not rows:
        return {"estate": np.zeros(0, dtype=object), "building": np.zeros(0, dtype=object),
                "season": np.zeros(0, dtype=np.int64), **{k: np.zeros(0) for k in VALUE_KEYS},
                "estate_id": np.zeros(0, dtype=np.int64), "building_id": np.zeros(0)}
    table = np.array(rows, dtype=object)
    out = {"estate": table[:, 0].copy(), "building": table[:, 1].copy(), "season": table[:, 2].astype(np.int64)}
    for j, key in enumerate(VALUE_KEYS, start=3):
        out[key] = np.array(table[:, j], dtype=float)
    out["estate_id"] = table[:, -2].astype(np.int64)
    out["building_id"] = np.array(table[:, -1], dtype=float)
    return out
