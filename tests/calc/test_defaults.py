"""calc.defaults: construction defaults by structure × era × zone (method.md §6)."""
import numpy as np
import pytest
from numpy.testing import assert_allclose

from calc.defaults import construction_defaults, era_index
from retrofit.reference import load_catalogue


@pytest.fixture(scope="module")
def lookup():
    cat = load_catalogue()
    return lambda s, y, severe: construction_defaults(s, y, severe, cat.construction, cat.era_last_years)


def test_era_boundaries():
    assert era_index([1985, 1986, 1995, 1996], (1985, 1995)).tolist() == [0, 1, 1, 2]


def test_method_table_rows(lookup):
    d = lookup([0, 0, 0, 1, 2], [1978, 1990, 2000, 1990, 1975], False)
    assert_allclose(d.wall_u, [1.6, 1.4, 1.0, 1.7, 1.2])
    assert_allclose(d.window_u, [4.7, 4.0, 3.2, 4.7, 3.5])
    assert_allclose(d.air_change, [0.8, 0.8, 0.7, 1.0, 0.8])
    assert_allclose(d.window_wall_ratio, [0.22, 0.24, 0.26, 0.22, 0.28])


def test_severe_cold_brick_walls_are_490mm(lookup):
    d = lookup([0, 0, 1], [1980, 1990, 1980], [True, True, True])
    assert_allclose(d.wall_u, [1.3, 1.4, 1.7])


def test_unknown_structure_index(lookup):
    with pytest.raises(ValueError, match="structure"):
        lookup(np.array([5]), [1980], False)
