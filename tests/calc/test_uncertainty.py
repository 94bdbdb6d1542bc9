"""calc.uncertainty: the seeded Monte Carlo band (method.md §11)."""
import numpy as np
from calc_examples import WE4
from numpy.testing import assert_allclose

from calc.engine import evaluate, geometry_of, sampled_saved_coal
from calc.envelopes import layout
from calc.inputs import ADD_STOREY, REBUILD, RETROFIT, MethodConstants, building_inputs
from calc.measures import package_effect
from calc.uncertainty import Defaulted, draw_perturbation, savings_band, spread

USUAL = ["wall_eps_80", "window_pvc_double", "roof_xps_80", "stairwell", "metering_trv", "network_balancing"]


def _mixed(n: int = 12):
    rng = np.random.default_rng(3)
    return building_inputs(**{**WE4, "length": np.nan, "floor_area": rng.uniform(2000, 5000, n),
                              "mode": np.resize([RETROFIT, ADD_STOREY, REBUILD, 0], n),
                              "measured_coal_index": np.where(rng.random(n) < 0.3, 22.0, np.nan),
                              "roof_u_after": np.where(rng.random(n) < 0.3, 0.4, np.nan)})


def test_same_random_seed_same_numbers_and_ordered_band(table):
    inputs, mask = _mixed(), table.mask([USUAL])[0]
    a = savings_band(inputs, table, mask, samples=200, random_seed=7)
    b = savings_band(inputs, table, mask, samples=200, random_seed=7)
    c = savings_band(inputs, table, mask, samples=200, random_seed=8)
    assert_allclose(a.p50, b.p50, rtol=0)
    assert_allclose(a.total, b.total, rtol=0)
    assert not np.allclose(a.total, c.total, rtol=0, atol=0)
    assert np.all(a.p10 <= a.p50) and np.all(a.p50 <= a.p90)
    assert a.total[0] <= a.total[1] <= a.total[2]


def test_band_brackets_the_deterministic_saving(table, we4):
    mask = table.mask([USUAL])[0]
    band = savings_band(we4(), table, mask, samples=1000, random_seed=1)
    point = evaluate(we4(), table, mask).saved_coal[0]
    assert band.p10[0] < point < band.p90[0]
    assert 0.85 * point < band.p50[0] < 1.15 * point


def test_samples_without_design_loads_equal_the_full_engine(table):
    inputs = _mixed()
    mask = np.random.default_rng(5).random((len(inputs), len(table.keys))) < 0.5
    p = draw_perturbation(np.random.default_rng(11), (6, len(inputs)), spread(inputs, Defaulted(), MethodConstants()))
    c = MethodConstants()
    geo = geometry_of(inputs, c)
    sampled = sampled_saved_coal(inputs, geo, layout(inputs, geo, c), package_effect(mask, table), c, p)
    engine = evaluate(inputs, table, mask, perturbation=p).saved_coal
    assert sampled.shape == (6, len(inputs))
    assert_allclose(sampled, engine, rtol=1e-12, atol=1e-12)


def test_blocks_of_buildings_keep_the_band_reproducible(monkeypatch, table):
    import calc.uncertainty as mc

    inputs, mask = _mixed(30), table.mask([USUAL])[0]
    monkeypatch.setattr(mc, "BLOCK_BUILDINGS", 7)
    a = savings_band(inputs, table, mask, samples=300, random_seed=3)
    b = savings_band(inputs, table, mask, samples=300, random_seed=3)
    assert_allclose(a.p90, b.p90, rtol=0)
    assert_allclose(a.total, b.total, rtol=0)
    assert np.all(a.p10 <= a.p90) and a.total[0] < a.total[2]
    point = evaluate(inputs, table, mask).saved_coal.sum()
    assert a.total[0] < point * 1.15 and a.total[2] > point * 0.85
