"""The plan as typed data: :class:`PlanResult` and its parts, with the plain document of
``retrofit plan --json`` (:meth:`PlanResult.to_dict`) and back (:meth:`PlanResult.from_dict`,
which also reads plans saved before a key existed: a missing key takes its default).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

from retrofit.domain.targets import NetOfNewLoad, net_of_new_load
from retrofit.funding import SOURCES
from retrofit.planner import eligibility  # noqa: F401  (the waiting reasons' messages, shown again in any language)
from retrofit.planner.costs import CostCurve, CostFigures, cost_curve
from retrofit.planner.model import MODES


@dataclass(frozen=True, slots=True)
class Figures:
    """What a set of estates costs and saves. RMB, tce/a, t CO2/a, MW, m²."""

    cost_rmb: float = 0.0
    saved_tce: float = 0.0
    saved_tco2: float = 0.0
    freed_capacity_mw: float = 0.0
    floor_area_m2: float = 0.0
    households: int = 0
    funding: Mapping[str, float] = field(default_factory=lambda: dict.fromkeys(SOURCES, 0.0))
    surplus_rmb: float = 0.0
    added_area_m2: float = 0.0
    new_coal_tce: float = 0.0
    new_tco2: float = 0.0
    new_load_mw: float = 0.0

    @property
    def net(self) -> NetOfNewLoad:
        """The figures net of the new load of the floor area added (method §9)."""
        return net_of_new_load(self.saved_tce, self.saved_tco2, self.freed_capacity_mw, self.new_coal_tce,
                               self.new_tco2, self.new_load_mw)

    @property
    def saved_net_tce(self) -> float:
        return self.net.saved_tce

    @property
    def saved_net_tco2(self) -> float:
        return self.net.saved_tco2

    @property
    def freed_capacity_net_mw(self) -> float:
        return self.net.freed_capacity_mw

    def figures_dict(self) -> dict[str, Any]:
        return {"cost_rmb": self.cost_rmb, "saved_tce": self.saved_tce, "saved_tco2": self.saved_tco2,
                "freed_capacity_mw": self.freed_capacity_mw, "floor_area_m2": self.floor_area_m2,
                "households": self.households, "funding": dict(self.funding), "surplus_rmb": self.surplus_rmb,
                "added_area_m2": self.added_area_m2, "new_load_tce": self.new_coal_tce,
                "new_load_tco2": self.new_tco2, "new_load_mw": self.new_load_mw,
                "saved_net_tce": _round(self.saved_net_tce, 3), "saved_net_tco2": _round(self.saved_net_tco2, 3),
                "freed_capacity_net_mw": _round(self.freed_capacity_net_mw, 4)}

    @staticmethod
    def read(data: Mapping[str, Any]) -> dict[str, Any]:
        """The keyword arguments of the figures in a document."""
        funding = {s: float(v) for s, v in dict(data.get("funding") or {}).items()}
        return {"cost_rmb": float(data.get("cost_rmb", 0.0)), "saved_tce": float(data.get("saved_tce", 0.0)),
                "saved_tco2": float(data.get("saved_tco2", 0.0)),
                "freed_capacity_mw": float(data.get("freed_capacity_mw", 0.0)),
                "floor_area_m2": float(data.get("floor_area_m2", 0.0)), "households": int(data.get("households", 0)),
                "funding": funding, "surplus_rmb": float(data.get("surplus_rmb", 0.0)),
                "added_area_m2": float(data.get("added_area_m2", 0.0)),
                "new_coal_tce": float(data.get("new_load_tce", 0.0)), "new_tco2": float(data.get("new_load_tco2", 0.0)),
                "new_load_mw": float(data.get("new_load_mw", 0.0))}


def _round(value: float, digits: int) -> float:
    rounded = round(value, digits)
    return 0.0 if rounded == 0 else rounded


@dataclass(frozen=True, slots=True)
class PlanYear(Figures):
    """One programme year: its estates and what they cost and save."""

    year: int = 0
    estates: tuple[str, ...] = ()
    budget_rmb: float = 0.0
    cumulative_saved_tce: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"year": self.year, "estates": list(self.estates), "budget_rmb": self.budget_rmb,
                "cumulative_saved_tce": self.cumulative_saved_tce, **self.figures_dict()}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PlanYear:
        return cls(year=int(data["year"]), estates=tuple(data.get("estates", ())),
                   budget_rmb=float(data.get("budget_rmb", 0.0)),
                   cumulative_saved_tce=float(data.get("cumulative_saved_tce", 0.0)), **Figures.read(data))


@dataclass(frozen=True, slots=True)
class PlanTotals(Figures):
    estates: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"estates": self.estates, **self.figures_dict()}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PlanTotals:
        return cls(estates=int(data.get("estates", 0)), **Figures.read(data))


@dataclass(frozen=True, slots=True)
class WaitingEstate:
    """An estate that may not enter yet: the reason as text, and its message code and values
    (so that it can be shown in another language)."""

    estate: str
    reason: str
    code: str = ""
    params: Mapping[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"estate": self.estate, "reason": self.reason, "code": self.code, "params": dict(self.params)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WaitingEstate:
        return cls(str(data["estate"]), str(data.get("reason", "")), str(data.get("code", "")),
                   {str(k): str(v) for k, v in dict(data.get("params") or {}).items()})


@dataclass(frozen=True, slots=True)
class NotScheduled:
    """An estate that may enter but that the budgets of the programme years do not reach."""

    estate: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"estate": self.estate, "reason": self.reason}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NotScheduled:
        return cls(str(data["estate"]), str(data.get("reason", "")))


@dataclass(frozen=True, slots=True)
class PlannedEstate:
    """An estate in the plan: its year, the way it is done (``variant``, the modes of its
    buildings) and what it costs and saves."""

    estate: str
    year: int
    variant: str
    mode: str                                  # main mode by floor area
    cost_rmb: float
    saved_tce: float
    saved_tco2: float
    freed_capacity_mw: float
    floor_area_m2: float
    area_by_mode: Mapping[str, float]
    building_modes: Mapping[str, str]
    costs: CostFigures

    def to_dict(self) -> dict[str, Any]:
        return {"estate": self.estate, "year": self.year, "variant": self.variant, "mode": self.mode,
                "cost_rmb": self.cost_rmb, "saved_tce": self.saved_tce, "saved_tco2": self.saved_tco2,
                "freed_capacity_mw": self.freed_capacity_mw, "floor_area_m2": self.floor_area_m2,
                "area_by_mode": dict(self.area_by_mode), "building_modes": dict(self.building_modes),
                "costs": self.costs.to_dict()}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PlannedEstate:
        return cls(estate=str(data["estate"]), year=int(data["year"]), variant=str(data["variant"]),
                   mode=str(data["mode"]), cost_rmb=float(data["cost_rmb"]), saved_tce=float(data["saved_tce"]),
                   saved_tco2=float(data["saved_tco2"]), freed_capacity_mw=float(data["freed_capacity_mw"]),
                   floor_area_m2=float(data["floor_area_m2"]),
                   area_by_mode={str(k): float(v) for k, v in dict(data["area_by_mode"]).items()},
                   building_modes={str(k): str(v) for k, v in dict(data["building_modes"]).items()},
                   costs=CostFigures.from_dict(dict(data["costs"])))


@dataclass(frozen=True, slots=True)
class PlanObjective:
    """What was optimised and how close the plan is to the best possible: ``value`` of the plan,
    ``bound`` no plan can beat (above for ``saving``, below for ``least_cost``)."""

    name: str = "tce"
    value: float = 0.0
    bound: float = 0.0
    aim: str = "saving"
    target: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "value": self.value, "bound": self.bound, "aim": self.aim, "target": self.target}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PlanObjective:
        target = data.get("target")
        return cls(str(data.get("name", "tce")), float(data.get("value", 0.0)), float(data.get("bound", 0.0)),
                   str(data.get("aim", "saving")), None if target is None else float(target))


@dataclass(frozen=True, slots=True)
class PlanRulesUsed:
    """The rules the plan was made under (shares in [0, 1])."""

    rebuild_cap_share: float = 0.3
    min_consent_rate: float = 2 / 3
    min_remaining_life_years: float = 20.0
    switch_short_life_to_rebuild: bool = False
    min_three_items_share: float = 0.0
    choose_modes: bool = False
    min_rebuild_share: float = 0.0
    must_do: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["must_do"] = list(self.must_do)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PlanRulesUsed:
        known = {f.name: f for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if "must_do" in values:
            values["must_do"] = tuple(values["must_do"])
        return cls(**values)


@dataclass(frozen=True, slots=True)
class PlanResult:
    """A programme plan: year by year, the estates in it, those waiting, totals, mode shares,
    the solver's gap, the rules and the settings it depends on (``assumptions``)."""

    years: tuple[PlanYear, ...]
    totals: PlanTotals
    mode_shares: Mapping[str, float] = field(default_factory=lambda: dict.fromkeys(MODES, 0.0))
    waiting: tuple[WaitingEstate, ...] = ()
    not_scheduled: tuple[NotScheduled, ...] = ()
    estates: tuple[PlannedEstate, ...] = ()
    costs: CostFigures | None = None
    gap: float = 0.0
    solver: str = "milp"
    status: str = "optimal"
    objective: PlanObjective = field(default_factory=PlanObjective)
    start_year: int = 0
    rules: PlanRulesUsed = field(default_factory=PlanRulesUsed)
    notices: tuple[str, ...] = ()
    assumptions: Mapping[str, Any] = field(default_factory=dict)

    def with_assumptions(self, assumptions: Mapping[str, Any]) -> PlanResult:
        return replace(self, assumptions=dict(assumptions))

    def estate_year(self) -> dict[str, int]:
        """Estate → calendar year of its works."""
        return {e: y.year for y in self.years for e in y.estates}

    def sources(self) -> list[str]:
        """The funding sources that pay something, in paying order."""
        return [s for s in SOURCES if any(y.funding.get(s, 0.0) > 0 for y in self.years)]

    def to_dict(self) -> dict[str, Any]:
        """The ``retrofit plan --json`` document."""
        return {"years": [y.to_dict() for y in self.years], "mode_shares": dict(self.mode_shares),
                "waiting": [w.to_dict() for w in self.waiting],
                "not_scheduled": [n.to_dict() for n in self.not_scheduled],
                "estates": [e.to_dict() for e in self.estates],
                "costs": self.costs.to_dict() if self.costs is not None else None,
                "totals": self.totals.to_dict(), "gap": self.gap, "solver": self.solver, "status": self.status,
                "objective": self.objective.to_dict(), "start_year": self.start_year,
                "rules": self.rules.to_dict(), "notices": list(self.notices),
                "assumptions": dict(self.assumptions)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PlanResult:
        """Read a plan document (a plan saved by an earlier version lacks the newer keys)."""
        costs = data.get("costs")
        return cls(years=tuple(PlanYear.from_dict(y) for y in data.get("years", ())),
                   totals=PlanTotals.from_dict(dict(data.get("totals") or {})),
                   mode_shares={str(k): float(v) for k, v in dict(data.get("mode_shares") or {}).items()},
                   waiting=tuple(WaitingEstate.from_dict(w) for w in data.get("waiting", ())),
                   not_scheduled=tuple(NotScheduled.from_dict(n) for n in data.get("not_scheduled", ())),
                   estates=tuple(PlannedEstate.from_dict(e) for e in data.get("estates", ())),
                   costs=CostFigures.from_dict(dict(costs)) if costs else None,
                   gap=float(data.get("gap", 0.0)), solver=str(data.get("solver", "milp")),
                   status=str(data.get("status", "optimal")),
                   objective=PlanObjective.from_dict(dict(data.get("objective") or {})),
                   start_year=int(data.get("start_year", 0)),
                   rules=PlanRulesUsed.from_dict(dict(data.get("rules") or {})),
                   notices=tuple(str(n) for n in data.get("notices", ())),
                   assumptions=dict(data.get("assumptions") or {}))


@dataclass(frozen=True, slots=True)
class SavedPlan:
    """A stored plan: a draft, or approved (then locked). ``revision`` counts the versions saved
    under its name (1 = the first); ``version`` is the row's edit counter (for conflicts).
    ``inputs`` and ``result`` are None in the lists that leave them out."""

    id: int
    name: str
    status: str                    # draft | approved
    version: int
    revision: int
    parent_id: int | None
    created_at: str | None
    approved_at: str | None
    totals: PlanTotals
    inputs: Mapping[str, Any] | None = None
    result: PlanResult | None = None

    @property
    def approved(self) -> bool:
        return self.status == "approved"

    def without_documents(self) -> SavedPlan:
        return replace(self, inputs=None, result=None)


def plan_curve(result: PlanResult, target_tce: float) -> CostCurve:
    """The cost curve of the estates of a plan, each in the way the plan does it."""
    return cost_curve([(e.estate, e.mode, e.variant, e.saved_tce, e.cost_rmb) for e in result.estates], target_tce)
