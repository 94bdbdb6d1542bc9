"""Properties of the revised method on buildings drawn by Hypothesis (§8 take-back, §9 rebuild,
§11 the Monte Carlo band)."""
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from numpy.testing import assert_allclose
from strategies import buildings, evaluate_or_reject, package_masks

from calc.engine import evaluate
from calc.inputs import REBUILD, MethodConstants, building_inputs
from calc.uncertainty import Defaulted, savings_band


@given(st.data())
@settings(deadline=None)
def test_take_back_never_increases_the_saving(table, data):
    values = data.draw(buildings(1, 20))
    n = len(values["mode"])
    t_after = data.draw(st.floats(18, 22))
    surveyed = data.draw(arrays(np.float64, n, elements=st.floats(12, 18)))
    mask = data.draw(package_masks(n, len(table.keys)))
    c = MethodConstants(indoor_temperature_after=t_after)
    warm = evaluate_or_reject(evaluate, building_inputs(**{**values, "indoor_temperature_before": np.nan}), table,
                              mask, c)
    cold = evaluate_or_reject(evaluate, building_inputs(**{**values, "indoor_temperature_before": surveyed}), table,
                              mask, c)
    assert np.all(cold.saved_coal <= warm.saved_coal + 1e-9 * np.abs(warm.saved_coal) + 1e-12)


@given(st.data())
@settings(deadline=None)
def test_a_rebuilt_building_does_not_depend_on_the_old_one(table, data):
    values = {**data.draw(buildings(1, 20, modes=(REBUILD,))), "eta_network_after": np.nan}
    n = len(values["mode"])
    mask = data.draw(package_masks(n, len(table.keys)))
    factors = {key: data.draw(arrays(np.float64, n, elements=st.floats(0.5, 1.5)))
               for key in ("wall_u", "window_u", "roof_u", "floor_u", "air_change")}
    old = evaluate_or_reject(evaluate, building_inputs(**values), table, mask)
    other = evaluate_or_reject(evaluate, building_inputs(**{**values, **{k: values[k] * f for k, f in factors.items()}}),
                               table, mask)
    for name in ("heat_index", "coal_index", "design_index", "u_wall", "eta_source"):
        assert_allclose(getattr(other.after, name), getattr(old.after, name), rtol=1e-12, err_msg=name)
    calibrated = ~np.isnan(values["measured_coal_index"]) | ~np.isnan(values["metered_coal_index"]) \
        | ~np.isnan(values["measured_heat"])
    # the old building's U-values change its k, not the saving: measured level before, new building after
    assert_allclose(other.saved_coal[calibrated], old.saved_coal[calibrated], rtol=1e-9)


@given(st.data())
@settings(max_examples=15, deadline=None)
def test_band_holds_the_median_and_widens_with_defaults(table, data):
    values = {**data.draw(buildings(1, 12, modes=(1, 2, 3), overrides=False)), "stairwell_heated": False}
    inputs = building_inputs(**values)
    mask = table.mask([["wall_eps_80", "window_pvc_double", "roof_xps_80", "metering_trv", "network_balancing"]])[0]
    random_seed = data.draw(st.integers(0, 2**31 - 1))
    entered = savings_band(inputs, table, mask, samples=300, random_seed=random_seed)
    typical = savings_band(inputs, table, mask, samples=300, random_seed=random_seed, defaulted=Defaulted(True, True, True, True, True))
    for band in (entered, typical):
        assert np.all(band.p10 <= band.p50) and np.all(band.p50 <= band.p90)
        assert band.total[0] <= band.total[1] <= band.total[2]
    # the band of every building whose level is modelled widens; a calibrated building's band is
    # that of its relative saving, which wider inputs need not widen (a rebuild's does not move)
    modelled = np.isnan(values["measured_coal_index"]) & np.isnan(values["metered_coal_index"]) \
        & np.isnan(values["measured_heat"])
    wider, width = typical.p90 - typical.p10, entered.p90 - entered.p10
    assert np.all(wider[modelled] >= width[modelled] * (1 - 1e-9))
