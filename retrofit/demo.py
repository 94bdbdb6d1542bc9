"""The demo city: a deterministic Tangshan (唐山) at the 2008–2010 programme's scale.

470 estates, about 8,000 buildings built after the 1976 earthquake (1978–1999, most by 1990; the
stock and the modes are drawn in :mod:`retrofit.demo_stock`), 22 M m² and about 400,000
households in the city's districts, metered consumption averaging 25 kgce/m², the seed's mode
split by floor area (≈52 % retrofit, 27 % rebuild, 21 % add_storey, following the buildings)
and the "Tangshan programme" settings preset. The share of the "advanced" package is the one
parameter tuned so that the method itself gives the programme's headline numbers
(``docs/records.md``). The same random seed always gives the same city. :func:`ensure_demo` creates it
in an empty database (the desktop app's first start).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from retrofit import demo_stock as stock
from retrofit.domain.errors import ValidationError
from retrofit.domain.settings import TANGSHAN_PROGRAMME, Settings
from retrofit.estimate import NUMERIC_KEYS, TEXT_KEYS, estimate_columns
from retrofit.services.app import open_services
from retrofit.services.events import DatabaseReplaced
from retrofit.storage.db import take_write_lock
from retrofit.storage.models import AuditEntry, Building, Estate, SettingRow
from retrofit.storage.repositories import os_user

RANDOM_SEED = 20080512
CITY = "唐山"
N_ESTATES = 470
TARGET_AREA_M2 = 22_000_000.0
MEAN_COAL_KGCE_M2 = 25.0
#: Share of the retrofit and add_storey buildings that take the "advanced" package (the rest take
#: "usual"). With 20 % the method gives the seed's 360,000 tce; see docs/records.md.
SHARE_ADVANCED = 0.20
#: Mode shares by floor area (the seed's split).
MODE_SHARES = (("rebuild", 0.27), ("add_storey", 0.21), ("retrofit", 0.52))
#: Mean buildings per estate (Poisson), and estates the planner must always plan (必须改造): the
#: pilot and those with the most dangerous buildings.
BUILDINGS_PER_ESTATE, N_MUST_DO = 15.9, 10
#: 河北1号小区: floor area [m²] and households (5-storey blocks of 6 or 5 units, two flats per landing),
#: and the mean indoor temperature surveyed before the works [°C] (14–15 °C, ``domain.md`` §4.4).
PILOT_AREA_M2, PILOT_UNITS, PILOT_INDOOR_C = 64_000.0, (6,) * 15 + (5,) * 9, 14.5
#: Districts of the central city, where whole estates at the main streets were redeveloped.
CENTRAL = ("路北区", "路南区")

#: District → (share of estates, heat supplier).
DISTRICTS: dict[str, tuple[float, str]] = {
    "路北区": (0.30, "唐山市热力总公司"),
    "路南区": (0.24, "唐山市热力总公司"),
    "开平区": (0.10, "开滦热电有限责任公司"),
    "古冶区": (0.09, "古冶区供热公司"),
    "丰南区": (0.10, "丰南区热力公司"),
    "丰润区": (0.10, "丰润区热力公司"),
    "曹妃甸区": (0.04, "曹妃甸区供热公司"),
    "高新区": (0.03, "唐山热电公司"),
}
_STREETS = ("新华道", "建设路", "北新道", "文化路", "卫国路", "光明路", "长宁道", "西山道", "龙泽路",
            "友谊路", "华岩路", "复兴路", "学院路", "机场路", "南新道", "缸窑路", "凤凰道", "钢厂路")
_NAMES = ("光明里", "建设里", "新华里", "跃进里", "胜利里", "友谊里", "和平里", "幸福里", "团结里",
          "育才里", "龙泉里", "翔云里", "凤凰里", "丰和里", "东新村", "西新村", "南新村", "北新村",
          "钢厂宿舍", "陶瓷厂宿舍", "开滦宿舍", "机车厂宿舍", "电厂宿舍", "纺织厂宿舍", "启新宿舍",
          "文化楼", "工人新村", "铁路新村", "河北", "站前", "体育场", "八一", "大里", "乔屯")


@dataclass(frozen=True)
class DemoCity:
    """Column lists ready for a bulk insert."""

    estates: list[dict]
    buildings: list[dict]          # each with "estate_index"


def _estate_names(rng: np.random.Generator, n: int) -> list[str]:
    names: list[str] = ["河北1号小区"]
    used = set(names)
    while len(names) < n:
        base = _NAMES[rng.integers(len(_NAMES))]
        name = f"{base}{rng.integers(1, 9)}号小区" if base.endswith(("里", "村")) else f"{base}小区"
        if name in used:
            name = f"{base}{rng.integers(1, 40)}号院"
        if name not in used:
            used.add(name)
            names.append(name)
    return names


def _estates(rng: np.random.Generator) -> list[dict]:
    names = _estate_names(rng, N_ESTATES)
    districts = list(DISTRICTS)
    shares = np.array([DISTRICTS[d][0] for d in districts])
    picks = rng.choice(len(districts), size=N_ESTATES, p=shares / shares.sum())
    picks[0] = districts.index("路北区")                       # the Sino-German pilot estate
    consent = np.clip(rng.beta(9.0, 2.6, N_ESTATES), 0.35, 1.0)
    out = []
    for i, name in enumerate(names):
        district = districts[picks[i]]
        street = _STREETS[rng.integers(len(_STREETS))]
        out.append({"name": name, "city": CITY, "district": district,
                    "subdistrict": f"{street[:2]}街道", "address": f"{district}{street}{rng.integers(1, 300)}号",
                    "consent_rate": round(float(consent[i]), 2), "heat_supplier": DISTRICTS[district][1],
                    "metered_billing": bool(rng.random() < 0.1)})
    return out


def _pilot(cols: dict[str, np.ndarray]) -> None:
    """河北1号小区 (estate 0, 24 buildings): brick blocks of 5 storeys built in 1978, 64,000 m²
    and 1,350 households; its first three buildings are the 2006 Sino-German pilot (not to be
    rebuilt)."""
    sel = np.flatnonzero(cols["estate_index"] == 0)
    households = np.array(PILOT_UNITS) * 2 * 5
    cols["year_built"][sel], cols["structure"][sel], cols["storeys"][sel] = 1978, 0, 5
    cols["households"][sel] = households
    cols["floor_area_m2"][sel] = households * PILOT_AREA_M2 / households.sum()
    cols["width_m"][sel] = 10.2
    cols["length_m"][sel] = cols["floor_area_m2"][sel] / (10.2 * 5 * 0.97)
    cols["remaining_life_years"][sel] = np.maximum(cols["remaining_life_years"][sel], 26.0)
    cols["indoor_temp_before_c"] = np.where(cols["estate_index"] == 0, PILOT_INDOOR_C, np.nan)


def _scale(cols: dict[str, np.ndarray]) -> None:
    """Flat sizes (and lengths) of every estate but the pilot × one factor, so that the city
    has TARGET_AREA_M2."""
    other = cols["estate_index"] != 0
    area = cols["floor_area_m2"]
    factor = (TARGET_AREA_M2 - area[~other].sum()) / area[other].sum()
    for key in ("floor_area_m2", "length_m"):
        cols[key] = np.where(other, cols[key] * factor, cols[key])
    cols["floor_area_m2"] = np.round(cols["floor_area_m2"], 1)
    cols["length_m"] = np.round(cols["length_m"], 1)


def _planned_years(rng: np.random.Generator, must_do: np.ndarray) -> np.ndarray:
    years = rng.choice([2008, 2009, 2010], size=len(must_do), p=[0.12, 0.40, 0.48])
    return np.where(must_do, 2008, years)


def _must_do(cols: dict[str, np.ndarray], rule: np.ndarray, count: int) -> np.ndarray:
    """The pilot and the estates with the most floor area of dangerous buildings (危房)."""
    danger = np.bincount(cols["estate_index"], weights=cols["floor_area_m2"] * (rule == "required"),
                         minlength=N_ESTATES)
    out = np.zeros(N_ESTATES, dtype=bool)
    out[np.argsort(-danger, kind="stable")[:count - 1]] = True
    out[0] = True
    return out & ((danger > 0) | (np.arange(N_ESTATES) == 0))


def _package(rng: np.random.Generator, mode: str, share_advanced: float) -> str | None:
    if mode == "rebuild":
        return None
    return "advanced" if rng.random() < share_advanced else "usual"


def build_city(random_seed: int = RANDOM_SEED, share_advanced: float = SHARE_ADVANCED) -> DemoCity:
    """The demo city's rows (deterministic for a random seed). ``share_advanced`` is the share of the
    retrofitted buildings that take the "advanced" package; the rest take "usual"."""
    rng = np.random.default_rng(random_seed)
    estates = _estates(rng)
    traits = stock.estate_traits(rng, N_ESTATES)
    counts = rng.poisson(BUILDINGS_PER_ESTATE - 1, N_ESTATES) + 1
    counts[0] = 24                                          # Hebei No.1: 3 pilot + 21 buildings
    cols = stock.buildings(rng, traits, counts)
    _pilot(cols)
    _scale(cols)
    spread = np.clip(rng.lognormal(0.0, 0.12, len(cols["estate_index"])), 0.7, 1.43)   # metered / modelled, ±3σ
    keep = (cols["estate_index"] == 0) & (np.arange(len(spread)) < 3)
    rule = stock.rebuild_rules(rng, cols, keep)
    central = np.array([e["district"] in CENTRAL for e in estates])
    fixed = np.arange(N_ESTATES) == 0
    modes = stock.modes(rng, cols, rule, central, dict(MODE_SHARES), fixed)
    added = stock.added_storeys(rng, cols["storeys"], modes)
    must_do = _must_do(cols, rule, N_MUST_DO)
    years = _planned_years(rng, must_do)
    buildings = []
    indoor = cols["indoor_temp_before_c"]
    numbers = np.zeros(N_ESTATES, dtype=int)
    for i, e in enumerate(cols["estate_index"].tolist()):
        numbers[e] += 1
        mode = str(modes[i])
        buildings.append({
            "estate_index": e, "name": f"{numbers[e]}号楼", "year_built": int(cols["year_built"][i]),
            "storeys": int(cols["storeys"][i]), "floor_area_m2": float(cols["floor_area_m2"][i]),
            "households": int(cols["households"][i]),
            "structure": stock.STRUCTURES[int(cols["structure"][i])],
            "length_m": float(cols["length_m"][i]), "width_m": float(cols["width_m"][i]),
            "measured_kgce_m2": None, "remaining_life_years": float(cols["remaining_life_years"][i]),
            "indoor_temp_before_c": None if np.isnan(indoor[i]) else float(indoor[i]),
            "rebuild_rule": rule[i], "mode": mode, "package": _package(rng, mode, share_advanced),
            "planned_year": int(years[e]), "added_storeys": None if added[i] is None else int(added[i]),
        })
    for i, estate in enumerate(estates):
        estate["year_completed"], estate["households"], estate["must_do"] = 9999, 0, bool(must_do[i])
    for b in buildings:
        estate = estates[b["estate_index"]]
        estate["year_completed"] = min(estate["year_completed"], b["year_built"])
        estate["households"] += b["households"]
    _meter(buildings, spread)
    return DemoCity(estates=estates, buildings=buildings)


def _meter(buildings: list[dict], spread: np.ndarray) -> None:
    """Metered consumption: the method's baseline of each building times a spread (metered
    and modelled differ by ±12 %, at most ±3σ, so that no calibration factor is flagged), scaled
    so that the city averages 25 kgce/m²."""
    cols = {k: np.array([b.get(k) for b in buildings], dtype=float) for k in NUMERIC_KEYS}
    cols.update({k: np.array([b.get(k) for b in buildings], dtype=object) for k in TEXT_KEYS})
    cols["estate"] = np.array([str(b["estate_index"]) for b in buildings], dtype=object)
    cols["building"] = np.array([b["name"] for b in buildings], dtype=object)
    cols["city"] = np.full(len(buildings), CITY, dtype=object)
    model = np.asarray(estimate_columns(cols, TANGSHAN_PROGRAMME).results.before.coal_index, dtype=float)
    area = cols["floor_area_m2"]
    coal = model * spread
    coal = np.round(coal * MEAN_COAL_KGCE_M2 * area.sum() / (coal * area).sum(), 1)
    for b, value in zip(buildings, coal.tolist(), strict=True):
        b["measured_kgce_m2"] = value


def write_city(session: Session, city: DemoCity, settings: Settings = TANGSHAN_PROGRAMME, *,
               execution: bool = True) -> None:
    """Insert the city, its execution data (:mod:`retrofit.demo_execution`: the works and the meter
    readings; left out with ``execution=False``: the city as planned in 2008, before any works) and
    its settings preset in the caller's transaction (bulk inserts)."""
    now = dt.datetime.now(dt.UTC)
    stamp = {"version": 1, "created_at": now, "updated_at": now}
    connection = session.connection()
    connection.execute(insert(Estate), [{**e, **stamp} for e in city.estates])
    ids = dict(connection.execute(select(Estate.name, Estate.id).where(Estate.city == CITY)).all())
    estate_ids = [ids[e["name"]] for e in city.estates]
    rows = []
    for b in city.buildings:
        row = {k: v for k, v in b.items() if k != "estate_index"}
        rows.append({**row, "estate_id": estate_ids[b["estate_index"]], **stamp})
    connection.execute(insert(Building), rows)
    if execution:
        from retrofit.demo_execution import write_execution

        write_execution(connection, city.estates, city.buildings, estate_ids, settings)   # works and meters
    defaults = Settings().to_dict()
    for key, value in settings.to_dict().items():
        setting = session.get(SettingRow, key)
        if value == defaults[key]:
            if setting is not None:
                session.delete(setting)
        elif setting is None:
            session.add(SettingRow(key=key, value=value))
        else:
            setting.value = value
    session.add(AuditEntry(user_name=os_user(), source="demo", entity="register", entity_id=None,
                           label=f"demo city {CITY}", changes={"estates": len(city.estates),
                                                                "buildings": len(city.buildings)}))


