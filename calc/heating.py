r"""Heat losses, heat consumption index, coal index, design and plant load and calibration of the
JGJ 26 degree-day method (``method.md`` §1, §3–5, §8).

All functions take scalars or arrays (they broadcast) and return ndarrays. Symbols follow
JGJ 26: *q_H* heat consumption index, *q_c* coal index, *Z* heating days, *t_e* mean outdoor
temperature of the heating season, *t_wd* winter design outdoor temperature, *η₁*, *η₂* network
and heat-source efficiencies (``docs/glossary.md``).

References
----------
.. [1] JGJ 26-95, "Energy conservation design standard for new heating residential buildings".
.. [2] JGJ 26-2010, "Design standard for energy efficiency of residential buildings in severe
   cold and cold zones", §4.3.
.. [3] GB 50736-2012, "Design code for heating ventilation and air conditioning of civil
   buildings", Appendix A (climate data).
"""
from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.errors import check

#: Heat value of standard coal *H_c*. [kWh/kgce]
COAL_HEATING_VALUE = 8.14
#: Indoor design temperature *t_i* (JGJ 26-2010). [°C]
INDOOR_TEMPERATURE = 18.0
#: Internal gains *q_IH*. [W/m²]
INTERNAL_GAINS = 3.8
#: Specific heat of air *C_p*. [Wh/(kg·K)]
AIR_SPECIFIC_HEAT = 0.28


def _f(x: ArrayLike) -> NDArray[np.float64]:
    return np.asarray(x, dtype=float)


def _efficiencies(network: ArrayLike, source: ArrayLike = 1.0) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """η₁ and η₂ as arrays, each in (0, 1]."""
    etas = _f(network), _f(source)
    for name, eta in zip(("network_efficiency", "boiler_efficiency"), etas, strict=True):
        check(name, eta, ~((eta > 0) & (eta <= 1)), "not_efficiency")
    return etas


def air_density(mean_outdoor_temperature: ArrayLike) -> NDArray[np.float64]:
    r"""Air density at the heating-season mean outdoor temperature, :math:`\rho = 353/(273 + t_e)`.

    Parameters
    ----------
    mean_outdoor_temperature : array_like
        *t_e*. [°C]

    Returns
    -------
    rho : ndarray
        [kg/m³]
    """
    return 353.0 / (273.0 + _f(mean_outdoor_temperature))


def transmission_coefficient(u_value: ArrayLike, element_area: ArrayLike,
                             correction: ArrayLike = 1.0) -> NDArray[np.float64]:
    r"""Heat-loss coefficient of one envelope element, :math:`\varepsilon K F`.

    Parameters
    ----------
    u_value : array_like
        *K* of the element. [W/(m²·K)]
    element_area : array_like
        *F*. [m²]
    correction : array_like, default 1.0
        *ε* (× *f_floor*, 0.5, for the floor over an unheated basement). [-]

    Returns
    -------
    H : ndarray
        [W/K]
    """
    return _f(correction) * _f(element_area) * _f(u_value)


def infiltration_coefficient(air_change: ArrayLike, ventilated_volume: ArrayLike,
                             mean_outdoor_temperature: ArrayLike,
                             air_specific_heat: float = AIR_SPECIFIC_HEAT) -> NDArray[np.float64]:
    r"""Heat-loss coefficient of air infiltration, :math:`C_p \rho N V`.

    Parameters
    ----------
    air_change : array_like
        *N*. [h⁻¹]
    ventilated_volume : array_like
        *V* = *v* · *V_0* (0.60 with an unheated, 0.65 with a heated stairwell). [m³]
    mean_outdoor_temperature : array_like
        *t_e*, at which *ρ* is taken. [°C]
    air_specific_heat : float, default 0.28
        *C_p*. [Wh/(kg·K)]

    Returns
    -------
    H : ndarray
        [W/K]
    """
    return air_specific_heat * air_density(mean_outdoor_temperature) * _f(ventilated_volume) * _f(air_change)


def loss_index(loss_coefficient: ArrayLike, floor_area: ArrayLike, indoor_temperature: ArrayLike,
               outdoor_temperature: ArrayLike) -> NDArray[np.float64]:
    r"""Heat loss per m² of floor area, :math:`(t_i - t_e) \sum H / A_0`: the transmission index
    :math:`q_{HT} = (t_i - t_e) \sum \varepsilon K F / A_0` of an element (or all of them), or the
    infiltration index :math:`q_{INF} = (t_i - t_e) C_p \rho N V / A_0`.

    Parameters
    ----------
    loss_coefficient : array_like
        *H*, from :func:`transmission_coefficient` or :func:`infiltration_coefficient`. [W/K]
    floor_area : array_like
        Building floor area *A_0*, > 0. [m²]
    indoor_temperature, outdoor_temperature : array_like
        *t_i* and *t_e*. [°C]

    Returns
    -------
    q : ndarray
        [W/m²]

    Raises
    ------
    ValueError
        If a floor area is not > 0.
    """
    a0 = _f(floor_area)
    check("floor_area", a0, ~(a0 > 0), "not_positive")
    return _f(loss_coefficient) / a0 * (_f(indoor_temperature) - _f(outdoor_temperature))


