"""retrofit.funding: the split per estate and per household, with hand-computed numbers."""
from __future__ import annotations

import math

import pytest

from retrofit.domain.records import EstateRecord
from retrofit.domain.settings import Settings
from retrofit.funding import MoneyInputs, building_split, estate_money

WE5 = dict(estate="河北1号", mode="retrofit", floor_area_m2=3600.0, added_area_m2=0.0, households=60,
           cost_rmb=715_320.0, saved_tce=54.7128, saved_tco2=139.85, freed_capacity_kw=132.5,
           retrofitted_area_m2=3600.0, has_envelope=True, has_metering=True, has_balancing=True,
           severe_cold=False, heat_before_kwh_m2=127.08, heat_after_kwh_m2=54.06)


def _inputs(*rows: dict) -> MoneyInputs:
    return MoneyInputs.build(**{k: [r[k] for r in rows] for k in WE5})


def test_we5_block_split_and_payback():
    money = estate_money(_inputs(WE5), Settings())["河北1号"]
    f = money.funding_rmb
    assert f["central"] == pytest.approx(162_000.0)
    assert f["utility"] == pytest.approx(0.3 * 5 * 54_712.8)
    assert f["sales"] == 0.0 and f["local"] == 0.0
    assert f["residents"] == pytest.approx(360_000.0)
    assert f["city"] == pytest.approx(715_320.0 - 162_000.0 - 82_069.2 - 360_000.0)
    assert sum(f.values()) == pytest.approx(715_320.0)
    assert money.payback_years == pytest.approx(13.07, abs=0.01)
    assert money.tariff == "area"


def test_rebuild_gets_no_subsidy_but_sells_area():
    rebuild = WE5 | dict(estate="B", mode="rebuild", floor_area_m2=1000.0, added_area_m2=300.0,
                         cost_rmb=3_250_000.0, retrofitted_area_m2=0.0, households=20)
    split = building_split(_inputs(rebuild), Settings())
    assert split["central"][0] == 0.0
    assert split["sales"][0] == pytest.approx(600_000.0)
    assert split["residents"][0] == pytest.approx(100_000.0)


def test_surplus_is_reported_and_city_never_negative():
    cheap = WE5 | dict(mode="add_storey", added_area_m2=600.0, cost_rmb=1_000_000.0)
    money = estate_money(_inputs(cheap), Settings())["河北1号"]
    # central 162,000 + utility 82,069.2 + sales 1,200,000 offered; 755,930.8 is needed from sales
    assert money.funding_rmb["sales"] == pytest.approx(1_000_000.0 - 162_000.0 - 82_069.2)
    assert money.funding_rmb["residents"] == 0.0 and money.funding_rmb["city"] == 0.0
    assert money.surplus_rmb == pytest.approx(1_200_000.0 - 755_930.8 + 360_000.0)


def test_buildings_outside_the_programme_are_left_out():
    money = estate_money(_inputs(WE5, WE5 | dict(mode="none", cost_rmb=0.0)), Settings())
    assert money["河北1号"].floor_area_m2 == 3600.0


def test_household_bills_under_both_tariffs():
    record = EstateRecord(estate="河北1号", city="唐山", metered_billing=True)
    money = estate_money(_inputs(WE5), Settings(), {"河北1号": record})["河北1号"]
    hh = money.per_household
    assert money.tariff == "metered"
    assert hh["flat_m2"] == 60.0
    assert hh["area_bill_before_rmb"] == hh["area_bill_after_rmb"] == 1320.0
    # 60 m² × (0.4 × 22 RMB/m² + 44.45 RMB/GJ × 127.08 kWh/m² × 0.0036 GJ/kWh)
    assert hh["metered_bill_before_rmb"] == pytest.approx(60 * (8.8 + 44.45 * 127.08 * 0.0036))
    saved = hh["metered_bill_before_rmb"] - hh["metered_bill_after_rmb"]
    assert saved / 60 == pytest.approx(11.68, abs=0.01)
    assert hh["residents_rmb"] == pytest.approx(6000.0)


def test_payback_without_saving_is_infinite():
    money = estate_money(_inputs(WE5 | dict(saved_tce=0.0)), Settings())["河北1号"]
    assert math.isinf(money.payback_years)