def create_in(app, random_seed: int = RANDOM_SEED, *, replace: bool = False,
              execution: bool = True) -> tuple[int, int]:  # noqa: ANN001
    """Add the demo city through ``app`` (an AppServices) in one transaction, after deleting
    every estate when ``replace``; DatabaseReplaced is published after the commit. Returns
    (estates, buildings). ValidationError if the city's estates are already there. Without
    ``execution`` the city is as planned in 2008: no works, no meter readings."""
    city = build_city(random_seed)
    try:
        with app.session_factory.begin() as session:
            take_write_lock(session.connection())
            if replace:
                session.execute(delete(Estate))
            write_city(session, city, execution=execution)
    except IntegrityError as exc:
        raise ValidationError("duplicate", field="estate", value=CITY) from exc
    app.bus.publish(DatabaseReplaced())
    return len(city.estates), len(city.buildings)


def create_demo(url: str | None = None, *, random_seed: int = RANDOM_SEED, execution: bool = True) -> int:
    """Add the demo city to the database at ``url`` (created or upgraded first); returns the
    number of buildings. ``execution=False``: the city as planned in 2008 (see :func:`create_in`)."""
    with open_services(url) as app:
        return create_in(app, random_seed, execution=execution)[1]


def ensure_in(app) -> bool:  # noqa: ANN001
    """Create the demo city through ``app`` (an AppServices) if its database holds no estate yet,
    in one transaction under the write lock (a second first start at the same time waits and
    then finds the city). Returns True when it was created."""
    with app.session_factory() as session:
        if session.scalar(select(func.count()).select_from(Estate)):
            return False
    city = build_city()
    with app.session_factory.begin() as session:
        take_write_lock(session.connection())
        if session.scalar(select(func.count()).select_from(Estate)):
            return False
        write_city(session, city)
    app.bus.publish(DatabaseReplaced())
    return True


def ensure_demo(url: str | None = None) -> bool:
    """Create the demo city if the database at ``url`` holds no estate yet (the desktop app's
    first start). Returns True when it was created. Schema and city are each all or nothing:
    a process stopped at any point leaves no part of a city behind."""
    with open_services(url) as app:
        return ensure_in(app)
