"""calc.engine on the WE-4 block and the WE-5 costs (domain.md §9.4, tolerance ±0.5 % or less)."""
import numpy as np
from calc_examples import WE4_AFTER, WE4_DEEP, WE5_MEASURES
from numpy.testing import assert_allclose

from calc.engine import evaluate
from calc.inputs import MethodConstants

RTOL = 5e-4


def test_we4_before_element_split_and_indices(we4, table, no_package):
    b = evaluate(we4(), table, no_package).before
    assert_allclose([b.wall[0], b.window[0], b.roof[0], b.floor[0], b.infiltration[0]],
                    [15.981, 13.241, 3.267, 2.450, 9.594], rtol=RTOL)
    assert_allclose(b.transmission, 34.938, rtol=RTOL)
    assert_allclose(b.heat_index, 40.732, rtol=RTOL)
    assert_allclose(b.coal_index, 25.510, rtol=RTOL)
    assert_allclose(b.design_index, 61.80, rtol=RTOL)


def test_we4_after_and_freed_capacity(we4, table, no_package):
    r = evaluate(we4(**WE4_AFTER), table, no_package)
    a = r.after
    assert_allclose([a.transmission[0], a.infiltration[0]], [15.131, 5.996], rtol=RTOL)
    assert_allclose(a.heat_index, 17.327, rtol=RTOL)
    assert_allclose(a.coal_index, 10.313, rtol=RTOL)
    assert_allclose(a.design_index, 29.32, rtol=RTOL)
    assert_allclose(r.before.coal_index - a.coal_index, 15.198, rtol=1e-3)
    assert_allclose(r.freed_capacity / 1e3, 132.5, rtol=1e-3)
    assert_allclose(r.added_area, 0.0)


def test_we4_deep_case(we4, table, no_package):
    a = evaluate(we4(**WE4_DEEP), table, no_package).after
    assert_allclose([a.transmission[0], a.heat_index[0], a.coal_index[0], a.design_index[0]],
                    [11.426, 13.622, 8.108, 24.18], rtol=RTOL)


def test_we4_co2_at_tangshan_factor(we4, table, no_package):
    # WE-5: 54.71 tce/a × 2.556 = 139.8 t/a for the block
    r = evaluate(we4(**WE4_AFTER), table, no_package, MethodConstants(co2_factor=2.556))
    assert_allclose(r.saved_coal, 54.71, rtol=1e-3)
    assert_allclose(r.saved_co2, 139.8, rtol=1e-3)


def test_we5_costs_at_both_price_bases(we4, table):
    mask = table.mask([WE5_MEASURES])[0]
    old = evaluate(we4(), table, mask, MethodConstants(price_basis="2010"))
    new = evaluate(we4(), table, mask, MethodConstants(price_basis="today"))
    assert_allclose(old.measure_cost / 3600, 198.7, rtol=RTOL)      # 715 k RMB
    assert_allclose(new.measure_cost / 3600, 331.1, rtol=RTOL)
    by_measure = dict(zip(table.keys, old.cost_by_measure()[0], strict=True))
    assert_allclose(by_measure["wall_eps_80"], 130 * 1834.56)
    assert_allclose(by_measure["window_pvc_double"], 400 * 517.44)
    assert by_measure["stairwell"] == 0.0
    assert_allclose(old.cost_by_measure().sum(), old.measure_cost[0])


def test_we5_quantities(we4, table):
    q = evaluate(we4(), table, table.mask([WE5_MEASURES])[0]).quantities
    assert_allclose([q.wall_insulated[0], q.windows[0], q.roof[0], q.basement_ceiling[0], q.system_area[0]],
                    [1834.56, 517.44, 600, 0, 3600])
    assert q.window_count[0] == np.round(517.44 / 1.8)


def test_we3_bottom_up_reconciliation_on_the_we4_block(we4, table):
    # method.md §5: bottom-up, the reference packages free about 800–840 MW per 360,000 tce saved
    # on a Tangshan-like stock (the seed's top-down figure is 797.7 MW).
    from retrofit.reference import load_catalogue

    masks = load_catalogue().package_mask(["usual", "advanced"])[:, None, :]
    r = evaluate(we4(), table, masks)
    mw_per_360kt = r.freed_capacity[:, 0] / 1e6 / r.saved_coal[:, 0] * 360_000
    assert np.all((mw_per_360kt > 0.95 * 800) & (mw_per_360kt < 1.05 * 840))
