"""The database schema as typed SQLAlchemy 2 models (SQLAlchemy 2 unit-of-work style).

Column names are the data-dictionary keys (``docs/data-dictionary.md``) with their unit suffixes;
``NULL`` means "not entered" and the method default applies. The estate's and the building's own
name columns are ``name`` (the keys ``estate`` and ``building``). Range checks come from
:mod:`retrofit.storage.fields`, so validation and the CHECK constraints agree. Never call
``create_all`` in the app: the schema is built by the Alembic migrations.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from retrofit.storage.fields import BUILDING_SPECS, ESTATE_SPECS, METER_SPECS, FieldSpec

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: Where an audit entry came from.
AUDIT_SOURCES = ("import", "edit", "calculation", "demo", "settings", "plan", "upgrade")
PLAN_STATUSES = ("draft", "approved")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {Decimal: Numeric(12, 2), dict[str, Any]: JSON, Any: JSON}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _checks(specs: dict[str, FieldSpec], renames: dict[str, str]) -> list[CheckConstraint]:
    out = []
    for spec in specs.values():
        column = renames.get(spec.name, spec.name)
        sql = spec.check_sql(column)
        if sql is not None:
            out.append(CheckConstraint(sql, name=f"{column}_range"))
    return out


class Estate(Base):
    """An estate (小区). ``district`` is '' when not entered, so that the UNIQUE constraint on
    (name, city, district) also holds for estates without a district."""

    __tablename__ = "estate"
    __table_args__ = (
        UniqueConstraint("name", "city", "district", name="uq_estate_name_city_district"),
        *_checks({k: v for k, v in ESTATE_SPECS.items() if k not in ("estate", "city", "district")}, {}),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    city: Mapped[str] = mapped_column(String(100))
    district: Mapped[str] = mapped_column(String(200), default="", server_default="")
    subdistrict: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(400))
    year_completed: Mapped[int | None] = mapped_column(Integer)
    households: Mapped[int | None] = mapped_column(Integer)
    consent_rate: Mapped[float | None] = mapped_column(Float)
    heat_supplier: Mapped[str | None] = mapped_column(String(200))
    metered_billing: Mapped[bool | None] = mapped_column(Boolean)
    must_do: Mapped[bool | None] = mapped_column(Boolean)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now, onupdate=_now)

    buildings: Mapped[list[Building]] = relationship(
        back_populates="estate", cascade="all, delete-orphan", passive_deletes=True, lazy="raise")

    __mapper_args__ = {"version_id_col": version}


class Building(Base):
    """A building (楼栋) with every data-dictionary field: its mode, package, planned year,
    added storeys, explicit "after" values, and the works (status, dates, cost, contractor)."""

    __tablename__ = "building"
    __table_args__ = (
        UniqueConstraint("estate_id", "name", name="uq_building_estate_id_name"),
        *_checks(BUILDING_SPECS, {"building": "name"}),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    estate_id: Mapped[int] = mapped_column(ForeignKey("estate.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    year_built: Mapped[int] = mapped_column(Integer)
    storeys: Mapped[int] = mapped_column(Integer)
    floor_area_m2: Mapped[float] = mapped_column(Float)
    households: Mapped[int] = mapped_column(Integer)
    structure: Mapped[str | None] = mapped_column(String(20))
    storey_height_m: Mapped[float | None] = mapped_column(Float)
    length_m: Mapped[float | None] = mapped_column(Float)
    width_m: Mapped[float | None] = mapped_column(Float)
    wwr: Mapped[float | None] = mapped_column(Float)
    wall_u: Mapped[float | None] = mapped_column(Float)
    window_u: Mapped[float | None] = mapped_column(Float)
    roof_u: Mapped[float | None] = mapped_column(Float)
    floor_u: Mapped[float | None] = mapped_column(Float)
    floor_factor: Mapped[float | None] = mapped_column(Float)
    air_change_h: Mapped[float | None] = mapped_column(Float)
    stairwell_heated: Mapped[bool | None] = mapped_column(Boolean)
    eta_network: Mapped[float | None] = mapped_column(Float)
    eta_source: Mapped[float | None] = mapped_column(Float)
    measured_kgce_m2: Mapped[float | None] = mapped_column(Float)
    remaining_life_years: Mapped[float | None] = mapped_column(Float)
    mode: Mapped[str | None] = mapped_column(String(20))
    package: Mapped[str | None] = mapped_column(String(100))
    planned_year: Mapped[int | None] = mapped_column(Integer)
    added_storeys: Mapped[int | None] = mapped_column(Integer)
    wall_u_after: Mapped[float | None] = mapped_column(Float)
    window_u_after: Mapped[float | None] = mapped_column(Float)
    roof_u_after: Mapped[float | None] = mapped_column(Float)
    floor_u_after: Mapped[float | None] = mapped_column(Float)
    air_change_after_h: Mapped[float | None] = mapped_column(Float)
    eta_network_after: Mapped[float | None] = mapped_column(Float)
    eta_source_after: Mapped[float | None] = mapped_column(Float)
    indoor_temp_before_c: Mapped[float | None] = mapped_column(Float)
    measured_gj_m2: Mapped[float | None] = mapped_column(Float)
    status: Mapped[str | None] = mapped_column(String(20))
    works_start: Mapped[dt.date | None] = mapped_column(Date)
    works_completed: Mapped[dt.date | None] = mapped_column(Date)
    actual_cost_rmb: Mapped[float | None] = mapped_column(Numeric(14, 2, asdecimal=False))
    contractor: Mapped[str | None] = mapped_column(String(200))
    rebuild_rule: Mapped[str | None] = mapped_column(String(20))
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now, onupdate=_now)

    estate: Mapped[Estate] = relationship(back_populates="buildings", lazy="raise")

    __mapper_args__ = {"version_id_col": version}


class SettingRow(Base):
    """One user setting: a key of :class:`retrofit.domain.settings.Settings` and its JSON value."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now, onupdate=_now)


