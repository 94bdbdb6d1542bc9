"""Works under way or completed in the planner: left where they are, their actual cost counted in
their year's budget (method §12)."""
import datetime as dt

import numpy as np
import pytest
from verify_builders import block

from retrofit.domain.records import EstateRecord, Register, Status
from retrofit.funding import MoneyInputs
from retrofit.works import committed, committed_costs, prepare, works_year

D = dt.date


def _register():
    buildings = (
        block(estate="甲", building="1", status=Status.COMPLETED, works_start=D(2010, 4, 1),
              works_completed=D(2010, 10, 1), actual_cost_rmb=3.0e6, remaining_life_years=5.0),
        block(estate="甲", building="2", status=Status.CONSTRUCTION, works_start=D(2011, 4, 1), actual_cost_rmb=None),
        block(estate="乙", building="1", status=Status.COMPLETED, works_completed=D(2008, 9, 1), actual_cost_rmb=2.0e6),
        block(estate="乙", building="2", planned_year=2011),
        block(estate="丙", building="1", status=Status.DESIGN, planned_year=2011),
    )
    estates = tuple(EstateRecord(e, "唐山", consent_rate=0.3) for e in ("甲", "乙", "丙"))
    return Register(estates, buildings)


def test_committed_buildings_and_their_year():
    r = _register()
    assert [committed(b) for b in r.buildings] == [True, True, True, False, False]
    assert [works_year(b) for b in r.buildings] == [2010, 2011, 2008, None, None]


def test_prepare_fixes_drops_and_lifts_the_entry_rules():
    register, inputs, notices = prepare(_register(), {"start_year": 2010, "years": 3, "annual_budget_rmb": 1e9,
                                                      "fixed_years": {"丙": 2012}})
    assert [(b.estate, b.building) for b in register.buildings] == [("甲", "1"), ("甲", "2"), ("乙", "2"), ("丙", "1")]
    assert inputs["fixed_years"] == {"甲": 2010, "丙": 2012}
    assert register.buildings[0].remaining_life_years is None           # no longer held back as short-lived
    assert {e.estate: e.consent_rate for e in register.estates} == {"甲": 1.0, "乙": 1.0, "丙": 0.3}
    assert notices == () and inputs["annual_budget_rmb"] == 1e9


def test_a_year_spent_beyond_its_budget_takes_the_spending():
    register, inputs, notices = prepare(_register(), {"start_year": 2010, "years": 2, "annual_budget_rmb": [2e6, 5e6]},
                                        "en")
    assert inputs["annual_budget_rmb"] == [3e6, 5e6]
    assert notices == ("In 2010 the works under way or completed cost RMB 3.00 million, more than the budget of "
                       "RMB 2.00 million: the year's budget is taken as that cost",)
    assert prepare(_register(), {"start_year": 2010, "years": 2, "annual_budget_rmb": 2e6}, "zh")[2] == (
        "2010 年已开工或竣工工程的实际投资 300 万元超过年度预算 200 万元：该年预算按实际投资计",)


def test_nothing_committed_changes_nothing():
    r = Register((), (block(),))
    assert prepare(r, {"start_year": 2010}) == (r, {"start_year": 2010}, ())


def test_committed_costs_replace_the_estimate_where_recorded():
    r = _register()
    n = len(r.buildings)
    inputs = MoneyInputs.build(**{k: np.full(n, "x" if k in ("estate", "mode") else 1.0)
                                  for k in MoneyInputs.__dataclass_fields__})
    inputs = MoneyInputs.build(**{**{k: getattr(inputs, k) for k in MoneyInputs.__dataclass_fields__},
                                  "cost_rmb": np.full(n, 9.0e6)})
    out = committed_costs(inputs, r.buildings)
    assert out.cost_rmb.tolist() == [3.0e6, 9.0e6, 2.0e6, 9.0e6, 9.0e6]


REGISTER = """小区名称,楼号,城市,建成年份,层数,建筑面积(㎡),户数,居民同意率,实施状态,开工日期,竣工日期,实际投资,计划年度
甲,1号楼,唐山,1982,6,3600,60,0.3,竣工,2010-04-15,2010-10-20,4000000,2010
乙,1号楼,唐山,1982,6,3600,60,0.9,,,,,2011
丙,1号楼,唐山,1982,6,3600,60,0.9,,,,,2012
"""


def test_the_plan_keeps_completed_works_and_their_actual_cost(app, tmp_path):
    (tmp_path / "r.csv").write_text(REGISTER, encoding="utf-8")
    app.imports.commit(tmp_path / "r.csv")
    result = app.plans.solve({"start_year": 2010, "years": 3, "annual_budget_rmb": 2.0e6, "lang": "en"})
    years = {y.year: y for y in result.years}
    assert years[2010].estates == ("甲",)
    assert years[2010].cost_rmb == pytest.approx(4.0e6)
    assert any(n.startswith("In 2010 the works under way or completed cost RMB 4.00 million") for n in result.notices)
