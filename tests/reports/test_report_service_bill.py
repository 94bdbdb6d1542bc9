"""The reports' data from the real engine: the contractor's bill, the price basis, a plan's modes and
years, the residents' letter per mode, file permissions, English throughout."""
from __future__ import annotations

import os

import pytest
from report_helpers import cjk_outside

from reports.plan_bill import estate_lines
from retrofit.domain.errors import ValidationError
from retrofit.planner.plan import PlanResult
from retrofit.reference import load_catalogue


def _estate(app, name):
    return next(e for e in app.records.list_estates() if e.estate == name)


def _building(data, name):
    return next(b for b in data.buildings if b.name == name)


def test_bill_adds_up_building_by_building_and_for_the_estate(city):
    data = city.reports.plan_data(_estate(city, "新华里小区"), "zh")
    for b in data.buildings:
        assert sum(m.cost_rmb for m in b.measures) == pytest.approx(b.cost_rmb)       # the method's cost, in lines
    works = sum(line.cost_rmb for line in estate_lines(data.buildings))
    assert works == pytest.approx(sum(b.works_rmb for b in data.buildings))
    overheads, contingency, vat = data.charges
    assert overheads.amount_rmb == pytest.approx(works * 0.05)
    assert contingency.amount_rmb == pytest.approx((works + overheads.amount_rmb) * 0.05)
    assert vat.amount_rmb == pytest.approx((works + overheads.amount_rmb + contingency.amount_rmb) * 0.09)
    assert data.bill_total_rmb == pytest.approx(works * 1.05 * 1.05 * 1.09)


def test_pieces_rebuild_lines_added_storeys_and_scaffolding(city):
    data = city.reports.plan_data(_estate(city, "新华里小区"), "zh")
    first, second, third = (_building(data, f"{i}号楼") for i in (1, 2, 3))
    meters = next(m for m in first.measures if m.key == "metering_trv")
    assert (meters.quantity, meters.unit) == (50, "set") and meters.unit_cost_rmb * 50 == pytest.approx(meters.cost_rmb)
    stairs = next(m for m in first.measures if m.key == "stairwell")
    assert stairs.unit == "stair" and stairs.quantity == first.stairs == 5          # 50 households, 5 storeys
    (scaffold,) = first.site_lines
    assert scaffold.unit == "m2_facade" and scaffold.cost_rmb == pytest.approx(scaffold.quantity * 15)
    assert second.added_storeys == 1 and any(m.key == "new_storeys" for m in second.measures)
    keys = [m.key for m in third.measures]
    assert keys == ["demolition", "rebuild_structure", "rebuild_envelope", "rebuild_services", "rebuild_external"]
    demolition = third.measures[0]
    assert demolition.quantity == pytest.approx(2400) and demolition.cost_rmb == pytest.approx(2400 * 60)
    assert sum(m.cost_rmb for m in third.measures) == pytest.approx(2400 * 1.3 * 2500)
    assert third.site_lines == () and third.length_m > 0 and third.perimeter_m > 2 * third.length_m


def test_price_basis_on_the_cover_and_in_the_unit_costs(city, tmp_path, read_pdf):
    estate = _estate(city, "新华里小区")
    cat = load_catalogue()
    old = city.reports.plan_data(estate, "zh")
    new = city.reports.plan_data(estate, "zh", price_basis="today")
    wall = next(m for m in _building(new, "1号楼").measures if m.key == "wall_eps_80")
    assert wall.unit_cost_rmb == cat.measures["wall_eps_80"].cost_today_cny
    assert (old.price_basis, new.price_basis) == ("2010", "today") and new.price_year == int(new.doc.date[:4])
    assert new.totals.cost_rmb > old.totals.cost_rmb
    (path,) = city.reports.render([estate.id], "plan", "zh", tmp_path, price_basis="today")
    assert read_pdf(path.read_bytes()).contains(f"当前价格（{new.price_year} 年）")
    with pytest.raises(ValidationError):
        city.reports.render([estate.id], "plan", "zh", tmp_path, price_basis="1999")


