"""The MIP planner against brute force on small instances, and its rules one by one."""
from __future__ import annotations

import pytest
from planner_brute import best_value
from planner_factory import make_estate, plan_doc

from retrofit.planner import PlanInfeasibleError, PlanProblem, PlanRules, per_year


def _problem(estates, budget, years=2, **kw) -> PlanProblem:
    rules = kw.pop("rules", PlanRules())
    return PlanProblem(tuple(estates), 2009, years, per_year(budget, years), rules=rules, **kw)


def _assert_matches_brute_force(problem: PlanProblem) -> dict:
    plan = plan_doc(problem)
    assert plan["gap"] == 0.0
    assert plan["objective"]["value"] == pytest.approx(best_value(problem), abs=1e-6)
    return plan


def test_knapsack_picks_the_better_pair():
    # budget 10 a year: {A, B} (6 + 4) saves 9 in year one; C (10) alone saves 8
    estates = [make_estate("A", 6, 5), make_estate("B", 4, 4), make_estate("C", 10, 8)]
    plan = _assert_matches_brute_force(_problem(estates, 10, years=2))
    assert plan["years"][0]["estates"] == ["A", "B"]
    assert plan["years"][1]["estates"] == ["C"]
    # counted: (5 + 4) × 2 years + 8 × 1 year
    assert plan["objective"]["value"] == 26.0


def test_earlier_is_better_and_last_year_still_counts():
    estates = [make_estate("A", 10, 3), make_estate("B", 10, 7)]
    plan = _assert_matches_brute_force(_problem(estates, 10, years=2))
    assert [y["estates"] for y in plan["years"]] == [["B"], ["A"]]
    assert plan["totals"]["saved_tce"] == 10.0
    assert plan["years"][1]["cumulative_saved_tce"] == 10.0


@pytest.mark.parametrize("objective", ["tce", "co2", "mw"])
def test_mixed_instance_equals_brute_force(objective):
    estates = [make_estate("A", 7, 5, area=1000), make_estate("B", 5, 2, area=800),
               make_estate("C", 9, 9, area=1200, mode="rebuild"),
               make_estate("D", 3, 1, area=500, mode="add_storey"),
               make_estate("E", 6, 4, area=900, three_items=False),
               make_estate("F", 4, 3, area=400, mode="rebuild")]
    rules = PlanRules(rebuild_cap_share=0.3, min_three_items_share=0.5)
    _assert_matches_brute_force(_problem(estates, 12, years=3, rules=rules, objective=objective))


def test_rebuild_cap_holds():
    estates = [make_estate("R", 1, 100, area=1000, mode="rebuild"), make_estate("S", 1, 1, area=1000)]
    plan = _assert_matches_brute_force(_problem(estates, 100, rules=PlanRules(rebuild_cap_share=0.3)))
    assert plan["totals"]["estates"] == 1 and plan["years"][0]["estates"] == ["S"]
    plan = _assert_matches_brute_force(_problem(estates, 100, rules=PlanRules(rebuild_cap_share=0.5)))
    assert plan["mode_shares"] == {"add_storey": 0.0, "rebuild": 0.5, "retrofit": 0.5}


def test_fixed_year_and_groups():
    estates = [make_estate("A", 5, 9), make_estate("B", 5, 1), make_estate("C", 5, 2),
               make_estate("D", 5, 8)]
    rules = PlanRules(fixed_years={"B": 2009}, groups=(("C", "D"),))
    plan = _assert_matches_brute_force(_problem(estates, 10, years=2, rules=rules))
    assert "B" in plan["years"][0]["estates"]
    placed = {e: y["year"] for y in plan["years"] for e in y["estates"]}
    assert placed["C"] == placed["D"]


def test_source_budget_limits_a_year():
    funding = {"central": 0.0, "city": 8.0}
    estates = [make_estate("A", 8, 5, funding=funding), make_estate("B", 8, 5, funding=funding)]
    problem = PlanProblem(tuple(estates), 2009, 2, per_year(100, 2),
                          source_budgets_rmb={"city": per_year(10, 2)})
    plan = _assert_matches_brute_force(problem)
    assert [len(y["estates"]) for y in plan["years"]] == [1, 1]
    assert plan["years"][0]["funding"]["city"] == 8.0


def test_fixed_estates_over_budget_are_infeasible():
    estates = [make_estate("A", 8, 5), make_estate("B", 8, 5)]
    rules = PlanRules(fixed_years={"A": 2009, "B": 2009})
    with pytest.raises(PlanInfeasibleError):
        plan_doc(_problem(estates, 10, rules=rules))
    with pytest.raises(PlanInfeasibleError):
        plan_doc(_problem(estates, 10, rules=rules, method="greedy"))


