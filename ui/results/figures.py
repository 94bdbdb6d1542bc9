"""The figures the results panel shows, computed from a ResultSummary (no Qt)."""
from __future__ import annotations

from dataclasses import dataclass, field

from retrofit.services.dto import ResultSummary


def _weighted(summary: ResultSummary, key: str) -> float | None:
    if key in summary.totals:
        return float(summary.totals[key])
    found = [(r.values.get(key), r.values.get("floor_area_m2")) for r in summary.buildings]
    pairs = [(float(v), a) for v, a in found if v is not None]
    if not pairs:
        return None
    areas = [float(a) for _, a in pairs if a]
    if len(areas) == len(pairs):
        area = sum(areas)
        return sum(v * a for (v, _), a in zip(pairs, areas, strict=True)) / area if area else None
    return sum(v for v, _ in pairs) / len(pairs)


def band(totals: dict[str, float], key: str) -> tuple[float | None, float | None]:
    """(P10, P90) of ``key`` if the summary carries them (``key_p10`` or ``p10_key``)."""
    def one(q: str) -> float | None:
        for name in (f"{key}_{q}", f"{q}_{key}"):
            if name in totals and totals[name] is not None:
                return float(totals[name])
        return None
    return one("p10"), one("p90")


@dataclass(frozen=True)
class Figures:
    buildings: int
    floor_area_m2: float
    households: float
    q_h_before: float | None
    q_h_after: float | None
    coal_before_kgce_m2: float | None
    coal_after_kgce_m2: float | None
    saved_tce: float
    saved_tce_band: tuple[float | None, float | None]
    saved_tco2: float
    saved_tco2_band: tuple[float | None, float | None]
    freed_capacity_mw: float
    cost_rmb: float
    funding: dict[str, float] = field(default_factory=dict)
    #: The floor area that added storeys and rebuilds add, its coal and plant load (the new load),
    #: and the figures net of it (``Estimate.totals``; gross where a summary has no net keys).
    added_area_m2: float = 0.0
    new_load_tce: float = 0.0
    new_load_mw: float = 0.0
    saved_net_tce: float = 0.0
    saved_net_tco2: float = 0.0
    freed_capacity_net_mw: float = 0.0

    @property
    def has_new_load(self) -> bool:
        return self.added_area_m2 > 0

    def per_household(self, amount: float) -> float | None:
        return amount / self.households if self.households else None


def figures(summary: ResultSummary, households: float | None = None) -> Figures:
    t = summary.totals
    area = float(t.get("floor_area_m2", 0.0))
    coal_b = _weighted(summary, "coal_before_kgce_m2")
    coal_a = _weighted(summary, "coal_after_kgce_m2")
    if coal_b is None and area and "coal_before_tce" in t:
        coal_b = float(t["coal_before_tce"]) * 1000 / area
        coal_a = float(t.get("coal_after_tce", 0.0)) * 1000 / area
    if households is None:
        households = float(t.get("households") or sum(float(r.values.get("households") or 0)
                                                       for r in summary.buildings))
    return Figures(
        buildings=len(summary.buildings), floor_area_m2=area, households=households,
        q_h_before=_weighted(summary, "q_h_before_w_m2"), q_h_after=_weighted(summary, "q_h_after_w_m2"),
        coal_before_kgce_m2=coal_b, coal_after_kgce_m2=coal_a,
        saved_tce=float(t.get("saved_tce", 0.0)), saved_tce_band=band(t, "saved_tce"),
        saved_tco2=float(t.get("saved_tco2", 0.0)), saved_tco2_band=band(t, "saved_tco2"),
        freed_capacity_mw=float(t.get("freed_capacity_mw", 0.0)), cost_rmb=float(t.get("cost_rmb", 0.0)),
        funding={k: float(v) for k, v in summary.funding.items()}, **_new_load(t))


def _new_load(t: dict[str, float]) -> dict[str, float]:
    """The new load and the net figures of totals (net = gross where they are not given)."""
    def get(key: str, default: float = 0.0) -> float:
        return float(t.get(key, default))

    return {"added_area_m2": get("added_area_m2"), "new_load_tce": get("new_load_tce", get("new_coal_tce")),
            "new_load_mw": get("new_load_mw"), "saved_net_tce": get("saved_net_tce", get("saved_tce")),
            "saved_net_tco2": get("saved_net_tco2", get("saved_tco2")),
            "freed_capacity_net_mw": get("freed_capacity_net_mw", get("freed_capacity_mw"))}
