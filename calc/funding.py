r"""Money: who pays for a retrofit, simple payback and the residents' heating bill
(``method.md`` §10).

All functions take scalars or arrays over buildings (they broadcast) and return ndarrays.
Amounts are in RMB, areas in m², coal in tce (tonnes of standard coal).

The funding split is a waterfall. Each source in turn pays what it offers, but never more than
what is still to be paid:

1. central subsidy (:func:`central_subsidy`),
2. local top-up (:func:`local_topup`),
3. heat utility (:func:`utility_contribution`),
4. sales of new floor area (:func:`sales_revenue`),
5. residents (:func:`resident_contribution`),
6. the city pays the rest (never negative).

When the first five offer more than the cost, the city pays nothing and the part of the offers
that is not needed is returned as the *surplus* (see :func:`funding_waterfall`); no source ever
pays more than the cost that remains when its turn comes.
"""
from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc import heating
from calc.errors import check

#: Order in which the sources pay; ``city`` pays the rest.
FUNDING_SOURCES: tuple[str, ...] = ("central", "local", "utility", "sales", "residents", "city")

#: Share of the central subsidy per "three items" component (Caijian [2007] 957). [-]
ITEM_WEIGHTS: dict[str, float] = {"envelope": 0.6, "metering": 0.3, "balancing": 0.1}

#: Seconds per hour over joules per GJ: kWh → GJ. [GJ/kWh]
GJ_PER_KWH = 0.0036


def _arr(value: ArrayLike) -> NDArray[np.float64]:
    return np.asarray(value, dtype=float)


def _non_negative(name: str, value: ArrayLike) -> NDArray[np.float64]:
    value = _arr(value)
    check(name, value, value < 0, "negative")
    return value


def _share(name: str, value: ArrayLike) -> NDArray[np.float64]:
    value = _arr(value)
    check(name, value, (value < 0) | (value > 1), "out_of_range", low=0, high=1)
    return value


def subsidy_item_share(has_envelope: ArrayLike, has_metering: ArrayLike,
                       has_balancing: ArrayLike) -> NDArray[np.float64]:
    r"""Share of the full central subsidy a package earns from the "three items" it contains.

    Parameters
    ----------
    has_envelope, has_metering, has_balancing : array_like of bool
        The package has an envelope measure (wall, window, roof or floor insulation), household
        metering and thermostatic valves, and network balancing. [-]

    Returns
    -------
    share : ndarray
        :math:`0.6 e + 0.3 m + 0.1 b`: 1.0 for all three items, less for a partial package. [-]
    """
    return (ITEM_WEIGHTS["envelope"] * _arr(has_envelope).astype(bool)
            + ITEM_WEIGHTS["metering"] * _arr(has_metering).astype(bool)
            + ITEM_WEIGHTS["balancing"] * _arr(has_balancing).astype(bool))


def central_subsidy(retrofitted_area: ArrayLike, item_share: ArrayLike, severe_cold: ArrayLike,
                    rate_cold: float = 45.0, rate_severe_cold: float = 55.0) -> NDArray[np.float64]:
    r"""Central subsidy offered for a building: rate by climate zone × area × item share.

    Parameters
    ----------
    retrofitted_area : array_like
        Floor area of the existing building that gets the energy retrofit; 0 for a rebuild or a
        building outside the programme. [m²]
    item_share : array_like
        From :func:`subsidy_item_share`, in [0, 1]. [-]
    severe_cold : array_like of bool
        The building lies in the severe-cold zone (else the cold zone). [-]
    rate_cold, rate_severe_cold : float, default 45, 55
        Subsidy per m² in the cold and severe-cold zones. [RMB/m²]

    Returns
    -------
    subsidy : ndarray
        [RMB]
    """
    area = _non_negative("retrofitted_area", _arr(retrofitted_area))
    share = _share("item_share", _arr(item_share))
    rate = np.where(_arr(severe_cold).astype(bool), rate_severe_cold, rate_cold)
    return area * share * rate


