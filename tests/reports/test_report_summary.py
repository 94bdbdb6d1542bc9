"""The residents' letter: per mode, in plain words, 12-point type and rounded numbers."""
from __future__ import annotations

import dataclasses

import pytest
import report_samples as samples
from report_helpers import assert_fonts_embedded, assert_page_numbers, cjk_outside, font_sizes

from reports import render_summary
from reports.data import FundingLine

MODES = [("retrofit",), ("add_storey",), ("rebuild",), ("retrofit", "add_storey"), ("rebuild", "retrofit")]


def _pdf(read_pdf, labels, lang="zh", **kwargs):
    return read_pdf(render_summary(samples.summary_data(**kwargs), lang, labels[lang]))


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("modes", MODES)
def test_letter_per_mode_and_language(read_pdf, labels, lang, modes):
    pdf = _pdf(read_pdf, labels, lang, modes=modes)
    assert 1 <= len(pdf.pages) <= 3
    assert_page_numbers(pdf, lang)
    assert_fonts_embedded(pdf)
    names = ["新华里小区", "开滦热电有限责任公司", "路南区既有住宅改造办公室", "王工",
             *(f"{i}号楼" for i in range(1, 13))]
    for name in names[:3]:
        assert name in pdf.text                                      # never split over two lines
    if lang == "en":
        assert cjk_outside(pdf.text, names) == []
        assert "元" not in pdf.text


def test_type_is_large_for_residents(read_pdf, labels):
    pdf = _pdf(read_pdf, labels)
    sizes = font_sizes(pdf)
    assert sizes.most_common(1)[0][0] == 12.0                        # the body
    # only the page header and footer (8 pt) and the bullet dots (● at half size) are smaller
    assert min(s for s in sizes if s not in (8.0, 6.0)) >= 10.0
    assert sizes[11.0] > 0                                            # the chart's labels


def test_rebuild_letter_is_about_moving_out_and_back(read_pdf, labels):
    pdf = _pdf(read_pdf, labels, modes=("rebuild",))
    for text in ("搬出", "临时住房", "周转房", "过渡费", "搬回", "约 24 个月", "预计 2029 年搬回新楼"):
        assert pdf.contains(text), text
    assert not pdf.contains("外墙加保温层") and not pdf.contains("脚手架")
    en = _pdf(read_pdf, labels, "en", modes=("rebuild",))
    assert en.contains("Moving out") and en.contains("temporary flat") and en.contains("back in the new block in 2029")


def test_add_storey_letter_speaks_of_the_roof_and_the_top_floor(read_pdf, labels):
    pdf = _pdf(read_pdf, labels, modes=("add_storey",))
    assert pdf.contains("顶层住户") and pdf.contains("原来的屋顶会变成新楼层的楼板") and pdf.contains("临时防水")
    assert pdf.contains("楼顶加建 1 层新住房")
    retrofit = _pdf(read_pdf, labels, modes=("retrofit",))
    assert not retrofit.contains("顶层住户") and retrofit.contains("脚手架")


def test_share_by_flat_size_with_the_rule_and_its_cap(read_pdf, labels):
    pdf = _pdf(read_pdf, labels)
    assert pdf.contains("每平方米最多 100 元")
    assert pdf.contains("每平方米 100 元")
    for size, pay in ((45, "4,500"), (60, "6,000"), (80, "8,000")):
        assert pdf.contains(f"{size} 平方米的住房出 {pay} 元")
    # the estate's total, the residents' total and the others named
    assert pdf.contains("全小区改造总费用约 660 万元") and pdf.contains("居民自己承担约 130 万元")
    assert pdf.contains("其余约 530 万元由中央财政")
    assert pdf.contains("怎么交") and pdf.contains("困难家庭") and pdf.contains("低保户")


