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
    from retrofit.funding import estate_money_of

    est = estimate(list(register.buildings), TANGSHAN_PROGRAMME, estates=register.estates)
    money = estate_money_of(est, register.estates)
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
