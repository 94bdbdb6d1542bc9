"""The planning problem as plain data: estates with their figures, the rules, the budgets.

These dataclasses know nothing of the database or the engine; :mod:`retrofit.planner.inputs`
builds them from engine results, and tests build them by hand.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from retrofit.domain.errors import ValidationError

Objective = Literal["tce", "co2", "mw"]
OBJECTIVES: tuple[str, ...] = ("tce", "co2", "mw")
MODES: tuple[str, ...] = ("retrofit", "add_storey", "rebuild")


@dataclass(frozen=True, slots=True)
class EstateOption:
    """One estate as the planner sees it: the sum over its buildings in the programme.

    ``area_m2`` holds the original floor area by mode (``retrofit``, ``add_storey``,
    ``rebuild``); ``funding_rmb`` the split of ``cost_rmb`` by source (``retrofit.funding``).
    ``short_life`` names the buildings in an energy-retrofit mode whose remaining life is below
    the minimum; ``switched`` is the same estate with those buildings switched to rebuild (when
    the engine could compute it).
    """

    estate: str
    cost_rmb: float
    saved_tce: float
    saved_tco2: float
    freed_mw: float
    area_m2: Mapping[str, float]
    households: int = 0
    consent_rate: float | None = None
    three_items_area_m2: float = 0.0
    funding_rmb: Mapping[str, float] = field(default_factory=dict)
    surplus_rmb: float = 0.0
    short_life: tuple[str, ...] = ()
    switched: EstateOption | None = None

    @property
    def floor_area_m2(self) -> float:
        return float(sum(self.area_m2.get(m, 0.0) for m in MODES))

    @property
    def rebuild_area_m2(self) -> float:
        return float(self.area_m2.get("rebuild", 0.0))

    def saving(self, objective: str) -> float:
        """The yearly saving the objective counts: tce/a, t CO2/a or MW."""
        return {"tce": self.saved_tce, "co2": self.saved_tco2, "mw": self.freed_mw}[objective]


@dataclass(frozen=True, slots=True)
class PlanRules:
    """Programme rules. Shares are in [0, 1]; ``fixed_years`` maps estate → calendar year."""

    rebuild_cap_share: float = 0.30
    min_consent_rate: float = 2 / 3
    min_remaining_life_years: float = 20.0
    switch_short_life_to_rebuild: bool = False
    fixed_years: Mapping[str, int] = field(default_factory=dict)
    groups: tuple[tuple[str, ...], ...] = ()
    min_three_items_share: float = 0.0

    def validate(self) -> None:
        for name in ("rebuild_cap_share", "min_consent_rate", "min_three_items_share"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValidationError(field=name, value=value)
        if self.min_remaining_life_years < 0:
            raise ValidationError(field="min_remaining_life_years", value=self.min_remaining_life_years)


@dataclass(frozen=True, slots=True)
class PlanProblem:
    """Everything the solver needs. ``annual_budget_rmb`` has one entry per programme year;
    ``source_budgets_rmb`` optionally limits single funding sources per year."""

    estates: tuple[EstateOption, ...]
    start_year: int
    years: int
    annual_budget_rmb: tuple[float, ...]
    source_budgets_rmb: Mapping[str, tuple[float, ...]] = field(default_factory=dict)
    objective: str = "tce"
    rules: PlanRules = field(default_factory=PlanRules)
    method: str = "auto"                 # auto | milp | greedy
    time_limit_s: float = 60.0
    mip_rel_gap: float | None = None     # None: 0 for small instances, else milp.MIP_REL_GAP

    def validate(self) -> None:
        if not 1 <= self.years <= 30:
            raise ValidationError(field="years", value=self.years)
        if self.objective not in OBJECTIVES:
            raise ValidationError(field="objective", value=self.objective)
        if self.method not in ("auto", "milp", "greedy"):
            raise ValidationError(field="method", value=self.method)
        if self.mip_rel_gap is not None and not 0.0 <= self.mip_rel_gap < 1.0:
            raise ValidationError(field="mip_rel_gap", value=self.mip_rel_gap)
        if not self.time_limit_s > 0:
            raise ValidationError(field="time_limit_s", value=self.time_limit_s)
        _check_budgets("annual_budget_rmb", self.annual_budget_rmb, self.years)
        for source, budgets in self.source_budgets_rmb.items():
            _check_budgets(f"budget_{source}", budgets, self.years)
        names = [e.estate for e in self.estates]
        if len(set(names)) != len(names):
            dupes = sorted({n for n in names if names.count(n) > 1})
            raise ValidationError(field="estate", value=", ".join(dupes))
        self.rules.validate()
        for estate, year in self.rules.fixed_years.items():
            if not self.start_year <= year < self.start_year + self.years:
                raise ValidationError(field="fixed_year", value=f"{estate}: {year}")


def _check_budgets(name: str, budgets: tuple[float, ...], years: int) -> None:
    if len(budgets) != years:
        raise ValidationError(field=name, value=f"{len(budgets)} values for {years} years")
    for value in budgets:
        if not value >= 0:            # also rejects NaN
            raise ValidationError(field=name, value=value)


def per_year(value: float | tuple[float, ...] | list[float], years: int) -> tuple[float, ...]:
    """A budget given once for every year, or once per year."""
    if isinstance(value, (int, float)):
        return (float(value),) * years
    return tuple(float(v) for v in value)
