"""calc.engine: modes (§9), packages (§7), overrides, calibration (§8), notices, k packages."""
import numpy as np
import pytest
from numpy.testing import assert_allclose

from calc.engine import evaluate
from calc.errors import CalcInputError
from calc.inputs import ADD_STOREY, NONE, REBUILD, RETROFIT, MethodConstants

USUAL = ["wall_eps_80", "window_pvc_double", "roof_xps_80", "stairwell", "metering_trv", "network_balancing"]


def test_mode_none_and_empty_package_save_nothing(we4, table, no_package):
    full = table.mask([list(table.keys)])[0]
    for inputs, mask in ((we4(mode=NONE), full), (we4(), no_package)):
        r = evaluate(inputs, table, mask)
        assert r.saved_coal[0] == 0.0 and r.freed_capacity[0] == 0.0 and r.cost[0] == 0.0


def test_usual_package_order_of_measures(we4, table):
    r = evaluate(we4(), table, table.mask([USUAL])[0])
    a = r.after
    assert_allclose(a.u_wall, 1 / (1 / 1.6 + 0.08 / 0.049))
    assert_allclose(a.u_roof, 1 / (1 / 1.0 + 0.08 / 0.033))
    assert_allclose(a.u_window, 2.5)
    assert_allclose(a.air_change, 0.5)          # min(0.8, 0.5) then max(0.5, 0.5 − 0.1)
    assert_allclose([a.eta_network[0], a.eta_source[0]], [0.92, 0.68])
    assert_allclose(a.heat_index, 0.9 * (a.transmission + a.infiltration - 3.8))
    assert_allclose(a.wall + a.window + a.roof + a.floor + a.infiltration - a.gains + a.behaviour, a.heat_index)


def test_explicit_after_values_take_precedence(we4, table):
    r = evaluate(we4(wall_u_after=0.3, eta_source_after=0.8), table, table.mask([USUAL])[0])
    assert_allclose([r.after.u_wall[0], r.after.eta_source[0]], [0.3, 0.8])


def test_add_storey_counts_savings_on_original_area_and_new_load_apart(we4, table):
    mask = table.mask([USUAL])[0]
    r = evaluate(we4(mode=ADD_STOREY, added_storeys=1), table, mask, MethodConstants(add_storey_cost=2000))
    assert_allclose(r.after.floor_area, 4200)
    assert_allclose(r.added_area, 600)
    assert_allclose(r.saved_coal, (r.before.coal_index - r.after.coal_index) * 3600 / 1000)
    assert_allclose(r.new_load, r.after.plant_index * 600)
    assert_allclose(r.new_coal, r.after.coal_index * 600 / 1000)
    assert_allclose(r.after.u_roof, 0.30)
    assert r.quantities.roof[0] == 0.0 and r.quantities.construction_area[0] == 600
    assert_allclose(r.construction_cost, 2000 * 600)


def test_rebuild_uses_new_build_values_and_factor(we4, table):
    r = evaluate(we4(mode=REBUILD), table, table.mask([USUAL])[0], MethodConstants(rebuild_cost=2500))
    a = r.after
    assert_allclose([a.u_wall[0], a.u_window[0], a.u_roof[0], a.u_floor[0], a.air_change[0]], [0.45, 1.8, 0.3, 0.5, 0.5])
    assert_allclose([a.eta_network[0], a.eta_source[0]], [0.92, 0.68])     # the heat source stays
    assert_allclose(a.heat_index, 0.9 * (a.transmission + a.infiltration - a.gains))   # metered households
    assert_allclose(r.added_area, 0.3 * 3600)
    assert r.measure_cost[0] == 0.0
    assert_allclose(r.construction_cost, 2500 * 1.3 * 3600)
    assert r.notice_flags("package_ignored_rebuild")[0]


def test_calibration_scales_before_and_after(we4, table):
    mask = table.mask([USUAL])[0]
    plain = evaluate(we4(), table, mask)
    cal = evaluate(we4(measured_coal_index=20.0), table, mask)
    k = 20.0 / plain.before.coal_index
    assert_allclose(cal.calibration_factor, k)
    assert_allclose(cal.before.coal_index, 20.0)
    assert_allclose(cal.saved_coal, plain.saved_coal * k)
    assert_allclose(cal.freed_capacity, plain.freed_capacity * k)
    assert not cal.notice_flags("calibration_out_of_range")[0]
    assert evaluate(we4(measured_coal_index=45.0), table, mask).notice_flags("calibration_out_of_range")[0]


def test_metering_without_envelope_notice(we4, table):
    basic = table.mask([["network_balancing", "metering_trv"], USUAL])
    r = evaluate(we4(), table, basic[:, None, :])
    assert r.notice_flags("metering_without_envelope")[:, 0].tolist() == [True, False]


def test_window_no_better_keeps_existing_windows(we4, table):
    r = evaluate(we4(window_u=1.5), table, table.mask([["window_pvc_double"]])[0])
    assert_allclose(r.after.u_window, 1.5)
    assert r.notice_flags("window_no_better")[0]


def test_k_packages_at_once_equal_one_by_one(we4, table):
    masks = table.mask([[], ["network_balancing", "metering_trv"], USUAL, list(table.keys)])
    inputs = we4(floor_area=[3600, 2400, 5000], length=np.nan, mode=[RETROFIT, ADD_STOREY, REBUILD])
    together = evaluate(inputs, table, masks[:, None, :])
    assert together.shape == (4, 3)
    for k, mask in enumerate(masks):
        alone = evaluate(inputs, table, mask)
        assert_allclose(together.saved_coal[k], alone.saved_coal)
        assert_allclose(together.cost[k], alone.cost)


@pytest.mark.parametrize("change, field", [
    (dict(floor_area=-3600), "floor_area"), (dict(storeys=0), "storeys"),
    (dict(eta_network=1.1), "eta_network"), (dict(eta_source=0.0), "eta_source"),
    (dict(window_wall_ratio=0.95), "window_wall_ratio"), (dict(wall_u=-1), "wall_u"),
    (dict(mode=7), "mode"), (dict(mode=ADD_STOREY, added_storeys=3), "added_storeys"),
    (dict(wall_u=0.05, window_u=0.1, roof_u=0.05, floor_u=0.05, air_change=0.01), "heat_index"),
])
def test_impossible_input_names_the_field(we4, table, no_package, change, field):
    with pytest.raises(ValueError, match=field):
        evaluate(we4(**change), table, no_package)


def test_unknown_measure(table):
    with pytest.raises(CalcInputError) as info:
        table.mask([["wall_eps_80", "gold_plating"]])
    assert (info.value.field, info.value.code, info.value.values) == ("measure", "unknown_measure", ("gold_plating",))


def test_nan_is_not_clamped(we4, table, no_package):
    with pytest.raises(ValueError, match="wall_u"):
        evaluate(we4(wall_u=np.nan), table, no_package)
