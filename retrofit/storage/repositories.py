"""Queries and row conversions. Repositories take a session and never commit: the service's
unit of work does."""
from __future__ import annotations

import getpass
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from retrofit.domain.errors import NotFoundError
from retrofit.domain.naming import natural_key
from retrofit.domain.records import BUILDING_FIELDS, ESTATE_FIELDS
from retrofit.storage.models import (
    BUILDING_COLUMNS,
    ESTATE_COLUMNS,
    AuditEntry,
    Building,
    Estate,
    SettingRow,
    _now,
)

#: Building data-dictionary keys stored on the building row (estate and city live on the estate).
BUILDING_KEYS: tuple[str, ...] = tuple(k for k in BUILDING_FIELDS if k not in ("estate", "city"))
ESTATE_KEYS: tuple[str, ...] = ESTATE_FIELDS


def os_user() -> str:
    """The OS user name for the audit log."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 (no login name in some containers)
        return "unknown"


def estate_values(estate: Estate) -> dict[str, Any]:
    """An estate row as data-dictionary key → value (``district`` '' → None)."""
    out = {key: getattr(estate, ESTATE_COLUMNS.get(key, key)) for key in ESTATE_KEYS}
    out["district"] = out["district"] or None
    return out


def building_values(building: Building, estate_name: str, city: str) -> dict[str, Any]:
    """A building row as data-dictionary key → value, with its estate's name and city."""
    out: dict[str, Any] = {"estate": estate_name, "city": city}
    for key in BUILDING_KEYS:
        out[key] = getattr(building, BUILDING_COLUMNS.get(key, key))
    return out


def set_estate_value(estate: Estate, key: str, value: Any) -> None:
    if key == "district":
        value = value or ""
    setattr(estate, ESTATE_COLUMNS.get(key, key), value)


def set_building_value(building: Building, key: str, value: Any) -> None:
    setattr(building, BUILDING_COLUMNS.get(key, key), value)


def building_label(estate_name: str, building_name: str) -> str:
    return f"{estate_name} {building_name}"


class EstateRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, estate_id: int) -> Estate:
        estate = self.session.get(Estate, estate_id)
        if estate is None:
            raise NotFoundError(what=f"estate {estate_id}")
        return estate

    def list_with_totals(self, estate_ids: Sequence[int] | None = None) -> list[tuple[Estate, int, float]]:
        """(estate, building count, floor area) for every estate (or the given ones), by city,
        district and name (numbers in names by value: 2号院 before 10号院)."""
        totals = (select(Building.estate_id, func.count(Building.id).label("n"),
                         func.coalesce(func.sum(Building.floor_area_m2), 0.0).label("area"))
                  .group_by(Building.estate_id).subquery())
        stmt = (select(Estate, func.coalesce(totals.c.n, 0), func.coalesce(totals.c.area, 0.0))
                .outerjoin(totals, totals.c.estate_id == Estate.id)
                .order_by(Estate.city, Estate.district, Estate.name, Estate.id))
        if estate_ids is not None:
            stmt = stmt.where(Estate.id.in_(list(estate_ids)))
        rows = [(e, int(n), float(a)) for e, n, a in self.session.execute(stmt).all()]
        rows.sort(key=lambda r: (r[0].city, r[0].district or "", natural_key(r[0].name), r[0].id))
        return rows

    def find(self, name: str, city: str) -> list[Estate]:
        stmt = select(Estate).where(Estate.name == name, Estate.city == city)
        return list(self.session.scalars(stmt).all())


class BuildingRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get_with_estate(self, building_id: int) -> tuple[Building, str, str]:
        row = self.session.execute(
            select(Building, Estate.name, Estate.city).join(Estate, Building.estate_id == Estate.id)
            .where(Building.id == building_id)).first()
        if row is None:
            raise NotFoundError(what=f"building {building_id}")
        return row[0], row[1], row[2]

    def list_with_estate(self, estate_id: int | None = None,
                         building_ids: Iterable[int] | None = None) -> list[tuple[Building, str, str]]:
        stmt = (select(Building, Estate.name, Estate.city).join(Estate, Building.estate_id == Estate.id)
                .order_by(Estate.name, Building.estate_id, Building.name, Building.id))
        if estate_id is not None:
            stmt = stmt.where(Building.estate_id == estate_id)
        if building_ids is not None:
            stmt = stmt.where(Building.id.in_(list(building_ids)))
        rows = [(b, n, c) for b, n, c in self.session.execute(stmt).all()]
        rows.sort(key=lambda r: (natural_key(r[1]), r[0].estate_id, natural_key(r[0].name), r[0].id))
        return rows


class AuditRepository:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.user = os_user()

    def add(self, source: str, entity: str, entity_id: int | None, label: str,
            changes: Mapping[str, Any]) -> None:
        self.session.add(AuditEntry(user_name=self.user, source=source, entity=entity,
                                    entity_id=entity_id, label=label[:400], changes=dict(changes)))

    def add_many(self, rows: Sequence[Mapping[str, Any]]) -> None:
        """Bulk audit entries: each a mapping with source, entity, entity_id, label, changes."""
        if rows:
            at = _now()
            self.session.execute(cast(Table, AuditEntry.__table__).insert(), [
                {"at": at, "user_name": self.user, **r} for r in rows])

    def latest(self, limit: int) -> list[dict[str, Any]]:
        stmt = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        return [{"id": a.id, "at": a.at, "user": a.user_name, "source": a.source, "entity": a.entity,
                 "entity_id": a.entity_id, "label": a.label, "changes": a.changes}
                for a in self.session.scalars(stmt).all()]


class SettingRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def all(self) -> dict[str, Any]:
        return {r.key: r.value for r in self.session.scalars(select(SettingRow)).all()}

    def put(self, key: str, value: Any) -> None:
        row = self.session.get(SettingRow, key)
        if row is None:
            self.session.add(SettingRow(key=key, value=value))
        else:
            row.value = value

    def delete(self, key: str) -> None:
        row = self.session.get(SettingRow, key)
        if row is not None:
            self.session.delete(row)
