"""load_columns gives exactly the arrays of a plain row-by-row read, on SQLite and PostgreSQL:
values set only in buildings far past the first rows, NULLs in columns that are mostly set,
booleans, the estate filter and the building id filter."""
import datetime as dt
import math
import random

import numpy as np
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from retrofit.domain.records import BuildingRecord, EstateRecord, Mode, Register, Status, Structure
from retrofit.services.app import open_services
from retrofit.storage.load import DATE_KEYS, TEXT_KEYS, load_columns
from retrofit.storage.models import BUILDING_COLUMNS, Building, Estate
from retrofit.storage.repositories import BUILDING_KEYS

KEYS = ("id", "estate_id", *BUILDING_KEYS)


def reference_columns(engine, estate_id=None, building_ids=None) -> dict[str, np.ndarray]:
    """The columns the plain way: ORM rows in id order, one value at a time."""
    stmt = (select(Building, Estate.name, Estate.city).join(Estate, Building.estate_id == Estate.id)
            .order_by(Building.id))
    if estate_id is not None:
        stmt = stmt.where(Building.estate_id == estate_id)
    if building_ids is not None:
        stmt = stmt.where(Building.id.in_(list(building_ids)))
    with Session(engine) as session:
        rows = session.execute(stmt).all()
    out: dict[str, np.ndarray] = {}
    for key in KEYS:
        values = [getattr(b, BUILDING_COLUMNS.get(key, key)) for b, _, _ in rows]
        if key in ("id", "estate_id"):
            out[key] = np.array(values, dtype=np.int64)
        elif key in TEXT_KEYS:
            out[key] = np.array(values + [None], dtype=object)[:-1]
        elif key in DATE_KEYS:
            out[key] = np.array(values, dtype="datetime64[D]")
        else:
            out[key] = np.array([math.nan if v is None else float(v) for v in values], dtype=float)
    out["estate"] = np.array([name for _, name, _ in rows] + [None], dtype=object)[:-1]
    out["city"] = np.array([city for _, _, city in rows] + [None], dtype=object)[:-1]
    return out


def assert_same(got: dict[str, np.ndarray], want: dict[str, np.ndarray]) -> None:
    assert list(got) == list(want)
    for key, expected in want.items():
        value = got[key]
        assert value.dtype == expected.dtype and value.shape == expected.shape, key
        if value.dtype == object:
            assert value.tolist() == expected.tolist(), key
        else:
            assert np.array_equal(value, expected, equal_nan=True), key
            # the same bits, NaN included (no value may be rounded on the way)
            assert value.tobytes() == expected.tobytes() or key not in ("id", "estate_id"), key


def city(n: int) -> Register:
    """``n`` buildings in 7 estates; the method's optional inputs set in a few buildings only,
    most of them far past the first rows."""
    rng = random.Random(7)
    estates = tuple(EstateRecord(f"小区{i}", "唐山" if i % 2 else "北京", district=f"区{i % 3}") for i in range(7))
    buildings = []
    for i in range(n):
        extra = {}
        if i == n - 3:
            extra = {"wall_u": 1.2345678901234567, "stairwell_heated": False, "eta_source_after": 0.85,
                     "wwr": 0.0}
        elif i == n - 40:
            extra = {"stairwell_heated": True, "air_change_after_h": 0.5, "floor_factor": 1.0}
        elif i == 5:
            extra = {"window_u": 2.8}
        elif i == n - 7:
            extra = {"status": Status.COMPLETED, "works_start": dt.date(2012, 4, 1),
                     "works_completed": dt.date(2012, 10, 15), "actual_cost_rmb": 1234567.89, "contractor": "唐山建工",
                     "indoor_temp_before_c": 14.5, "measured_gj_m2": 0.42}
        buildings.append(BuildingRecord(
            estate=f"小区{i % 7}", building=f"{i // 7 + 1}号楼", city=estates[i % 7].city,
            year_built=1970 + i % 26, storeys=4 + i % 4, floor_area_m2=round(rng.uniform(800, 6000), 3) + rng.random(),
            households=20 + i % 50,
            structure=None if i % 11 == 0 else list(Structure)[i % 3],
            measured_kgce_m2=None if i % 4 == 0 else rng.uniform(15, 40),
            mode=None if i % 5 == 0 else list(Mode)[i % 4],
            package=None if i % 3 == 0 else ("usual", "advanced", "basic")[i % 3],
            planned_year=None if i % 6 == 0 else 2008 + i % 3,
            added_storeys=1 if i % 9 == 0 else None,
            remaining_life_years=None if i < 300 else 30.5,     # first set past the first rows
            **extra))
    return Register(estates=estates, buildings=tuple(buildings))


