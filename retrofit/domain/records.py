"""Estate and building records with the keys of the field vocabulary
(:mod:`retrofit.domain.vocabulary`, ``docs/data-dictionary.md``), shared by the importer, the
database, the engine and the reports.

A field that is ``None`` was not entered; the engine then uses the method default
(``method.md`` §1, §6) and marks the value as defaulted.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field, fields
from enum import Enum, StrEnum
from typing import Any

from retrofit.domain.vocabulary import MODES, REBUILD_RULES, STATUSES, STRUCTURES


class Structure(StrEnum):
    BRICK_CONCRETE = "brick_concrete"   # 砖混
    LARGE_PANEL = "large_panel"         # 大板
    FRAME = "frame"                     # 框架


class Mode(StrEnum):
    NONE = "none"
    RETROFIT = "retrofit"       # 节能改造
    ADD_STOREY = "add_storey"   # 加层改造
    REBUILD = "rebuild"         # 拆改建


class Status(StrEnum):
    """Where a building is in the programme (method §12)."""

    PLANNED = "planned"             # 计划
    DESIGN = "design"               # 设计
    CONSTRUCTION = "construction"   # 施工
    COMPLETED = "completed"         # 竣工


class RebuildRule(StrEnum):
    """What the planner may do with a building beside the remaining-life rule."""

    REQUIRED = "required"           # 必须拆改建 (危房)
    EXCLUDED = "excluded"           # 不拆改建


#: Chinese labels of the enum values, as registers write them (from the field vocabulary).
STRUCTURE_ZH: dict[Enum, str] = {Structure(c.value): c.zh for c in STRUCTURES}
MODE_ZH: dict[Enum, str] = {Mode(c.value): c.zh for c in MODES}
STATUS_ZH: dict[Enum, str] = {Status(c.value): c.zh for c in STATUSES}
REBUILD_RULE_ZH: dict[Enum, str] = {RebuildRule(c.value): c.zh for c in REBUILD_RULES}
#: The enum of each choice field.
ENUMS: dict[str, type[StrEnum]] = {"structure": Structure, "mode": Mode, "status": Status,
                                   "rebuild_rule": RebuildRule}


@dataclass(frozen=True, slots=True)
class EstateRecord:
    """One estate (小区). Keys and units as in the data dictionary."""

    estate: str
    city: str
    district: str | None = None
    subdistrict: str | None = None
    address: str | None = None
    year_completed: int | None = None
    households: int | None = None
    consent_rate: float | None = None          # 0–1
    heat_supplier: str | None = None
    metered_billing: bool | None = None        # None → no (area-based tariff)
    must_do: bool | None = None                # the planner always plans it (必须改造)


@dataclass(frozen=True, slots=True)
class BuildingRecord:
    """One building (楼栋). Keys and units as in the data dictionary."""

    estate: str
    building: str
    city: str
    year_built: int
    storeys: int
    floor_area_m2: float
    households: int
    structure: Structure | None = None
    storey_height_m: float | None = None
    length_m: float | None = None
    width_m: float | None = None
    wwr: float | None = None
    wall_u: float | None = None
    window_u: float | None = None
    roof_u: float | None = None
    floor_u: float | None = None
    floor_factor: float | None = None
    air_change_h: float | None = None
    stairwell_heated: bool | None = None
    eta_network: float | None = None
    eta_source: float | None = None
    measured_kgce_m2: float | None = None
    remaining_life_years: float | None = None
    mode: Mode | None = None                   # None → retrofit
    package: str | None = None                 # None → usual
    planned_year: int | None = None
    added_storeys: int | None = None           # add_storey only; None → 1, at most 2
    # Explicit "after" values: each overrides what the package would give.
    wall_u_after: float | None = None
    window_u_after: float | None = None
    roof_u_after: float | None = None
    floor_u_after: float | None = None
    air_change_after_h: float | None = None
    eta_network_after: float | None = None
    eta_source_after: float | None = None
    indoor_temp_before_c: float | None = None  # None → t_i (method §8)
    measured_gj_m2: float | None = None        # GJ/m² per season, at the building
    status: Status | None = None               # None → planned
    works_start: _dt.date | None = None
    works_completed: _dt.date | None = None
    actual_cost_rmb: float | None = None       # RMB, to the fen
    contractor: str | None = None
    rebuild_rule: RebuildRule | None = None    # None → the remaining-life rule alone


BUILDING_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(BuildingRecord))
ESTATE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(EstateRecord))
AFTER_FIELDS: tuple[str, ...] = tuple(n for n in BUILDING_FIELDS if n.endswith("_after") or n.endswith("_after_h"))


@dataclass(frozen=True, slots=True)
class Register:
    """What one import file holds: estates (possibly only named by buildings) and buildings."""

    estates: tuple[EstateRecord, ...] = ()
    buildings: tuple[BuildingRecord, ...] = ()
    source: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
