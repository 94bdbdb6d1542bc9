"""Data objects that cross the service boundary (to the UI, the CLI and the reports).

Immutable; no ORM objects, sessions or engines ever leave ``retrofit.services``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class EstateRow:
    id: int
    estate: str
    city: str
    district: str | None
    subdistrict: str | None
    address: str | None
    year_completed: int | None
    households: int | None
    consent_rate: float | None
    heat_supplier: str | None
    metered_billing: bool | None
    building_count: int
    floor_area_m2: float
    version: int
    must_do: bool | None = None


@dataclass(frozen=True, slots=True)
class BuildingRow:
    """A building as stored. Fields are those of :class:`retrofit.domain.records.BuildingRecord`
    in ``values`` (``None`` = not entered, the default applies), plus identity and version."""

    id: int
    estate_id: int
    values: dict[str, Any]          # data-dictionary key -> stored value (None = default)
    version: int

    def __getitem__(self, key: str) -> Any:
        return self.values[key]


@dataclass(frozen=True, slots=True)
class BuildingResult:
    """Engine results for one building (keys of the ``retrofit estimate`` JSON, plus more)."""

    building_id: int | None
    estate: str
    building: str
    values: dict[str, Any]          # e.g. q_h_before_w_m2, saved_tce, cost_rmb, ...
    notices: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ResultSummary:
    """Totals for a selection (one building, several, an estate, the city)."""

    totals: dict[str, float]        # keys of the estimate JSON "totals", plus p10/p50/p90 etc.
    buildings: tuple[BuildingResult, ...] = ()
    funding: dict[str, float] = field(default_factory=dict)   # source -> RMB
    notices: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ChangeSummary:
    """What an import would do or did."""

    inserted_estates: int = 0
    updated_estates: int = 0
    inserted_buildings: int = 0
    updated_buildings: int = 0
    unchanged_buildings: int = 0
