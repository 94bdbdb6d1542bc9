"""The method's revised rules, worked by hand on the WE-4 block (60 m × 10 m, 3,600 m², 6 storeys,
Tangshan): §2 one dimension given, §7 a measure never makes a component worse, §8 calibration
sources and the indoor temperature before the works, §9 rebuild and add_storey.

H (W/K) of the WE-4 block: walls 1.6 × 1,834.56 + windows 4.7 × 517.44 + roof 1.0 × 600
+ floor 0.5 × 1.5 × 600 + air 0.28 × 353/271.4 × 0.8 × 0.6 × 10,080 = 8,179.34 W/K,
so (q_HT + q_INF) = 8,179.34 × 19.6 / 3,600 = 44.532 W/m² at 18 °C.
"""
import numpy as np
import pytest
from calc_examples import WE4_AFTER
from numpy.testing import assert_allclose

from calc.engine import evaluate
from calc.geometry import building_geometry
from calc.inputs import ADD_STOREY, REBUILD, MethodConstants

RTOL = 1e-4
USUAL = ["wall_eps_80", "window_pvc_double", "roof_xps_80", "stairwell", "metering_trv", "network_balancing"]


# -- §2: one of length and width given ------------------------------------------------------------
def test_a_60_m_block_of_3600_m2_on_6_storeys_is_10_m_deep():
    g = building_geometry(3600, 6, 2.8, length=60)
    assert_allclose([g.footprint[()], g.width[()], g.perimeter[()]], [600, 10, 140])
    assert not g.area_mismatch


def test_width_only_gives_the_length_and_length_only_keeps_the_footprint():
    g = building_geometry([3600, 3600], 6, 2.8, length=[np.nan, 50], width=[12, np.nan])
    assert_allclose(g.length, [50, 50])                   # 600 m² / 12 m
    assert_allclose(g.width, [12, 12])                    # 600 m² / 50 m (not the 10 m default)
    assert_allclose(g.footprint, [600, 600])
    assert_allclose(g.gross_wall_area, [2 * 62 * 6 * 2.8] * 2)


def test_length_only_block_gives_the_we4_indices(we4, table, no_package):
    # 60 m long, 3,600 m² on 6 storeys: 10 m deep, so exactly the WE-4 block (q_H 40.732)
    r = evaluate(we4(width=np.nan), table, no_package)
    assert_allclose(r.before.heat_index, 40.732, rtol=RTOL)
    # a 50 m block is 12 m deep: gross wall 2 × 62 × 6 × 2.8 = 2,083.2 m² → q_H 37.392
    r = evaluate(we4(length=50.0, width=np.nan), table, no_package)
    assert_allclose(r.before.heat_index, 37.392, rtol=RTOL)


def test_floor_area_missing_needs_length_and_width():
    assert_allclose(building_geometry(np.nan, 5, 2.8, 40, 12).floor_area, 2400)
    with pytest.raises(ValueError, match="missing_without_footprint"):
        building_geometry(np.nan, 5, 2.8, length=40)


# -- §8: the indoor temperature before the works -------------------------------------------------
def test_under_heated_block_at_15_degrees(we4, table, no_package):
    plain = evaluate(we4(**WE4_AFTER), table, no_package)
    cold = evaluate(we4(**WE4_AFTER, indoor_temperature_before=15.0), table, no_package)
    # before: 44.532 × 16.6 / 19.6 − 3.8 = 33.916 W/m²; q_c = 24 × 130 × 33.916 / (8,140 × 0.9 × 0.68)
    assert_allclose(cold.before.heat_index, 33.916, rtol=RTOL)
    assert_allclose(cold.before.coal_index, 21.241, rtol=RTOL)
    # after at t_i,after = 18 °C: the WE-4 after state, 10.313 kgce/m²
    assert_allclose(cold.after.coal_index, 10.313, rtol=RTOL)
    # saving (21.241 − 10.313) × 3.6 = 39.34 tce/a instead of 54.71: comfort take-back
    assert_allclose([cold.saved_coal[0], plain.saved_coal[0]], [39.344, 54.712], rtol=RTOL)
    # the design loads stay at 18 °C: 44.532 × 27.2 / 19.6 = 61.80 before, 29.32 after
    assert_allclose([cold.before.design_index[0], cold.after.design_index[0]], [61.80, 29.32], rtol=5e-4)
    assert_allclose(cold.freed_capacity, plain.freed_capacity)


def test_t_i_after_is_a_setting_for_surveyed_buildings_only(we4, table, no_package):
    warm = MethodConstants(indoor_temperature_after=20.0)
    surveyed = evaluate(we4(**WE4_AFTER, indoor_temperature_before=15.0), table, no_package, warm)
    unsurveyed = evaluate(we4(**WE4_AFTER), table, no_package, warm)
    assert surveyed.after.coal_index[0] > evaluate(we4(**WE4_AFTER, indoor_temperature_before=15.0), table,
                                                   no_package).after.coal_index[0]
    assert_allclose(unsurveyed.after.coal_index, 10.313, rtol=RTOL)        # both states at t_i


