"""Plain data of the programme report (``kind programme``): the city's totals or a programme
plan's, against the targets, grouped by mode, district and year, with the plan's years, funding
and left-out estates and the cost curve. Built by ``retrofit.services.reporting``."""
from __future__ import annotations

from dataclasses import dataclass, field

from reports.data import Band, DocInfo, FundingLine, NewLoad, ProgrammeVerification, Totals


@dataclass(frozen=True, slots=True)
class Targets:
    """The programme's targets (tce/a, t CO2/a, MW, and m² of new floor area the freed capacity
    can heat); the caller gives them."""

    saved_tce: float
    saved_tco2: float
    freed_capacity_mw: float
    extra_area_m2: float


@dataclass(frozen=True, slots=True)
class GroupLine:
    """Totals of one group (a mode, a district, a year), gross, with the new load."""

    name: str
    estates: int
    buildings: int
    floor_area_m2: float
    saved_tce: float
    saved_tco2: float
    freed_capacity_mw: float
    cost_rmb: float
    new_load: NewLoad | None = None


@dataclass(frozen=True, slots=True)
class EstateRank:
    """One estate in the "savings per RMB" ranking."""

    estate: str
    district: str
    floor_area_m2: float
    saved_tce: float
    cost_rmb: float

    @property
    def tce_per_mrmb(self) -> float:
        """Saved tce per year per million RMB spent."""
        return self.saved_tce / self.cost_rmb * 1e6 if self.cost_rmb else 0.0


@dataclass(frozen=True, slots=True)
class PlanYear:
    """One year of a programme plan: its estates, budget, cost, saving and cash by source."""

    year: int
    estates: tuple[str, ...]
    cost_rmb: float
    saved_tce: float
    saved_tco2: float
    funding: tuple[FundingLine, ...] = ()
    budget_rmb: float = 0.0
    freed_capacity_mw: float = 0.0
    cumulative_saved_tce: float = 0.0
    past: bool = False               # before the report's year


@dataclass(frozen=True, slots=True)
class LeftOut:
    """An estate the plan leaves out and why, in the report's language."""

    estate: str
    reason: str
    kind: str                        # waiting (may not enter yet) | not_scheduled (budgets)


@dataclass(frozen=True, slots=True)
class ProgrammePlan:
    """A programme plan as the report prints it (its totals are :attr:`ProgrammeData.totals`)."""

    years: tuple[PlanYear, ...]
    mode_shares: tuple[tuple[str, float], ...]       # (mode, share of floor area)
    left_out: tuple[LeftOut, ...]
    gap_text: str = ""               # how close to the best possible plan, in words
    name: str = ""                   # the stored plan's name and revision, if any
    aim: str = "saving"              # saving | least_cost
    cost_per_tce: float | None = None
    npv_rmb: float | None = None


@dataclass(frozen=True, slots=True)
class CurveSegment:
    """One estate on the cost curve: ``width_tce`` tce/a from ``start_tce``, ``height`` RMB per
    tce/a, coloured by its main ``mode``."""

    estate: str
    mode: str
    start_tce: float
    width_tce: float
    height: float


@dataclass(frozen=True, slots=True)
class CostCurve:
    """The marginal abatement cost curve, cheapest tonne first, and the target line."""

    segments: tuple[CurveSegment, ...]
    target_tce: float
    left_out: tuple[str, ...] = ()   # estates that save nothing
    cost_to_target_rmb: float | None = None    # the cheapest whole estates reaching the target
    height_at_target: float | None = None      # RMB per tce/a of the estate crossing it


@dataclass(frozen=True, slots=True)
class ProgrammeData:
    """The whole city's programme, or a programme plan (``plan`` given: every figure is the
    plan's and the years are its years)."""

    city: str
    totals: Totals
    targets: Targets
    by_mode: tuple[GroupLine, ...]
    by_district: tuple[GroupLine, ...]
    by_year: tuple[GroupLine, ...]
    top_estates: tuple[EstateRank, ...]
    estates: int
    rebuild_cap_share: float = 0.30
    saved_tce_band: Band | None = None
    plan: ProgrammePlan | None = None
    doc: DocInfo = field(default_factory=DocInfo)
    notices: tuple[str, ...] = ()
    source_order: tuple[str, ...] = ()               # funding sources in paying order
    verification: ProgrammeVerification | None = None
    curve: CostCurve | None = None
    funding: tuple[FundingLine, ...] = ()            # the whole selection, by source
    estates_in_register: int = 0


__all__ = ["CostCurve", "CurveSegment", "EstateRank", "GroupLine", "LeftOut", "PlanYear", "ProgrammeData",
           "ProgrammePlan", "Targets"]