def _plan(estate: str, year: int, modes: dict) -> PlanResult:
    return PlanResult.from_dict({
        "years": [{"year": year, "estates": [estate], "cost_rmb": 1.0e7, "saved_tce": 100.0, "saved_tco2": 250.0}],
        "estates": [{"estate": estate, "year": year, "variant": "rebuild", "mode": "rebuild", "cost_rmb": 1.0e7,
                     "saved_tce": 100.0, "saved_tco2": 250.0, "freed_capacity_mw": 0.2, "floor_area_m2": 9000.0,
                     "area_by_mode": {}, "building_modes": modes,
                     "costs": {"cost_rmb": 1e7, "saved_tce": 100.0, "freed_kw": 200.0, "cost_per_tce": 1e5,
                               "cost_per_kw": 5e4, "utility_payback_years": 1.0, "city_payback_years": 1.0,
                               "npv_rmb": 0.0}}],
        "totals": {"cost_rmb": 1.0e7, "saved_tce": 100.0, "saved_tco2": 250.0, "freed_capacity_mw": 0.2}})


def test_a_plan_gives_the_modes_and_the_year(city, tmp_path, read_pdf):
    estate = _estate(city, "新华里小区")
    plan = _plan("新华里小区", 2031, {"1号楼": "rebuild", "2号楼": "retrofit", "3号楼": "rebuild"})
    data = city.reports.plan_data(estate, "zh", plan=plan)
    assert {b.name: (b.mode, b.planned_year) for b in data.buildings} == {
        "1号楼": ("rebuild", 2031), "2号楼": ("retrofit", 2031), "3号楼": ("rebuild", 2031)}
    letter = city.reports.summary_data(estate, "zh", plan=plan)
    assert letter.year == 2031 and not letter.year_past
    (path,) = city.reports.render([estate.id], "summary", "zh", tmp_path, plan=plan)
    pdf = read_pdf(path.read_bytes())
    assert pdf.contains("拆改建计划在 2031 年春天") and pdf.contains("搬出") and pdf.contains("周转房")
    assert data.follows_plan and data.plan_name == ""                  # a plan file, not a stored plan
    (path,) = city.reports.render([estate.id], "plan", "zh", tmp_path, plan=plan)
    assert read_pdf(path.read_bytes()).contains("依据的规划方案未保存的方案")       # the cover says so
    assert not city.reports.plan_data(estate, "zh").follows_plan


def test_a_past_year_is_said_to_be_past(city, tmp_path, read_pdf):
    estate = _estate(city, "新华里小区")
    plan = _plan("新华里小区", 2010, {})
    data = city.reports.plan_data(estate, "zh", plan=plan)
    assert all(b.year_past for b in data.buildings)
    assert any("计划年度 2010 早于报告日期" in n for n in data.notices)
    (path,) = city.reports.render([estate.id], "summary", "zh", tmp_path, plan=plan)
    pdf = read_pdf(path.read_bytes())
    assert pdf.contains("原计划在 2010 年施工，这个时间已经过去") and not pdf.contains("（2010）")


def test_the_letter_per_mode_from_the_records(city, tmp_path, read_pdf):
    city.settings.update({"office_name": "路南区住房保障办", "office_contact": "李工", "office_phone": "0315-2800000"})
    try:
        (path,) = city.reports.render([_estate(city, "新华里小区").id], "summary", "zh", tmp_path)
    finally:
        city.settings.update({"office_name": "", "office_contact": "", "office_phone": ""})
    pdf = read_pdf(path.read_bytes())
    assert pdf.contains("拆改建的楼（3号楼）") and pdf.contains("临时住房")
    assert pdf.contains("加层改造的楼（2号楼）") and pdf.contains("顶层住户")
    assert pdf.contains("路南区住房保障办") and pdf.contains("李工") and pdf.contains("0315-2800000")
    with pytest.raises(ValidationError):
        city.settings.update({"vat_share": 1.5})


@pytest.mark.parametrize("kind", ["plan", "summary", "programme"])
def test_english_reports_are_english_but_for_names(city, tmp_path, read_pdf, kind):
    paths = city.reports.render(None if kind != "programme" else None, kind, "en", tmp_path)
    names = {'东区 <3>/"A"', "新华里小区", "Nordstadt", "新华东道 12 号", "路南区", "路北区", "唐山市热力总公司",
             "1号楼", "2号楼", "3号楼", "A座", "B1", "Haidian"}
    for path in paths:
        pdf = read_pdf(path.read_bytes())
        assert cjk_outside(pdf.text, names) == [], path.name
        assert "元" not in pdf.text and "采暖季" not in pdf.text and "§" not in pdf.text


@pytest.mark.parametrize("umask", [0o022, 0o027])
def test_pdf_files_follow_the_umask(city, tmp_path, umask):
    old = os.umask(umask)
    try:
        (path,) = city.reports.render([_estate(city, "Nordstadt").id], "plan", "zh", tmp_path)
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask
