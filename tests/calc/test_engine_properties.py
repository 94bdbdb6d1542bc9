"""Properties of the engine on random buildings (hypothesis)."""
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose
from oracle import OUTPUTS, evaluate_loop
from strategies import buildings, evaluate_or_reject, package_masks

from calc.engine import evaluate
from calc.inputs import MethodConstants, building_inputs


def _result_arrays(r) -> dict:
    return {"heat_index_before": r.before.heat_index, "heat_index_after": r.after.heat_index,
            "coal_index_before": r.before.coal_index, "coal_index_after": r.after.coal_index,
            "design_index_before": r.before.design_index, "design_index_after": r.after.design_index,
            "saved_coal": r.saved_coal, "freed_capacity": r.freed_capacity, "new_load": r.new_load,
            "added_area": r.added_area, "measure_cost": r.measure_cost, "construction_cost": r.construction_cost}


@given(st.data())
@settings(max_examples=60, deadline=None)
def test_vectorised_engine_equals_plain_loop(table, data):
    inputs = building_inputs(**data.draw(buildings(1, 40)))
    mask = data.draw(package_masks(len(inputs), len(table.keys)))
    constants = MethodConstants(indoor_temperature_after=data.draw(st.floats(16, 22)))
    fast = _result_arrays(evaluate_or_reject(evaluate, inputs, table, mask, constants))
    slow = evaluate_loop(inputs, table, mask, constants)
    for key in OUTPUTS:
        assert_allclose(fast[key], slow[key], rtol=1e-9, atol=1e-9, err_msg=key)


@given(st.data())
def test_results_do_not_depend_on_building_order(table, data):
    inputs = building_inputs(**data.draw(buildings(2, 30)))
    n = len(inputs)
    mask = data.draw(package_masks(n, len(table.keys)))
    order = np.array(data.draw(st.permutations(range(n))))
    a = _result_arrays(evaluate_or_reject(evaluate, inputs, table, mask))
    b = _result_arrays(evaluate(inputs.take(order), table, mask[order]))
    for key in a:
        assert_allclose(np.broadcast_to(a[key], (n,))[order], b[key], rtol=1e-12, err_msg=key)


@given(st.data())
def test_mode_none_or_empty_package_saves_nothing(table, data):
    values = data.draw(buildings(1, 20))
    mask = data.draw(package_masks(len(values["mode"]), len(table.keys)))
    none = evaluate_or_reject(evaluate, building_inputs(**{**values, "mode": 0}), table, mask)
    # an empty package at the temperature of before (no survey: t_i in both states)
    unchanged = {k: np.nan for k in values if k.endswith("_after")} | {"indoor_temperature_before": np.nan}
    empty = evaluate_or_reject(evaluate, building_inputs(**{**values, "mode": 1, **unchanged}), table,
                               np.zeros(len(table.keys), dtype=bool))
    for r in (none, empty):
        assert np.all(r.saved_coal == 0.0) and np.all(r.freed_capacity == 0.0) and np.all(r.cost == 0.0)


@given(buildings(1, 20, modes=(1,), overrides=False), st.sampled_from(["wall", "roof", "basement"]))
def test_more_insulation_never_raises_heat_index(table, values, element):
    inputs = building_inputs(**values)
    thin, thick = {"wall": ("wall_eps_80", "wall_eps_120"), "roof": ("roof_xps_80", "roof_xps_120"),
                   "basement": ("basement_ceiling_60", "basement_ceiling_60")}[element]
    masks = table.mask([[], [thin], [thin, thick] if thin == thick else [thick]])
    r = evaluate_or_reject(evaluate, inputs, table, masks[:, None, :])
    q, u = r.after.heat_index, (r.after.u_wall, r.after.u_roof, r.after.u_floor)
    assert np.all(q[2] <= q[1]) and np.all(q[1] <= q[0])
    for values_u in u:
        assert np.all(np.diff(values_u, axis=0) <= 0)
