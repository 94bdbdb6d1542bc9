"""The test oracle: the method in plain Python, one building at a time (no numpy, nothing of
``calc`` but its input containers), written from ``method.md`` §2–9 line by line. The tests
compare :func:`calc.engine.evaluate` with it on random buildings.
"""
from __future__ import annotations

import math
from dataclasses import fields

import numpy as np

from calc.inputs import BuildingInputs, MethodConstants
from calc.measures import KINDS, QUANTITIES, MeasureTable

OUTPUTS = ("heat_index_before", "heat_index_after", "coal_index_before", "coal_index_after",
           "design_index_before", "design_index_after", "saved_coal", "freed_capacity",
           "new_load", "added_area", "measure_cost", "construction_cost")


def _layer(u: float, resistance: float) -> float:
    return 1.0 / (1.0 / u + resistance) if resistance > 0 else u


def _geometry(b: dict, c: MethodConstants) -> dict:
    n, h, r = b["storeys"], b["storey_height"], b["window_wall_ratio"]
    a0, length, w = b["floor_area"], b["length"], b["width"]
    if not math.isnan(length) and not math.isnan(w):          # §2: both given
        footprint = length * w
        if math.isnan(a0):
            a0 = footprint * n
    else:
        footprint = a0 / n
        if not math.isnan(length):                            # only the length
            w = footprint / length
        else:                                                 # only the width, or neither
            if math.isnan(w):
                w = c.default_width
            length = footprint / w
    perimeter = 2.0 * (length + w)
    gross = perimeter * n * h
    return {"a0": a0, "footprint": footprint, "length": length, "width": w, "perimeter": perimeter,
            "volume": footprint * n * h, "windows": r * gross, "walls": gross - r * gross}


def _package(b: dict, measures: list[dict], g: dict, active: bool):
    """U, N, η, behaviour factor of the existing part after the package (§7 order)."""
    uw, uwin, ur, uf, n_air = b["wall_u"], b["window_u"], b["roof_u"], b["floor_u"], b["air_change"]
    eta1, eta2, factor = b["eta_network"], b["eta_source"], 1.0
    if not active:
        return uw, uwin, ur, uf, n_air, eta1, eta2, factor
    res = {"wall_insulation": 0.0, "roof_insulation": 0.0, "floor_insulation": 0.0}
    for m in measures:                                   # 1. envelope
        if m["kind"] in res:
            res[m["kind"]] += m["thickness"] / m["conductivity"]
    has = {m["kind"] for m in measures}
    uw = _layer(uw, res["wall_insulation"]) if "wall_insulation" in has else uw
    ur = _layer(ur, res["roof_insulation"]) if "roof_insulation" in has else ur
    uf = _layer(uf, res["floor_insulation"]) if "floor_insulation" in has else uf
    for m in measures:
        if m["kind"] == "window_replacement":
            uwin = min(uwin, m["window_u"])
            n_air = min(n_air, m["air_change_cap"])
    cut = sum(m["air_change_cut"] for m in measures if m["kind"] == "air_tightness")   # 2. air
    if "air_tightness" in has:
        floor = max(m["air_change_floor"] for m in measures if m["kind"] == "air_tightness")
        n_air = min(n_air, max(floor, n_air - cut))
    for m in measures:                                   # 3. system, 4. behaviour
        if m["kind"] == "network":
            eta1 = max(eta1, m["eta_network_min"])
        elif m["kind"] == "source":
            eta2 = max(eta2, m["eta_source_min"])
        elif m["kind"] == "behaviour":
            factor *= m["heat_factor"]
    return uw, uwin, ur, uf, n_air, eta1, eta2, factor


def _indices(h_total: float, h_air: float, area: float, factor: float, eta1: float, eta2: float,
             t_inside: float, b: dict, c: MethodConstants):
    """q_H, q_c at the state's indoor temperature; q_design at t_i (§3–5, §8)."""
    te, twd, ti = b["mean_outdoor_temperature"], b["design_outdoor_temperature"], c.indoor_temperature
    q_ht = h_total * (t_inside - te) / area
    q_inf = h_air * (t_inside - te) / area
    q_h = q_ht + q_inf - c.internal_gains
    if q_h < 0:
        raise ValueError("heat_index is below zero")
    q_h *= factor
    q_c = 24.0 * b["heating_days"] * q_h / (c.coal_heating_value * 1000.0 * eta1 * eta2)
    design = (h_total + h_air) * (ti - twd) / area
    return q_h, q_c, design


def _measured(b: dict, c: MethodConstants) -> float:
    """q_c,meas from the first source (§8): meters, heat delivered in GJ, coal in kgce."""
    if not math.isnan(b["metered_coal_index"]):
        return b["metered_coal_index"]
    if not math.isnan(b["measured_heat"]):
        kwh_per_gj = 1e6 / 3600.0
        return b["measured_heat"] * kwh_per_gj / (c.coal_heating_value * b["eta_network"] * b["eta_source"])
    return b["measured_coal_index"]