def heat_consumption_index(transmission: ArrayLike, infiltration: ArrayLike,
                           internal_gains: ArrayLike = INTERNAL_GAINS, *,
                           clip: bool = False) -> NDArray[np.float64]:
    r"""Heat consumption index :math:`q_H = q_{HT} + q_{INF} - q_{IH}`.

    Parameters
    ----------
    transmission : array_like
        *q_HT*, the sum over the elements. [W/m²]
    infiltration : array_like
        *q_INF*. [W/m²]
    internal_gains : array_like, default 3.8
        *q_IH*. [W/m²]
    clip : bool, default False
        Count a *q_H* below zero as no heat need (a sample of the Monte Carlo band, whose drawn
        values may be extreme) instead of raising.

    Returns
    -------
    q_H : ndarray
        [W/m²]

    Raises
    ------
    ValueError
        If *q_H* < 0 and not ``clip``: the inputs are implausible (never clamped to zero).
    """
    q_h = _f(transmission) + _f(infiltration) - _f(internal_gains)
    if clip:
        return np.maximum(q_h, 0.0)
    check("heat_index", q_h, q_h < 0, "heat_index_below_zero")
    return q_h


def coal_index(heat_index: ArrayLike, heating_days: ArrayLike, network_efficiency: ArrayLike,
               boiler_efficiency: ArrayLike,
               coal_heating_value: float = COAL_HEATING_VALUE) -> NDArray[np.float64]:
    r"""Seasonal standard-coal index :math:`q_c = 24 Z q_H / (1000 H_c \eta_1 \eta_2)`.

    Parameters
    ----------
    heat_index : array_like
        *q_H*. [W/m²]
    heating_days : array_like
        *Z*. [d]
    network_efficiency, boiler_efficiency : array_like
        *η₁* and *η₂*, in (0, 1]. [-]
    coal_heating_value : float, default 8.14
        *H_c*. [kWh/kgce]

    Returns
    -------
    q_c : ndarray
        Standard coal per m² of floor area and season. [kgce/m²]

    Raises
    ------
    ValueError
        If an efficiency is outside (0, 1].

    Examples
    --------
    JGJ 26-95 Beijing: ``coal_index(20.6, 125, 0.90, 0.68)`` gives 12.405 kgce/m².
    """
    eta1, eta2 = _efficiencies(network_efficiency, boiler_efficiency)
    return 24.0 * _f(heating_days) * _f(heat_index) / (coal_heating_value * 1000.0 * eta1 * eta2)


def delivered_heat(heat_index: ArrayLike, heating_days: ArrayLike) -> NDArray[np.float64]:
    """Heat delivered to the building per season, 24 · Z · q_H / 1000.

    Parameters
    ----------
    heat_index : array_like
        *q_H*. [W/m²]
    heating_days : array_like
        *Z*. [d]

    Returns
    -------
    heat : ndarray
        [kWh/m²]
    """
    return 24.0 * _f(heating_days) * _f(heat_index) / 1000.0


def design_heat_index(loss_coefficient: ArrayLike, floor_area: ArrayLike, indoor_temperature: ArrayLike,
                      design_outdoor_temperature: ArrayLike) -> NDArray[np.float64]:
    r"""Design heat load per m² at the building,
    :math:`q_{design} = (t_i - t_{wd}) \sum H / A_0 = (q_{HT} + q_{INF}) (t_i - t_{wd}) / (t_i - t_e)`.

    No internal gains and no behaviour factor are credited: peaks stay peaks.

    Parameters
    ----------
    loss_coefficient : array_like
        *H* of every element and of infiltration, summed. [W/K]
    floor_area : array_like
        *A_0*, > 0. [m²]
    indoor_temperature, design_outdoor_temperature : array_like
        *t_i* (the design indoor temperature) and *t_wd*. [°C]

    Returns
    -------
    q_design : ndarray
        [W/m²]
    """
    return loss_index(loss_coefficient, floor_area, indoor_temperature, design_outdoor_temperature)


def plant_load(design_heat_index: ArrayLike, floor_area: ArrayLike,
               network_efficiency: ArrayLike) -> NDArray[np.float64]:
    """Load at the heat source, q_design · A_0 / η₁ (network losses added).

    Parameters
    ----------
    design_heat_index : array_like
        *q_design*. [W/m²]
    floor_area : array_like
        *A_0*. [m²]
    network_efficiency : array_like
        *η₁*, in (0, 1]. [-]

    Returns
    -------
    load : ndarray
        [W]
    """
    eta1, _ = _efficiencies(network_efficiency)
    return _f(design_heat_index) * _f(floor_area) / eta1


