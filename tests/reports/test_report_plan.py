"""The contractor's estate plan, read back with pypdf."""
from __future__ import annotations

import dataclasses
import re

import pytest
import report_samples as samples
from report_helpers import assert_fonts_embedded, assert_page_numbers, cjk_outside

from reports import render_plan
from reports.plan_bill import building_lines, estate_lines


def _render(data, lang, labels):
    return render_plan(data, lang, labels[lang])


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_plan_pages_numbers_and_fonts(plan_data, read_pdf, labels, lang):
    pdf = read_pdf(_render(plan_data, lang, labels))
    assert 4 <= len(pdf.pages) <= 8
    assert_page_numbers(pdf, lang)
    assert_fonts_embedded(pdf)
    assert pdf.contains("新华里小区")


def test_plan_cover_shows_estate_climate_price_basis_and_totals(plan_data, read_pdf, labels):
    pdf = read_pdf(_render(plan_data, "zh", labels))
    cover = pdf.pages[0]
    flat = "".join(cover.split())
    for text in ("新华东道 12 号", "路南区", "开滦热电有限责任公司", "采暖期 130 天", "-1.6 ℃", "-9.2 ℃", "寒冷地区",
                 "GB 50736-2012 App. A", "19,800 m²", "288", "节能改造 5 栋", "加层改造 1 栋",
                 "常规 4 栋", "深度 2 栋", "82%", "按面积收费", "价格基准", "2010 年价格", "2027",
                 "须经现场测量确认", "建筑面积 ÷ 户数 = 68.8 m²"):
        assert "".join(text.split()) in flat, text
    for name in ("新华里小区", "开滦热电有限责任公司", "新华东道 12 号"):
        assert name in cover                                      # names never split over lines
    t = plan_data.totals
    assert f"{t.saved_tce:,.1f} tce" in cover                  # 315.0 tce
    assert f"{t.cost_rmb / 10_000:,.1f} 万元" in cover
    assert f"{plan_data.bill_total_rmb / 10_000:,.1f} 万元" in cover
    n = t.new_load
    assert "".join(f"新增建筑面积 {n.added_area_m2:,.0f} m²，年耗标准煤 {n.coal_tce:,.1f} tce".split()) in flat
    assert f"年节约标准煤 {n.net_saved_tce:,.1f} tce" in cover
    assert "版本 3" in cover and "已批准" in cover and "2026-11-28" in cover
    today = read_pdf(_render(dataclasses.replace(plan_data, price_basis="today", price_year=2026), "en", labels))
    assert "today's prices (2026)" in today.pages[0]


def test_buildings_with_dimensions_stairs_and_added_storeys(plan_data, read_pdf, labels):
    pdf = read_pdf(_render(plan_data, "zh", labels))
    b = plan_data.buildings[0]
    assert pdf.contains(f"{b.length_m:,.1f} × {b.width_m:,.1f}") and pdf.contains(f"{b.perimeter_m:,.1f}")
    assert pdf.contains("5 +1")                                  # 3号楼 gets one storey
    third = plan_data.buildings[2]
    assert pdf.contains(f"{third.length_m:,.1f} × {third.width_m:,.1f} *")   # derived, not entered
    assert pdf.contains("单元数")


