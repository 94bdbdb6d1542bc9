r"""Verification of savings against heat meters (``method.md`` §12, and §8 for the measured
level before the works).

A meter reading is one heating season "Y–Y+1" (1 November Y to 31 March Y+1) of one *unit*: a
building, or an estate read by one meter. Each season is turned into a coal index, normalised to
the standard weather of the climate table, and classed against the unit's works dates (before,
after, or overlapping the works). Per unit the seasons before and after are averaged, the
measured saving is compared with the predicted one, and the unit gets a status.

All functions take arrays (readings along the last axis) and return ndarrays; none of them
knows where the readings came from. Symbols follow ``docs/glossary.md``: *q_c* coal index,
*Z* heating days, *t_e* mean outdoor temperature of the heating season, *t_i* indoor design
temperature, *η₁*, *η₂* network and heat-source efficiencies, *A_0* floor area before the works.

References
----------
.. [1] JGJ 26-2010, "Design standard for energy efficiency of residential buildings in severe
   cold and cold zones", §4.3 (degree-day method).
.. [2] JGJ/T 132-2009, "Standard for energy efficiency test of residential buildings" (weather
   correction of metered seasons by degree days).
"""
from __future__ import annotations

from typing import NamedTuple

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.errors import check
from calc.heating import COAL_HEATING_VALUE, INDOOR_TEMPERATURE

#: Season classes (:func:`classify_seasons`).
BEFORE, AFTER, OVERLAP = 0, 1, 2
#: Unit statuses (:func:`aggregate`), in code order.
STATUSES: tuple[str, ...] = ("verified", "no_baseline", "no_after", "no_readings")
VERIFIED, NO_BASELINE, NO_AFTER, NO_READINGS = range(4)
#: Performance flags of a verified unit against its predicted P10–P90 band.
UNDER, WITHIN, OVER = -1, 0, 1
#: kWh in one GJ (the method's 277.78). [kWh/GJ]
KWH_PER_GJ = 1e6 / 3600.0
#: GJ in one MWh. [GJ/MWh]
GJ_PER_MWH = 3.6


def _f(x: ArrayLike) -> NDArray[np.float64]:
    return np.asarray(x, dtype=float)


def season_bounds(season: ArrayLike) -> tuple[NDArray[np.datetime64], NDArray[np.datetime64]]:
    """First and last day of heating season "Y–Y+1": 1 November Y and 31 March Y+1.

    Parameters
    ----------
    season : array_like of int
        *Y*, the year in which the season starts.

    Returns
    -------
    first, last : ndarray of datetime64[D]
    """
    years = np.asarray(season, dtype=np.int64) - 1970
    first = (years.astype("datetime64[Y]").astype("datetime64[M]") + 10).astype("datetime64[D]")
    last = ((years + 1).astype("datetime64[Y]").astype("datetime64[M]") + 3).astype("datetime64[D]") - 1
    return first, last


def classify_seasons(season: ArrayLike, works_start: ArrayLike, works_completed: ArrayLike,
                     started: ArrayLike = False) -> NDArray[np.int8]:
    """Class each season against the works of its unit (§12).

    A season is :data:`BEFORE` the works if its last day (31 March) falls before ``works_start``
    (``works_completed`` when no start is known), :data:`AFTER` them if its first day
    (1 November) falls after ``works_completed``, and :data:`OVERLAP` otherwise (left out of
    both means). A unit without any works date has not been worked on yet: all its seasons are
    before the works, unless ``started`` says that the works began (then none can be placed).

    Parameters
    ----------
    season : array_like of int
        *Y* of the season "Y–Y+1".
    works_start, works_completed : array_like of datetime64[D]
        The unit's works dates per reading; NaT when not known.
    started : array_like of bool, default False
        The works have begun (status construction or completed) although no date is known.

    Returns
    -------
    cls : ndarray of int8
        :data:`BEFORE`, :data:`AFTER` or :data:`OVERLAP` per reading.

    Raises
    ------
    ValueError
        If a completion date lies before its start date.
    """
    start = np.asarray(works_start, dtype="datetime64[D]")
    done = np.asarray(works_completed, dtype="datetime64[D]")
    both = ~np.isnat(start) & ~np.isnat(done)
    check("works_completed", done.astype("int64"), both & (done < start), "before_other", other="works_start")
    first, last = season_bounds(season)
    limit = np.where(np.isnat(start), done, start)
    undated = np.isnat(limit) & np.isnat(done)
    before = (~np.isnat(limit) & (last < limit)) | (undated & ~np.asarray(started, dtype=bool))
    after = ~np.isnat(done) & (first > done)
    return np.where(before, BEFORE, np.where(after, AFTER, OVERLAP)).astype(np.int8)


