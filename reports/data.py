"""Plain data the reports print. Built by ``retrofit.services.reporting`` from records and engine
results; the renderers only lay it out (they compute sums and shares, never the method).

Units are in the field names (``_m2``, ``_rmb``, ``_tce``, ``_w_m2``, ``_kw``, ``_mw``). Keys
(``mode``, ``package``, measure ``key``, funding ``source``, ``unit``) are the data-dictionary
keys; the renderer turns them into words with :class:`reports.labels.Labels`. The programme's
data are in :mod:`reports.programme_data`.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Band:
    """A Monte Carlo band of one quantity (P10, P50, P90)."""

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
class NewLoad:
    """The floor area that add-storey and rebuild add, the coal it burns and the plant load it
    needs ("new load", shown apart from the savings), and the figures net of it. The caller
    works these out once; every report prints them as given."""

    added_area_m2: float = 0.0
    coal_tce: float = 0.0            # coal of the added area per year
    tco2: float = 0.0
    load_mw: float = 0.0             # its load at the heat source
    net_saved_tce: float = 0.0       # coal saved less the coal of the added area
    net_saved_tco2: float = 0.0
    net_freed_capacity_mw: float = 0.0
    net_extra_area_m2: float = 0.0   # floor area the net freed capacity can heat


@dataclass(frozen=True, slots=True)
class Totals:
    """Sums over a selection (keys of the ``retrofit estimate`` JSON ``totals``), gross, with the
    new load and the figures net of it."""

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
    new_load: NewLoad | None = None


@dataclass(frozen=True, slots=True)
class FundingLine:
    """One source of the funding split."""

    source: str                      # central | local | utility | sales | residents | city
    amount_rmb: float


@dataclass(frozen=True, slots=True)
class Assumption:
    """One value the plan used, printed on the assumptions page."""

    name: str                        # already in the report's language
    value: str                       # formatted, with unit
    source: str = ""                 # the standard or rule, and whether it is a default


@dataclass(frozen=True, slots=True)
class DocInfo:
    """Header and footer: version, date, status of the document."""

    version: str = "1"
    date: str = ""                   # ISO date, printed as given
    status: str = "draft"            # draft | approved
    author: str = ""


# -- the contractor's plan of one estate --------------------------------------------------------
@dataclass(frozen=True, slots=True)
class MeasureLine:
    """One priced line of one building: quantity × unit cost = cost."""

    key: str                         # a catalogue measure, or a line of new construction / site work
    quantity: float
    unit: str                        # unit key: m2 | m2_facade | m2_old | m2_new | set | stair
    unit_cost_rmb: float
    cost_rmb: float
    detail: str = ""                 # e.g. "80 mm, λ = 0.049" or "≈ 96 windows"


@dataclass(frozen=True, slots=True)
class Charge:
    """A charge on the estate's works as a share of a base (site overheads, contingency, VAT)."""

    key: str                         # overheads | contingency | vat
    rate: float                      # share of the base
    base_rmb: float
    amount_rmb: float


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
    length_m: float = 0.0
    width_m: float = 0.0
    perimeter_m: float = 0.0
    dimensions_entered: bool = False         # length and depth from the records (else derived)
    stairs: int = 0                          # stairwells (units), estimated from the households
    added_storeys: int = 0
    new_load_kw: float = 0.0
    new_coal_tce: float = 0.0
    net_saved_tce: float = 0.0               # saved coal less the added area's coal
    net_freed_capacity_kw: float = 0.0       # freed capacity less the added area's load
    site_lines: tuple[MeasureLine, ...] = ()  # scaffolding: priced with the works, not in ``cost_rmb``
    year_past: bool = False                  # the planned year is before the document's year
    mostly_defaults: bool = False            # most present-state values are typical values

    @property
    def works_rmb(self) -> float:
        """The building's lines of the bill: measures, construction and site work."""
        return self.cost_rmb + sum(line.cost_rmb for line in self.site_lines)


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
    resident_rmb_m2: float = 0.0     # what residents pay per m² of their flat, on average
    heat_supplier: str = ""
    metered_billing: bool = False
    consent_rate: float | None = None
    notices: tuple[str, ...] = ()
    price_basis: str = "2010"        # 2010 | today
    price_year: int | None = None    # the year of "today's prices"
    charges: tuple[Charge, ...] = ()
    bill_total_rmb: float = 0.0      # the bill: lines of every building plus the charges
    plan_name: str = ""              # the programme plan the modes and years come from, if any
    follows_plan: bool = False       # a programme plan (saved or not) gives the modes and years

    @property
    def average_flat_m2(self) -> float:
        """Floor area per household: the one "per household" of the plan."""
        return self.floor_area_m2 / self.households if self.households else 0.0