class MeasureOverride(Base):
    """The user's edit of a shipped measure (or a measure of their own): costs as money, the
    other parameters as JSON."""

    __tablename__ = "measure_override"
    __table_args__ = (
        CheckConstraint("cost_2010_cny IS NULL OR cost_2010_cny >= 0", name="cost_2010_cny_range"),
        CheckConstraint("cost_today_cny IS NULL OR cost_today_cny >= 0", name="cost_today_cny_range"),
    )

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    cost_2010_cny: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    cost_today_cny: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    params: Mapped[Any] = mapped_column(JSON, default=dict)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now, onupdate=_now)


class UserPackage(Base):
    """A package the user saved (or a shipped one they changed): its measure keys in order."""

    __tablename__ = "user_package"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    measures: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now, onupdate=_now)


class AuditEntry(Base):
    """Who (OS user name) changed what (old → new), when, and through which path."""

    __tablename__ = "audit_log"
    __table_args__ = (
        CheckConstraint("source IN (" + ", ".join(repr(s) for s in AUDIT_SOURCES) + ")", name="source_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now, index=True)
    user_name: Mapped[str] = mapped_column(String(100))
    source: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(400), default="")
    changes: Mapped[Any] = mapped_column(JSON, default=dict)


class Plan(Base):
    """A programme plan of the planner; versions of a plan point to their ``parent``."""

    __tablename__ = "plan"
    __table_args__ = (
        CheckConstraint("status IN (" + ", ".join(repr(s) for s in PLAN_STATUSES) + ")", name="status_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default="draft")
    version: Mapped[int] = mapped_column(Integer, default=1)
    inputs: Mapped[Any] = mapped_column(JSON)
    result: Mapped[Any] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("plan.id", ondelete="SET NULL"), index=True)

    __mapper_args__ = {"version_id_col": version}


#: Data-dictionary key → model attribute, where they differ.
ESTATE_COLUMNS = {"estate": "name"}
BUILDING_COLUMNS = {"building": "name"}


#: CHECK of a meter reading: exactly one of heat (GJ), heat (MWh) and coal (tce).
ONE_QUANTITY = ("(CASE WHEN heat_gj IS NULL THEN 0 ELSE 1 END) + (CASE WHEN heat_mwh IS NULL THEN 0 ELSE 1 END)"
                " + (CASE WHEN coal_tce IS NULL THEN 0 ELSE 1 END) = 1")


class MeterReadingRow(Base):
    """One heating season of a building's meter, or of an estate's (``building_id`` NULL); keys and
    ranges of the meter register (:data:`retrofit.domain.meters.METER_FIELDS`). A building, or an
    estate's meter, has each season once."""

    __tablename__ = "meter_reading"
    __table_args__ = (
        UniqueConstraint("building_id", "season", name="uq_meter_reading_building_id_season"),
        Index("uq_meter_reading_estate_season", "estate_id", "season", unique=True,
              sqlite_where=text("building_id IS NULL"), postgresql_where=text("building_id IS NULL")),
        CheckConstraint(ONE_QUANTITY, name="one_quantity"),
        *_checks({k: v for k, v in METER_SPECS.items() if k not in ("estate", "building")}, {}),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    estate_id: Mapped[int] = mapped_column(ForeignKey("estate.id", ondelete="CASCADE"), index=True)
    building_id: Mapped[int | None] = mapped_column(ForeignKey("building.id", ondelete="CASCADE"), index=True)
    season: Mapped[int] = mapped_column(Integer)
    heat_gj: Mapped[float | None] = mapped_column(Float)
    heat_mwh: Mapped[float | None] = mapped_column(Float)
    coal_tce: Mapped[float | None] = mapped_column(Float)
    heated_area_m2: Mapped[float | None] = mapped_column(Float)
    heating_days: Mapped[float | None] = mapped_column(Float)
    mean_outdoor_temp_c: Mapped[float | None] = mapped_column(Float)
    indoor_temp_c: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now, onupdate=_now)