def normalisation_factor(heating_days: ArrayLike, mean_outdoor_temperature: ArrayLike,
                         actual_days: ArrayLike, actual_mean_outdoor_temperature: ArrayLike,
                         indoor_temperature: float = INDOOR_TEMPERATURE) -> NDArray[np.float64]:
    r"""Weather normalisation of one season,
    :math:`Z (t_i - t_e) / (Z_{act} (t_i - t_{e,act}))`, 1 where *Z_act* or *t_e,act* is missing.

    Parameters
    ----------
    heating_days, mean_outdoor_temperature : array_like
        *Z* and *t_e* of the climate table (the standard season). [d], [°C]
    actual_days, actual_mean_outdoor_temperature : array_like
        *Z_act* and *t_e,act* of the metered season; NaN when not recorded. [d], [°C]
    indoor_temperature : float, default 18
        *t_i*. [°C]

    Returns
    -------
    factor : ndarray
        Multiplies the season's coal index. [-]

    Raises
    ------
    ValueError
        If *Z_act* is not > 0 or *t_e,act* is not below *t_i*.
    """
    z_act, te_act = _f(actual_days), _f(actual_mean_outdoor_temperature)
    check("heating_days", z_act, z_act <= 0, "not_positive")
    check("mean_outdoor_temp_c", te_act, te_act >= indoor_temperature, "not_below_indoor", limit=indoor_temperature)
    standard = _f(heating_days) * (indoor_temperature - _f(mean_outdoor_temperature))
    actual = z_act * (indoor_temperature - te_act)
    with np.errstate(invalid="ignore"):
        return np.where(np.isnan(actual), 1.0, standard / actual)


def season_coal_index(heat_gj: ArrayLike, coal_tce: ArrayLike, area: ArrayLike,
                      network_efficiency: ArrayLike, boiler_efficiency: ArrayLike,
                      coal_heating_value: float = COAL_HEATING_VALUE) -> NDArray[np.float64]:
    r"""Coal index of one metered season.

    Heat rows: :math:`q_c = Q \cdot 277.78 / (H_c \eta_1 \eta_2) / A`; coal rows:
    :math:`q_c = 1000\, B / A`.

    Parameters
    ----------
    heat_gj : array_like
        *Q*, heat delivered at the meter (MWh × 3.6); NaN on coal rows. [GJ]
    coal_tce : array_like
        *B*, coal burnt for the unit at the source; NaN on heat rows. [tce]
    area : array_like
        *A*, the heated area of the season, > 0. [m²]
    network_efficiency, boiler_efficiency : array_like
        *η₁*, *η₂* of the state in force in that season, in (0, 1]. [-]
    coal_heating_value : float, default 8.14
        *H_c*. [kWh/kgce]

    Returns
    -------
    q_c : ndarray
        [kgce/m²]

    Raises
    ------
    ValueError
        If a row gives none or both of heat and coal, a value below zero, an area not > 0 or an
        efficiency outside (0, 1].
    """
    heat, coal, a = _f(heat_gj), _f(coal_tce), _f(area)
    check("heat_gj", heat, np.isnan(heat) == np.isnan(coal), "not_exactly_one", choices="heat_gj, heat_mwh, coal_tce")
    check("heat_gj", heat, heat < 0, "negative")
    check("coal_tce", coal, coal < 0, "negative")
    check("heated_area_m2", a, ~(a > 0), "not_positive")
    eta = _f(network_efficiency) * _f(boiler_efficiency)
    check("eta", eta, ~((eta > 0) & (eta <= 1)), "not_efficiency")
    from_heat = np.nan_to_num(heat) * KWH_PER_GJ / (coal_heating_value * eta)
    return np.where(np.isnan(heat), coal * 1000.0, from_heat) / a


class Readings(NamedTuple):
    """Meter readings, one per unit and season (arrays of one length r).

    ``heat_gj`` and ``coal_tce`` hold NaN where the row gives the other; the optional columns
    hold NaN where not recorded.
    """

    unit: NDArray[np.intp]                        #: index of the building or estate read
    season: NDArray[np.int64]                     #: Y of "Y–Y+1"
    heat_gj: NDArray[np.float64]                  #: [GJ]
    coal_tce: NDArray[np.float64]                 #: [tce]
    heated_area: NDArray[np.float64]              #: [m²]
    heating_days: NDArray[np.float64]             #: Z_act [d]
    mean_outdoor_temperature: NDArray[np.float64]  #: t_e,act [°C]


