"""Records → engine → money → planner estates (retrofit.planner.city), on hand-made buildings."""
from __future__ import annotations

import pytest
from planner_factory import plan_doc

from retrofit.domain.records import BuildingRecord, EstateRecord, Mode, Register
from retrofit.domain.settings import TANGSHAN_PROGRAMME
from retrofit.planner import PlanProblem, PlanRules, per_year
from retrofit.planner.city import city_options


def _building(estate: str, name: str, **kw) -> BuildingRecord:
    # the WE-4 block: 60 m × 10 m, six storeys, 3,600 m², 1980s brick, Tangshan
    values = dict(estate=estate, building=name, city="唐山", year_built=1982, storeys=6,
                  floor_area_m2=3600.0, households=60, length_m=60.0, width_m=10.0) | kw
    return BuildingRecord(**values)


@pytest.fixture(scope="module")
def register() -> Register:
    return Register(
        estates=(EstateRecord("甲小区", "唐山", households=120, consent_rate=0.8),
                 EstateRecord("乙小区", "唐山", households=60, consent_rate=0.9)),
        buildings=(_building("甲小区", "1号楼", remaining_life_years=30.0),
                   _building("甲小区", "2号楼", mode=Mode.NONE),
                   _building("乙小区", "1号楼", remaining_life_years=12.0)))


def test_estate_figures_come_from_the_engine(register):
    options = {o.estate: o for o in city_options(register, TANGSHAN_PROGRAMME)}
    first = options["甲小区"]
    assert first.area_m2["retrofit"] == 3600.0          # the building outside the programme is left out
    assert first.three_items_area_m2 == 3600.0          # the usual package has all three items
    assert first.funding_rmb["central"] == pytest.approx(45 * 3600.0)   # Tangshan is in the cold zone
    assert sum(first.funding_rmb.values()) == pytest.approx(first.cost_rmb)
    assert first.saved_tce > 0 and first.saved_tco2 == pytest.approx(2.556 * first.saved_tce)
    assert first.households == 120 and first.consent_rate == 0.8
    assert options["乙小区"].short_life == ("1号楼",)
    assert options["乙小区"].switched is None


def test_short_life_estate_waits_or_is_rebuilt(register):
    def plan(switch: bool) -> dict:
        options = city_options(register, TANGSHAN_PROGRAMME, switch=switch)
        rules = PlanRules(switch_short_life_to_rebuild=switch, rebuild_cap_share=0.5)
        return plan_doc(PlanProblem(tuple(options), 2009, 2, per_year(1e8, 2), rules=rules), lang="en")

    waiting = plan(False)
    assert [w["estate"] for w in waiting["waiting"]] == ["乙小区"]
    assert "1号楼" in waiting["waiting"][0]["reason"]
    switched = plan(True)
    assert switched["waiting"] == []
    assert switched["mode_shares"] == {"add_storey": 0.0, "rebuild": 0.5, "retrofit": 0.5}
    # a rebuild sells 30 % more floor area: 1,080 m² × 4,000 × 50 %
    assert switched["totals"]["funding"]["sales"] == pytest.approx(1080 * 4000 * 0.5)


def test_estate_money_of_an_estimate(register):
    from retrofit.estimate import estimate
    from retrofit.funding import estate_money, money_inputs

    est = estimate(list(register.buildings), TANGSHAN_PROGRAMME, estates=register.estates)
    money = estate_money(money_inputs(est), est.settings, {e.estate: e for e in register.estates})
    first = money["甲小区"]
    assert first.floor_area_m2 == 3600.0 and first.households == 60
    assert first.per_household["flat_m2"] == 60.0
    assert first.payback_years == pytest.approx(first.cost_rmb / (first.annual_saving_rmb), rel=1e-9)
    assert first.per_household["metered_bill_after_rmb"] < first.per_household["metered_bill_before_rmb"]


def test_planned_years_of_estates():
    from retrofit.planner.city import planned_years

    register = Register(buildings=(
        _building("甲", "1", planned_year=2010), _building("甲", "2", planned_year=2010),
        _building("乙", "1", planned_year=2010), _building("乙", "2", planned_year=2011),
        _building("丙", "1"), _building("丁", "1", planned_year=2012, mode=Mode.NONE)))
    assert planned_years(register) == {"甲": 2010}


