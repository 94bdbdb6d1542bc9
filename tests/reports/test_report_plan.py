"""The contractor's estate plan, read back with pypdf."""
from __future__ import annotations

import dataclasses

import pytest
import report_samples as samples
from report_helpers import assert_fonts_embedded, assert_page_numbers

from reports import render_plan


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_plan_pages_numbers_and_fonts(plan_data, read_pdf, lang):
    pdf = read_pdf(render_plan(plan_data, lang))
    assert 4 <= len(pdf.pages) <= 5     # cover, buildings+measures, before/after+funding, method
    assert_page_numbers(pdf, lang)
    assert_fonts_embedded(pdf)
    assert pdf.contains("新华里小区")


def test_plan_cover_shows_estate_climate_and_totals(plan_data, read_pdf):
    pdf = read_pdf(render_plan(plan_data, "zh", samples.labels("zh")))
    cover = pdf.pages[0]
    for text in ("新华东道 12 号", "路南区", "唐山热力", "采暖期 130 天", "-1.6 ℃", "-9.2 ℃", "寒冷地区",
                 "GB 50736-2012 App. A", "19,800 m²", "288", "节能改造 5 栋", "加层改造 1 栋",
                 "常规 4 栋", "深度 2 栋", "82%", "按面积收费"):
        assert text in cover, text
    t = plan_data.totals
    assert f"{t.saved_tce:,.1f} tce" in cover                  # 315.0 tce
    assert f"{t.cost_rmb / 10_000:,.1f} 万元" in cover           # 440.6 万元
    assert "版本 3" in cover and "已批准" in cover and "2026-11-28" in cover


def test_plan_lists_every_measure_with_quantity_and_cost(plan_data, read_pdf):
    pdf = read_pdf(render_plan(plan_data, "zh", samples.labels("zh")))
    b = plan_data.buildings[0]
    wall, window = b.measures[0], b.measures[1]
    assert pdf.contains("外墙外保温 EPS 80 mm") and pdf.contains("EPS 80 mm, λ 0.049")
    assert pdf.contains(f"{wall.quantity:,.0f}") and pdf.contains(f"{wall.cost_rmb / 10_000:,.1f}")
    assert pdf.contains("塑钢双玻窗") and pdf.contains(window.detail)
    assert pdf.contains("分户计量及温控阀") and pdf.contains("48 热表, 240 阀")
    for bp in plan_data.buildings:
        assert pdf.contains(bp.name)
        assert pdf.contains(f"{bp.cost_rmb / 10_000:,.1f}")


def test_plan_before_after_and_funding_equal_the_input(plan_data, read_pdf):
    pdf = read_pdf(render_plan(plan_data, "zh"))
    page = pdf.pages[2]
    b = plan_data.buildings[3]
    assert f"{b.q_h_before_w_m2:.1f} → {b.q_h_after_w_m2:.1f}" in page
    assert f"{b.saved_tce:.1f}" in page and f"{b.saved_tco2:.1f}" in page
    t = plan_data.totals
    assert f"{t.saved_tco2:,.1f}" in page and f"{t.freed_capacity_mw * 1000:,.0f}" in page
    central = plan_data.funding[0].amount_rmb
    assert "中央财政奖励" in page and f"{central / 10_000:,.1f}" in page
    assert f"{central / plan_data.households:,.0f}" in page       # per household
    assert "居民每户约出 1,200 元" in page                          # 20 RMB/m² × 60 m²


def test_plan_method_page_has_assumptions_standards_calibration_band(plan_data, read_pdf):
    pdf = read_pdf(render_plan(plan_data, "zh"))
    page = pdf.pages[3]
    for text in ("室内计算温度", "18 ℃", "2.556 t/tce", "JGJ 26-2010", "1.08", "窗墙比采用默认值 0.22"):
        assert text in page, text
    band = plan_data.saved_tce_band
    assert f"{band.p10:,.1f}–{band.p90:,.1f}" in page


def test_plan_in_english(plan_data, read_pdf):
    pdf = read_pdf(render_plan(plan_data, "en", samples.labels("en")))
    assert pdf.contains("Energy retrofit plan") and pdf.contains("130 heating days")
    assert pdf.contains(f"RMB {plan_data.totals.cost_rmb / 1e6:,.2f} million")
    assert pdf.contains("External wall insulation, EPS 80 mm") and pdf.contains("Central subsidy")
    assert pdf.contains("Status: approved")


def test_long_plan_runs_over_pages_with_numbers(read_pdf):
    data = samples.plan_data(n_buildings=40, estate="Nordstadt <Süd> & 东区")
    pdf = read_pdf(render_plan(data, "zh"))
    assert len(pdf.pages) > 6
    assert_page_numbers(pdf, "zh")
    assert_fonts_embedded(pdf)
    assert pdf.contains("Nordstadt <Süd> & 东区")             # escaped, not read as markup
    assert pdf.contains("40号楼")


def test_plan_without_band_or_calibration_says_so(plan_data, read_pdf):
    buildings = tuple(dataclasses.replace(b, calibration_factor=None) for b in plan_data.buildings)
    data = dataclasses.replace(plan_data, saved_tce_band=None, saved_tco2_band=None, buildings=buildings)
    pdf = read_pdf(render_plan(data, "en"))
    assert pdf.contains("No uncertainty band was computed.")
    assert pdf.contains("No metered data; not calibrated.")