def local_topup(retrofitted_area: ArrayLike, rate: float = 0.0) -> NDArray[np.float64]:
    """Local (provincial or city) top-up offered per m² of retrofitted floor area.

    Parameters
    ----------
    retrofitted_area : array_like
        [m²]
    rate : float, default 0
        [RMB/m²]

    Returns
    -------
    topup : ndarray
        [RMB]
    """
    _non_negative("rate", rate)
    return _non_negative("retrofitted_area", _arr(retrofitted_area)) * rate


def annual_saving_value(saved_coal: ArrayLike, coal_price: float = 1000.0) -> NDArray[np.float64]:
    """Value of the coal saved in one year.

    Parameters
    ----------
    saved_coal : array_like
        Standard coal saved per year (may be negative for a building whose use grows). [tce/a]
    coal_price : float, default 1000
        [RMB/tce]

    Returns
    -------
    value : ndarray
        [RMB/a]
    """
    _non_negative("coal_price", coal_price)
    return _arr(saved_coal) * coal_price


def utility_contribution(saved_coal: ArrayLike, coal_price: float = 1000.0, share: float = 0.30,
                         years: float = 5.0) -> NDArray[np.float64]:
    r"""Heat utility's offer: a share of the value of the coal saved over a number of years.

    :math:`U = s \cdot Y \cdot \max(0, \Delta B) \cdot p`; a building with no saving gets nothing.

    Parameters
    ----------
    saved_coal : array_like
        [tce/a]
    coal_price : float, default 1000
        [RMB/tce]
    share : float, default 0.30
        Share of the saving's value the utility pays, in [0, 1]. [-]
    years : float, default 5
        Years of savings counted. [a]

    Returns
    -------
    contribution : ndarray
        [RMB]
    """
    _share("share", _arr(share))
    _non_negative("years", years)
    value = annual_saving_value(np.maximum(_arr(saved_coal), 0.0), coal_price)
    return share * years * value


def sales_revenue(new_area: ArrayLike, sale_price: float = 4000.0,
                  project_share: float = 0.50) -> NDArray[np.float64]:
    """Project's share of the sales of new floor area (add-storey and rebuild modes).

    Parameters
    ----------
    new_area : array_like
        Floor area added (new storeys; rebuilt area minus original area). [m²]
    sale_price : float, default 4000
        [RMB/m²]
    project_share : float, default 0.50
        Share of the sales that goes to the project, in [0, 1]. [-]

    Returns
    -------
    revenue : ndarray
        [RMB]
    """
    _non_negative("sale_price", sale_price)
    _share("project_share", _arr(project_share))
    return _non_negative("new_area", _arr(new_area)) * sale_price * project_share


def resident_contribution(flat_area: ArrayLike, cap: float = 100.0) -> NDArray[np.float64]:
    """Most the residents are asked for: the cap per m² of their flats.

    Parameters
    ----------
    flat_area : array_like
        Floor area of the residents' flats (the building's original floor area). [m²]
    cap : float, default 100
        [RMB/m²]

    Returns
    -------
    offer : ndarray
        [RMB]; the waterfall takes only what remains to be paid.
    """
    _non_negative("cap", cap)
    return _non_negative("flat_area", _arr(flat_area)) * cap


