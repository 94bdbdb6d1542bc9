"""Execution data of the demo city: the works as they were carried out and the heat meters read
before and after them (``method.md`` §12), applied on top of the demo records
(:mod:`retrofit.demo`), whatever building stock those records hold.

Every estate is completed in its planned year (works from spring to autumn, before the heating
season), at an actual cost around the estimate (± 8 %), by one of a few contractors. Meters:

- most estates have a meter per building, read for 2–3 seasons before and 1–2 after the works;
- some estates have one meter for the whole estate (the substation's);
- some buildings got their meter with the works (readings after only: no baseline), some
  readings after the works have not come in yet, and some estates have no readings at all.

A season's consumption is the building's level (its measured coal index before the works, the
engine's calibrated prediction after them) × the weather of that season (degree days against
the climate table's) × a few % of noise. After the works some estates take back part of the
saving as comfort (warmer flats) and a few perform poorly (workmanship, open windows). Most
rows give heat in GJ, some in MWh, boiler-house estates give coal in tce. The same random seed always
gives the same data.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import numpy as np

from calc.verification import GJ_PER_MWH, KWH_PER_GJ
from retrofit.domain.meters import MeterReading
from retrofit.domain.settings import TANGSHAN_PROGRAMME, Settings
from retrofit.estimate import NUMERIC_KEYS, TEXT_KEYS, estimate_columns

RANDOM_SEED = 20100501
#: Tangshan's heating seasons as they were: Y of "Y–Y+1" → (heating days, mean outdoor temperature).
#: The climate table's standard season is 130 d at −1.6 °C; 2009–2010 and 2012–2013 were cold.
SEASON_WEATHER: dict[int, tuple[float, float]] = {
    2004: (128, -1.0), 2005: (132, -2.2), 2006: (126, -0.4), 2007: (130, -1.2), 2008: (131, -1.8),
    2009: (138, -3.1), 2010: (134, -2.6), 2011: (129, -1.9), 2012: (136, -3.4),
}
#: The last season read (the demo's records stand in spring 2012).
LAST_SEASON = 2011
CONTRACTORS = ("唐山市第一建筑工程有限公司", "唐山冀东建设集团有限公司", "河北建设集团有限公司", "唐山市第二建筑工程有限公司",
               "开滦建设（集团）有限责任公司", "唐山市政建设集团有限公司", "中冶天工集团有限公司", "河北省第四建筑工程有限公司",
               "唐山宏远节能工程有限公司", "唐山华盛建筑安装有限公司")
#: Meter arrangements of an estate and their shares.
METERING: tuple[tuple[str, float], ...] = (("buildings", 0.86), ("estate", 0.05), ("after_only", 0.04), ("before_only", 0.02), ("none", 0.03))


@dataclass(frozen=True)
class Execution:
    """Per building (in the order of the demo's buildings) the works fields, and the readings."""

    works: list[dict[str, Any]]
    readings: list[MeterReading]


def engine_columns(estates: list[dict], buildings: list[dict],
                   works: list[dict[str, Any]] | None = None) -> dict[str, np.ndarray]:
    """The engine's columns of the demo's records without a database, with the works fields
    (status, start, completion) when ``works`` is given."""
    cols = {k: np.array([b.get(k) for b in buildings], dtype=float) for k in NUMERIC_KEYS}
    cols.update({k: np.array([b.get(k) for b in buildings], dtype=object) for k in TEXT_KEYS})
    cols["estate"] = np.array([estates[b["estate_index"]]["name"] for b in buildings], dtype=object)
    cols["building"] = np.array([b["name"] for b in buildings], dtype=object)
    cols["city"] = np.array([b.get("city") or "唐山" for b in buildings], dtype=object)
    if works is not None:
        for key in ("status", "works_start", "works_completed"):
            cols[key] = np.array([w[key] for w in works], dtype=object)
    return cols


def _works(rng: np.random.Generator, year: int, mode: str) -> tuple[dt.date, dt.date]:
    """Works from spring (after the heating season) to autumn; a rebuild starts early and ends late."""
    rebuild = mode == "rebuild"
    start = dt.date(year, 4, 1) + dt.timedelta(days=int(rng.integers(0, 20 if rebuild else 60)))
    done = dt.date(year, 10 if rebuild else 9, 1) + dt.timedelta(days=int(rng.integers(0, 25 if rebuild else 55)))
    return start, done


class _Season:
    """Turns a coal index into one reading of a building or an estate."""

    def __init__(self, settings: Settings, z: float, te: float) -> None:
        self.hc, self.ti, self.z, self.te = settings.coal_heat_value_kwh_kgce, settings.indoor_temp_c, z, te

    def weather(self, season: int) -> tuple[float, float, float]:
        z_act, te_act = SEASON_WEATHER[season]
        return z_act, te_act, z_act * (self.ti - te_act) / (self.z * (self.ti - self.te))

    def heat_gj(self, q: float, area: float, eta: float) -> float:
        return q * area * self.hc * eta / KWH_PER_GJ


def _reading(estate: str, building: str | None, season: int, unit: str, gj: float, tce: float,
             weather: tuple[float, float, float], area: float | None, indoor: float | None) -> MeterReading:
    gj, tce = float(gj), float(tce)                     # Python floats round fast
    quantity = {"GJ": {"heat_gj": round(gj, 1)}, "MWh": {"heat_mwh": round(gj / GJ_PER_MWH, 2)},
                "tce": {"coal_tce": round(tce, 2)}}[unit]
    return MeterReading(estate, building, season, heated_area_m2=area, heating_days=weather[0],
                        mean_outdoor_temp_c=weather[1], indoor_temp_c=indoor, **quantity)


def _estate_plan(rng: np.random.Generator) -> dict[str, Any]:
    kinds, shares = zip(*METERING, strict=True)
    unit = rng.choice(["GJ", "MWh", "tce"], p=[0.70, 0.15, 0.15])
    takeback = rng.uniform(1.08, 1.20) if rng.random() < 0.25 else 1.0
    poor = rng.uniform(1.35, 1.70) if rng.random() < 0.06 else 1.0
    return {"metering": kinds[rng.choice(len(kinds), p=np.array(shares) / sum(shares))], "unit": str(unit),
            "after_factor": takeback * poor, "indoor": rng.random() < 0.3, "area_given": rng.random() < 0.2,
            "contractor": CONTRACTORS[rng.integers(len(CONTRACTORS))], "before": 2 + int(rng.random() < 0.65),
            "after": 1 + int(rng.random() < 0.65), "cost": rng.normal(1.02, 0.035)}


def execution(estates: list[dict], buildings: list[dict], settings: Settings = TANGSHAN_PROGRAMME,
              random_seed: int = RANDOM_SEED) -> Execution:
    """Works and meter readings for the demo's records (see the module docstring).

    Parameters
    ----------
    estates : list of dict
        The estates, each with ``name``.
    buildings : list of dict
        The buildings (data-dictionary keys, ``name`` for the building, ``estate_index`` into
        ``estates``), with ``planned_year``, ``mode`` and ``measured_kgce_m2``.
    settings : Settings
        The method's settings (the demo's preset).
    random_seed : int
    """
    rng = np.random.default_rng(random_seed)
    est = estimate_columns(engine_columns(estates, buildings), settings)
    r = est.results
    n = len(buildings)
    area_after = np.broadcast_to(r.after.floor_area, (n,))
    eta_b = np.broadcast_to(r.before.eta_network * r.before.eta_source, (n,))
    eta_a = np.broadcast_to(r.after.eta_network * r.after.eta_source, (n,))
    q_after, cost = np.broadcast_to(r.after.coal_index, (n,)), np.broadcast_to(r.cost, (n,))
    season = _Season(settings, float(est.inputs.heating_days[0]), float(est.inputs.mean_outdoor_temperature[0]))
    plans = [_estate_plan(rng) for _ in estates]
    works: list[dict[str, Any]] = []
    readings: list[MeterReading] = []
    estate_sums: dict[tuple[int, int], list[float]] = {}
    for i, b in enumerate(buildings):
        e, plan = int(b["estate_index"]), plans[int(b["estate_index"])]
        year = int(b["planned_year"])
        start, done = _works(rng, year, b["mode"])
        works.append({"status": "completed", "works_start": start, "works_completed": done,
                      "actual_cost_rmb": round(float(cost[i]) * plan["cost"] * rng.lognormal(0, 0.04), -2),
                      "contractor": plan["contractor"]})
        before = [year - k for k in range(plan["before"], 0, -1)]
        after = [s for s in range(year, year + plan["after"]) if s <= LAST_SEASON]
        kind = plan["metering"]
        seasons = ([(s, True) for s in before] if kind in ("buildings", "estate", "before_only") else []) + (
            [(s, False) for s in after] if kind in ("buildings", "estate", "after_only") else [])
        for s, is_before in seasons:
            weather = season.weather(s)
            noise = rng.lognormal(0.0, 0.04)
            area = float(b["floor_area_m2"] if is_before else area_after[i])
            given = round(area * rng.uniform(0.95, 1.0), 1) if plan["area_given"] and kind != "estate" else None
            q = (b["measured_kgce_m2"] if is_before else q_after[i] * plan["after_factor"]) * weather[2] * noise
            use = given or area
            gj, tce = season.heat_gj(q, use, eta_b[i] if is_before else eta_a[i]), q * use / 1000.0
            indoor = round(float(rng.normal(15.2 if is_before else 20.3, 0.6)), 1) if plan["indoor"] else None
            if kind == "estate":
                sums = estate_sums.setdefault((e, s), [0.0, 0.0])
                sums[0] += gj
                sums[1] += tce
                continue
            readings.append(_reading(estates[e]["name"], b["name"], s, plan["unit"], gj, tce, weather, given, indoor))
    for (e, s), (gj, tce) in sorted(estate_sums.items()):
        readings.append(_reading(estates[e]["name"], None, s, plans[e]["unit"], gj, tce, season.weather(s), None, None))
    return Execution(works, readings)


def write_execution(connection: Any, estates: list[dict], buildings: list[dict], estate_ids: list[int],
                    settings: Settings = TANGSHAN_PROGRAMME, random_seed: int = RANDOM_SEED) -> Execution:
    """Apply :func:`execution` to the demo's records just inserted (``estate_ids[i]`` is the id of
    ``estates[i]``), in the caller's transaction: the works fields of every building and the meter
    readings (bulk statements)."""
    from sqlalchemy import bindparam, insert, select, update

    from retrofit.storage.models import Building, MeterReadingRow

    done = execution(estates, buildings, settings, random_seed)
    id_of = {(e, n): i for i, e, n in connection.execute(
        select(Building.id, Building.estate_id, Building.name).where(Building.estate_id.in_(estate_ids))).all()}
    building_ids = [id_of[(estate_ids[b["estate_index"]], b["name"])] for b in buildings]
    stmt = update(Building).where(Building.id == bindparam("row_id")).values(
        **{k: bindparam(k) for k in ("status", "works_start", "works_completed", "actual_cost_rmb", "contractor")})
    connection.execute(stmt, [{"row_id": bid, **w} for bid, w in zip(building_ids, done.works, strict=True)])
    by_name = {e["name"]: eid for e, eid in zip(estates, estate_ids, strict=True)}
    now = dt.datetime.now(dt.UTC)
    rows = []
    for r in done.readings:
        eid = by_name[r.estate]
        rows.append({"estate_id": eid, "building_id": None if r.building is None else id_of[(eid, r.building)],
                     "season": r.season, "heat_gj": r.heat_gj, "heat_mwh": r.heat_mwh, "coal_tce": r.coal_tce,
                     "heated_area_m2": r.heated_area_m2, "heating_days": r.heating_days,
                     "mean_outdoor_temp_c": r.mean_outdoor_temp_c, "indoor_temp_c": r.indoor_temp_c,
                     "created_at": now, "updated_at": now})
    for start in range(0, len(rows), 5000):
        connection.execute(insert(MeterReadingRow), rows[start:start + 5000])
    return done