def extra_connectable_area(freed_capacity: ArrayLike, planning_index: float = 80.0) -> NDArray[np.float64]:
    """Floor area that the freed plant capacity can supply, freed capacity / planning index.

    Parameters
    ----------
    freed_capacity : array_like
        [W]
    planning_index : float, default 80
        Plant-side heat-load index for new connections, > 0. [W/m²]

    Returns
    -------
    area : ndarray
        [m²]
    """
    check("planning_index", planning_index, ~(np.asarray(planning_index) > 0), "not_positive")
    return _f(freed_capacity) / planning_index


def full_load_hours(heating_days: ArrayLike, indoor_temperature: ArrayLike,
                    mean_outdoor_temperature: ArrayLike,
                    design_outdoor_temperature: ArrayLike) -> NDArray[np.float64]:
    r"""Equivalent full-load hours, :math:`24 Z (t_i - t_e) / (t_i - t_{wd})`.

    Parameters
    ----------
    heating_days : array_like
        *Z*. [d]
    indoor_temperature, mean_outdoor_temperature, design_outdoor_temperature : array_like
        *t_i*, *t_e*, *t_wd*. [°C]

    Returns
    -------
    hours : ndarray
        [h]
    """
    ti = _f(indoor_temperature)
    return 24.0 * _f(heating_days) * (ti - _f(mean_outdoor_temperature)) / (ti - _f(design_outdoor_temperature))


def capacity_from_saved_coal(saved_coal: ArrayLike, network_efficiency: ArrayLike,
                             boiler_efficiency: ArrayLike, full_load_hours: ArrayLike,
                             coal_heating_value: float = COAL_HEATING_VALUE) -> NDArray[np.float64]:
    r"""Top-down capacity equivalent of saved coal (the seed's "800 MW" reconciliation, §5):
    saved coal × H_c × η₁η₂ / full-load hours.

    Parameters
    ----------
    saved_coal : array_like
        [tce/a]
    network_efficiency, boiler_efficiency : array_like
        *η₁*, *η₂*. [-]
    full_load_hours : array_like
        From :func:`full_load_hours`. [h]
    coal_heating_value : float, default 8.14
        *H_c*. [kWh/kgce] (= MWh/tce)

    Returns
    -------
    capacity : ndarray
        [MW]
    """
    eta1, eta2 = _efficiencies(network_efficiency, boiler_efficiency)
    return _f(saved_coal) * coal_heating_value * eta1 * eta2 / _f(full_load_hours)


def coal_index_from_heat(delivered_heat_gj: ArrayLike, network_efficiency: ArrayLike,
                         boiler_efficiency: ArrayLike,
                         coal_heating_value: float = COAL_HEATING_VALUE) -> NDArray[np.float64]:
    r"""Coal index of a metered heat delivery (calibration, ``method.md`` §8):
    :math:`q_c = Q / (H_c \eta_1 \eta_2)` with *Q* converted from GJ to kWh.

    Parameters
    ----------
    delivered_heat_gj : array_like
        Heat delivered to the building per m² and season. [GJ/m²]
    network_efficiency, boiler_efficiency : array_like
        *η₁*, *η₂*, in (0, 1]. [-]
    coal_heating_value : float, default 8.14
        *H_c*. [kWh/kgce]

    Returns
    -------
    q_c : ndarray
        [kgce/m²]
    """
    eta1, eta2 = _efficiencies(network_efficiency, boiler_efficiency)
    return _f(delivered_heat_gj) * (1e6 / 3600.0) / (coal_heating_value * eta1 * eta2)


def annual_coal(coal_index: ArrayLike, floor_area: ArrayLike) -> NDArray[np.float64]:
    """Standard coal of a building per year, q_c · A_0 / 1000 (``method.md`` §4).

    Parameters
    ----------
    coal_index : array_like
        *q_c*. [kgce/m²]
    floor_area : array_like
        The floor area it applies to (savings are always on the original *A_0*). [m²]

    Returns
    -------
    coal : ndarray
        [tce/a]
    """
    return _f(coal_index) * _f(floor_area) / 1000.0


def calibration_factor(measured_coal_index: ArrayLike, model_coal_index: ArrayLike) -> NDArray[np.float64]:
    r"""Calibration factor :math:`k = q_{c,meas} / q_{c,model,before}` (``method.md`` §8).

    q_H and q_design, before and after, are multiplied by *k*, so that savings and freed
    capacity scale with the measured level (as in the TABULA building typologies).

    Parameters
    ----------
    measured_coal_index : array_like
        *q_c,meas*; NaN where nothing was measured (then *k* = 1). [kgce/m²]
    model_coal_index : array_like
        *q_c* of the model of the present state. [kgce/m²]

    Returns
    -------
    k : ndarray
        [-]; 1 where nothing was measured, and where the model finds no heat need (a sample of
        the Monte Carlo band whose gains cover its losses), which cannot be scaled.
    """
    measured, model = _f(measured_coal_index), _f(model_coal_index)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(np.isnan(measured) | ~(model > 0), 1.0, measured / model)
