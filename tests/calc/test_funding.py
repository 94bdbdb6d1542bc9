"""calc.funding: known values from domain.md WE-5 and hand arithmetic."""
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from calc import funding

# WE-4/WE-5 block: 3,600 m², 2010 cost 198.7 RMB/m² (715 k RMB), saves 15.198 kgce/m².
WE5_AREA = 3600.0
WE5_COST = 198.7 * WE5_AREA
WE5_SAVED_TCE = 15.198 * WE5_AREA / 1000.0


def test_we5_central_subsidy_three_items_cold_zone():
    share = funding.subsidy_item_share(True, True, True)
    assert_allclose(funding.central_subsidy(WE5_AREA, share, False), 162_000.0)


def test_central_subsidy_severe_cold_and_partial_packages():
    share = funding.subsidy_item_share([True, False, False, True], [True, True, False, False],
                                       [True, True, True, False])
    assert_allclose(share, [1.0, 0.4, 0.1, 0.6])
    subsidy = funding.central_subsidy(1000.0, share, [True, False, False, True])
    assert_allclose(subsidy, [55_000.0, 18_000.0, 4_500.0, 33_000.0])


def test_we5_simple_payback_2010_prices():
    # 715,320 / (54.71 tce × 1,000 RMB) = 13.07 years
    assert_allclose(funding.simple_payback(WE5_COST, WE5_SAVED_TCE, 1000.0), 13.1, atol=0.05)


def test_payback_today_prices_and_no_saving():
    payback = funding.simple_payback([331.1 * WE5_AREA, 1000.0], [WE5_SAVED_TCE, 0.0])
    assert_allclose(payback[0], 21.8, atol=0.05)
    assert np.isinf(payback[1])


def test_utility_contribution_is_30_percent_of_five_years():
    # 0.3 × 5 × 54.71 tce × 1,000 RMB = 82,069 RMB; no saving, no contribution
    assert_allclose(funding.utility_contribution([WE5_SAVED_TCE, -3.0]), [82_069.2, 0.0], rtol=1e-6)


def test_sales_revenue_and_resident_offer():
    assert_allclose(funding.sales_revenue([600.0, 0.0]), [1_200_000.0, 0.0])
    assert_allclose(funding.resident_contribution(WE5_AREA, 100.0), 360_000.0)
    assert_allclose(funding.local_topup(WE5_AREA, 40.0), 144_000.0)


def test_waterfall_we5_block():
    offers = [162_000.0, 0.0, 82_069.2, 0.0, 360_000.0]
    paid, rest, surplus = funding.funding_waterfall(WE5_COST, np.array(offers)[:, None])
    assert_allclose(paid[:, 0], offers)
    assert_allclose(rest, [715_320.0 - 604_069.2])
    assert_allclose(surplus, [0.0])


def test_waterfall_never_pays_more_than_remains_and_reports_surplus():
    cost = np.array([100.0, 100.0, 0.0])
    offers = np.array([[60.0, 150.0, 5.0], [30.0, 10.0, 0.0], [30.0, 0.0, 0.0]])
    paid, rest, surplus = funding.funding_waterfall(cost, offers)
    assert_allclose(paid, [[60.0, 100.0, 0.0], [30.0, 0.0, 0.0], [10.0, 0.0, 0.0]])
    assert_allclose(rest, [0.0, 0.0, 0.0])
    assert_allclose(surplus, [20.0, 60.0, 5.0])
    assert_allclose(paid.sum(axis=0) + rest, cost)


def test_waterfall_rest_goes_to_city():
    paid, rest, surplus = funding.funding_waterfall([500.0], [[100.0], [50.0]])
    assert_allclose(rest, [350.0])
    assert_allclose(surplus, [0.0])


def test_we5_delivered_heat_and_metered_bill():
    # q_H 40.732 → 17.327 W/m² in Tangshan (Z = 130): 73.0 kWh/m² = 0.263 GJ/m² saved,
    # 11.69 RMB/m² per season at 44.45 RMB/GJ
    before, after = funding.delivered_heat([40.732, 17.327], 130)
    assert_allclose(before - after, 0.263, atol=5e-4)
    bills = funding.metered_tariff_bill(60.0, [before, after])
    assert_allclose((bills[0] - bills[1]) / 60.0, 11.69, atol=0.01)
    # fixed part 0.4 × 22 = 8.8 RMB/m²
    assert_allclose(funding.metered_tariff_bill(1.0, 0.0), 8.8)


def test_area_tariff_bill_does_not_change_with_savings():
    assert_allclose(funding.area_tariff_bill([60.0, 60.0], 22.0), [1320.0, 1320.0])


@pytest.mark.parametrize("call", [
    lambda: funding.central_subsidy(-1.0, 1.0, False),
    lambda: funding.central_subsidy(1.0, 1.2, False),
    lambda: funding.funding_waterfall([-5.0], [[1.0]]),
    lambda: funding.funding_waterfall([5.0], [[-1.0]]),
    lambda: funding.utility_contribution(1.0, share=1.5),
    lambda: funding.sales_revenue(-1.0),
    lambda: funding.metered_tariff_bill(60.0, 0.3, fixed_share=-0.1),
])
def test_impossible_input_raises(call):
    with pytest.raises(ValueError):
        call()


def test_scalar_list_and_array_agree():
    scalar = funding.central_subsidy(3600.0, 1.0, False)
    as_list = funding.central_subsidy([3600.0, 3600.0], [1.0, 1.0], [False, False])
    as_array = funding.central_subsidy(np.full(2, 3600.0), np.ones(2), np.zeros(2, bool))
    assert_allclose(as_list, [scalar, scalar])
    assert_allclose(as_array, as_list)


@given(st.lists(st.tuples(st.floats(0, 1e7), st.lists(st.floats(0, 1e7), min_size=5, max_size=5)),
                min_size=1, max_size=20))
def test_waterfall_pays_the_cost_exactly_and_in_order(rows):
    cost = np.array([r[0] for r in rows])
    offers = np.array([r[1] for r in rows]).T
    paid, rest, surplus = funding.funding_waterfall(cost, offers)
    assert_allclose(paid.sum(axis=0) + rest, cost, rtol=1e-9, atol=1e-6)
    assert np.all(paid <= offers) and np.all(paid >= 0) and np.all(rest >= 0) and np.all(surplus >= 0)
    # a later source pays only when every earlier one paid all it offered
    for i in range(1, offers.shape[0]):
        later_pays = paid[i] > 0
        assert np.all(paid[:i, later_pays] == offers[:i, later_pays])
    assert np.all((rest == 0) | np.isclose(paid, offers).all(axis=0))
