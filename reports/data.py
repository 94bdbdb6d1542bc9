"""Plain data the reports print. Built by ``retrofit.services.reporting`` from records and engine
results; the renderers only lay it out (they compute sums and shares, never the method).

Units are in the field names (``_m2``, ``_rmb``, ``_tce``, ``_w_m2``, ``_kw``, ``_mw``). Keys
(``mode``, ``package``, measure ``key``, funding ``source``) are the data-dictionary keys; the
renderer turns them into words with :class:`reports.labels.Labels`.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Band:
    """A Monte Carlo band of one quantity (method.md §11)."""

    p10: float
    p50: float
    p90: float


@dataclass(frozen=True, slots=True)
class Climate:
    """The climate row used (``resources/data/climate.csv``)."""

    city: str
    heating_days: float
    mean_outdoor_temp_c: float
    design_outdoor_temp_c: float
    zone: str                        # "cold" | "severe_cold"
    source: str = ""


@dataclass(frozen=True, slots=True)
class MeasureLine:
    """One measure of one building with its quantity and cost."""

    key: str                         # e.g. "wall_eps_80"
    quantity: float
    unit: str                        # "m²", "户" ... as printed
    unit_cost_rmb: float
    cost_rmb: float
    detail: str = ""                 # e.g. "EPS 80 mm" or "≈ 96 windows"


@dataclass(frozen=True, slots=True)
class BuildingPlan:
    """One building of an estate plan: what is done, what it costs, what it saves."""

    name: str
    mode: str                        # none | retrofit | add_storey | rebuild
    package: str                     # package key or user package name
    floor_area_m2: float
    households: int
    storeys: int
    year_built: int
    planned_year: int | None
    measures: tuple[MeasureLine, ...]
    cost_rmb: float
    q_h_before_w_m2: float
    q_h_after_w_m2: float
    coal_before_kgce_m2: float
    coal_after_kgce_m2: float
    saved_tce: float
    saved_tco2: float
    design_load_before_w_m2: float
    design_load_after_w_m2: float
    freed_capacity_kw: float
    structure: str = ""
    added_area_m2: float = 0.0
    calibration_factor: float | None = None
    notices: tuple[str, ...] = ()
    #: Present-state values used: (key, value, defaulted) for wall_u, window_u, roof_u, floor_u
    #: [W/(m²·K)], air_change_h [h⁻¹] and wwr [-]; ``defaulted`` marks a construction default.
    baseline: tuple[tuple[str, float, bool], ...] = ()


@dataclass(frozen=True, slots=True)
class Totals:
    """Sums over a selection (keys of the ``retrofit estimate`` JSON ``totals``)."""

    floor_area_m2: float
    coal_before_tce: float
    coal_after_tce: float
    saved_tce: float
    saved_tco2: float
    freed_capacity_mw: float
    extra_area_m2: float
    cost_rmb: float
    households: int = 0
    buildings: int = 0


@dataclass(frozen=True, slots=True)
class FundingLine:
    """One source of the funding split (method.md §10)."""

    source: str                      # central | local | utility | sales | residents | city
    amount_rmb: float


@dataclass(frozen=True, slots=True)
class Assumption:
    """One value the plan used, printed on the assumptions page."""

    name: str                        # already in the report's language
    value: str                       # formatted, with unit
    source: str = ""                 # standard, method section, "default", "user setting" ...


@dataclass(frozen=True, slots=True)
class DocInfo:
    """Header and footer: version, date, status of the document."""

    version: str = "1"
    date: str = ""                   # ISO date, printed as given
    status: str = "draft"            # draft | approved
    author: str = ""


@dataclass(frozen=True, slots=True)
class PlanData:
    """Everything a contractor's estate plan prints."""

    estate: str
    city: str
    district: str
    address: str
    climate: Climate
    households: int
    floor_area_m2: float
    buildings: tuple[BuildingPlan, ...]
    totals: Totals
    funding: tuple[FundingLine, ...]
    doc: DocInfo = field(default_factory=DocInfo)
    saved_tce_band: Band | None = None
    saved_tco2_band: Band | None = None
    assumptions: tuple[Assumption, ...] = ()
    standards: tuple[str, ...] = ()
    typical_flat_m2: float = 60.0
    resident_rmb_m2: float = 0.0     # what residents pay per m² of their flat
    heat_supplier: str = ""
    metered_billing: bool = False
    consent_rate: float | None = None
    notices: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SummaryBuilding:
    """What happens to one building, for the residents."""

    name: str
    mode: str
    package: str
    measures: tuple[str, ...]        # measure keys
    planned_year: int | None = None


@dataclass(frozen=True, slots=True)
class SummaryData:
    """The residents' summary of one estate: plain words, large type, one or two pages."""

    estate: str
    city: str
    district: str
    households: int
    buildings: tuple[SummaryBuilding, ...]
    typical_flat_m2: float
    resident_pays_per_flat_rmb: float
    cost_per_flat_rmb: float         # the whole cost, per flat of typical size
    funding: tuple[FundingLine, ...]
    metered_billing: bool
    bill_before_rmb: float           # per typical flat and heating season
    bill_after_rmb: float
    saved_tce: float
    saved_tco2: float
    saved_tce_band: Band | None = None
    saved_tco2_band: Band | None = None
    consent_rate: float | None = None
    coal_before_tce: float | None = None     # the estate's coal per year today (for the chart)
    heat_cut_share: float | None = None      # 1 − q_H after / q_H before, floor-area weighted
    heat_supplier: str = ""
    indoor_before_c: float | None = None     # typical indoor temperature today, if known
    indoor_after_c: float | None = None
    doc: DocInfo = field(default_factory=DocInfo)
    raw_coal_t_per_tce: float = 1.4         # 1 t raw coal ≈ 0.7143 tce (GB/T 2589)
    truck_load_t: float = 30.0              # raw coal per heavy truck
    tree_kg_co2_a: float = 18.3             # CO2 a grown tree takes up in a year


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
    """Totals of one group (a mode, a district, a planned year)."""

    name: str
    estates: int
    buildings: int
    floor_area_m2: float
    saved_tce: float
    saved_tco2: float
    freed_capacity_mw: float
    cost_rmb: float


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
    """One year of the chosen programme plan (the ``retrofit plan --json`` document)."""

    year: int
    estates: tuple[str, ...]
    cost_rmb: float
    saved_tce: float
    saved_tco2: float
    funding: tuple[FundingLine, ...] = ()