def test_the_rest_is_the_difference_of_the_rounded_figures(read_pdf, labels):
    data = samples.summary_data(modes=("rebuild",))
    data = dataclasses.replace(data, cost_rmb=110_020_000.0, funding=(
        FundingLine("residents", 3_520_000.0), FundingLine("sales", 21_100_000.0), FundingLine("city", 85_400_000.0)))
    pdf = read_pdf(render_summary(data, "zh", labels["zh"]))
    assert pdf.contains("全小区改造总费用约 11,000 万元") and pdf.contains("居民自己承担约 350 万元")
    assert pdf.contains("其余约 10,650 万元由中央财政")                  # 11,000 − 350, not "约 11,000" again
    assert pdf.contains("平均每户出约 15,000 元")                          # 3,520,000 ÷ 240 households
    en = read_pdf(render_summary(data, "en", labels["en"]))
    assert en.contains("cost about RMB 110 million") and en.contains("pay about RMB 3.5 million")
    assert en.contains("the rest, about RMB 106.5 million")
    assert en.contains("3.5") and en.contains("85.4")                   # the chart in RMB million, one decimal


def test_numbers_are_rounded_as_people_say_them(read_pdf, labels):
    pdf = _pdf(read_pdf, labels)
    # 312.4 tce, 437 t raw coal, 14.6 trucks, 798.5 t CO2, 43,634 trees
    assert pdf.contains("少烧约 310 吨标准煤") and pdf.contains("440 吨原煤") and pdf.contains("15 辆大卡车")
    assert pdf.contains("约 800 吨") and pdf.contains("约 44,000 棵大树")
    assert not pdf.contains("43,634") and not pdf.contains("312.4")
    assert pdf.contains("250 吨到 380 吨之间")
    assert pdf.contains("典型值，不是实测值")                          # most inputs were defaults
    quiet = read_pdf(render_summary(dataclasses.replace(samples.summary_data(), mostly_defaults=False), "zh",
                                    labels["zh"]))
    assert not quiet.contains("典型值，不是实测值")


def test_schedule_and_a_past_year(read_pdf, labels):
    pdf = _pdf(read_pdf, labels, modes=("retrofit",))
    assert pdf.contains("2027 年不供暖的季节施工") and pdf.contains("每栋楼约 4 个月")
    past = _pdf(read_pdf, labels, modes=("retrofit",), year=2010, past=True)
    assert past.contains("原计划在 2010 年施工，这个时间已经过去")
    assert not past.contains("2010 年不供暖") and not past.contains("（2010）")
    unknown = _pdf(read_pdf, labels, year=None)
    assert unknown.contains("施工时间还没有确定")


def test_contact_and_sender_are_the_settings(read_pdf, labels):
    pdf = _pdf(read_pdf, labels)
    assert pdf.contains("请联系路南区既有住宅改造办公室，联系人：王工，电话：0315-1234567")
    assert pdf.pages[-1].rstrip().count("路南区既有住宅改造办公室") >= 2          # and it signs the letter
    assert pdf.contains("2026 年 11 月 28 日")
    blank = read_pdf(render_summary(dataclasses.replace(samples.summary_data(), contact=samples.Contact()), "zh",
                                    labels["zh"]))
    assert blank.contains("唐山既有居住建筑节能改造办公室") and blank.contains("电话：__________")


def test_heating_bill_by_area_or_by_heat(read_pdf, labels):
    assert _pdf(read_pdf, labels).contains("本小区按面积收取暖气费，每平方米 22 元，改造后不变")
    metered = _pdf(read_pdf, labels, metered=True)
    assert metered.contains("本小区按用热量收取暖气费")
    assert metered.contains("60 平方米的住房：由约 1,300 元 降到约 990 元")


def test_new_load_and_consent(read_pdf, labels):
    pdf = _pdf(read_pdf, labels)
    assert pdf.contains("新建的住房每年取暖还要用约 8 吨标准煤") and pdf.contains("净节约约 300 吨")
    assert pdf.contains("约占 72%（全小区共 240 户）") and pdf.contains("业主委员会（居民委员会）签章")
    none = read_pdf(render_summary(dataclasses.replace(samples.summary_data(), consent_rate=None), "en",
                                   labels["en"]))
    assert none.contains("No consent has been recorded yet (240 households in all).")