class Units(NamedTuple):
    """What is known of each unit read (arrays of one length n).

    ``p10``/``p90`` are the predicted band of the saving (NaN: no band, no flag).
    """

    floor_area: NDArray[np.float64]               #: A_0 [m²]
    area_after: NDArray[np.float64]               #: floor area after the works [m²]
    eta_before: NDArray[np.float64]               #: η1·η2 before [-]
    eta_after: NDArray[np.float64]                #: η1·η2 after [-]
    heating_days: NDArray[np.float64]             #: Z of the climate table [d]
    mean_outdoor_temperature: NDArray[np.float64]  #: t_e of the climate table [°C]
    works_start: NDArray[np.datetime64]           #: NaT when unknown
    works_completed: NDArray[np.datetime64]       #: NaT when unknown
    started: NDArray[np.bool_]                    #: the works began (dates may be unknown)
    predicted_saved: NDArray[np.float64]          #: [tce/a]
    predicted_coal_after: NDArray[np.float64]     #: q_c after [kgce/m²]
    p10: NDArray[np.float64]                      #: [tce/a]
    p90: NDArray[np.float64]                      #: [tce/a]


class Seasons(NamedTuple):
    """Per reading: its class, the area and efficiency used, and its coal indices."""

    cls: NDArray[np.int8]             #: BEFORE, AFTER or OVERLAP
    area: NDArray[np.float64]         #: [m²]
    coal_index: NDArray[np.float64]   #: q_c,season [kgce/m²]
    factor: NDArray[np.float64]       #: weather normalisation [-]
    normalised: NDArray[np.float64]   #: q_c,norm [kgce/m²]


class Verification(NamedTuple):
    """Per unit (arrays of length n); NaN where a value does not apply."""

    status: NDArray[np.int8]             #: index into :data:`STATUSES`
    seasons_before: NDArray[np.intp]
    seasons_after: NDArray[np.intp]
    seasons_left_out: NDArray[np.intp]   #: overlapping the works
    coal_before: NDArray[np.float64]     #: q_before, mean q_c,norm before [kgce/m²]
    coal_after: NDArray[np.float64]      #: q_after [kgce/m²]
    measured_saved: NDArray[np.float64]  #: (q_before − q_after)·A_0/1000 [tce/a]
    predicted_saved: NDArray[np.float64]  #: [tce/a]
    realisation_rate: NDArray[np.float64]  #: measured / predicted saving [-]
    after_ratio: NDArray[np.float64]     #: q_after / predicted q_c after (no_baseline) [-]
    flag: NDArray[np.int8]               #: UNDER, WITHIN or OVER (WITHIN without a band)


def seasons(readings: Readings, units: Units, indoor_temperature: float = INDOOR_TEMPERATURE,
            coal_heating_value: float = COAL_HEATING_VALUE) -> Seasons:
    """Class and normalise every reading (§12, "per season").

    The area of a season is its heated area when given, else A_0 before (and overlapping) the
    works and the floor area after them; the efficiency is that of the state in force.

    Parameters
    ----------
    readings : Readings
    units : Units
    indoor_temperature : float, default 18
        *t_i* of the weather normalisation. [°C]
    coal_heating_value : float, default 8.14
        *H_c*. [kWh/kgce]

    Returns
    -------
    Seasons

    Raises
    ------
    ValueError
        For a unit index outside the units, the same unit and season twice, or a bad reading
        (see :func:`season_coal_index`, :func:`normalisation_factor`).
    """
    r, n = readings, len(units.floor_area)
    unit = np.asarray(r.unit, dtype=np.intp)
    check("unit", unit, (unit < 0) | (unit >= n), "out_of_range", low=0, high=n - 1)
    key = unit.astype(np.int64) * 10_000 + np.asarray(r.season, dtype=np.int64)
    order = np.argsort(key, kind="stable")
    twice = np.zeros(len(key), dtype=bool)
    twice[order[1:]] = key[order[1:]] == key[order[:-1]]
    check("season", np.asarray(r.season), twice, "season_twice")
    cls = classify_seasons(r.season, units.works_start[unit], units.works_completed[unit], units.started[unit])
    after = cls == AFTER
    default_area = np.where(after, units.area_after[unit], units.floor_area[unit])
    area = np.where(np.isnan(r.heated_area), default_area, r.heated_area)
    eta = np.where(after, units.eta_after[unit], units.eta_before[unit])
    q = season_coal_index(r.heat_gj, r.coal_tce, area, eta, 1.0, coal_heating_value)
    factor = normalisation_factor(units.heating_days[unit], units.mean_outdoor_temperature[unit],
                                  r.heating_days, r.mean_outdoor_temperature, indoor_temperature)
    return Seasons(cls, area, q, factor, q * factor)


def _mean_by_unit(unit: NDArray[np.intp], values: NDArray[np.float64], take: NDArray[np.bool_],
                  n: int) -> tuple[NDArray[np.intp], NDArray[np.float64]]:
    count = np.bincount(unit[take], minlength=n)
    total = np.bincount(unit[take], weights=values[take], minlength=n)
    with np.errstate(invalid="ignore", divide="ignore"):
        return count, np.where(count > 0, total / count, np.nan)


