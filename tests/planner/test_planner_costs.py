"""What each tonne costs, by hand on a small case: cost per tce/a and per kW, the heat company's
and the city's payback, the NPV, and the cost curve."""
from __future__ import annotations

import math

import pytest
from planner_factory import make_estate

from retrofit.planner import Economics, PlanProblem, PlanRules, per_year, solve_plan
from retrofit.planner.costs import cost_figures, option_costs, options_curve
from retrofit.planner.plan import PlanResult, plan_curve

ECON = Economics(coal_price_cny_tce=1000.0, discount_rate=0.05, coal_price_escalation=0.02, appraisal_years=3)


def test_value_factor_and_npv_by_hand():
    # (1/1.05) + (1.02/1.05²) + (1.02²/1.05³) = 0.9523810 + 0.9251701 + 0.8987366 = 2.7762877
    assert ECON.value_factor() == pytest.approx(2.7762877, abs=1e-7)
    # 50 tce/a → 50,000 RMB a year; utility paid 75,000, the city 20,000 + 105,000
    f = cost_figures(500_000.0, 50.0, 400.0, 75_000.0, 125_000.0, ECON)
    assert f.cost_per_tce == 10_000.0 and f.cost_per_kw == 1250.0
    assert f.utility_payback_years == 1.5 and f.city_payback_years == 2.5
    assert f.npv_rmb == pytest.approx(50_000 * 2.7762877 - 500_000, abs=0.01)


def test_nothing_saved_is_infinite_not_an_error():
    f = cost_figures(1000.0, 0.0, 0.0, 0.0, 1000.0, ECON)
    assert math.isinf(f.cost_per_tce) and math.isinf(f.cost_per_kw) and math.isinf(f.city_payback_years)
    assert f.utility_payback_years == 0.0
    assert f.to_dict()["cost_per_tce"] is None


def test_estate_costs_sum_their_sources():
    a = make_estate("A", 1_000_000, 100, funding={"central": 200_000, "local": 100_000, "utility": 150_000,
                                                   "city": 550_000})
    f = option_costs([a], ECON)
    assert f.freed_kw == 100.0                          # 100 tce → 0.1 MW in the factory
    assert f.cost_per_tce == 10_000.0 and f.cost_per_kw == 10_000.0
    assert f.utility_payback_years == 1.5               # 150,000 / 100,000 a year
    assert f.city_payback_years == 6.5                  # (100,000 + 550,000) / 100,000


def test_cost_curve_by_hand():
    # heights: A 10,000, B 5,000, C 20,000 RMB per tce/a; D saves nothing and is left out
    options = [make_estate("A", 1_000_000, 100), make_estate("B", 250_000, 50),
               make_estate("C", 600_000, 30, mode="rebuild"), make_estate("D", 5_000, 0)]
    curve = options_curve(options, target_tce=120.0)
    assert [(s.estate, s.start_tce, s.width_tce, s.height, s.mode) for s in curve.segments] == [
        ("B", 0.0, 50.0, 5_000.0, "retrofit"), ("A", 50.0, 100.0, 10_000.0, "retrofit"),
        ("C", 150.0, 30.0, 20_000.0, "rebuild")]
    assert curve.left_out == ("D",) and curve.total_tce == 180.0
    assert curve.cost_to(120.0) == 1_250_000.0 and curve.height_at(120.0) == 10_000.0
    assert curve.cost_to(181.0) is None
    data = curve.to_dict()
    assert data["target_tce"] == 120.0 and data["segments"][0]["estate"] == "B"


def test_a_plan_carries_its_cost_figures_and_curve():
    estates = [make_estate("A", 1_000_000, 100), make_estate("B", 250_000, 50)]
    plan = solve_plan(PlanProblem(tuple(estates), 2009, 1, per_year(2e6, 1), rules=PlanRules(), economics=ECON))
    assert plan.costs.cost_per_tce == pytest.approx(1_250_000 / 150)
    by_name = {e.estate: e for e in plan.estates}
    assert by_name["B"].costs.cost_per_tce == 5_000.0 and by_name["A"].year == 2009
    again = PlanResult.from_dict(plan.to_dict())
    assert again == plan
    assert [s.estate for s in plan_curve(plan, 360_000.0).segments] == ["B", "A"]


def test_the_economics_come_from_the_settings():
    from retrofit.domain.settings import Settings
    from retrofit.services.settings_service import validate_setting

    econ = Economics.from_settings(Settings(coal_price_cny_tce=800.0))
    assert econ == Economics(800.0, 0.06, 0.02, 20.0)
    assert validate_setting("discount_rate", 0.0) == 0.0 and validate_setting("appraisal_years", 25) == 25.0
    from retrofit.domain.errors import ValidationError
    with pytest.raises(ValidationError):
        validate_setting("coal_price_escalation", 1.5)
