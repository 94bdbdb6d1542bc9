"""Who pays, per estate and per household: :mod:`calc.funding` applied to engine results.

The money of ``method.md`` §10, worked out per building (numpy) and summed per estate. The
waterfall order is central subsidy, local top-up, heat utility, sales of new floor area,
residents (capped per m² of their flats), and the city for the rest. No source pays more than
what remains; offers beyond the cost are reported as ``surplus_rmb`` (the city's share is then
0, never negative). A surplus of one building is not moved to another.

Central subsidy and local top-up are paid on the retrofitted floor area (buildings in the
retrofit and add-storey modes); a rebuild gets neither (it is new construction) but sells its
extra floor area. Residents' heating bills are given under both tariffs; ``tariff`` says which
one applies (the estate's ``metered_billing``; area-based when not entered).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from calc import funding as money
from retrofit.domain.records import EstateRecord
from retrofit.domain.settings import Settings

SOURCES: tuple[str, ...] = money.FUNDING_SOURCES
KWH_TO_GJ = money.GJ_PER_KWH


@dataclass(frozen=True, eq=False)
class MoneyInputs:
    """Per-building figures the money needs, as arrays of one length (one entry per building).

    Areas in m², cost in RMB, coal in tce/a, CO2 in t/a, capacity in kW, delivered heat in
    kWh per m² and season (before and after, per m² of the building's floor area).
    """

    estate: NDArray[np.object_]
    mode: NDArray[np.object_]                  # none | retrofit | add_storey | rebuild
    floor_area_m2: NDArray[np.float64]
    added_area_m2: NDArray[np.float64]
    households: NDArray[np.float64]
    cost_rmb: NDArray[np.float64]
    saved_tce: NDArray[np.float64]
    saved_tco2: NDArray[np.float64]
    freed_capacity_kw: NDArray[np.float64]
    retrofitted_area_m2: NDArray[np.float64]
    has_envelope: NDArray[np.bool_]
    has_metering: NDArray[np.bool_]
    has_balancing: NDArray[np.bool_]
    severe_cold: NDArray[np.bool_]
    heat_before_kwh_m2: NDArray[np.float64]
    heat_after_kwh_m2: NDArray[np.float64]
    new_coal_tce: NDArray[np.float64]          # the coal of the floor area added (the new load)
    new_load_kw: NDArray[np.float64]           # its load at the heat source

    @classmethod
    def build(cls, **values: Any) -> MoneyInputs:
        """From lists or arrays; text columns become object arrays, flags bool, the rest float.
        The new load is zero where it is not given."""
        out = {}
        for name in ("new_coal_tce", "new_load_kw"):
            values.setdefault(name, np.zeros(len(values["estate"])))
        for name in cls.__dataclass_fields__:
            kind = object if name in ("estate", "mode") else bool if name.startswith(("has_", "severe")) \
                else float
            out[name] = np.asarray(values[name], dtype=kind)
        lengths = {v.shape for v in out.values()}
        if len(lengths) != 1:
            raise ValueError(f"money inputs differ in length: {sorted(lengths)}")
        return cls(**out)

    def in_programme(self) -> NDArray[np.bool_]:
        return self.mode != "none"


@dataclass(frozen=True, slots=True)
class EstateMoney:
    """Money of one estate (the buildings in the programme). RMB unless the key says otherwise."""

    estate: str
    cost_rmb: float
    funding_rmb: dict[str, float]
    surplus_rmb: float
    annual_saving_rmb: float
    payback_years: float                      # inf when nothing is saved
    floor_area_m2: float
    households: int
    tariff: str                                # "area" or "metered": the one that applies
    per_household: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"estate": self.estate, "cost_rmb": self.cost_rmb, "funding": dict(self.funding_rmb),
                "surplus_rmb": self.surplus_rmb, "annual_saving_rmb": self.annual_saving_rmb,
                "payback_years": self.payback_years, "floor_area_m2": self.floor_area_m2,
                "households": self.households, "tariff": self.tariff,
                "per_household": dict(self.per_household)}


def money_inputs(est: Any) -> MoneyInputs:
    """The money's per-building figures from an :func:`retrofit.estimate.estimate` result: its
    per-building output columns, modes, households, and the engine's retrofitted area, package
    items and climate zone."""
    r, cols = est.results, est.building_columns()
    n = len(est)

    def flat(values: Any, dtype: type = float) -> np.ndarray:
        return np.broadcast_to(np.asarray(values, dtype=dtype), (n,))

    return MoneyInputs.build(
        estate=np.asarray(est.columns["estate"], dtype=object), mode=est.modes,
        floor_area_m2=cols["floor_area_m2"], added_area_m2=cols["added_area_m2"], households=est.households,
        cost_rmb=cols["cost_rmb"], saved_tce=cols["saved_tce"], saved_tco2=cols["saved_tco2"],
        freed_capacity_kw=cols["freed_capacity_kw"], retrofitted_area_m2=flat(r.retrofitted_area),
        has_envelope=flat(r.has_envelope, bool), has_metering=flat(r.has_metering, bool),
        has_balancing=flat(r.has_balancing, bool), severe_cold=flat(est.severe_cold, bool),
        heat_before_kwh_m2=cols["heat_delivered_before_kwh_m2"], heat_after_kwh_m2=cols["heat_delivered_after_kwh_m2"],
        new_coal_tce=cols["new_coal_tce"], new_load_kw=cols["new_load_kw"])


def building_split(inputs: MoneyInputs, settings: Settings) -> dict[str, NDArray[np.float64]]:
    """Per-building split: one array per source (:data:`SOURCES`), plus ``surplus``. [RMB]

    Buildings outside the programme (mode ``none``) pay and receive nothing.
    """
    s = settings
    active = inputs.in_programme()
    share = money.subsidy_item_share(inputs.has_envelope, inputs.has_metering, inputs.has_balancing)
    retrofitted = np.where(active, inputs.retrofitted_area_m2, 0.0)
    offers = np.stack([
        money.central_subsidy(retrofitted, share, inputs.severe_cold, s.subsidy_cold_cny_m2,
                              s.subsidy_severe_cold_cny_m2),
        money.local_topup(retrofitted, s.local_topup_cny_m2),
        money.utility_contribution(np.where(active, inputs.saved_tce, 0.0), s.coal_price_cny_tce,
                                   s.utility_share, s.utility_years),
        money.sales_revenue(np.where(active, np.maximum(inputs.added_area_m2, 0.0), 0.0),
                            s.sale_price_cny_m2, s.sale_share),
        money.resident_contribution(np.where(active, inputs.floor_area_m2, 0.0), s.resident_cap_cny_m2),
    ])
    paid, rest, surplus = money.funding_waterfall(np.where(active, inputs.cost_rmb, 0.0), offers)
    out = {source: paid[i] for i, source in enumerate(SOURCES[:-1])}
    out["city"] = rest
    out["surplus"] = surplus
    return out


def household_bills(flat: float, heat_before: float, heat_after: float, s: Settings) -> dict[str, float]:
    """A flat's heating bill per season before and after the works under both tariffs. [RMB]

    ``flat`` in m², the heat delivered in kWh per m² and season (before, after).
    """
    area_bill = float(money.area_tariff_bill(flat, s.area_tariff_cny_m2))
    metered = money.metered_tariff_bill(flat, np.array([heat_before, heat_after]) * KWH_TO_GJ,
                                        s.area_tariff_cny_m2, s.metered_fixed_share, s.metered_tariff_cny_gj)
    return {"flat_m2": flat, "area_bill_before_rmb": area_bill, "area_bill_after_rmb": area_bill,
            "metered_bill_before_rmb": float(metered[0]), "metered_bill_after_rmb": float(metered[1])}


def estate_money(inputs: MoneyInputs, settings: Settings,
                 estates: Mapping[str, EstateRecord] | None = None) -> dict[str, EstateMoney]:
    """Money per estate (estates with at least one building in the programme), by name."""
    split = building_split(inputs, settings)
    active = inputs.in_programme()
    estates = estates or {}
    out: dict[str, EstateMoney] = {}
    for name in sorted(set(inputs.estate[active])):
        sel = active & (inputs.estate == name)
        area = float(inputs.floor_area_m2[sel].sum())
        households = int(inputs.households[sel].sum())
        cost = float(inputs.cost_rmb[sel].sum())
        saved = float(inputs.saved_tce[sel].sum())
        weights = inputs.floor_area_m2[sel]
        heat = [float(np.average(h[sel], weights=weights)) if area > 0 else 0.0
                for h in (inputs.heat_before_kwh_m2, inputs.heat_after_kwh_m2)]
        record = estates.get(name)
        funding = {src: float(split[src][sel].sum()) for src in SOURCES}
        flat = area / households if households > 0 else settings.typical_flat_m2
        per_household = household_bills(flat, heat[0], heat[1], settings)
        if households > 0:
            per_household["cost_rmb"] = cost / households
            per_household["residents_rmb"] = funding["residents"] / households
        out[name] = EstateMoney(
            estate=name, cost_rmb=cost, funding_rmb=funding, surplus_rmb=float(split["surplus"][sel].sum()),
            annual_saving_rmb=float(money.annual_saving_value(saved, settings.coal_price_cny_tce)),
            payback_years=float(money.simple_payback(cost, saved, settings.coal_price_cny_tce)),
            floor_area_m2=area, households=households,
            tariff="metered" if record is not None and record.metered_billing else "area",
            per_household=per_household)
    return out

