"""Properties of the engine on random buildings (hypothesis)."""
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from calc.engine import evaluate
from calc.inputs import building_inputs
from calc.reference_loop import OUTPUTS, evaluate_loop


def _buildings(seed: int, n: int) -> dict:
    """Plausible random buildings: all modes, overrides, calibration, partial geometry."""
    rng = np.random.default_rng(seed)
    some = lambda values, share=0.3: np.where(rng.random(n) < share, values, np.nan)  # noqa: E731
    length = some(rng.uniform(20, 80, n), 0.5)
    storeys = rng.integers(2, 8, n)
    area = np.where(np.isnan(length), rng.uniform(800, 6000, n), np.nan)
    return dict(
        floor_area=area, storeys=storeys, length=length, width=some(rng.uniform(8, 14, n)),
        storey_height=rng.uniform(2.7, 3.0, n), window_wall_ratio=rng.uniform(0.1, 0.4, n),
        wall_u=rng.uniform(1.0, 2.0, n), window_u=rng.uniform(1.5, 6.0, n), roof_u=rng.uniform(0.6, 1.5, n),
        floor_u=rng.uniform(0.8, 1.5, n), air_change=rng.uniform(0.4, 1.4, n),
        stairwell_heated=rng.random(n) < 0.3, eta_network=rng.uniform(0.8, 0.95, n),
        eta_source=rng.uniform(0.55, 0.9, n), heating_days=rng.uniform(100, 180, n),
        mean_outdoor_temperature=rng.uniform(-9, 1.5, n), design_outdoor_temperature=rng.uniform(-24, -4, n),
        measured_coal_index=some(rng.uniform(12, 35, n), 0.2), mode=rng.integers(0, 4, n),
        added_storeys=rng.integers(1, 3, n), wall_u_after=some(rng.uniform(0.3, 0.6, n), 0.1),
        window_u_after=some(rng.uniform(1.5, 2.8, n), 0.1), roof_u_after=some(rng.uniform(0.25, 0.5, n), 0.1),
        air_change_after=some(rng.uniform(0.4, 0.6, n), 0.1), eta_source_after=some(rng.uniform(0.7, 0.9, n), 0.1))


def _result_arrays(r) -> dict:
    return {"heat_index_before": r.before.heat_index, "heat_index_after": r.after.heat_index,
            "coal_index_before": r.before.coal_index, "coal_index_after": r.after.coal_index,
            "design_index_before": r.before.design_index, "design_index_after": r.after.design_index,
            "saved_coal": r.saved_coal, "freed_capacity": r.freed_capacity, "new_load": r.new_load,
            "added_area": r.added_area, "measure_cost": r.measure_cost, "construction_cost": r.construction_cost}


@given(st.integers(0, 2**32 - 1), st.integers(1, 40))
@settings(max_examples=40)
def test_vectorised_engine_equals_plain_loop(table, seed, n):
    inputs = building_inputs(**_buildings(seed, n))
    mask = np.random.default_rng(seed).random((n, len(table.keys))) < 0.5
    fast = _result_arrays(evaluate(inputs, table, mask))
    slow = evaluate_loop(inputs, table, mask)
    for key in OUTPUTS:
        assert_allclose(fast[key], slow[key], rtol=1e-9, atol=1e-9, err_msg=key)


@given(st.integers(0, 2**32 - 1), st.integers(2, 30))
def test_results_do_not_depend_on_building_order(table, seed, n):
    inputs = building_inputs(**_buildings(seed, n))
    mask = np.random.default_rng(seed + 1).random((n, len(table.keys))) < 0.5
    order = np.random.default_rng(seed + 2).permutation(n)
    a = _result_arrays(evaluate(inputs, table, mask))
    b = _result_arrays(evaluate(inputs.take(order), table, mask[order]))
    for key in a:
        assert_allclose(np.broadcast_to(a[key], (n,))[order], b[key], rtol=1e-12, err_msg=key)


@given(st.integers(0, 2**32 - 1), st.integers(1, 20))
def test_mode_none_or_empty_package_saves_nothing(table, seed, n):
    values = _buildings(seed, n)
    mask = np.random.default_rng(seed).random((n, len(table.keys))) < 0.5
    none = evaluate(building_inputs(**{**values, "mode": 0}), table, mask)
    empty = evaluate(building_inputs(**{**values, "mode": 1, **{k: np.nan for k in values if k.endswith("_after")}}),
                     table, np.zeros(len(table.keys), dtype=bool))
    for r in (none, empty):
        assert np.all(r.saved_coal == 0.0) and np.all(r.freed_capacity == 0.0) and np.all(r.cost == 0.0)


@given(st.integers(0, 2**32 - 1), st.sampled_from(["wall", "roof", "basement"]))
def test_more_insulation_never_raises_heat_index(table, seed, element):
    n = 20
    values = {**_buildings(seed, n), "mode": 1}
    values.update({k: np.nan for k in values if k.endswith("_after")})
    inputs = building_inputs(**values)
    thin, thick = {"wall": ("wall_eps_80", "wall_eps_120"), "roof": ("roof_xps_80", "roof_xps_120"),
                   "basement": ("basement_ceiling_60", "basement_ceiling_60")}[element]
    masks = table.mask([[], [thin], [thin, thick] if thin == thick else [thick]])
    r = evaluate(inputs, table, masks[:, None, :])
    q, u = r.after.heat_index, (r.after.u_wall, r.after.u_roof, r.after.u_floor)
    assert np.all(q[2] <= q[1]) and np.all(q[1] <= q[0])
    for values_u in u:
        assert np.all(np.diff(values_u, axis=0) <= 0)
