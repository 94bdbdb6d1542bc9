"""The demo city's execution data: works completed in their planned year, meters before and after,
and a verification that still gives the seed's programme figures."""
from collections import Counter

import numpy as np
import pytest

from retrofit.demo import build_city
from retrofit.demo_execution import SEASON_WEATHER, engine_columns, execution
from retrofit.domain.settings import TANGSHAN_PROGRAMME
from retrofit.estimate import estimate_columns
from retrofit.verification import reading_columns, verify_columns


@pytest.fixture(scope="module")
def city():
    return build_city()


@pytest.fixture(scope="module")
def run(city):
    return execution(city.estates, city.buildings)


@pytest.fixture(scope="module")
def verified(city, run):
    return verify_columns(engine_columns(city.estates, city.buildings, run.works), reading_columns(run.readings), TANGSHAN_PROGRAMME)


def test_same_random_seed_same_data(city, run):
    again = execution(city.estates, city.buildings)
    assert again.works == run.works and again.readings == run.readings
    assert execution(city.estates, city.buildings, random_seed=7).readings != run.readings


def test_works_completed_in_the_planned_year_before_the_heating_season(city, run):
    assert len(run.works) == len(city.buildings)
    for b, w in zip(city.buildings, run.works, strict=True):
        assert w["status"] == "completed"
        assert w["works_start"].year == w["works_completed"].year == b["planned_year"]
        assert w["works_start"] < w["works_completed"] < w["works_completed"].replace(month=11, day=1)
    contractors = {w["contractor"] for w in run.works}
    assert 5 <= len(contractors) <= 10


def test_actual_costs_around_the_estimate(city, run):
    est = estimate_columns(engine_columns(city.estates, city.buildings, run.works), TANGSHAN_PROGRAMME)
    ratio = np.array([w["actual_cost_rmb"] for w in run.works]) / est.results.cost
    assert np.median(ratio) == pytest.approx(1.02, abs=0.02)
    assert 0.85 < np.percentile(ratio, 1) and np.percentile(ratio, 99) < 1.2
    assert np.sum([w["actual_cost_rmb"] for w in run.works]) == pytest.approx(est.totals()["cost_rmb"] * 1.02,
                                                                               rel=0.03)


def test_readings_plausible_seasons_units_and_weather(run):
    readings = run.readings
    assert 25_000 <= len(readings) <= 32_000
    units = Counter(r.unit for r in readings)
    assert units["GJ"] > units["MWh"] > 0 and units["tce"] > 0
    assert {r.season for r in readings} <= set(SEASON_WEATHER)
    assert all(r.heating_days == SEASON_WEATHER[r.season][0] for r in readings)
    assert sum(r.building is None for r in readings) > 50            # estate meters
    assert sum(r.heated_area_m2 is not None for r in readings) > 1000
    indoor = [r.indoor_temp_c for r in readings if r.indoor_temp_c is not None]
    assert 13 < min(indoor) and max(indoor) < 23


def test_seasons_before_and_after_per_building(verified):
    d = verified.to_dict()
    statuses = Counter(b["status"] for b in d["buildings"])
    assert statuses["verified"] / len(d["buildings"]) > 0.8
    assert statuses["no_baseline"] > 0 and statuses["no_after"] > 0 and statuses["no_readings"] > 0
    for row in d["buildings"]:
        if row["status"] == "verified":
            assert 2 <= row["seasons_before"] <= 3 and 1 <= row["seasons_after"] <= 2
            assert row["seasons_left_out"] == 0


def test_realisation_rates_take_back_and_under_performers(verified):
    rates = np.array([b["realisation_rate"] for b in verified.to_dict()["buildings"]
                      if b["realisation_rate"] is not None])
    assert 0.95 < np.median(rates) < 1.02                       # noise around the prediction …
    assert 0.85 < np.percentile(rates, 25) < 0.97               # … some estates take back comfort …
    assert 0.02 < np.mean(rates < 0.7) < 0.10                   # … a few perform poorly
    assert 0.9 < verified.totals()["realisation_rate"] < 1.0


def test_programme_figures_stay_within_five_percent_of_the_seed(verified):
    totals = verified.estimate.totals()
    assert totals["saved_tce"] == pytest.approx(360_000, rel=0.05)
    assert totals["coal_before_tce"] == pytest.approx(550_000, rel=0.05)
    assert totals["saved_tco2"] == pytest.approx(920_000, rel=0.05)
    sources = Counter(verified.estimate.calibration_sources.tolist())
    assert sources["meters"] > 0.8 * len(verified) and sources["measured_kgce_m2"] > 0
    years = verified.by_year()
    assert [y["year"] for y in years] == [2008, 2009, 2010]
    assert years[-1]["cumulative_completed_area_m2"] == pytest.approx(22e6, rel=0.01)


def test_the_demo_database_carries_the_works_and_the_readings(demo_url, run):
    """The database of the first start (``ensure_demo``; made once per run, tests/conftest.py)."""
    from retrofit.services.app import open_services

    with open_services(demo_url) as app:
        readings = app.verification.readings()
        assert len(readings) == len(run.readings)
        assert sorted(readings, key=repr) == sorted(run.readings, key=repr)
        pilot = next(e for e in app.records.list_estates() if e.estate == "河北1号小区")
        row = app.records.list_buildings(pilot.id)[0]
        assert str(getattr(row["status"], "value", row["status"])) == "completed"
        assert row["works_completed"].year == row["planned_year"] and row["contractor"]
        totals = app.verification.verify().totals()
        assert totals["verified_buildings"] > 0.8 * 7000 and 0.9 < totals["realisation_rate"] < 1.0
        progress = app.verification.progress()
        assert progress.area_by_status["completed"] == pytest.approx(22e6, rel=0.01)
