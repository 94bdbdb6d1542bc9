"""The city programme report."""
from __future__ import annotations

import dataclasses

import pytest
import report_samples as samples
from report_helpers import assert_fonts_embedded, assert_page_numbers

from reports import render_programme
from reports.data import GroupLine, ProgrammePlan


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_programme_pages_and_fonts(programme_data, read_pdf, lang):
    pdf = read_pdf(render_programme(programme_data, lang))
    assert len(pdf.pages) >= 4
    assert_page_numbers(pdf, lang)
    assert_fonts_embedded(pdf)


def test_programme_totals_against_targets(programme_data, read_pdf):
    pdf = read_pdf(render_programme(programme_data, "zh"))
    page = pdf.pages[0]
    t = programme_data.totals
    assert "371,250" in page and "360,000" in page and "103.1%" in page     # tce
    assert "948,916" in page and "920,000" in page                          # CO2
    assert "812.4" in page and "800" in page and "101.6%" in page           # MW
    assert "10,155,000" in page and "10,000,000" in page                  # extra area the MW heat
    assert f"{t.extra_area_m2 / 1e7 * 100:.1f}%" in page
    assert "建筑面积 10,500,000 m²" in page
    assert f"{t.cost_rmb / 10_000:,.1f} 万元" in page
    assert "330,000–412,000" in page


def test_programme_rebuild_cap_check(programme_data, read_pdf):
    pdf = read_pdf(render_programme(programme_data, "zh"))
    assert pdf.contains("拆改建面积占改造面积 17.3%，不超过上限 30%：符合")
    big = GroupLine("rebuild", 300, 4000, 5.0e6, 1e5, 2.5e5, 200.0, 1e10)
    over = dataclasses.replace(programme_data, by_mode=(programme_data.by_mode[0], big))
    pdf = read_pdf(render_programme(over, "en"))
    assert pdf.contains("Rebuilding takes 41.7% of the programme's floor area, above the cap of 30%")


def test_programme_groups_and_top_estates(programme_data, read_pdf):
    pdf = read_pdf(render_programme(programme_data, "zh"))
    for g in programme_data.by_district + programme_data.by_year:
        assert pdf.contains(g.name) and pdf.contains(f"{g.saved_tce:,.0f}")
    best = programme_data.top_estates[0]
    assert pdf.contains(best.estate) and pdf.contains(f"{best.tce_per_mrmb:,.1f}")   # 120.0


def test_programme_plan_year_by_year(programme_data, read_pdf):
    pdf = read_pdf(render_programme(programme_data, "zh"))
    plan = programme_data.plan
    assert pdf.contains("六、优化后的分年度实施计划")
    for y in plan.years:
        assert pdf.contains(f"{y.saved_tce:,.0f}")
    assert pdf.contains("小区470") and pdf.contains("居民同意率不足")
    assert pdf.contains("拆改建 24.0%")
    assert pdf.contains("资金来源 万元") and pdf.contains("新增面积销售收入") and pdf.contains("30,000.0")
    no_plan = read_pdf(render_programme(dataclasses.replace(programme_data, plan=None), "zh"))
    assert not no_plan.contains("分年度实施计划")


def test_plan_document_is_read():
    doc = {"years": [{"year": 2027, "estates": ["甲", "乙"], "cost_rmb": 1.5e7, "saved_tce": 800.0,
                      "saved_tco2": 2044.8, "funding": {"central": 5e6, "city": 1e7}}],
           "mode_shares": {"retrofit": 1.0, "add_storey": 0.0, "rebuild": 0.0},
           "waiting": [{"estate": "丙", "reason": "budget"}],
           "not_scheduled": [{"estate": "丁", "reason": "符合条件，但规划期内预算不足"}],
           "totals": {"cost_rmb": 1.5e7, "saved_tce": 800.0, "saved_tco2": 2044.8, "freed_capacity_mw": 1.7},
           "gap": 0.0}
    plan = ProgrammePlan.from_document(doc)
    assert plan.years[0].estates == ("甲", "乙") and plan.years[0].funding[1].amount_rmb == 1e7
    assert plan.waiting == (("丙", "budget"), ("丁", "符合条件，但规划期内预算不足"))
    assert plan.totals.freed_capacity_mw == 1.7


def test_english_programme(read_pdf):
    pdf = read_pdf(render_programme(samples.programme_data(with_plan=False), "en"))
    assert pdf.contains("Retrofit programme report") and pdf.contains("RMB 5,250.00 million")