def test_the_ways_of_an_estate_follow_its_buildings_rules():
    from retrofit.domain.records import RebuildRule, Structure

    register = Register(
        estates=(EstateRecord("丙小区", "唐山", households=180, consent_rate=0.9, must_do=True),),
        buildings=(_building("丙小区", "1号楼", structure=Structure.BRICK_CONCRETE, remaining_life_years=40.0),
                   _building("丙小区", "2号楼", rebuild_rule=RebuildRule.EXCLUDED, structure=Structure.FRAME),
                   _building("丙小区", "3号楼", rebuild_rule=RebuildRule.REQUIRED)))
    (option,) = city_options(register, TANGSHAN_PROGRAMME, choose_modes=True)
    assert option.must_do and option.variant == "recorded"
    ways = {w.variant: dict(w.building_modes) for w in option.alternatives}
    assert ways == {
        "recorded": {"1号楼": "retrofit", "2号楼": "retrofit", "3号楼": "rebuild"},
        "add_storey": {"1号楼": "add_storey", "2号楼": "retrofit", "3号楼": "rebuild"},
        "rebuild": {"1号楼": "rebuild", "2号楼": "retrofit", "3号楼": "rebuild"}}   # retrofit = recorded
    by_way = {w.variant: w for w in option.alternatives}
    assert by_way["rebuild"].area_m2["rebuild"] == 7200.0 and by_way["recorded"].area_m2["rebuild"] == 3600.0
    assert by_way["rebuild"].cost_rmb > by_way["recorded"].cost_rmb
    # every way rebuilds 3号楼 (a third of the area): over a 30 % cap the must-do estate has no plan
    from retrofit.planner import PlanInfeasibleError
    with pytest.raises(PlanInfeasibleError) as err:
        plan_doc(PlanProblem((option,), 2009, 1, per_year(1e9, 1), rules=PlanRules(choose_modes=True)))
    assert "1 estate(s) that must be done" in err.value.message("en")
    rules = PlanRules(choose_modes=True, rebuild_cap_share=0.5)
    plan = plan_doc(PlanProblem((option,), 2009, 1, per_year(1e9, 1), rules=rules))
    assert plan["years"][0]["estates"] == ["丙小区"] and plan["rules"]["must_do"] == ["丙小区"]
    assert plan["estates"][0]["variant"] in ("recorded", "add_storey")
    assert plan["mode_shares"]["rebuild"] == pytest.approx(1 / 3, abs=1e-4)


def test_plan_totals_carry_the_new_load_and_the_figures_net_of_it(register):
    """A rebuild adds 30 % floor area: its coal and plant load come from the engine per building,
    and the plan's totals give them with the saving and the freed capacity net of them."""
    from retrofit.estimate import estimate
    from retrofit.planner.plan import PlanTotals

    options = city_options(register, TANGSHAN_PROGRAMME, switch=True)
    rules = PlanRules(switch_short_life_to_rebuild=True, rebuild_cap_share=0.5)
    doc = plan_doc(PlanProblem(tuple(options), 2009, 2, per_year(1e8, 2), rules=rules), lang="en")
    rebuilt = [b for b in register.buildings if b.estate == "乙小区"]
    cols = estimate([_building("乙小区", "1号楼", mode=Mode.REBUILD)], TANGSHAN_PROGRAMME,
                    estates=register.estates).building_columns()
    assert len(rebuilt) == 1 and cols["added_area_m2"][0] == pytest.approx(1080.0)
    t = doc["totals"]
    assert t["added_area_m2"] == pytest.approx(1080.0)
    assert t["new_load_tce"] == pytest.approx(cols["new_coal_tce"][0], abs=1e-3) and t["new_load_tce"] > 0
    assert t["new_load_mw"] == pytest.approx(cols["new_load_kw"][0] / 1e3, abs=1e-4)
    assert t["new_load_tco2"] == pytest.approx(2.556 * t["new_load_tce"], abs=1e-2)
    assert t["saved_net_tce"] == pytest.approx(t["saved_tce"] - t["new_load_tce"], abs=1e-3)
    assert t["freed_capacity_net_mw"] == pytest.approx(t["freed_capacity_mw"] - t["new_load_mw"], abs=1e-4)
    assert sum(y["new_load_tce"] for y in doc["years"]) == pytest.approx(t["new_load_tce"], abs=1e-3)
    again = PlanTotals.from_dict(t)                                     # a saved plan reads them back
    assert again.new_coal_tce == t["new_load_tce"] and again.saved_net_tce == pytest.approx(t["saved_net_tce"])
    old = PlanTotals.from_dict({k: v for k, v in t.items() if "new" not in k and "net" not in k
                                and k != "added_area_m2"})
    assert old.saved_net_tce == old.saved_tce                           # a plan saved before: net = gross
