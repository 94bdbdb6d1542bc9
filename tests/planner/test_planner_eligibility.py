"""Who may enter the programme, and the reasons the others wait."""
from __future__ import annotations

from planner_factory import make_estate, plan_doc

from retrofit.planner import PlanProblem, per_year
from retrofit.planner.model import PlanRules


def _plan(estates, rules=PlanRules(), lang="en"):
    return plan_doc(PlanProblem(tuple(estates), 2009, 1, per_year(1e9, 1), rules=rules), lang=lang)


def test_consent_below_threshold_waits_with_households_needed():
    # 1,000 households at 58 %: 667 needed, 580 agreed → 87 more
    plan = _plan([make_estate("A", 1, 1, consent=0.58, households=1000), make_estate("B", 1, 1)])
    assert plan["years"][0]["estates"] == ["B"]
    assert plan["waiting"] == [{"estate": "A", "reason": "consent 58 % < 67 %: 87 more households needed",
                                "code": "plan_wait_consent",
                                "params": {"min": "67", "needed": "87", "rate": "58"}}]


def test_consent_message_in_chinese_and_threshold_setting():
    plan = _plan([make_estate("A", 1, 1, consent=0.5, households=10)], lang="zh")
    assert plan["waiting"][0]["reason"] == "同意率 50% < 67%：还需 2 户同意"
    plan = _plan([make_estate("A", 1, 1, consent=0.5, households=10)], PlanRules(min_consent_rate=0.5))
    assert plan["waiting"] == [] and plan["totals"]["estates"] == 1


def test_exactly_two_thirds_enters_and_missing_consent_waits():
    plan = _plan([make_estate("A", 1, 1, consent=2 / 3), make_estate("B", 1, 1, consent=None)])
    assert plan["years"][0]["estates"] == ["A"]
    assert plan["waiting"][0]["estate"] == "B"
    assert plan["waiting"][0]["code"] == "plan_wait_no_consent"


def test_short_life_buildings_hold_the_estate_back_unless_switched():
    switched = make_estate("A", 50, 3, mode="rebuild")
    estate = make_estate("A", 10, 2, short_life=("3号楼", "5号楼"), switched=switched)
    plan = _plan([estate])
    assert plan["totals"]["estates"] == 0
    assert plan["waiting"][0]["code"] == "plan_wait_short_life"
    assert "(3号楼, 5号楼)" in plan["waiting"][0]["reason"] and "20 years" in plan["waiting"][0]["reason"]
    assert "（3号楼、5号楼）" in _plan([estate], lang="zh")["waiting"][0]["reason"]
    plan = _plan([estate], PlanRules(switch_short_life_to_rebuild=True, rebuild_cap_share=1.0))
    assert plan["totals"]["cost_rmb"] == 50.0 and plan["mode_shares"]["rebuild"] == 1.0


def test_group_waits_with_its_partner():
    estates = [make_estate("A", 1, 1), make_estate("B", 1, 1, consent=0.1), make_estate("C", 1, 1)]
    plan = _plan(estates, PlanRules(groups=(("A", "B"),)))
    assert plan["years"][0]["estates"] == ["C"]
    assert [(w["estate"], w["code"]) for w in plan["waiting"]] == [
        ("A", "plan_wait_group"), ("B", "plan_wait_consent")]
    assert "B" in plan["waiting"][0]["reason"]


def test_fixed_estate_that_waits_gives_a_notice():
    plan = _plan([make_estate("A", 1, 1, consent=0.2)], PlanRules(fixed_years={"A": 2009}))
    assert plan["totals"]["estates"] == 0
    assert plan["notices"] and "A" in plan["notices"][0]


def test_unfunded_estates_are_listed():
    plan = plan_doc(PlanProblem((make_estate("A", 20_000, 1),), 2009, 1, per_year(10_000, 1)),
                      lang="en")
    assert plan["not_scheduled"][0]["estate"] == "A"
    assert "budget" in plan["not_scheduled"][0]["reason"]


def test_unknown_estates_in_the_rules_give_a_notice():
    plan = _plan([make_estate("A", 1, 1)], PlanRules(groups=(("A", "Z"),)))
    assert plan["notices"] == ["Estate 'Z' named in the rules is not in the programme; ignored"]
    assert plan["waiting"][0]["estate"] == "A" and plan["waiting"][0]["code"] == "plan_wait_group"