def aggregate(unit: ArrayLike, season_results: Seasons, units: Units) -> Verification:
    """Per unit: means before and after, measured and predicted saving, status and flag (§12).

    Parameters
    ----------
    unit : array_like of int
        The unit of each reading (as in :class:`Readings`).
    season_results : Seasons
        From :func:`seasons`.
    units : Units

    Returns
    -------
    Verification
        ``realisation_rate`` is NaN unless the unit is verified with a predicted saving > 0;
        ``after_ratio`` is given for units with seasons after the works and a predicted coal
        index after > 0 (the comparison of a ``no_baseline`` unit).
    """
    u = np.asarray(unit, dtype=np.intp)
    n, s = len(units.floor_area), season_results
    n_before, q_before = _mean_by_unit(u, s.normalised, s.cls == BEFORE, n)
    n_after, q_after = _mean_by_unit(u, s.normalised, s.cls == AFTER, n)
    n_left = np.bincount(u[s.cls == OVERLAP], minlength=n)
    has_b, has_a = n_before > 0, n_after > 0
    status = np.select([has_b & has_a, has_a, has_b], [VERIFIED, NO_BASELINE, NO_AFTER], NO_READINGS)
    measured = (q_before - q_after) * _f(units.floor_area) / 1000.0
    predicted = _f(units.predicted_saved)
    verified = status == VERIFIED
    with np.errstate(invalid="ignore", divide="ignore"):
        rate = np.where(verified & (predicted > 0), measured / predicted, np.nan)
        pred_after = _f(units.predicted_coal_after)
        ratio = np.where(has_a & (pred_after > 0), q_after / pred_after, np.nan)
    p10, p90 = _f(units.p10), _f(units.p90)
    flag = np.where(verified & (measured < p10), UNDER, np.where(verified & (measured > p90), OVER, WITHIN))
    return Verification(status.astype(np.int8), n_before, n_after, n_left, q_before, q_after,
                        np.where(verified, measured, np.nan), predicted, rate, ratio, flag.astype(np.int8))


def verify(readings: Readings, units: Units, indoor_temperature: float = INDOOR_TEMPERATURE,
           coal_heating_value: float = COAL_HEATING_VALUE) -> tuple[Seasons, Verification]:
    """Verify units against their readings: :func:`seasons`, then :func:`aggregate`.

    Parameters
    ----------
    readings : Readings
    units : Units
    indoor_temperature : float, default 18
        *t_i*. [°C]
    coal_heating_value : float, default 8.14
        *H_c*. [kWh/kgce]

    Returns
    -------
    seasons : Seasons
        Per reading.
    verification : Verification
        Per unit.

    Examples
    --------
    One building of 3,600 m² (η₁η₂ = 0.612 before, 0.782 after) in Tangshan (Z = 130 d,
    t_e = −1.6 °C), works from April to October 2010: 1,300 GJ in season 2009–2010, a mild
    season 2011–2012 (Z_act = 125 d, t_e,act = −0.5 °C) with 560 GJ.

    >>> import numpy as np
    >>> r = Readings(np.array([0, 0]), np.array([2009, 2011]), np.array([1300.0, 560.0]),
    ...              np.full(2, np.nan), np.full(2, np.nan), np.array([np.nan, 125.0]),
    ...              np.array([np.nan, -0.5]))
    >>> u = Units(np.array([3600.0]), np.array([3600.0]), np.array([0.612]), np.array([0.782]),
    ...           np.array([130.0]), np.array([-1.6]), np.array(["2010-04-15"], "datetime64[D]"),
    ...           np.array(["2010-10-20"], "datetime64[D]"), np.array([True]), np.array([40.0]),
    ...           np.array([10.0]), np.array([np.nan]), np.array([np.nan]))
    >>> s, v = verify(r, u)
    >>> np.round(v.coal_before, 3), np.round(v.measured_saved, 2)
    (array([20.136]), array([45.56]))
    """
    s = seasons(readings, units, indoor_temperature, coal_heating_value)
    return s, aggregate(readings.unit, s, units)


__all__ = ["AFTER", "BEFORE", "OVERLAP", "STATUSES", "VERIFIED", "NO_BASELINE", "NO_AFTER", "NO_READINGS",
           "UNDER", "WITHIN", "OVER", "KWH_PER_GJ", "GJ_PER_MWH", "Readings", "Units", "Seasons", "Verification",
           "season_bounds", "classify_seasons", "normalisation_factor", "season_coal_index", "seasons",
           "aggregate", "verify"]