# -- the residents' letter -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SummaryBuilding:
    """What happens to one building, for the residents."""

    name: str
    mode: str
    package: str
    measures: tuple[str, ...]        # measure keys
    planned_year: int | None = None
    storeys: int = 0
    added_storeys: int = 0


@dataclass(frozen=True, slots=True)
class FlatShare:
    """What a household with a flat of ``area_m2`` pays, and its heating bill per season."""

    area_m2: float
    resident_rmb: float
    bill_before_rmb: float
    bill_after_rmb: float


@dataclass(frozen=True, slots=True)
class ResidentRate:
    """The residents' share per m² of their flat in some buildings: the rule and examples."""

    buildings: tuple[str, ...]
    rate_rmb_m2: float               # rounded to whole RMB, at most ``cap``
    flats: tuple[FlatShare, ...]


@dataclass(frozen=True, slots=True)
class Contact:
    """Who writes the letter and whom to ask (settings ``office_name``, ``office_contact``,
    ``office_phone``); empty fields print as blanks to fill in."""

    office: str = ""
    person: str = ""
    phone: str = ""


@dataclass(frozen=True, slots=True)
class SummaryData:
    """The residents' letter of one estate: plain words, large type, rounded numbers."""

    estate: str
    city: str
    district: str
    households: int
    buildings: tuple[SummaryBuilding, ...]
    floor_area_m2: float
    cost_rmb: float                  # the whole estate
    funding: tuple[FundingLine, ...]  # every source, the residents' too
    resident_cap_rmb_m2: float
    rates: tuple[ResidentRate, ...]
    metered_billing: bool
    area_tariff_rmb_m2: float
    saved_tce: float
    saved_tco2: float
    saved_tce_band: Band | None = None
    saved_tco2_band: Band | None = None
    mostly_defaults: bool = False    # most inputs were typical values, not measurements
    consent_rate: float | None = None
    coal_before_tce: float | None = None
    heat_cut_share: float | None = None      # 1 − q_H after / q_H before, floor-area weighted
    heat_supplier: str = ""
    indoor_before_c: float | None = None     # surveyed indoor temperature before, if known
    indoor_after_c: float | None = None
    year: int | None = None          # the year of the works (the plan's, else the records')
    year_past: bool = False          # that year is before the letter's date
    works_months: Mapping[str, int] = field(default_factory=dict)   # mode → months of works
    new_load: NewLoad | None = None
    contact: Contact = field(default_factory=Contact)
    doc: DocInfo = field(default_factory=DocInfo)
    raw_coal_t_per_tce: float = 1.4         # 1 t raw coal ≈ 0.7143 tce (GB/T 2589)
    truck_load_t: float = 30.0              # raw coal per heavy truck
    tree_kg_co2_a: float = 18.3             # CO2 a grown tree takes up in a year

    @property
    def average_flat_m2(self) -> float:
        return self.floor_area_m2 / self.households if self.households else 0.0

    @property
    def residents_rmb(self) -> float:
        return sum(f.amount_rmb for f in self.funding if f.source == "residents")


# -- verification against meters -----------------------------------------------------------------
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
