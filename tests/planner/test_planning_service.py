"""PlanningService over the demo city and over an empty database: solve, save, version, approve."""
from __future__ import annotations

import pytest

from retrofit.domain.errors import ConcurrentEditError, NotFoundError
from retrofit.planner.plan import PlanResult, PlanTotals, PlanYear
from retrofit.services.app import open_services
from retrofit.services.planning import PlanLockedError

#: The documented demo budget (docs/planner.md): 8.5 bn RMB a year, all sources.
DEMO_BUDGET = 8.5e9


@pytest.fixture(scope="module")
def demo_plans(demo_url):
    with open_services(demo_url) as services:
        seed = services.plans.solve({"start_year": 2009, "years": 3, "annual_budget_rmb": DEMO_BUDGET,
                                     "min_consent_rate": 0.0, "lang": "en"})
        ruled = services.plans.solve({"start_year": 2009, "years": 3, "annual_budget_rmb": DEMO_BUDGET,
                                      "lang": "en"})
        estates = {e.estate: e for e in services.records.list_estates()}
    return seed, ruled, estates


@pytest.mark.slow
def test_demo_city_gives_the_seed_split_and_saving(demo_plans):
    seed, _, _ = demo_plans
    assert seed.totals.saved_tce == pytest.approx(360_000, rel=0.05)
    shares = seed.mode_shares
    assert shares["retrofit"] == pytest.approx(0.52, rel=0.05)
    assert shares["rebuild"] == pytest.approx(0.27, rel=0.05)
    assert shares["add_storey"] == pytest.approx(0.21, rel=0.05)
    assert seed.waiting == ()
    assert seed.assumptions["co2_factor_t_tce"] == 2.556       # the Tangshan programme preset
    for year in seed.years:
        assert year.cost_rmb <= DEMO_BUDGET
        assert sum(year.funding.values()) == pytest.approx(year.cost_rmb, rel=1e-6)


@pytest.mark.slow
def test_demo_city_consent_rule(demo_plans, demo_url):
    _, ruled, estates = demo_plans
    planned = [e for y in ruled.years for e in y.estates]
    assert all(estates[e].consent_rate >= 2 / 3 for e in planned)
    waiting = {w.estate for w in ruled.waiting}
    assert waiting == {name for name, e in estates.items() if e.consent_rate < 2 / 3}
    assert ruled.mode_shares["rebuild"] <= 0.30
    assert ruled.totals.saved_tce < demo_plans[0].totals.saved_tce


def _plan(saved: float = 1.0) -> PlanResult:
    return PlanResult(years=(PlanYear(year=2009, estates=("甲",), saved_tce=saved),),
                      totals=PlanTotals(estates=1, saved_tce=saved), start_year=2009)


def test_saves_are_versioned_and_approval_locks(app):
    plan = _plan()
    first = app.plans.save("2009–2011 方案", {"start_year": 2009}, plan)
    second = app.plans.save("2009–2011 方案", {"start_year": 2009}, plan)
    listed = app.plans.list_plans()
    assert [r.id for r in listed] == [first, second]
    rows = {r.id: r for r in listed}
    assert rows[second].parent_id == first and rows[second].revision == 2
    assert rows[second].result == plan and rows[second].inputs == {"start_year": 2009}
    assert rows[first].status == "draft" and rows[first].totals.saved_tce == 1.0
    app.plans.approve(second, rows[second].version)
    approved = app.plans.get(second)
    assert approved.approved and approved.approved_at
    with pytest.raises(PlanLockedError) as err:
        app.plans.update(second, approved.version, {}, plan)
    assert "approved" in err.value.message("en")
    with pytest.raises(PlanLockedError):
        app.plans.delete(second, approved.version)
    third = app.plans.save("2009–2011 方案", {"start_year": 2010}, plan)
    assert app.plans.get(third).parent_id == second


def test_drafts_can_change_with_the_right_version(app):
    plan_id = app.plans.save("draft", {}, _plan())
    row = app.plans.get(plan_id)
    with pytest.raises(ConcurrentEditError):
        app.plans.update(plan_id, row.version + 1, {"a": 1}, _plan(2.0))
    updated = app.plans.update(plan_id, row.version, {"a": 1}, _plan(2.0))
    assert updated.version == row.version + 1
    assert app.plans.get(plan_id).inputs == {"a": 1}
    assert app.plans.get(plan_id).result.totals.saved_tce == 2.0
    app.plans.delete(plan_id, updated.version)
    with pytest.raises(NotFoundError):
        app.plans.get(plan_id)


def test_a_plan_saved_by_an_earlier_version_is_read(app):
    """Older documents lack the newer keys (estates, costs, aim): they take their defaults."""
    old = {"years": [{"year": 2009, "estates": ["甲"], "cost_rmb": 5.0, "saved_tce": 2.0, "saved_tco2": 5.0,
                      "freed_capacity_mw": 0.01, "floor_area_m2": 100.0, "households": 2, "budget_rmb": 9.0,
                      "cumulative_saved_tce": 2.0, "surplus_rmb": 0.0, "funding": {"city": 5.0}}],
           "mode_shares": {"retrofit": 1.0}, "waiting": [], "not_scheduled": [],
           "totals": {"cost_rmb": 5.0, "saved_tce": 2.0, "estates": 1}, "gap": 0.0, "solver": "milp",
           "status": "optimal", "objective": {"name": "tce", "value": 6.0, "bound": 6.0}, "start_year": 2009,
           "rules": {"rebuild_cap_share": 0.3}, "notices": []}
    plan = PlanResult.from_dict(old)
    assert plan.years[0].funding == {"city": 5.0} and plan.totals.saved_tce == 2.0
    assert plan.estates == () and plan.costs is None and plan.objective.aim == "saving"
    assert plan.rules.choose_modes is False and plan.rules.rebuild_cap_share == 0.3


def test_solving_an_empty_city_gives_an_empty_plan(app):
    plan = app.plans.solve({"start_year": 2020, "years": 2, "annual_budget_rmb": 1e6})
    assert [y.estates for y in plan.years] == [(), ()]
    assert plan.totals.saved_tce == 0.0 and plan.gap == 0.0


@pytest.mark.slow
def test_planned_years_fix_estates_to_their_year(demo_url):
    with open_services(demo_url) as services:
        plan = services.plans.solve({"start_year": 2009, "years": 3, "annual_budget_rmb": 1.2e10,
                                     "use_planned_years": True, "lang": "en"})
        buildings = services.records.list_buildings()
    planned = {}
    for b in buildings:
        if b["mode"] != "none" and b["planned_year"] is not None:
            planned.setdefault(b["estate"], set()).add(b["planned_year"])
    placed = plan.estate_year()
    for estate, year in placed.items():
        years = planned.get(estate, set())
        if len(years) == 1 and 2009 <= next(iter(years)) <= 2011:
            assert year == next(iter(years))
