"""The inputs dict of the plan service read into a problem."""
from __future__ import annotations

import pytest
from planner_factory import make_estate

from retrofit.domain.errors import ValidationError
from retrofit.domain.settings import Settings
from retrofit.planner.inputs import problem_from_inputs

ESTATES = (make_estate("A", 1, 1),)


def test_defaults_come_from_the_settings():
    settings = Settings(rebuild_cap_share=0.25, min_consent_rate=0.7)
    problem = problem_from_inputs({"start_year": 2009, "annual_budget_rmb": 5e8}, ESTATES, settings)
    assert (problem.start_year, problem.years, problem.annual_budget_rmb) == (2009, 3, (5e8,) * 3)
    assert problem.rules.rebuild_cap_share == 0.25 and problem.rules.min_consent_rate == 0.7
    assert problem.objective == "tce" and problem.method == "auto"


def test_aliases_lists_and_rules():
    problem = problem_from_inputs({
        "first_year": 2010, "last_year": 2011, "budget_rmb_per_year": [1e8, 2e8],
        "source_budgets_rmb": {"city": 5e7}, "fixed_years": {"A": 2011}, "groups": [["A", "B"]],
        "objective": "co2", "min_three_items_share": 0.4}, ESTATES, Settings())
    assert (problem.start_year, problem.years, problem.annual_budget_rmb) == (2010, 2, (1e8, 2e8))
    assert problem.source_budgets_rmb == {"city": (5e7, 5e7)}
    assert problem.rules.fixed_years == {"A": 2011} and problem.rules.groups == (("A", "B"),)
    problem.validate()


@pytest.mark.parametrize("inputs", [
    {"annual_budget_rmb": 1e8},                                   # no start year
    {"start_year": 2009},                                         # no budget
    {"start_year": 2009, "annual_budget_rmb": "lots"},
    {"start_year": 2009, "annual_budget_rmb": [1e8, 1e8], "years": 3},
    {"start_year": 2009, "annual_budget_rmb": 1e8, "rebuild_cap_share": 1.5},
    {"start_year": 2009, "annual_budget_rmb": 1e8, "fixed_years": {"A": 2020}},
])
def test_bad_inputs_are_rejected(inputs):
    with pytest.raises(ValidationError):
        problem_from_inputs(inputs, ESTATES, Settings()).validate()
