"""calc.verification: method.md §12 by hand (normalisation, season classes at the date
boundaries, heat, MWh and coal rows, estate meters, the added-storey area) and properties."""
import doctest

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose, assert_array_equal

from calc import verification as v
from calc.verification import AFTER, BEFORE, OVERLAP, Readings, Units

NAN = np.nan
# Tangshan in the climate table: Z = 130 d, t_e = −1.6 °C.
Z, TE = 130.0, -1.6


def _d(*dates):
    return np.array([d or "NaT" for d in dates], dtype="datetime64[D]")


def readings(unit, season, heat=None, coal=None, area=None, days=None, te=None) -> Readings:
    n = len(unit)
    col = lambda x: np.full(n, NAN) if x is None else np.asarray(x, dtype=float)  # noqa: E731
    return Readings(np.asarray(unit), np.asarray(season), col(heat), col(coal), col(area), col(days), col(te))


def units(area=(3600.0,), after=None, eta_b=(0.612,), eta_a=(0.782,), start=("2010-04-15",),
          done=("2010-10-20",), started=(True,), predicted=(40.0,), coal_after=(10.0,), p10=None,
          p90=None) -> Units:
    n = len(area)
    arr = lambda x: np.asarray(x, dtype=float)  # noqa: E731
    return Units(arr(area), arr(after if after is not None else area), arr(eta_b), arr(eta_a), np.full(n, Z),
                 np.full(n, TE), _d(*start), _d(*done), np.asarray(started), arr(predicted), arr(coal_after),
                 arr(p10 if p10 is not None else [NAN] * n), arr(p90 if p90 is not None else [NAN] * n))


# --- per season -------------------------------------------------------------------------------

def test_normalisation_by_hand():
    # 130·(18 + 1.6) / (125·(18 + 0.5)) = 2548 / 2312.5
    assert_allclose(v.normalisation_factor(Z, TE, 125, -0.5), 2548 / 2312.5, rtol=1e-12)
    assert_allclose(v.normalisation_factor(Z, TE, 125, -0.5), 1.101838, rtol=1e-6)
    # a colder, longer season is scaled down
    assert_allclose(v.normalisation_factor(Z, TE, 140, -3.0), 2548 / 2940, rtol=1e-12)


def test_normalisation_is_one_when_either_actual_value_is_missing():
    assert_array_equal(v.normalisation_factor(Z, TE, [NAN, 125, NAN], [-0.5, NAN, NAN]), [1.0, 1.0, 1.0])


@pytest.mark.parametrize("days, te", [(0, -1.0), (-5, -1.0), (120, 18.0), (120, 21.0)])
def test_normalisation_rejects_impossible_seasons(days, te):
    with pytest.raises(ValueError):
        v.normalisation_factor(Z, TE, days, te)


def test_heat_row_by_hand():
    # 1,300 GJ × 277.78 kWh/GJ / (8.14 kWh/kgce × 0.90 × 0.68) / 3,600 m² = 20.136 kgce/m²
    q = v.season_coal_index(1300.0, NAN, 3600.0, 0.90, 0.68)
    assert_allclose(q, 1300 * 277.78 / (8.14 * 0.612) / 3600, rtol=1e-4)
    assert_allclose(q, 20.1355, rtol=1e-5)


def test_mwh_row_is_heat_times_3_6():
    mwh = 361.1111
    assert_allclose(v.season_coal_index(mwh * v.GJ_PER_MWH, NAN, 3600.0, 0.90, 0.68),
                    v.season_coal_index(1300.0, NAN, 3600.0, 0.90, 0.68), rtol=1e-6)
    # 1 MWh = 1,000 kWh: 361.1111 MWh × 1000 / (8.14 × 0.612) / 3600 by hand
    assert_allclose(v.season_coal_index(mwh * 3.6, NAN, 3600.0, 0.90, 0.68), 361111.1 / 4.98168 / 3600, rtol=1e-6)


def test_coal_row_by_hand_ignores_efficiencies():
    # 80 tce × 1000 / 4,000 m² = 20 kgce/m², whatever η
    assert_allclose(v.season_coal_index(NAN, 80.0, 4000.0, 0.90, 0.68), 20.0)
    assert_allclose(v.season_coal_index(NAN, 80.0, 4000.0, 0.5, 0.5), 20.0)