@pytest.fixture
def stocked(db_url):
    with open_services(db_url) as app:
        app.imports.commit_register(city(700))
    return db_url


def test_the_columns_equal_a_plain_read(stocked):
    with open_services(stocked) as app:
        engine = app.engine
        cols = load_columns(engine)
        assert_same(cols, reference_columns(engine))
        assert len(cols["id"]) == 700
        # the sparse values arrive where they belong
        at = {int(i): k for k, i in enumerate(cols["id"])}
        last = at[int(cols["id"][-3])]
        assert cols["wall_u"][last] == 1.2345678901234567 and cols["stairwell_heated"][last] == 0.0
        assert cols["wwr"][last] == 0.0 and np.isnan(cols["wwr"]).sum() == 699
        assert cols["stairwell_heated"][-40] == 1.0 and np.isnan(cols["stairwell_heated"]).sum() == 698
        assert cols["window_u"][5] == 2.8
        works = at[int(cols["id"][-7])]
        assert cols["works_completed"][works] == np.datetime64("2012-10-15") and cols["status"][works] == "completed"
        assert np.isnat(cols["works_start"]).sum() == 699 and cols["actual_cost_rmb"][works] == 1234567.89
        assert cols["remaining_life_years"][299] != cols["remaining_life_years"][299]    # NaN
        assert cols["remaining_life_years"][300] == 30.5
        assert None in cols["structure"].tolist() and None in cols["package"].tolist()


def test_the_estate_and_id_filters_equal_a_plain_read(stocked):
    with open_services(stocked) as app:
        engine = app.engine
        ids = load_columns(engine)["id"]
        for estate_id in {int(e) for e in load_columns(engine)["estate_id"]}:
            assert_same(load_columns(engine, estate_id=estate_id), reference_columns(engine, estate_id=estate_id))
        wanted = [int(ids[-3]), int(ids[0]), int(ids[5]), int(ids[-3]), 10**9]      # unordered, a repeat, unknown
        assert_same(load_columns(engine, building_ids=wanted), reference_columns(engine, building_ids=wanted))
        assert load_columns(engine, building_ids=wanted)["id"].tolist() == sorted({int(ids[-3]), int(ids[0]),
                                                                                    int(ids[5])})
        both = load_columns(engine, estate_id=int(load_columns(engine)["estate_id"][0]), building_ids=wanted)
        assert both["id"].tolist() == [int(ids[0])]
        assert_same(load_columns(engine, building_ids=[]), reference_columns(engine, building_ids=[]))
        assert_same(load_columns(engine, estate_id=10**9), reference_columns(engine, estate_id=10**9))


def test_a_city_without_optional_values_loads_them_as_missing(db_url):
    reg = Register(estates=(EstateRecord("甲", "唐山"),),
                   buildings=tuple(BuildingRecord("甲", f"{i}号楼", "唐山", 1980, 5, 3000.0, 60) for i in range(3)))
    with open_services(db_url) as app:
        app.imports.commit_register(reg)
        cols = load_columns(app.engine)
        assert_same(cols, reference_columns(app.engine))
    assert cols["mode"].tolist() == [None, None, None] and np.isnan(cols["wall_u"]).all()
    assert cols["floor_area_m2"].tolist() == [3000.0] * 3


def test_the_loaded_city_estimates_as_the_plain_read(stocked):
    from retrofit.domain.settings import Settings
    from retrofit.estimate import estimate_columns

    with open_services(stocked) as app:
        fast = estimate_columns(load_columns(app.engine), Settings())
        plain = estimate_columns(reference_columns(app.engine), Settings())
    assert fast.totals() == plain.totals()
