"""ReportingService over a real database and the real engine."""
from __future__ import annotations

import pytest
from report_helpers import assert_fonts_embedded, assert_page_numbers

from retrofit.domain.errors import ValidationError
from retrofit.estimate import estimate
from retrofit.progress import Cancelled, CancelToken
from retrofit.services.reporting import safe_filename
from retrofit.storage.load import read_register


def _estate(city, name):
    return next(e for e in city.records.list_estates() if e.estate == name)


def _engine_totals(city, estate):
    with city.session_factory() as session:
        register, _ = read_register(session, estate_id=estate.id)
    return estimate(register.buildings, city.settings.get(), estates=register.estates).totals()


def test_plan_for_every_estate_with_safe_names(city, tmp_path, read_pdf):
    seen = []
    paths = city.reports.render(None, "plan", "zh", tmp_path, progress=lambda d, t, x: seen.append((d, t)))
    assert len(paths) == 3 and all(p.parent == tmp_path and p.suffix == ".pdf" for p in paths)
    assert seen[-1] == (3, 3)
    odd = next(p for p in paths if p.name.startswith("东区"))
    assert not set('<>:"/\\|?*') & set(odd.name)
    pdf = read_pdf(odd.read_bytes())
    assert pdf.contains('东区 <3>/"A"')
    assert_fonts_embedded(pdf)
    assert_page_numbers(pdf, "zh")


def test_plan_figures_equal_the_engine(city, tmp_path, read_pdf):
    estate = _estate(city, "新华里小区")
    totals = _engine_totals(city, estate)
    data = city.reports.plan_data(estate, "zh")
    assert data.totals.saved_tce == pytest.approx(totals["saved_tce"])
    assert data.totals.cost_rmb == pytest.approx(totals["cost_rmb"])
    assert sum(f.amount_rmb for f in data.funding) == pytest.approx(totals["cost_rmb"], rel=1e-9)
    assert {b.mode for b in data.buildings} == {"retrofit", "add_storey", "rebuild"}
    first = next(b for b in data.buildings if b.name == "1号楼")
    assert first.calibration_factor is not None                        # measured_kgce_m2 given
    assert sum(m.cost_rmb for m in first.measures) == pytest.approx(first.cost_rmb)
    assert data.totals.new_load.coal_tce == pytest.approx(totals["new_coal_tce"])
    assert data.totals.new_load.load_mw == pytest.approx(totals["new_load_mw"])
    assert data.totals.new_load.net_saved_tce == pytest.approx(totals["saved_tce"] - totals["new_coal_tce"])
    grown = [b for b in data.buildings if b.new_coal_tce > 0]
    assert grown and all(b.net_saved_tce == pytest.approx(b.saved_tce - b.new_coal_tce) for b in grown)
    assert all(b.net_freed_capacity_kw == pytest.approx(b.freed_capacity_kw - b.new_load_kw) for b in grown)
    assert data.saved_tce_band is not None and data.saved_tce_band.p10 < data.saved_tce_band.p90
    second = next(b for b in data.buildings if b.name == "2号楼")
    assert second.baseline[0] == ("wall_u", 1.5, False)                 # entered in the register
    assert all(defaulted for key, _, defaulted in first.baseline)       # construction defaults
    (path,) = city.reports.render([estate.id], "plan", "zh", tmp_path)
    pdf = read_pdf(path.read_bytes())
    assert pdf.contains(f"{totals['saved_tce']:,.1f} tce")
    assert pdf.contains(f"{totals['cost_rmb'] / 10_000:,.1f} 万元")
    assert pdf.contains("外墙外保温 EPS 80 mm")                          # catalogue name
    assert pdf.contains("新增面积及其负荷") and pdf.contains("扣除新增负荷后")
    assert pdf.contains("唐山：采暖期 130 天")
    assert pdf.contains("各楼现状参数") and pdf.contains("1.50") and pdf.contains("* 为构造默认值")