# -- §8: calibration sources in order --------------------------------------------------------------
def test_gj_calibration(we4, table, no_package):
    # 0.5 GJ/m² × 277.78 kWh/GJ / (8.14 × 0.90 × 0.68) = 27.880 kgce/m²; k = 27.880 / 25.510
    r = evaluate(we4(measured_heat=0.5), table, no_package)
    assert_allclose(r.before.coal_index, 27.880, rtol=RTOL)
    assert_allclose(r.calibration_factor, 1.09289, rtol=RTOL)
    assert r.calibration_source[0] == 2


def test_sources_in_order_meters_then_gj_then_kgce(we4, table, no_package):
    r = evaluate(we4(metered_coal_index=[22.0, np.nan, np.nan, np.nan], measured_heat=[0.5, 0.5, np.nan, np.nan],
                     measured_coal_index=[30.0, 30.0, 30.0, np.nan], floor_area=3600.0), table, no_package)
    assert_allclose(r.before.coal_index, [22.0, 27.880, 30.0, 25.510], rtol=RTOL)
    assert r.calibration_source.tolist() == [1, 2, 3, 0]


def test_calibration_against_the_surveyed_before_model(we4, table, no_package):
    # k = 25.0 / 21.241 with t_i,before = 15 °C; the after state is scaled by the same k
    r = evaluate(we4(**WE4_AFTER, indoor_temperature_before=15.0, measured_coal_index=25.0), table, no_package)
    assert_allclose(r.calibration_factor, 25.0 / 21.2413, rtol=RTOL)
    assert_allclose(r.after.coal_index, 10.3125 * 25.0 / 21.2413, rtol=RTOL)


# -- §9: rebuild and add_storey ------------------------------------------------------------------
def test_rebuild_keeps_its_heat_source(we4, table, no_package):
    r = evaluate(we4(mode=REBUILD), table, no_package)
    a = r.after
    # new building 78 m × 10 m × 6 storeys: gross wall 2 × 88 × 6 × 2.8 = 2,956.8 m², windows 650.50,
    # walls 2,306.30, footprint 780, volume 13,104 m³; H = 0.45 × 2,306.30 + 1.8 × 650.50 + 0.30 × 780
    # + 0.25 × 780 + 0.28 × 1.3007 × 0.5 × 0.6 × 13,104 = 4,069.42 W/K; q_H = 0.9 × (4,069.42 × 19.6 / 4,680 − 3.8)
    assert_allclose(a.heat_index, 11.9186, rtol=RTOL)
    assert_allclose([a.eta_network[0], a.eta_source[0]], [0.92, 0.68])
    # q_c = 24 × 130 × 11.9186 / (8,140 × 0.92 × 0.68) = 7.3023 (with η2 = 0.85 and no metering: 6.491)
    assert_allclose(a.coal_index, 7.3023, rtol=RTOL)
    assert_allclose(r.saved_coal, (25.5102 - 7.3023) * 3.6, rtol=RTOL)
    assert_allclose(a.design_index, 4069.42 * 27.2 / 4680, rtol=RTOL)


def test_rebuild_with_its_own_source_or_network_values(we4, table, no_package):
    a = evaluate(we4(mode=REBUILD, eta_network=0.95, eta_source_after=0.88), table, no_package).after
    assert_allclose([a.eta_network[0], a.eta_source[0]], [0.95, 0.88])      # max(0.95, 0.92); the given η2


def test_a_calibrated_rebuild_is_a_new_building(we4, table, no_package):
    plain = evaluate(we4(mode=REBUILD), table, no_package)
    cal = evaluate(we4(mode=REBUILD, measured_coal_index=30.0), table, no_package)
    assert_allclose(cal.before.coal_index, 30.0)
    assert_allclose(cal.after.coal_index, plain.after.coal_index)             # k = 1 after
    assert_allclose(cal.saved_coal, (30.0 - 7.3023) * 3.6, rtol=RTOL)


def test_add_storey_neither_applies_nor_prices_the_roof_measure(we4, table):
    mask = table.mask([["roof_xps_80", "metering_trv"], USUAL])
    r = evaluate(we4(mode=ADD_STOREY), table, mask[:, None, :])
    roof = table.keys.index("roof_xps_80")
    assert np.all(r.cost_by_measure()[:, 0, roof] == 0.0) and np.all(r.quantities.roof == 0.0)
    assert_allclose(r.after.u_roof, 0.30)                                     # the new storeys' roof
    # with only a roof measure as envelope work, an add_storey has none: metering alone
    assert r.notice_flags("metering_without_envelope")[:, 0].tolist() == [True, False]
    assert r.has_envelope[:, 0].tolist() == [False, True]
    retrofit = evaluate(we4(), table, mask[:, None, :])
    assert np.all(retrofit.cost_by_measure()[:, 0, roof] == 120 * 600)        # a retrofit's roof is priced


# -- §7: a measure never makes a component worse ------------------------------------------------
def test_better_windows_are_kept_priced_and_noticed(we4, table):
    r = evaluate(we4(window_u=1.5), table, table.mask([["window_pvc_double"]])[0])
    assert_allclose(r.after.u_window, 1.5)                                    # min(1.5, 2.5)
    assert_allclose(r.measure_cost, 400 * 517.44)
    assert r.notice_flags("window_no_better")[0]


def test_stairwell_never_raises_a_low_air_change(we4, table):
    r = evaluate(we4(air_change=[0.45, 0.8], floor_area=3600.0), table, table.mask([["stairwell"]])[0])
    assert_allclose(r.after.air_change, [0.45, 0.7])                         # min(N, max(0.5, N − 0.1))