def funding_waterfall(cost: ArrayLike, offers: ArrayLike) -> tuple[NDArray[np.float64],
                                                                   NDArray[np.float64],
                                                                   NDArray[np.float64]]:
    r"""Split costs over sources that pay in turn, each at most what is still unpaid.

    Parameters
    ----------
    cost : array_like, shape (n,)
        Cost per building. [RMB]
    offers : array_like, shape (k, n)
        What each of k sources offers per building, in paying order. [RMB]

    Returns
    -------
    paid : ndarray, shape (k, n)
        What each source pays: :math:`\min(o_i, C - \sum_{j<i} paid_j)`. [RMB]
    rest : ndarray, shape (n,)
        What is left to pay (the city's share), ≥ 0. [RMB]
    surplus : ndarray, shape (n,)
        Offers not needed because the cost is covered, ≥ 0. [RMB]

    Raises
    ------
    ValueError
        If a cost or an offer is negative.
    """
    cost_arr = _non_negative("cost", _arr(cost))
    offers_arr = _non_negative("offers", _arr(offers))
    if offers_arr.ndim == 0:
        raise ValueError("offers must have one row per source")
    shape = np.broadcast_shapes(cost_arr.shape, offers_arr.shape[1:])
    remaining = np.broadcast_to(cost_arr, shape).copy()
    offers_arr = np.broadcast_to(offers_arr, (offers_arr.shape[0],) + shape)
    paid = np.zeros(offers_arr.shape)
    for i, offer in enumerate(offers_arr):
        paid[i] = np.minimum(offer, remaining)
        remaining = remaining - paid[i]
    surplus = offers_arr.sum(axis=0) - paid.sum(axis=0)
    return paid, remaining, surplus


def simple_payback(cost: ArrayLike, saved_coal: ArrayLike,
                   coal_price: float = 1000.0) -> NDArray[np.float64]:
    """Simple payback: cost over the annual value of the saved coal.

    Parameters
    ----------
    cost : array_like
        [RMB]
    saved_coal : array_like
        [tce/a]
    coal_price : float, default 1000
        [RMB/tce]

    Returns
    -------
    payback : ndarray
        [a]; ``inf`` where nothing is saved.
    """
    value = annual_saving_value(saved_coal, coal_price)
    cost_arr = _non_negative("cost", _arr(cost))
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(value > 0, cost_arr / np.where(value > 0, value, 1.0), np.inf)


def delivered_heat(heat_index: ArrayLike, heating_days: ArrayLike) -> NDArray[np.float64]:
    r"""Heat delivered to a building per m² and season, :math:`24 Z q_H`, in GJ.

    Parameters
    ----------
    heat_index : array_like
        Heat consumption index *q_H* (after calibration). [W/m²]
    heating_days : array_like
        *Z*. [d]

    Returns
    -------
    heat : ndarray
        [GJ/m²] per season.
    """
    return heating.delivered_heat(heat_index, heating_days) * GJ_PER_KWH


def area_tariff_bill(flat_area: ArrayLike, area_tariff: float = 22.0) -> NDArray[np.float64]:
    """Seasonal heating bill under the area-based tariff; savings do not change it.

    Parameters
    ----------
    flat_area : array_like
        [m²]
    area_tariff : float, default 22
        [RMB/m² per season]

    Returns
    -------
    bill : ndarray
        [RMB per season]
    """
    return _non_negative("flat_area", _arr(flat_area)) * area_tariff


def metered_tariff_bill(flat_area: ArrayLike, heat_per_area: ArrayLike, area_tariff: float = 22.0,
                        fixed_share: float = 0.40,
                        energy_tariff: float = 44.45) -> NDArray[np.float64]:
    r"""Seasonal heating bill under the two-part (metered) tariff.

    :math:`B = A (f \cdot T_A + T_E \cdot Q)`.

    Parameters
    ----------
    flat_area : array_like
        [m²]
    heat_per_area : array_like
        Delivered heat *Q*, from :func:`delivered_heat`. [GJ/m²]
    area_tariff : float, default 22
        *T_A*. [RMB/m² per season]
    fixed_share : float, default 0.40
        *f*, the fixed part as a share of the area tariff, in [0, 1]. [-]
    energy_tariff : float, default 44.45
        *T_E*. [RMB/GJ]

    Returns
    -------
    bill : ndarray
        [RMB per season]
    """
    _share("fixed_share", _arr(fixed_share))
    area = _non_negative("flat_area", _arr(flat_area))
    heat = _non_negative("heat_per_area", _arr(heat_per_area))
    return area * (fixed_share * area_tariff + energy_tariff * heat)
