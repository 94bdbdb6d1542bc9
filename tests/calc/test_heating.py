"""calc.heating: JGJ 26 formulas against domain.md worked examples and hand arithmetic."""
import numpy as np
import pytest
from numpy.testing import assert_allclose

from calc import heating


def test_coal_index_beijing_jgj26_95():
    # WE-1: 24*125*20.6 / (8140*0.90*0.68) = 12.405 kgce/m²
    assert_allclose(heating.coal_index(20.6, 125, 0.90, 0.68), 12.405, rtol=1e-4)


@pytest.mark.parametrize("heat_index", [[20.6, 10.3], np.array([20.6, 10.3])])
def test_coal_index_list_and_array(heat_index):
    q_c = heating.coal_index(heat_index, 125, 0.90, 0.68)
    assert_allclose(q_c, [12.405, 12.405 / 2], rtol=1e-4)


@pytest.mark.parametrize("eta1, eta2", [(0.0, 0.68), (0.9, 1.2), (-0.1, 0.5)])
def test_coal_index_rejects_impossible_efficiency(eta1, eta2):
    with pytest.raises(ValueError, match="efficiency"):
        heating.coal_index(20.6, 125, eta1, eta2)


def test_heat_index_below_zero_is_an_error_not_clamped():
    with pytest.raises(ValueError, match="heat_index"):
        heating.heat_consumption_index(2.0, 1.0, 3.8)


def test_air_density_at_tangshan_mean_temperature():
    assert_allclose(heating.air_density(-1.6), 353 / 271.4, rtol=1e-12)


def test_we4_infiltration_and_wall_index():
    # domain.md WE-4: q_INF 9.594, walls 15.981 W/m²
    air = heating.infiltration_coefficient(0.8, 0.6 * 10080, -1.6)
    assert_allclose(air, 0.28 * 353 / 271.4 * 0.8 * 0.6 * 10080)
    assert_allclose(heating.loss_index(air, 3600, 18, -1.6), 9.594, rtol=1e-4)
    wall = heating.transmission_coefficient(1.6, 1834.56)
    assert_allclose(wall, 2935.296)
    assert_allclose(heating.loss_index(wall, 3600, 18, -1.6), 15.981, rtol=1e-4)
    assert_allclose(heating.transmission_coefficient(1.5, 600, 0.5), 450.0)


def test_design_index_we4_before():
    # (q_HT + q_INF)·(t_i − t_wd)/(t_i − t_e) = (34.938 + 9.594) × 27.2 / 19.6
    losses = (34.938 + 9.594) * 3600 / 19.6
    assert_allclose(heating.design_heat_index(losses, 3600, 18, -9.2), 61.80, rtol=5e-4)


def test_loss_index_needs_a_floor_area():
    with pytest.raises(ValueError, match="floor_area"):
        heating.loss_index(100.0, [3600.0, 0.0], 18, -1.6)


def test_we3_full_load_hours_and_top_down_capacity():
    # WE-3: EFLH 2,248.2 h; 360,000 tce × 8.14 × 0.612 / EFLH = 797.7 MW; 9.97 M m² at 80 W/m²
    hours = heating.full_load_hours(130, 18, -1.6, -9.2)
    assert_allclose(hours, 2248.2, rtol=1e-4)
    mw = heating.capacity_from_saved_coal(360_000, 0.90, 0.68, hours)
    assert_allclose(mw, 797.7, rtol=5e-4)
    assert_allclose(heating.extra_connectable_area(mw * 1e6, 80.0), 9.97e6, rtol=5e-3)


def test_delivered_heat_and_plant_load():
    assert_allclose(heating.delivered_heat(40.732, 130), 127.08, rtol=1e-4)
    assert_allclose(heating.plant_load(61.80, 3600, 0.90), 61.80 * 3600 / 0.9)
    with pytest.raises(ValueError):
        heating.plant_load(61.8, 3600, 1.5)


def test_coal_index_from_metered_heat_round_trip():
    # WE-4 before: 127.08 kWh/m² = 0.4575 GJ/m² delivered → 25.51 kgce/m² at 0.90 × 0.68
    gj = heating.delivered_heat(40.732, 130) * 0.0036
    assert_allclose(heating.coal_index_from_heat(gj, 0.90, 0.68), 25.510, rtol=5e-4)
