"""Verification of the programme against heat meters (``method.md`` §12), and the measured level
of each building before the works (§8, the first calibration source).

:func:`verify_columns` takes building columns (``retrofit.storage.load.load_columns`` format, or
:func:`retrofit.estimate.records_to_columns`) and meter readings as columns
(:func:`retrofit.verification.matching.reading_columns`), matches the readings to buildings and
estates, computes the measured level of each building from its seasons before the works, runs
the engine calibrated on it, and verifies every building and estate meter
(:func:`calc.verification.verify`). :func:`verify` does the same from records. The result
(:class:`~retrofit.verification.result.Verified`) gives the ``retrofit verify`` JSON document
(``data-dictionary.md``), the totals and the programme's progress by year.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from calc import verification as cv
from calc.errors import CalcInputError
from retrofit.domain.errors import InputFileError
from retrofit.domain.meters import MeterReading
from retrofit.domain.records import BuildingRecord, EstateRecord
from retrofit.domain.settings import Settings
from retrofit.engine_messages import reason_text
from retrofit.estimate import estimate_columns, records_to_columns
from retrofit.reference import Catalogue, ClimateTable, load_climate
from retrofit.verification.matching import Matched, Origin, match_readings, reading_columns
from retrofit.verification.result import Verified
from retrofit.verification.units import baseline_units, building_units, climate_of, estate_units

#: Readings without a file (from the database, or made in code).
NO_ORIGIN = Origin()
#: calc field → meter register key (for error messages).
_KEY_OF = {"heat_gj": "heat_gj", "coal_tce": "coal_tce", "heated_area_m2": "heated_area_m2",
           "heating_days": "heating_days", "mean_outdoor_temp_c": "mean_outdoor_temp_c", "season": "season"}


def _quantities(readings: Mapping[str, np.ndarray], take: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    gj, mwh = readings["heat_gj"][take], readings["heat_mwh"][take]
    heat = np.where(np.isnan(gj), mwh * cv.GJ_PER_MWH, gj)
    both = ~np.isnan(gj) & ~np.isnan(mwh)
    return np.where(both, np.nan, heat), readings["coal_tce"][take]


def _readings(readings: Mapping[str, np.ndarray], take: np.ndarray, unit: np.ndarray) -> cv.Readings:
    heat, coal = _quantities(readings, take)
    return cv.Readings(unit[take], readings["season"][take], heat, coal, readings["heated_area_m2"][take],
                       readings["heating_days"][take], readings["mean_outdoor_temp_c"][take])


def _run(readings, take, unit, units, settings, origin):  # noqa: ANN001
    """:func:`calc.verification.verify` on the readings ``take``; a bad reading becomes an
    :class:`InputFileError` naming its row."""
    index = np.flatnonzero(take)
    try:
        return cv.verify(_readings(readings, take, unit), units, settings.indoor_temp_c,
                         settings.coal_heat_value_kwh_kgce)
    except CalcInputError as exc:
        errors = []
        for pos, value in zip(exc.positions[:200], exc.values[:200] or [""] * len(exc.positions), strict=False):
            i = int(index[pos]) if pos < len(index) else 0
            key = _KEY_OF.get(exc.field, exc.field)
            reason = reason_text(exc.code, exc.params)
            shown = readings[key][i] if key in readings else value
            errors.append(origin.cell(i, key, _plain(shown), "meter_reason", reason=reason))
        raise InputFileError(origin.file or "meters", errors) from exc


def _plain(value: object) -> object:
    if isinstance(value, float):
        if value != value:
            return ""
        if value == int(value):
            return int(value)
    return value


def meter_levels(columns: Mapping[str, np.ndarray], readings: Mapping[str, np.ndarray], settings: Settings, *,
                 climate: ClimateTable | None = None, estate_cities: Mapping[str, str] | None = None,
                 matched: Matched | None = None, origin: Origin = NO_ORIGIN) -> np.ndarray:
    """The measured coal index of each building from its metered seasons before the works,
    weather-normalised and averaged (``method.md`` §8, first source). NaN where a building has
    no such season. [kgce/m²]"""
    n = len(columns["building"])
    z, te, cities = climate_of(columns, climate or load_climate(), estate_cities or {})
    matched = matched or match_readings(columns, readings, cities, origin)
    take = matched.building >= 0
    if not take.any():
        return np.full(n, np.nan)
    seasons, out = _run(readings, take, matched.building, baseline_units(columns, settings, z, te), settings,
                        origin)
    return out.coal_before


def with_meter_levels(columns: Mapping[str, np.ndarray], levels: np.ndarray) -> dict[str, np.ndarray]:
    """The columns with the measured level from meters (``meter_kgce_m2``, NaN where a building
    has no season before the works), which the engine takes as the first calibration source
    (method §8; :attr:`retrofit.estimate.Estimate.calibration_sources` says which source each
    building's k came from)."""
    return {**columns, "meter_kgce_m2": np.asarray(levels, dtype=float)}


def verify_columns(columns: Mapping[str, np.ndarray], readings: Mapping[str, np.ndarray], settings: Settings,
                   catalogue: Catalogue | None = None, *, uncertainty: bool = False,
                   estate_cities: Mapping[str, str] | None = None, climate: ClimateTable | None = None,
                   co2_factor: float | None = None, origin: Origin = NO_ORIGIN, estimate=None) -> Verified:  # noqa: ANN001
    """Verify buildings (columns) against meter readings (columns); see the module docstring.

    Raises
    ------
    InputFileError
        A reading of an unknown estate or building, a season given twice, a row with none or two
        of heat/MWh/coal, or an impossible value (file, row, column, value of the readings).
    ValidationError
        From the engine, for a bad building (as :func:`retrofit.estimate.estimate_columns`).

    ``estimate`` (a :class:`retrofit.estimate.Estimate` of these columns already calibrated on
    the meters, e.g. with its Monte Carlo band) is used instead of running the engine again.
    """
    climate = climate or load_climate()
    cities_of = estate_cities or {}
    _, _, cities = climate_of(columns, climate, cities_of)
    matched = match_readings(columns, readings, cities, origin)
    levels = meter_levels(columns, readings, settings, climate=climate, estate_cities=cities_of, matched=matched,
                          origin=origin)
    calibrated = with_meter_levels(columns, levels)
    est = estimate if estimate is not None else estimate_columns(
        calibrated, settings, catalogue, uncertainty=uncertainty, estate_cities=cities_of, climate=climate,
        co2_factor=co2_factor)
    units = building_units(est, columns)
    own = matched.building >= 0
    b_seasons, b_out = _run(readings, own, matched.building, units, settings, origin)
    in_programme = np.asarray(est.inputs.mode) != 0
    e_units = estate_units(units, matched.members, in_programme)
    e_seasons, e_out = _run(readings, matched.estate >= 0, matched.estate, e_units, settings, origin)
    return Verified(est, calibrated, cities, readings, matched, b_seasons, b_out, e_units, e_seasons, e_out,
                    units)


def verify(buildings: Sequence[BuildingRecord], readings: Sequence[MeterReading], settings: Settings,
           catalogue: Catalogue | None = None, *, uncertainty: bool = False, estates: Sequence[EstateRecord] = (),
           origin: Origin | None = None, **kwargs) -> Verified:
    """:func:`verify_columns` on records (building records and meter readings)."""
    cols = records_to_columns(buildings)
    for key in ("status", "works_start", "works_completed", "planned_year", "actual_cost_rmb"):
        cols[key] = np.array([getattr(b, key, None) for b in buildings], dtype=object)
    return verify_columns(cols, reading_columns(readings), settings, catalogue, uncertainty=uncertainty,
                          estate_cities={e.estate: e.city for e in estates}, origin=origin or NO_ORIGIN, **kwargs)


__all__ = ["NO_ORIGIN", "Origin", "Verified", "meter_levels", "reading_columns", "verify", "verify_columns",
           "with_meter_levels"]