def test_bill_lists_every_line_with_pieces_and_the_estate_sums_them(plan_data, read_pdf, labels):
    pdf = read_pdf(_render(plan_data, "zh", labels))
    b = plan_data.buildings[0]
    wall, window = b.measures[0], b.measures[1]
    assert pdf.contains("外墙外保温 EPS 80 mm") and pdf.contains("80 mm, λ = 0.049")
    assert pdf.contains(f"{wall.quantity:,.0f}") and pdf.contains(f"{wall.cost_rmb / 10_000:,.1f}")
    assert pdf.contains("塑钢双玻窗") and pdf.contains(window.detail)
    assert pdf.contains("分户计量及温控阀") and pdf.contains("热量表 48 块，温控阀约 192 个")
    assert re.search(r"分户计量及温控阀.*?\n?.*?48\s*套", pdf.text)                  # counted in sets
    assert pdf.contains("外脚手架") and pdf.contains("加层新建") and pdf.contains("加建 1 层，含新屋面")
    for bp in plan_data.buildings:
        assert pdf.contains(bp.name) and pdf.contains(f"{bp.works_rmb / 10_000:,.1f}")      # subtotal
    lines = estate_lines(plan_data.buildings)
    works = sum(line.cost_rmb for line in lines)
    assert works == pytest.approx(sum(b.works_rmb for b in plan_data.buildings))
    for key in {m.key for b in plan_data.buildings for m in building_lines(b)}:
        summed = next(line for line in lines if line.key == key)
        assert summed.quantity == pytest.approx(sum(m.quantity for b in plan_data.buildings
                                                    for m in building_lines(b) if m.key == key))
    estate = pdf.text[pdf.text.index("三、全小区工程量汇总"):]
    assert f"{works / 10_000:,.1f}" in estate
    for c in plan_data.charges:
        assert f"{c.amount_rmb / 10_000:,.1f}" in estate
    assert "增值税（9.0%）" in estate and f"{plan_data.bill_total_rmb / 10_000:,.1f}" in estate


def test_a_building_going_on_to_the_next_page_is_named_there(read_pdf, labels):
    data = samples.plan_data(n_buildings=14)
    pdf = read_pdf(_render(data, "zh", labels))
    bill = [p for p in pdf.pages if "楼号" in p and "项目" in p and "说明" in p]
    assert len(bill) >= 2
    for page in bill[1:]:
        first = page.split("造价 万元", 1)[1].strip().splitlines()[0]
        assert re.match(r"\d+号楼", first), first                      # the page starts with its building
    assert pdf.contains("（续）")


def test_plan_before_after_new_load_and_funding_equal_the_input(plan_data, read_pdf, labels):
    pdf = read_pdf(_render(plan_data, "zh", labels))
    b = plan_data.buildings[3]
    assert pdf.contains(f"{b.q_h_before_w_m2:.1f} → {b.q_h_after_w_m2:.1f}")
    assert pdf.contains(f"{b.saved_tce:.1f}") and pdf.contains(f"{b.saved_tco2:.1f}")
    t = plan_data.totals
    assert pdf.contains(f"{t.saved_tco2:,.1f}") and pdf.contains(f"{t.freed_capacity_mw * 1000:,.0f}")
    assert pdf.contains(f"{t.new_load.coal_tce:,.1f}") and pdf.contains(f"{t.new_load.net_saved_tce:,.1f}")
    assert pdf.contains("新增负荷")
    central = plan_data.funding[0].amount_rmb
    assert pdf.contains("中央财政奖励") and pdf.contains(f"{central / 10_000:,.1f}")
    assert pdf.contains(f"{central / plan_data.households:,.0f}")           # per household: the average
    assert pdf.contains("“每户”为全小区平均每户（68.8 m²）") and pdf.contains("平均每户约 1,375 元")


def test_assumptions_cite_standards_not_the_method_page(plan_data, read_pdf, labels):
    pdf = read_pdf(_render(plan_data, "zh", labels))
    assert pdf.contains("JGJ 26-2010") and not pdf.contains("method") and "§" not in pdf.text


def test_english_plan_is_english_but_for_names(read_pdf, labels):
    data = samples.plan_data(lang="en")
    pdf = read_pdf(_render(data, "en", labels))
    names = ["新华里小区", "路南区", "新华东道 12 号", "开滦热电有限责任公司", *(b.name for b in data.buildings)]
    assert cjk_outside(pdf.text, names) == []
    assert pdf.contains("External wall insulation, EPS 80 mm") and pdf.contains("Central subsidy")
    assert "元" not in pdf.text and pdf.contains("Price basis")
