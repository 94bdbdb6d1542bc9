"""calc.envelope: added insulation layers."""
import pytest
from hypothesis import given
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from calc.envelope import u_value_with_added_layer


def test_brick_370_plus_80mm_eps():
    # 1 / (1/1.53 + 0.08/0.049) = 0.43740 W/(m²K)
    assert_allclose(u_value_with_added_layer(1.53, 0.08, 0.049), 0.43740, atol=5e-5)


def test_list_input_and_zero_thickness():
    assert_allclose(u_value_with_added_layer([1.6, 1.0], [0.0, 0.08], 0.033), [1.6, 1 / (1 + 0.08 / 0.033)])


@pytest.mark.parametrize("u, d, lam", [(0, 0.1, 0.04), (1.0, -0.1, 0.04), (1.0, 0.1, 0.0)])
def test_rejects_impossible_layers(u, d, lam):
    with pytest.raises(ValueError):
        u_value_with_added_layer(u, d, lam)


@given(st.floats(0.1, 6.0), st.floats(0.0, 0.3), st.floats(0.0, 0.3), st.floats(0.02, 0.1))
def test_more_insulation_never_raises_u(u, d1, d2, lam):
    thin, thick = sorted((d1, d2))
    assert u_value_with_added_layer(u, thick, lam) <= u_value_with_added_layer(u, thin, lam) <= u
