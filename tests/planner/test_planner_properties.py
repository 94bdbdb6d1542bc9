"""Properties of every plan: budgets, the rebuild cap and the consent rule hold; more money never
lowers the objective; the same input gives the same document."""
from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from planner_brute import best_value
from planner_factory import make_estate, plan_doc

from retrofit.planner import PlanProblem, PlanRules

MODES = ("retrofit", "add_storey", "rebuild")


@st.composite
def problems(draw, max_estates=6, method="auto"):
    n = draw(st.integers(1, max_estates))
    estates = []
    for i in range(n):
        estates.append(make_estate(
            f"E{i}", cost=draw(st.integers(0, 60)), tce=draw(st.integers(0, 40)),
            area=draw(st.integers(100, 3000)), mode=draw(st.sampled_from(MODES)),
            consent=draw(st.sampled_from([None, 0.3, 0.6, 2 / 3, 0.8, 1.0])),
            households=draw(st.integers(1, 300)), three_items=draw(st.booleans())))
    years = draw(st.integers(1, 3))
    budgets = tuple(float(draw(st.integers(0, 80))) for _ in range(years))
    rules = PlanRules(rebuild_cap_share=draw(st.sampled_from([0.0, 0.3, 0.5, 1.0])),
                      min_consent_rate=draw(st.sampled_from([0.5, 2 / 3, 0.9])),
                      min_three_items_share=draw(st.sampled_from([0.0, 0.0, 0.5])))
    return PlanProblem(tuple(estates), 2010, years, budgets, rules=rules,
                       objective=draw(st.sampled_from(["tce", "co2", "mw"])), method=method)


def _check_rules(problem: PlanProblem, plan: dict) -> None:
    by_name = {e.estate: e for e in problem.estates}
    done = []
    for y, year in enumerate(plan["years"]):
        chosen = [by_name[n] for n in year["estates"]]
        assert sum(e.cost_rmb for e in chosen) <= problem.annual_budget_rmb[y] + 1e-9
        done += chosen
    assert len({e.estate for e in done}) == len(done)
    area = sum(e.floor_area_m2 for e in done)
    assert sum(e.rebuild_area_m2 for e in done) <= problem.rules.rebuild_cap_share * area + 1e-6
    assert sum(e.three_items_area_m2 for e in done) >= problem.rules.min_three_items_share * area - 1e-6
    for e in done:
        assert e.consent_rate is not None and e.consent_rate >= problem.rules.min_consent_rate - 1e-12
    waiting = {w["estate"] for w in plan["waiting"]}
    assert waiting.isdisjoint(e.estate for e in done)


@given(problems())
def test_exact_plans_keep_every_rule_and_are_optimal(problem):
    plan = plan_doc(problem)
    _check_rules(problem, plan)
    assert plan["objective"]["value"] == pytest.approx(best_value(problem), abs=1e-3)


@given(problems(max_estates=12, method="greedy"))
def test_greedy_plans_keep_every_rule(problem):
    plan = plan_doc(problem)
    _check_rules(problem, plan)
    assert 0.0 <= plan["gap"] <= 1.0


@given(problems(), st.integers(1, 50))
def test_raising_a_budget_never_lowers_the_objective(problem, extra):
    richer = PlanProblem(problem.estates, problem.start_year, problem.years,
                         tuple(b + extra * (y == 0) for y, b in enumerate(problem.annual_budget_rmb)),
                         rules=problem.rules, objective=problem.objective)
    assert plan_doc(richer)["objective"]["value"] >= plan_doc(problem)["objective"]["value"]


@given(problems(max_estates=8))
def test_same_input_same_document(problem):
    first = json.dumps(plan_doc(problem), sort_keys=True, ensure_ascii=False)
    shuffled = PlanProblem(tuple(reversed(problem.estates)), problem.start_year, problem.years,
                           problem.annual_budget_rmb, rules=problem.rules, objective=problem.objective)
    assert json.dumps(plan_doc(problem), sort_keys=True, ensure_ascii=False) == first
    assert json.dumps(plan_doc(shuffled), sort_keys=True, ensure_ascii=False) == first
