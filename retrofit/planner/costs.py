"""What each tonne costs: cost per tce/a saved and per kW freed, who gets their money back when,
the net present value, and the marginal abatement cost curve of the estates.

Definitions (money in RMB, saving in tce a year, capacity in kW):

* cost per tce/a = cost ÷ yearly saved coal; per kW = cost ÷ freed heating capacity ("∞" when
  nothing is saved or freed);
* yearly value V = saved tce × coal price (the coal the heat system no longer burns);
* heat company's payback = what the heat company pays (funding source ``utility``) ÷ V;
  city's payback = what the city pays (``local`` top-up and ``city``, the rest) ÷ V. Both count
  the whole yearly value against one payer's money, so each says how many seasons of saved coal
  repay that payer's share;
* NPV = −cost + V × Σ_{t=1..T} (1 + g)^(t−1) / (1 + r)^t, with the discount rate r, the yearly
  coal-price escalation g and T appraisal years (settings ``discount_rate``,
  ``coal_price_escalation``, ``appraisal_years``);
* the cost curve lays the estates side by side from the cheapest tonne to the dearest: each a
  bar as wide as its yearly saving and as high as its cost per tce/a, coloured by its main mode;
  estates that save nothing are left out (their height is infinite).
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from retrofit.planner.model import Economics, EstateOption

__all__ = ["Economics", "CostFigures", "CostCurve", "CurveSegment", "cost_figures", "option_costs", "cost_curve", "options_curve"]

#: Funding sources that are the heat company's and the city's money.
UTILITY_SOURCES: tuple[str, ...] = ("utility",)
CITY_SOURCES: tuple[str, ...] = ("local", "city")


@dataclass(frozen=True, slots=True)
class CostFigures:
    """Cost figures of one estate or plan. ``inf`` where the divisor is 0."""

    cost_rmb: float
    saved_tce: float
    freed_kw: float
    cost_per_tce: float            # RMB per tce/a
    cost_per_kw: float             # RMB per kW
    utility_payback_years: float
    city_payback_years: float
    npv_rmb: float

    def rounded(self) -> CostFigures:
        """Every figure to 0.01 (as the plan document keeps them)."""
        return CostFigures(*(v if math.isinf(v) else round(v, 2) for v in (float(getattr(self, n))
                                                                           for n in self.__slots__)))

    def to_dict(self) -> dict[str, float | None]:
        """Plain numbers; an infinite figure becomes ``None`` (JSON has no infinity)."""
        return {k: (None if math.isinf(v) else round(v, 2))
                for k, v in ((n, float(getattr(self, n))) for n in self.__slots__)}

    @classmethod
    def from_dict(cls, data: dict[str, float | None]) -> CostFigures:
        return cls(**{n: math.inf if (v := data.get(n)) is None else float(v) for n in cls.__slots__})


def _ratio(money: float, per: float) -> float:
    if per > 0:
        return money / per
    return 0.0 if money <= 0 else math.inf


def cost_figures(cost_rmb: float, saved_tce: float, freed_kw: float, utility_rmb: float, city_rmb: float,
                 economics: Economics) -> CostFigures:
    """The figures of the module docstring for one estate or one plan."""
    value = saved_tce * economics.coal_price_cny_tce
    return CostFigures(
        cost_rmb=cost_rmb, saved_tce=saved_tce, freed_kw=freed_kw,
        cost_per_tce=_ratio(cost_rmb, saved_tce), cost_per_kw=_ratio(cost_rmb, freed_kw),
        utility_payback_years=_ratio(utility_rmb, value), city_payback_years=_ratio(city_rmb, value),
        npv_rmb=value * economics.value_factor() - cost_rmb)


def option_costs(options: Sequence[EstateOption], economics: Economics) -> CostFigures:
    """Cost figures of estates taken together (one estate, or a plan)."""
    def total(attr: str) -> float:
        return float(sum(getattr(o, attr) for o in options))

    def paid(sources: tuple[str, ...]) -> float:
        return float(sum(o.funding_rmb.get(s, 0.0) for o in options for s in sources))

    return cost_figures(total("cost_rmb"), total("saved_tce"), 1000.0 * total("freed_mw"),
                        paid(UTILITY_SOURCES), paid(CITY_SOURCES), economics)


@dataclass(frozen=True, slots=True)
class CurveSegment:
    """One estate on the cost curve: from ``start_tce`` to ``start_tce + width_tce`` (tce/a),
    ``height`` RMB per tce/a, coloured by ``mode``."""

    estate: str
    mode: str
    variant: str
    start_tce: float
    width_tce: float
    height: float
    cost_rmb: float


@dataclass(frozen=True, slots=True)
class CostCurve:
    """The marginal abatement cost curve: segments from the cheapest tonne to the dearest, the
    target (a vertical line at ``target_tce``), and the estates left out (saving nothing)."""

    segments: tuple[CurveSegment, ...]
    target_tce: float
    left_out: tuple[str, ...] = ()

    @property
    def total_tce(self) -> float:
        return self.segments[-1].start_tce + self.segments[-1].width_tce if self.segments else 0.0

    def cost_to(self, tce: float) -> float | None:
        """Cost of the cheapest whole estates whose saving reaches ``tce`` (None: never)."""
        spent = 0.0
        for seg in self.segments:
            spent += seg.cost_rmb
            if seg.start_tce + seg.width_tce >= tce - 1e-9:
                return spent
        return None if tce > 0 else 0.0

    def height_at(self, tce: float) -> float | None:
        """The marginal cost (RMB per tce/a) of the estate that crosses ``tce`` (None: never)."""
        for seg in self.segments:
            if seg.start_tce + seg.width_tce >= tce - 1e-9:
                return seg.height
        return None

    def to_dict(self) -> dict:
        return {"target_tce": self.target_tce, "left_out": list(self.left_out),
                "segments": [{"estate": s.estate, "mode": s.mode, "variant": s.variant,
                              "start_tce": round(s.start_tce, 3), "width_tce": round(s.width_tce, 3),
                              "height": round(s.height, 2), "cost_rmb": round(s.cost_rmb, 2)}
                             for s in self.segments]}


def cost_curve(rows: Sequence[tuple[str, str, str, float, float]], target_tce: float) -> CostCurve:
    """The cost curve of ``(estate, mode, variant, saved tce/a, cost RMB)`` rows, cheapest tonne
    first (ties: estate name)."""
    saved = np.array([r[3] for r in rows], dtype=float)
    cost = np.array([r[4] for r in rows], dtype=float)
    keep = saved > 0
    height = np.divide(cost, saved, out=np.full(len(rows), np.inf), where=keep)
    order = sorted(np.flatnonzero(keep).tolist(), key=lambda i: (height[i], rows[i][0]))
    widths = saved[order]
    starts = np.concatenate([[0.0], np.cumsum(widths)[:-1]]) if order else np.zeros(0)
    segments = tuple(CurveSegment(rows[i][0], rows[i][1], rows[i][2], float(x0), float(saved[i]),
                                  float(height[i]), float(cost[i])) for i, x0 in zip(order, starts, strict=True))
    return CostCurve(segments, float(target_tce), tuple(sorted(rows[i][0] for i in np.flatnonzero(~keep).tolist())))


def options_curve(options: Sequence[EstateOption], target_tce: float) -> CostCurve:
    """The cost curve of estates, each in the way given."""
    return cost_curve([(o.estate, o.main_mode, o.variant, o.saved_tce, o.cost_rmb) for o in options], target_tce)