def test_summary_says_how_the_estate_is_billed(city, tmp_path, read_pdf):
    area = _estate(city, "新华里小区")
    metered = _estate(city, '东区 <3>/"A"')
    paths = city.reports.render([area.id, metered.id], "summary", "zh", tmp_path)
    first, second = (read_pdf(p.read_bytes()) for p in paths)
    assert len(first.pages) <= 3 and len(second.pages) <= 3
    assert first.contains("本小区按面积收取暖气费") and first.contains("约占 82%")
    assert second.contains("本小区按用热量收取暖气费") and second.contains("尚无居民同意情况的记录")
    data = city.reports.summary_data(metered, "zh")
    assert all(f.bill_after_rmb < f.bill_before_rmb for r in data.rates for f in r.flats)
    cut = city.reports.summary_data(area, "zh").heat_cut_share
    assert 0.3 < cut < 0.9 and first.contains(f"暖气热量减少约 {round(cut * 20) * 5:.0f}%")


def test_programme_groups_the_city(city, tmp_path, read_pdf):
    plan = {"years": [{"year": 2027, "estates": ["新华里小区"], "cost_rmb": 1.0e7, "saved_tce": 170.0,
                       "saved_tco2": 434.5, "budget_rmb": 2.0e7, "funding": {"central": 3.0e5, "city": 9.7e6}}],
            "mode_shares": {"retrofit": 0.6, "add_storey": 0.2, "rebuild": 0.2},
            "waiting": [{"estate": "Nordstadt", "reason": "同意率 60% < 67%：还需 5 户同意", "code": "plan_wait_consent",
                         "params": {"rate": "60", "min": "67", "needed": "5"}}],
            "not_scheduled": [{"estate": '东区 <3>/"A"', "reason": "符合条件，但规划期内预算不足"}],
            "totals": {"cost_rmb": 1.0e7, "saved_tce": 170.0, "saved_tco2": 434.5, "freed_capacity_mw": 0.4,
                       "estates": 1, "funding": {"central": 3.0e5, "city": 9.7e6}},
            "gap": 0.00034, "status": "optimal"}
    from retrofit.planner.plan import PlanResult

    (path,) = city.reports.render(None, "programme", "en", tmp_path, plan=PlanResult.from_dict(plan))
    pdf = read_pdf(path.read_bytes())
    assert_fonts_embedded(pdf)
    assert pdf.contains("Tangshan, programme plan") and pdf.contains("(2027–2027)")
    assert pdf.contains("170") and pdf.contains("360,000") and pdf.contains("within 0.034 % of the best possible")
    assert pdf.contains("consent 60 % < 67 %: 5 more households needed")            # in the report's language
    assert pdf.contains("eligible, but the budgets of the plan's years do not reach it")
    assert pdf.contains("The plan takes in 1 estates of the 3 on record")
    assert not pdf.contains("路北区") and not pdf.contains("Haidian")                   # only the plan's estates
    data = city.reports.programme_data("en", plan=PlanResult.from_dict(plan))
    assert {g.name for g in data.by_mode} == {"retrofit", "add_storey", "rebuild"}
    assert sum(g.buildings for g in data.by_district) == 3 and [g.name for g in data.by_year] == ["2027"]
    assert data.totals.saved_tce == 170.0 and data.totals.new_load.coal_tce > 0
    whole = city.reports.programme_data("zh")                    # no plan stored: the city as recorded
    assert whole.plan is None and sum(g.buildings for g in whole.by_district) == 5


def test_cancel_and_bad_arguments(city, tmp_path):
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        city.reports.render(None, "plan", "zh", tmp_path, cancel=token)
    later = CancelToken()                       # cancelled after the first PDF was written
    with pytest.raises(Cancelled):
        city.reports.render(None, "plan", "zh", tmp_path / "later", cancel=later,
                            progress=lambda done, total, text: later.cancel() if done == 1 else None)
    assert list((tmp_path / "later").iterdir()) == []          # nothing left behind
    with pytest.raises(ValidationError):
        city.reports.render(None, "invoice", "zh", tmp_path)
    with pytest.raises(ValidationError):
        city.reports.render(None, "plan", "fr", tmp_path)