def evaluate_one(b: dict, measures: list[dict], c: MethodConstants) -> dict:
    """One building (a dict of :class:`BuildingInputs` fields as floats) with one package."""
    g = _geometry(b, c)
    mode = ("none", "retrofit", "add_storey", "rebuild")[int(b["mode"])]
    active = mode in ("retrofit", "add_storey")
    eps, ff = c.u_correction, b["floor_factor"]
    surveyed = not math.isnan(b["indoor_temperature_before"])
    t_before = b["indoor_temperature_before"] if surveyed else c.indoor_temperature
    t_after = c.indoor_temperature_after if surveyed and mode != "none" else t_before
    rho = 353.0 / (273.0 + b["mean_outdoor_temperature"])
    air = c.air_specific_heat * rho * (c.ventilated_share_heated if b["stairwell_heated"]
                                       else c.ventilated_share_unheated)
    h0 = eps * (b["wall_u"] * g["walls"] + b["window_u"] * g["windows"] + b["roof_u"] * g["footprint"]
                + ff * b["floor_u"] * g["footprint"])
    before = _indices(h0, air * b["air_change"] * g["volume"], g["a0"], 1.0, b["eta_network"],
                      b["eta_source"], t_before, b, c)
    uw, uwin, ur, uf, n_air, eta1, eta2, factor = _package(b, measures, g, active)
    ov = {k: b[k + "_after"] for k in ("wall_u", "window_u", "roof_u", "floor_u", "air_change",
                                       "eta_network", "eta_source")}
    r, h, n = b["window_wall_ratio"], b["storey_height"], b["storeys"]
    new = lambda k, default: default if math.isnan(ov[k]) else ov[k]  # noqa: E731
    if mode == "rebuild":     # §9: a new building; the network is renewed, the heat source stays
        eta1, eta2, factor = max(b["eta_network"], c.new_eta_network), b["eta_source"], c.new_heat_factor
    if mode != "none":
        uw, uwin, ur, uf, n_air, eta1, eta2 = (
            v if math.isnan(ov[k]) else ov[k] for k, v in zip(ov, (uw, uwin, ur, uf, n_air, eta1, eta2), strict=True))
    area, h1, h_air1 = g["a0"], 0.0, 0.0
    if mode in ("none", "retrofit"):
        h1 = eps * (uw * g["walls"] + uwin * g["windows"] + ur * g["footprint"] + ff * uf * g["footprint"])
        h_air1 = air * n_air * g["volume"]
    elif mode == "add_storey":
        s = b["added_storeys"]
        gross_new = g["perimeter"] * s * h
        roof = new("roof_u", c.new_roof_u)
        h1 = eps * (uw * g["walls"] + c.new_wall_u * (1 - r) * gross_new + uwin * g["windows"]
                    + c.new_window_u * r * gross_new + roof * g["footprint"] + ff * uf * g["footprint"])
        h_air1 = air * (n_air * g["volume"] + c.new_air_change * g["footprint"] * s * h)
        area = g["a0"] * (n + s) / n
    else:
        f = c.rebuild_factor
        footprint = f * g["footprint"]
        gross = 2.0 * (f * g["length"] + g["width"]) * n * h
        h1 = eps * (new("wall_u", c.new_wall_u) * (1 - r) * gross + new("window_u", c.new_window_u) * r * gross
                    + new("roof_u", c.new_roof_u) * footprint + ff * new("floor_u", c.new_floor_u) * footprint)
        h_air1 = air * new("air_change", c.new_air_change) * footprint * n * h
        area = f * g["a0"]
    after = _indices(h1, h_air1, area, factor, eta1, eta2, t_after, b, c)
    measured = _measured(b, c)
    k = 1.0 if math.isnan(measured) else measured / before[1]
    k_after = 1.0 if mode == "rebuild" else k
    before, after = [x * k for x in before], [x * k_after for x in after]
    a0 = g["a0"]
    basis = {"wall_m2": g["walls"], "window_m2": g["windows"],
             "roof_m2": 0.0 if mode == "add_storey" else g["footprint"],
             "basement_m2": g["footprint"], "floor_area_m2": a0}
    cost = sum(basis[m["quantity"]] * m["unit_cost"] for m in measures) if active else 0.0
    construction = {"add_storey": c.add_storey_cost * (area - a0),
                    "rebuild": c.rebuild_cost * area}.get(mode, 0.0)
    return {"heat_index_before": before[0], "heat_index_after": after[0],
            "coal_index_before": before[1], "coal_index_after": after[1],
            "design_index_before": before[2], "design_index_after": after[2],
            "saved_coal": (before[1] - after[1]) * a0 / 1000.0,
            "freed_capacity": (before[2] / b["eta_network"] - after[2] / eta1) * a0,
            "new_load": after[2] / eta1 * (area - a0), "added_area": area - a0,
            "measure_cost": cost, "construction_cost": construction}


def measure_dicts(table: MeasureTable, price_basis: str = "2010") -> list[dict]:
    """The catalogue as one plain dict per measure."""
    unit = table.unit_cost(price_basis)
    names = ("thickness", "conductivity", "window_u", "air_change_cap", "air_change_cut",
             "air_change_floor", "heat_factor", "eta_network_min", "eta_source_min")
    return [{"key": key, "kind": KINDS[int(table.kind[i])], "quantity": QUANTITIES[int(table.quantity[i])],
             "unit_cost": float(unit[i]), **{p: float(getattr(table, p)[i]) for p in names}}
            for i, key in enumerate(table.keys)]


def evaluate_loop(inputs: BuildingInputs, table: MeasureTable, mask: np.ndarray,
                  constants: MethodConstants = MethodConstants()) -> dict[str, np.ndarray]:
    """Every building with its own package (mask (n, m)), in a Python loop; arrays of OUTPUTS."""
    catalogue = measure_dicts(table, constants.price_basis)
    columns = {f.name: getattr(inputs, f.name).tolist() for f in fields(inputs)}
    rows = mask.tolist()
    out: dict[str, list[float]] = {k: [] for k in OUTPUTS}
    for i in range(len(inputs)):
        building = {name: col[i] for name, col in columns.items()}
        package = [m for m, on in zip(catalogue, rows[i], strict=True) if on]
        result = evaluate_one(building, package, constants)
        for key in OUTPUTS:
            out[key].append(result[key])
    return {k: np.array(v) for k, v in out.items()}