@pytest.mark.parametrize("heat, coal, area", [(NAN, NAN, 100.0), (10.0, 1.0, 100.0), (-1.0, NAN, 100.0),
                                              (NAN, -1.0, 100.0), (10.0, NAN, 0.0)])
def test_bad_rows_are_errors(heat, coal, area):
    with pytest.raises(ValueError):
        v.season_coal_index(heat, coal, area, 0.9, 0.68)


# --- season classes at the date boundaries ------------------------------------------------------

def test_season_bounds():
    first, last = v.season_bounds([2009, 2011])
    assert_array_equal(first, _d("2009-11-01", "2011-11-01"))
    assert_array_equal(last, _d("2010-03-31", "2012-03-31"))


@pytest.mark.parametrize("start, done, season, expected", [
    # season 2009–2010 ends on 31 March 2010: before only when the works start later
    ("2010-04-01", "2010-10-31", 2009, BEFORE),
    ("2010-03-31", "2010-10-31", 2009, OVERLAP),
    ("2010-03-30", "2010-10-31", 2009, OVERLAP),
    # season 2010–2011 begins on 1 November 2010: after only when the works were completed earlier
    ("2010-04-01", "2010-10-31", 2010, AFTER),
    ("2010-04-01", "2010-11-01", 2010, OVERLAP),
    ("2010-04-01", "2010-11-02", 2010, OVERLAP),
    # works across a whole season: left out
    ("2010-03-15", "2011-06-30", 2010, OVERLAP),
    ("2010-03-15", "2011-06-30", 2011, AFTER),
    ("2010-03-15", "2011-06-30", 2008, BEFORE),
    # no start date: the completion date decides "before" too
    (None, "2010-10-31", 2009, BEFORE),
    (None, "2010-10-31", 2010, AFTER),
    (None, "2010-03-31", 2009, OVERLAP),
    # only a start: nothing is after
    ("2010-05-01", None, 2009, BEFORE),
    ("2010-05-01", None, 2012, OVERLAP),
])
def test_classification_boundaries(start, done, season, expected):
    assert v.classify_seasons([season], _d(start), _d(done), [True])[0] == expected


def test_undated_buildings_read_before_unless_works_began():
    cls = v.classify_seasons([2005, 2006, 2005], _d(None, None, None), _d(None, None, None), [False, False, True])
    assert_array_equal(cls, [BEFORE, BEFORE, OVERLAP])


def test_completion_before_start_is_an_error():
    with pytest.raises(ValueError, match="works_completed"):
        v.classify_seasons([2009], _d("2010-05-01"), _d("2010-04-01"))


# --- per building -------------------------------------------------------------------------------

def test_building_by_hand():
    """Two seasons before (one a cold winter), one after (mild), one during the works."""
    r = readings([0, 0, 0, 0], [2008, 2009, 2010, 2011], heat=[1300.0, 1400.0, 900.0, 560.0],
                 days=[NAN, 135.0, NAN, 125.0], te=[NAN, -3.0, NAN, -0.5])
    s, out = v.verify(r, units(start=("2010-04-15",), done=("2011-05-30",)))
    assert_array_equal(s.cls, [BEFORE, BEFORE, OVERLAP, AFTER])
    q1 = 1300 * 277.7778 / (8.14 * 0.612) / 3600                    # 20.1355
    q2 = 1400 * 277.7778 / (8.14 * 0.612) / 3600 * 2548 / (135 * 21.0)   # 21.6846 × 0.89877 = 19.4892
    q_after = 560 * 277.7778 / (8.14 * 0.782) / 3600 * 2548 / 2312.5    # 6.7882 × 1.1018
    assert_allclose(s.normalised[[0, 1, 3]], [q1, q2, q_after], rtol=1e-6)
    assert_allclose(out.coal_before, [(q1 + q2) / 2], rtol=1e-6)
    assert_allclose(out.coal_before, [19.8123], rtol=1e-4)
    assert_allclose(out.coal_after, [7.4794], rtol=1e-4)
    assert_allclose(out.measured_saved, [(19.8123 - 7.4794) * 3.6], rtol=1e-4)
    assert_allclose(out.realisation_rate, out.measured_saved / 40.0)
    assert out.status[0] == v.VERIFIED
    assert (out.seasons_before[0], out.seasons_after[0], out.seasons_left_out[0]) == (2, 1, 1)


