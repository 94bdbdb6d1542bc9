"""calc.geometry: method.md §2 and the WE-4 geometry."""
import numpy as np
import pytest
from numpy.testing import assert_allclose

from calc.geometry import building_geometry


def test_we4_geometry():
    g = building_geometry(3600, 6, 2.8, 60, 10, 0.22)
    assert_allclose([g.volume[()], g.gross_wall_area[()], g.window_area[()], g.opaque_wall_area[()],
                     g.roof_area[()]], [10080, 2352, 517.44, 1834.56, 600])
    assert not g.area_mismatch


def test_default_width_without_footprint():
    g = building_geometry([3600], [6])
    assert_allclose(g.width, 10.0)
    assert_allclose(g.length, 60.0)
    assert_allclose(g.perimeter, 140.0)


def test_floor_area_from_length_and_width():
    g = building_geometry(np.nan, 5, 2.8, 40, 12, 0.25)
    assert_allclose(g.floor_area, 40 * 12 * 5)


def test_mismatch_over_15_percent_keeps_area_and_flags():
    g = building_geometry([3600, 4000, 4300], 6, 2.8, 60, 10)
    assert_allclose(g.floor_area, [3600, 4000, 4300])
    assert g.area_mismatch.tolist() == [False, False, True]


@pytest.mark.parametrize("kwargs, field", [
    (dict(floor_area=-10, storeys=6), "floor_area"),
    (dict(floor_area=3600, storeys=0), "storeys"),
    (dict(floor_area=3600, storeys=2.5), "storeys"),
    (dict(floor_area=3600, storeys=6, window_wall_ratio=0.95), "window_wall_ratio"),
    (dict(floor_area=np.nan, storeys=6), "floor_area"),
    (dict(floor_area=3600, storeys=6, width=-1), "width"),
])
def test_impossible_geometry_is_named(kwargs, field):
    with pytest.raises(ValueError, match=field):
        building_geometry(**kwargs)