@dataclass(frozen=True, slots=True)
class ProgrammePlan:
    """The planner's result document, as plain data."""

    years: tuple[PlanYear, ...]
    mode_shares: tuple[tuple[str, float], ...]       # (mode, share of floor area)
    waiting: tuple[tuple[str, str], ...]             # (estate, reason)
    totals: Totals
    gap: float = 0.0

    @classmethod
    def from_document(cls, doc: dict) -> ProgrammePlan:
        """Read the ``retrofit plan --json`` document (unknown keys are ignored)."""
        years = tuple(PlanYear(int(y["year"]), tuple(y.get("estates", ())), float(y.get("cost_rmb", 0)),
                               float(y.get("saved_tce", 0)), float(y.get("saved_tco2", 0)),
                               tuple(FundingLine(k, float(v)) for k, v in y.get("funding", {}).items()))
                      for y in doc.get("years", ()))
        t = doc.get("totals", {})
        totals = Totals(floor_area_m2=float(t.get("floor_area_m2", 0)), coal_before_tce=0.0,
                        coal_after_tce=0.0, saved_tce=float(t.get("saved_tce", 0)),
                        saved_tco2=float(t.get("saved_tco2", 0)),
                        freed_capacity_mw=float(t.get("freed_capacity_mw", 0)), extra_area_m2=0.0,
                        cost_rmb=float(t.get("cost_rmb", 0)))
        return cls(years=years,
                   mode_shares=tuple((k, float(v)) for k, v in doc.get("mode_shares", {}).items()),
                   waiting=tuple((w["estate"], w.get("reason", "")) for w in
                                 (*doc.get("waiting", ()), *doc.get("not_scheduled", ()))),
                   totals=totals, gap=float(doc.get("gap", 0.0)))


@dataclass(frozen=True, slots=True)
class ProgrammeData:
    """The whole city's programme."""

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


@dataclass(frozen=True, slots=True)
class SeasonPoint:
    """One metered heating season of a building or an estate (method.md §12)."""

    season: str                      # "2009-2010"
    kind: str                        # before | after | overlap (left out)
    q_c_kgce_m2: float               # as metered
    q_c_norm_kgce_m2: float          # weather-normalised
    factor: float = 1.0              # the normalisation factor


@dataclass(frozen=True, slots=True)
class VerifiedBuilding:
    """One building (or an estate's meter) checked against its meter readings."""

    name: str
    status: str                      # verified | no_baseline | no_after | no_readings
    floor_area_m2: float
    seasons: tuple[SeasonPoint, ...] = ()
    q_before_kgce_m2: float | None = None       # mean normalised, before the works
    q_after_kgce_m2: float | None = None
    predicted_before_kgce_m2: float | None = None
    predicted_after_kgce_m2: float | None = None
    measured_saved_tce: float | None = None
    predicted_saved_tce: float | None = None
    realisation_rate: float | None = None
    after_ratio: float | None = None            # q after / predicted q after (no_baseline)
    band: Band | None = None                    # of the predicted saving
    performance: str | None = None              # under | within | over
    works_completed: str | None = None          # ISO date
    contractor: str = ""
    actual_cost_rmb: float | None = None
    estimated_cost_rmb: float | None = None
    notices: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class VerificationData:
    """The verification report of one estate (for the city and the heat company)."""

    estate: str
    city: str
    district: str
    climate: Climate
    buildings: tuple[VerifiedBuilding, ...]
    estate_meter: VerifiedBuilding | None = None
    series: tuple[SeasonPoint, ...] = ()        # the estate per season, floor-area weighted
    predicted_before_kgce_m2: float | None = None
    predicted_after_kgce_m2: float | None = None
    measured_saved_tce: float = 0.0             # counted once (buildings, or the estate meter)
    predicted_saved_tce: float = 0.0
    heat_supplier: str = ""
    doc: DocInfo = field(default_factory=DocInfo)


@dataclass(frozen=True, slots=True)
class VerificationYear:
    """One year of completion in the programme's verification."""

    year: int
    completed_area_m2: float
    predicted_completed_tce: float              # predicted saving of the buildings completed
    measured_saved_tce: float                   # of the verified ones
    predicted_verified_tce: float
    cumulative_measured_tce: float
    cumulative_predicted_tce: float             # of all completed buildings


@dataclass(frozen=True, slots=True)
class ProgrammeVerification:
    """The verification section of the programme report."""

    buildings: int
    verified_buildings: int
    measured_saved_tce: float
    predicted_saved_tce: float
    target_tce: float
    years: tuple[VerificationYear, ...] = ()
    no_baseline: int = 0
    no_after: int = 0
    no_readings: int = 0
    under_performers: tuple[tuple[str, str, float, float, float | None], ...] = ()  # estate, building,
    #: measured, predicted, realisation rate: the verified buildings below their P10, worst first