def test_added_storey_after_season_uses_the_after_area_and_saving_is_on_a0():
    # 6 storeys of 600 m² + 1: 4,200 m² after. 800 GJ after on 4,200 m², saving counted on 3,600 m².
    r = readings([0, 0], [2009, 2011], heat=[1300.0, 800.0])
    s, out = v.verify(r, units(after=(4200.0,)))
    assert_allclose(s.area, [3600.0, 4200.0])
    q_after = 800 * 277.7778 / (8.14 * 0.782) / 4200     # 8.3128
    assert_allclose(out.coal_after, [q_after], rtol=1e-6)
    assert_allclose(out.coal_after, [8.3128], rtol=1e-4)
    assert_allclose(out.measured_saved, [(20.1355 - 8.3128) * 3600 / 1000], rtol=1e-4)


def test_heated_area_of_the_row_wins():
    r = readings([0, 0], [2009, 2011], coal=[72.0, 30.0], area=[3000.0, 3200.0])
    s, out = v.verify(r, units(after=(4200.0,)))
    assert_allclose(s.area, [3000.0, 3200.0])
    assert_allclose(out.coal_before, [24.0])
    assert_allclose(out.coal_after, [9.375])
    assert_allclose(out.measured_saved, [(24.0 - 9.375) * 3.6])


def test_estate_meter_on_the_sums_of_its_buildings():
    # An estate of 3,600 + 2,400 m², predicted 40 + 25 tce, read by one meter (coal rows):
    # 120 tce before, 70 tce after → 20 and 11.667 kgce/m², 50 tce measured, rate 50/65.
    r = readings([0, 0], [2009, 2011], coal=[120.0, 70.0])
    _, out = v.verify(r, units(area=(6000.0,), predicted=(65.0,)))
    assert_allclose(out.coal_before, [20.0])
    assert_allclose(out.coal_after, [70_000 / 6000])
    assert_allclose(out.measured_saved, [50.0])
    assert_allclose(out.realisation_rate, [50 / 65])


def test_statuses_and_flags():
    # unit 0 verified and below P10, 1 verified above P90, 2 only after, 3 only before, 4 nothing,
    # 5 verified inside its band, 6 verified with no band (no flag)
    r = readings([0, 0, 1, 1, 2, 3, 5, 5, 6, 6], [2009, 2011] * 2 + [2011, 2009] + [2009, 2011] * 2,
                 coal=[72, 60, 72, 20, 30, 72, 72, 40, 72, 40], area=[3600.0] * 10)
    n = 7
    u = units(area=[3600.0] * n, eta_b=[0.612] * n, eta_a=[0.782] * n, start=["2010-04-15"] * n,
              done=["2010-10-20"] * n, started=[True] * n, predicted=[30.0] * n, coal_after=[10.0] * n,
              p10=[20.0] * 6 + [NAN], p90=[40.0] * 6 + [NAN])
    _, out = v.verify(r, u)
    assert [v.STATUSES[i] for i in out.status] == [
        "verified", "verified", "no_baseline", "no_after", "no_readings", "verified", "verified"]
    assert_allclose(out.measured_saved[[0, 1, 5]], [(20 - 60 / 3.6) * 3.6, (20 - 20 / 3.6) * 3.6, 32.0])
    assert_array_equal(out.flag, [v.UNDER, v.OVER, v.WITHIN, v.WITHIN, v.WITHIN, v.WITHIN, v.WITHIN])
    assert_allclose(out.after_ratio[2], (30_000 / 3600) / 10.0)
    assert np.isnan(out.realisation_rate[[2, 3, 4]]).all()
    assert np.isnan(out.measured_saved[[2, 3, 4]]).all()
    assert np.isnan(out.coal_before[[2, 4]]).all() and np.isnan(out.coal_after[[3, 4]]).all()


