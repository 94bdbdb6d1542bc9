"""The data of the city dashboard as typed objects: the city's figures against the programme
targets (:meth:`retrofit.services.results.ResultsService.city_dashboard`) and the programme's
progress from the works records and the meters
(:meth:`retrofit.services.verification.VerificationService.progress`)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields

from retrofit.domain.targets import TARGETS, ProgrammeTargets

#: The targets the dashboard shows, in its order.
TARGET_KEYS = ("saved_tce", "saved_tco2", "freed_capacity_mw")
#: The totals key of each target's figure net of the new load (``Estimate.totals``).
NET_KEYS = {"saved_tce": "saved_net_tce", "saved_tco2": "saved_net_tco2", "freed_capacity_mw": "freed_capacity_net_mw"}


@dataclass(frozen=True, slots=True)
class GroupFigures:
    """The sums of the buildings of one district or one planned year. m², tce/a, t CO2/a, MW, RMB."""

    label: str | int | None          # the district, or the year (None: not planned yet)
    buildings: int = 0
    households: float = 0.0
    floor_area_m2: float = 0.0
    saved_tce: float = 0.0
    saved_tco2: float = 0.0
    freed_capacity_mw: float = 0.0
    extra_area_m2: float = 0.0
    cost_rmb: float = 0.0
    coal_before_tce: float = 0.0
    coal_after_tce: float = 0.0

    def record(self, label_key: str) -> dict[str, object]:
        """The group as a table row, its label under ``label_key`` ("district" or "year")."""
        return {label_key: self.label, **{f.name: getattr(self, f.name) for f in fields(self)[1:]}}


#: The summed figures of a group, in table order.
GROUP_KEYS = tuple(f.name for f in fields(GroupFigures)[3:])


@dataclass(frozen=True, slots=True)
class ModeShare:
    """One mode's part of the floor area: of the programme's (the modes of works) or of the whole
    stock (``none``)."""

    share: float
    floor_area_m2: float
    buildings: int


@dataclass(frozen=True, slots=True)
class ProgressYear:
    """One year of the programme: floor area planned and completed (m²) and the saving measured
    and predicted for the buildings completed (tce/a), in the year and cumulated."""

    year: int
    planned_area_m2: float = 0.0
    completed_area_m2: float = 0.0
    cumulative_planned_area_m2: float = 0.0
    cumulative_completed_area_m2: float = 0.0
    measured_saved_tce: float = 0.0
    predicted_completed_tce: float = 0.0
    cumulative_measured_saved_tce: float = 0.0
    cumulative_predicted_completed_tce: float = 0.0


@dataclass(frozen=True, slots=True)
class ProgrammeProgress:
    """The programme's progress: floor area by works status, the years, and the measured saving
    against the target (tce/a)."""

    area_by_status: Mapping[str, float]
    programme_area_m2: float
    years: tuple[ProgressYear, ...]
    target_tce: float
    verified_buildings: int = 0
    realisation_rate: float | None = None    # measured / predicted saving of the verified buildings

    @property
    def measured_saved_tce(self) -> float:
        """The cumulative measured saving of the last year."""
        return self.years[-1].cumulative_measured_saved_tce if self.years else 0.0


@dataclass(frozen=True, slots=True)
class CityDashboard:
    """The whole city: its totals (the keys of ``Estimate.totals``, gross and net of the new load)
    against the programme targets, the mode shares with the rebuild cap, and the sums by district
    and by planned year; with the programme's progress when it was asked for."""

    totals: Mapping[str, float]
    mode_shares: Mapping[str, ModeShare]
    rebuild_cap: float
    by_district: tuple[GroupFigures, ...] = ()
    by_year: tuple[GroupFigures, ...] = ()
    targets: ProgrammeTargets = TARGETS
    progress: ProgrammeProgress | None = field(default=None, compare=False)

    def target(self, key: str) -> float:
        return float(getattr(self.targets, key))

    def value(self, key: str, *, net: bool = False) -> float:
        """The city's figure for a target (``TARGET_KEYS``), gross or net of the new load."""
        return float(self.totals[NET_KEYS[key] if net else key])

    def progress_of(self, key: str, *, net: bool = False) -> float:
        """The share of a target reached (1.0 = met)."""
        target = self.target(key)
        return self.value(key, net=net) / target if target else 0.0

    @property
    def rebuild_share(self) -> float:
        return self.mode_shares["rebuild"].share

    @property
    def rebuild_within_cap(self) -> bool:
        return self.rebuild_share <= self.rebuild_cap + 1e-12