@pytest.mark.parametrize("name, expected", [
    ('东区 <3>/"A"', "东区 _3___A_.pdf"), ("CON", "_CON.pdf"), ("com1.txt", "_com1.txt.pdf"),
    ("a:b*c?", "a_b_c_.pdf"), ("trailing. ", "trailing.pdf"), ("x" * 300, "x" * 251 + ".pdf"),
    ("tab\there", "tab here.pdf"), ("", "_.pdf"), (".", "_.pdf"), ("..", "__.pdf"), (".hidden", "_hidden.pdf")])
def test_safe_filename(name, expected):
    assert safe_filename(name, ".pdf") == expected


def test_an_approved_stored_plan_heads_the_reports(tmp_path, read_pdf):
    from report_city import make_city

    app = make_city(tmp_path / "approved.sqlite")
    try:
        document = {"years": [{"year": 2027, "estates": ["新华里小区"], "cost_rmb": 1.0e7, "saved_tce": 170.0,
                               "saved_tco2": 434.5, "funding": {"central": 3.0e5, "city": 9.7e6}}],
                    "mode_shares": {"retrofit": 1.0}, "waiting": [], "gap": 0.0,
                    "totals": {"cost_rmb": 1.0e7, "saved_tce": 170.0, "saved_tco2": 434.5, "freed_capacity_mw": 0.4}}
        from retrofit.planner.plan import PlanResult

        plan_id = app.plans.save("唐山 2027", {}, PlanResult.from_dict(document))
        version = next(p.version for p in app.plans.list_plans() if p.id == plan_id)
        app.plans.approve(plan_id, version)
        (programme,) = app.reports.render(None, "programme", "zh", tmp_path)
        pdf = read_pdf(programme.read_bytes())
        assert pdf.contains("状态：已批准") and pdf.contains("唐山 规划方案：唐山 2027（2027–2027）")
        assert pdf.contains("各年度实施的小区") and pdf.contains("2027 年（1 个小区）")
        ids = {e.estate: e.id for e in app.records.list_estates()}
        in_plan, other = app.reports.render([ids["新华里小区"], ids["Nordstadt"]], "plan", "zh", tmp_path)
        in_plan = read_pdf(in_plan.read_bytes())
        assert in_plan.contains("状态：已批准") and in_plan.contains("依据的规划方案") and in_plan.contains("唐山 2027")
        assert read_pdf(other.read_bytes()).contains("状态：草案")
    finally:
        app.close()


def test_an_estate_without_buildings_still_gets_its_reports(tmp_path, read_pdf):
    from report_city import make_city

    app = make_city(tmp_path / "empty.sqlite")
    try:
        estate = app.records.create_estate(dict(estate="空小区", city="唐山", district="路南区"))
        plan, summary = (app.reports.render([estate.id], kind, "zh", tmp_path)[0] for kind in ("plan", "summary"))
        assert read_pdf(plan.read_bytes()).contains("空小区")
        assert read_pdf(summary.read_bytes()).contains("致空小区居民的一封信")
        rare = app.records.create_estate(dict(estate="𠮷祥里", city="唐山", district="路南区"))
        (path,) = app.reports.render([rare.id], "plan", "zh", tmp_path)
        assert read_pdf(path.read_bytes()).contains("以下字符超出报告字体（GBK）范围，显示为方框：")
        assert app.reports.plan_data(rare, "zh").notices[0].endswith("𠮷")
    finally:
        app.close()


def test_the_users_measure_costs_and_packages_are_used(tmp_path):
    from report_city import make_city

    app = make_city(tmp_path / "edited.sqlite")
    try:
        app.settings.update_measure("wall_eps_80", {"cost_2010_cny": 150})
        app.settings.save_package("外墙加窗", ["wall_eps_80", "window_pvc_double"])
        estate = _estate(app, "新华里小区")
        first = next(b for b in app.records.list_buildings(estate.id) if b.values["building"] == "1号楼")
        app.records.update_building(first.id, first.version, {"package": "外墙加窗"})
        data = app.reports.plan_data(estate, "zh")
        plan = next(b for b in data.buildings if b.name == "1号楼")
        assert plan.package == "外墙加窗"
        assert [m.key for m in plan.measures] == ["wall_eps_80", "window_pvc_double"]
        wall = plan.measures[0]
        assert wall.unit_cost_rmb == 150 and wall.cost_rmb == pytest.approx(150 * wall.quantity)
    finally:
        app.close()
