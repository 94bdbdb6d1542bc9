"""The planning problem as plain data: estates with their figures, the rules, the budgets.

These dataclasses know nothing of the database or the engine; :mod:`retrofit.planner.inputs`
builds them from engine results, and tests build them by hand.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from retrofit.domain.errors import ValidationError
from retrofit.domain.settings import Settings

Objective = Literal["tce", "co2", "mw"]
OBJECTIVES: tuple[str, ...] = ("tce", "co2", "mw")
MODES: tuple[str, ...] = ("retrofit", "add_storey", "rebuild")
#: What the planner aims at: the most saving within the budgets, or the least cost that reaches
#: a target saving.
AIMS: tuple[str, ...] = ("saving", "least_cost")
#: The ways an estate can be done, in the order they are offered (see
#: :mod:`retrofit.planner.variants`): as recorded, every building retrofitted, storeys added
#: where the buildings allow, every building that may be rebuilt rebuilt.
VARIANTS: tuple[str, ...] = ("recorded", "retrofit", "add_storey", "rebuild")


@dataclass(frozen=True, slots=True)
class Economics:
    """The money settings the cost figures depend on."""

    coal_price_cny_tce: float = 1000.0
    discount_rate: float = 0.06
    coal_price_escalation: float = 0.02
    appraisal_years: float = 20.0

    @classmethod
    def from_settings(cls, settings: Settings) -> Economics:
        return cls(settings.coal_price_cny_tce, settings.discount_rate, settings.coal_price_escalation,
                   settings.appraisal_years)

    def value_factor(self) -> float:
        """Σ_{t=1..T} (1 + g)^(t−1) / (1 + r)^t: present value of one RMB a year of saved coal
        at today's price. [a]"""
        years = int(round(self.appraisal_years))
        t = np.arange(1, years + 1, dtype=float)
        return float(np.sum((1.0 + self.coal_price_escalation) ** (t - 1) / (1.0 + self.discount_rate) ** t))


@dataclass(frozen=True, slots=True)
class EstateOption:
    """One estate as the planner sees it: the sum over its buildings in the programme.

    ``area_m2`` holds the original floor area by mode (``retrofit``, ``add_storey``,
    ``rebuild``); ``funding_rmb`` the split of ``cost_rmb`` by source (``retrofit.funding``).
    ``short_life`` names the buildings in an energy-retrofit mode whose remaining life is below
    the minimum; ``switched`` is the same estate with those buildings switched to rebuild (when
    the engine could compute it).

    ``variant`` names the way the estate is done (:data:`VARIANTS`), ``building_modes`` the
    mode of each of its buildings in the programme under it, and ``alternatives`` the ways the
    records allow when the planner chooses modes (each one an option of its own, with no
    alternatives). ``must_do``: the estate is always planned.
    """

    estate: str
    cost_rmb: float
    saved_tce: float
    saved_tco2: float
    freed_mw: float
    area_m2: Mapping[str, float]
    new_coal_tce: float = 0.0          # the coal of the floor area added (the new load) [tce/a]
    new_tco2: float = 0.0              # its CO2 [t/a]
    new_load_mw: float = 0.0           # its load at the heat source [MW]
    added_area_m2: float = 0.0
    households: int = 0
    consent_rate: float | None = None
    three_items_area_m2: float = 0.0
    funding_rmb: Mapping[str, float] = field(default_factory=dict)
    surplus_rmb: float = 0.0
    short_life: tuple[str, ...] = ()
    switched: EstateOption | None = None
    variant: str = "recorded"
    building_modes: Mapping[str, str] = field(default_factory=dict)
    alternatives: tuple[EstateOption, ...] = ()
    must_do: bool = False

    @property
    def floor_area_m2(self) -> float:
        return float(sum(self.area_m2.get(m, 0.0) for m in MODES))

    @property
    def rebuild_area_m2(self) -> float:
        return float(self.area_m2.get("rebuild", 0.0))

    @property
    def main_mode(self) -> str:
        """The mode with the most floor area (ties: the order of :data:`MODES`)."""
        return max(MODES, key=lambda m: (self.area_m2.get(m, 0.0), -MODES.index(m)))

    def saving(self, objective: str) -> float:
        """The yearly saving the objective counts: tce/a, t CO2/a or MW."""
        return {"tce": self.saved_tce, "co2": self.saved_tco2, "mw": self.freed_mw}[objective]


@dataclass(frozen=True, slots=True)
class PlanRules:
    """Programme rules. Shares are in [0, 1]; ``fixed_years`` maps estate → calendar year.

    ``choose_modes``: the planner chooses each estate's way (among its ``alternatives``);
    otherwise the recorded modes are planned. ``min_rebuild_share``: the rebuild floor area is at
    least this share of the programme's floor area. ``must_do``: estates always planned (beside
    the estates whose records say so).
    """

    rebuild_cap_share: float = 0.30
    min_consent_rate: float = 2 / 3
    min_remaining_life_years: float = 20.0
    switch_short_life_to_rebuild: bool = False
    fixed_years: Mapping[str, int] = field(default_factory=dict)
    groups: tuple[tuple[str, ...], ...] = ()
    min_three_items_share: float = 0.0
    choose_modes: bool = False
    min_rebuild_share: float = 0.0
    must_do: tuple[str, ...] = ()

    def validate(self) -> None:
        for name in ("rebuild_cap_share", "min_consent_rate", "min_three_items_share", "min_rebuild_share"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValidationError(field=name, value=value)
        if self.min_remaining_life_years < 0:
            raise ValidationError(field="min_remaining_life_years", value=self.min_remaining_life_years)
        if self.min_rebuild_share > self.rebuild_cap_share + 1e-12:
            raise ValidationError(field="min_rebuild_share", value=self.min_rebuild_share)


@dataclass(frozen=True, slots=True)
class PlanProblem:
    """Everything the solver needs. ``annual_budget_rmb`` has one entry per programme year;
    ``source_budgets_rmb`` optionally limits single funding sources per year.

    ``aim``: ``saving`` (the most counted saving of the objective within the budgets) or
    ``least_cost`` (the least cost whose yearly saving of the objective reaches ``target`` by the
    end of the programme, within the budgets).
    """

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
    aim: str = "saving"
    target: float | None = None          # least_cost: tce/a, t CO2/a or MW to reach
    economics: Economics = field(default_factory=Economics)

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
        if self.aim not in AIMS:
            raise ValidationError(field="aim", value=self.aim)
        if self.aim == "least_cost" and not (self.target is not None and self.target >= 0):
            raise ValidationError(field="target", value="" if self.target is None else self.target)
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


    def must_do(self) -> frozenset[str]:
        """Estates that are always planned: flagged in their records or named in the rules."""
        return frozenset(self.rules.must_do) | {e.estate for e in self.estates if e.must_do}


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
