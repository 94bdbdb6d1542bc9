"""The city programme report, with and without a programme plan."""
from __future__ import annotations

import dataclasses

import pytest
import report_samples as samples
from report_helpers import assert_fonts_embedded, assert_page_numbers, cjk_outside

from reports import render_programme
from reports.programme_data import GroupLine


def _pdf(read_pdf, labels, data, lang="zh"):
    return read_pdf(render_programme(data, lang, labels[lang]))


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("with_plan", [True, False])
def test_programme_pages_and_fonts(read_pdf, labels, lang, with_plan):
    data = samples.programme_data(with_plan=with_plan, lang=lang)
    pdf = _pdf(read_pdf, labels, data, lang)
    assert len(pdf.pages) >= 3
    assert_page_numbers(pdf, lang)
    assert_fonts_embedded(pdf)
    if lang == "en":
        names = ["唐山", "2027 年度计划", *(g.name for g in data.by_district), *(e.estate for e in data.top_estates),
                 *(s.estate for s in data.curve.segments), *(f"小区{i:03d}" for i in range(480))]
        assert cjk_outside(pdf.text, names) == []


def test_totals_against_targets_gross_and_net_of_new_load(programme_data, read_pdf, labels):
    pdf = _pdf(read_pdf, labels, programme_data)
    page = pdf.pages[0]
    t, n = programme_data.totals, programme_data.totals.new_load
    assert "371,250" in page and "360,000" in page and "103.1%" in page       # tce, gross
    assert "19,714" in page and "351,536" in page and "97.6%" in page         # new load, net
    assert "812.4" in page and "73.0" in page and "739.4" in page and "92.4%" in page
    assert "10,155,000" in page and "9,242,500" in page and "10,000,000" in page
    assert pdf.contains("扣除新增负荷后，下列指标低于目标")
    assert pdf.contains(f"可新增供热面积 {n.net_extra_area_m2:,.0f} m²（目标的 92.4%）")   # with its unit
    assert pdf.contains(f"{t.cost_rmb / 10_000:,.0f} 万元") or pdf.contains("525,000.0 万元")
    assert pdf.contains("330,000–412,000") and pdf.contains("P10 为 330,000 tce") and pdf.contains("还差 30,000 tce")


def test_a_plan_says_its_gap_its_left_out_estates_money_and_years(programme_data, read_pdf, labels):
    pdf = _pdf(read_pdf, labels, programme_data)
    assert pdf.contains("唐山 规划方案：2027 年度计划（2026–2030）")
    assert pdf.contains("求解精度：与最优方案相差不超过 0.034 %") and pdf.contains("不是与目标的差距")
    assert not pdf.contains("与目标的差距：")
    assert pdf.contains("规划方案纳入 470 个小区（登记共 472 个）；未纳入的小区中，1 个暂不具备条件，"
                        "1 个因各年预算不足未能安排")
    assert pdf.contains("小区470") and pdf.contains("同意率 58% < 67%：还需 87 户同意")
    assert pdf.contains("小区471") and pdf.contains("预算不足")
    assert pdf.contains("分年度预算与资金") and pdf.contains("新增面积销售收入") and pdf.contains("2026（已过）")
    assert pdf.contains("2026 年早于报告日期")
    for y in programme_data.plan.years:
        assert pdf.contains(f"{y.year} 年（90 个小区）")
    assert pdf.contains("边际减排成本曲线") and pdf.contains("达到 360,000 tce/年的目标需要投资 410,000.0 万元")
    waiting = dataclasses.replace(programme_data.plan, left_out=programme_data.plan.left_out[:1])
    pdf = _pdf(read_pdf, labels, dataclasses.replace(programme_data, plan=waiting))
    assert pdf.contains("未纳入的小区中，1 个暂不具备条件。") and not pdf.contains("0 个因")   # no empty reason
    no_plan = _pdf(read_pdf, labels, dataclasses.replace(programme_data, plan=None))
    assert not no_plan.contains("求解精度") and not no_plan.contains("未纳入规划方案")
    assert no_plan.contains("按计划年度（登记）") and no_plan.contains("边际减排成本曲线")


def test_programme_rebuild_cap_check(programme_data, read_pdf, labels):
    pdf = _pdf(read_pdf, labels, programme_data)
    assert pdf.contains("拆改建面积占改造面积 17.3%，不超过上限 30%：符合")
    big = GroupLine("rebuild", 300, 4000, 5.0e6, 1e5, 2.5e5, 200.0, 1e10)
    over = dataclasses.replace(programme_data, by_mode=(programme_data.by_mode[0], big))
    pdf = _pdf(read_pdf, labels, over, "en")
    assert pdf.contains("Rebuilding takes 41.7% of the programme's floor area, above the cap of 30%")


def test_programme_groups_and_top_estates(programme_data, read_pdf, labels):
    pdf = _pdf(read_pdf, labels, programme_data)
    for g in programme_data.by_district + programme_data.by_year:
        assert pdf.contains(g.name) and pdf.contains(f"{g.saved_tce:,.0f}")
        assert pdf.contains(f"{g.new_load.net_saved_tce:,.0f}")
    best = programme_data.top_estates[0]
    assert pdf.contains(best.estate) and pdf.contains(f"{best.tce_per_mrmb:,.1f}")


def test_english_programme(read_pdf, labels):
    pdf = _pdf(read_pdf, labels, samples.programme_data(with_plan=False), "en")
    assert pdf.contains("Retrofit programme report") and pdf.contains("RMB 5,250.00 million")
    assert pdf.contains("Net of the new load, these fall short of the target")
    assert pdf.contains("Cost M RMB")
    assert pdf.contains("coal saved 351,536 tce (97.6% of the target)")
    assert pdf.contains("lies in the range 330,000–412,000 tce a year")
    lines = [line.strip() for line in pdf.text.splitlines()]
    for short in ("retrofit", "add storey", "rebuild"):      # mode names that fit their column, each on one line
        assert short in lines, short
    assert "demolish and re" not in lines