def test_no_realisation_rate_without_a_predicted_saving():
    r = readings([0, 0], [2009, 2011], coal=[72.0, 60.0])
    _, out = v.verify(r, units(predicted=(0.0,)))
    assert out.status[0] == v.VERIFIED and np.isnan(out.realisation_rate[0])


def test_a_season_twice_is_an_error():
    with pytest.raises(ValueError, match="season: season_twice"):
        v.verify(readings([0, 0], [2009, 2009], coal=[72.0, 70.0]), units())


def test_unknown_unit_is_an_error():
    with pytest.raises(ValueError, match="unit"):
        v.verify(readings([1], [2009], coal=[72.0]), units())


def test_docstring_example():
    assert doctest.testmod(v).failed == 0


# --- properties ---------------------------------------------------------------------------------

temps = st.floats(-15.0, 5.0)
days = st.floats(90.0, 190.0)


@given(days, temps)
def test_normalisation_is_one_at_standard_weather(z, te):
    assert_allclose(v.normalisation_factor(z, te, z, te), 1.0, rtol=1e-12)


@given(days, temps, days, temps, st.floats(100.0, 5000.0))
def test_normalised_season_does_not_depend_on_its_weather(z, te, z_act, te_act, heat_standard):
    """A season that used the degree days of its weather normalises to the standard season."""
    heat = heat_standard * z_act * (18 - te_act) / (z * (18 - te))
    q = v.season_coal_index(heat, NAN, 3000.0, 0.9, 0.7) * v.normalisation_factor(z, te, z_act, te_act)
    assert_allclose(q, v.season_coal_index(heat_standard, NAN, 3000.0, 0.9, 0.7), rtol=1e-9)


@given(st.lists(st.floats(50.0, 3000.0), min_size=1, max_size=4), st.floats(0.5, 1.0), st.floats(500, 9000),
       st.booleans())
def test_identical_readings_before_and_after_save_nothing(heats, eta, area, coal_rows):
    seasons_before = list(range(2000, 2000 + len(heats)))
    seasons_after = list(range(2012, 2012 + len(heats)))
    values = heats + heats
    r = readings([0] * len(values), seasons_before + seasons_after,
                 heat=None if coal_rows else values, coal=values if coal_rows else None)
    _, out = v.verify(r, units(area=(area,), eta_b=(eta,), eta_a=(eta,), start=("2011-04-01",),
                               done=("2011-10-01",)))
    assert out.status[0] == v.VERIFIED
    assert_allclose(out.measured_saved, [0.0], atol=1e-9)
    assert_allclose(out.realisation_rate, [0.0], atol=1e-9)


@given(st.floats(100.0, 3000.0), st.floats(10.0, 2000.0), st.floats(0.1, 10.0), st.floats(1.0, 100.0),
       st.floats(0.1, 10.0))
@settings(max_examples=50)
def test_realisation_rate_scales(before, after, scale, predicted, pred_scale):
    r = readings([0, 0], [2009, 2011], heat=[before, after])
    _, base = v.verify(r, units(predicted=(predicted,)))
    _, scaled = v.verify(readings([0, 0], [2009, 2011], heat=[before * scale, after * scale]),
                         units(predicted=(predicted,)))
    _, repredicted = v.verify(r, units(predicted=(predicted * pred_scale,)))
    assert_allclose(scaled.measured_saved, base.measured_saved * scale, rtol=1e-9, atol=1e-12)
    assert_allclose(scaled.realisation_rate, base.realisation_rate * scale, rtol=1e-9, atol=1e-12)
    assert_allclose(repredicted.realisation_rate, base.realisation_rate / pred_scale, rtol=1e-9, atol=1e-12)


@given(st.integers(1990, 2030), st.integers(-400, 400), st.integers(0, 400))
def test_a_season_is_never_both_before_and_after(season, offset, length):
    start = np.datetime64(f"{season}-11-01") + offset
    done = start + length
    cls = v.classify_seasons([season], [start], [done], [True])[0]
    first, last = v.season_bounds(season)
    assert (cls == BEFORE) == (last < start)
    assert (cls == AFTER) == (first > done)