def test_greedy_reports_its_gap_against_the_lp_bound():
    estates = [make_estate("A", 6, 5), make_estate("B", 4, 4), make_estate("C", 10, 8.5)]
    greedy = plan_doc(_problem(estates, 10, years=1, method="greedy"))
    exact = plan_doc(_problem(estates, 10, years=1))
    # by saving per RMB greedy takes B (1.0) then A (0.83): 9, which is also the optimum
    assert greedy["solver"] == "greedy" and exact["solver"] == "milp"
    assert greedy["objective"]["value"] == exact["objective"]["value"] == 9.0
    bound = greedy["objective"]["bound"]
    assert bound >= exact["objective"]["value"] - 1e-9
    assert greedy["gap"] == pytest.approx((bound - greedy["objective"]["value"]) / bound, abs=1e-6)


def test_greedy_gap_is_positive_when_greedy_misses():
    # by saving per RMB greedy takes A (1.0 per RMB) and then nothing fits; the optimum is B
    estates = [make_estate("A", 2, 2), make_estate("B", 10, 9)]
    plan = plan_doc(_problem(estates, 10, years=1, method="greedy"))
    assert plan["objective"]["value"] == 2.0
    # LP: A fully (2) + B at 8/10 (7.2) = 9.2
    assert plan["objective"]["bound"] == pytest.approx(9.2)
    assert plan["gap"] == pytest.approx((9.2 - 2.0) / 9.2, abs=1e-6)


@pytest.mark.parametrize("field, value", [("years", 0), ("objective", "kwh")])
def test_bad_problem_is_rejected(field, value):
    from retrofit.domain.errors import ValidationError
    kwargs = {"years": 2, "objective": "tce"} | {field: value}
    problem = PlanProblem((make_estate("A", 1, 1),), 2009, kwargs["years"], per_year(1, 2),
                          objective=kwargs["objective"])
    with pytest.raises(ValidationError):
        plan_doc(problem)


def test_negative_budget_is_rejected():
    from retrofit.domain.errors import ValidationError
    with pytest.raises(ValidationError):
        plan_doc(_problem([make_estate("A", 1, 1)], -5))


def test_greedy_keeps_groups_fixed_years_and_three_items_share():
    estates = [make_estate("A", 5, 9, three_items=False), make_estate("B", 5, 1), make_estate("C", 5, 2),
               make_estate("D", 5, 8), make_estate("E", 3, 7, three_items=False)]
    rules = PlanRules(fixed_years={"B": 2010}, groups=(("C", "D"),), min_three_items_share=0.5)
    problem = _problem(estates, 10, years=2, rules=rules, method="greedy")
    plan = plan_doc(problem)
    placed = {e: y["year"] for y in plan["years"] for e in y["estates"]}
    assert placed["B"] == 2010
    assert placed.get("C") == placed.get("D")
    three = sum(1 for e in placed if e in "BCD")
    assert three >= 0.5 * len(placed)
    assert all(y["cost_rmb"] <= 10 for y in plan["years"])
    assert plan["objective"]["value"] <= best_value(problem) + 1e-9


def test_large_instances_go_to_the_greedy_rule(monkeypatch):
    import retrofit.planner.solve as planner_solve

    estates = [make_estate(f"E{i:02d}", 5 + i % 7, 1 + i % 5) for i in range(30)]
    exact = plan_doc(_problem(estates, 40, years=3))
    monkeypatch.setattr(planner_solve, "MILP_MAX_VARIABLES", 50)
    greedy = plan_doc(_problem(estates, 40, years=3))
    assert exact["solver"] == "milp" and greedy["solver"] == "greedy"
    assert greedy["objective"]["value"] <= exact["objective"]["value"]
    assert greedy["objective"]["bound"] >= exact["objective"]["value"] - 1e-6
    assert all(y["cost_rmb"] <= 40 for y in greedy["years"])


def test_infeasible_plan_names_the_year_over_budget():
    estates = [make_estate("A", 80_000, 5), make_estate("B", 50_000, 5)]
    rules = PlanRules(fixed_years={"A": 2010, "B": 2010})
    with pytest.raises(PlanInfeasibleError) as err:
        plan_doc(_problem(estates, 100_000, rules=rules))
    assert "2010: 2 fixed estate(s) cost 13 × 10k RMB > budget 10 × 10k RMB" in err.value.message("en")
