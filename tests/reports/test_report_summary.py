"""The residents' summary."""
from __future__ import annotations

import dataclasses

import pytest
import report_samples as samples
from report_helpers import assert_fonts_embedded, assert_page_numbers

from reports import render_summary


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_summary_is_one_or_two_pages(summary_data, read_pdf, lang):
    data = dataclasses.replace(summary_data, coal_before_tce=700.0)
    pdf = read_pdf(render_summary(data, lang))
    assert 1 <= len(pdf.pages) <= 2
    assert_page_numbers(pdf, lang)
    assert_fonts_embedded(pdf)


def test_summary_says_what_who_pays_and_area_billing(summary_data, read_pdf):
    pdf = read_pdf(render_summary(summary_data, "zh"))
    assert pdf.contains("致新华里小区居民的一封信")
    assert pdf.contains("1号楼、2号楼、3号楼、4号楼（2027）：节能改造")
    assert pdf.contains("外墙加保温层") and pdf.contains("每户装热量表和温控阀")
    assert pdf.contains("5号楼（年度待定）：加层改造")
    assert pdf.contains("每户 27,540 元") and pdf.contains("居民自己出约 1,200 元")
    assert pdf.contains("中央财政奖励") and pdf.contains("81.0 万元") and pdf.contains("239.1 万元")
    assert pdf.contains("本小区按面积收取暖气费。改造后暖气费不变")
    assert pdf.contains("1,320 元")


def test_summary_metered_billing_says_bill_falls(read_pdf):
    pdf = read_pdf(render_summary(samples.summary_data(metered=True), "zh"))
    assert pdf.contains("本小区按用热量收取暖气费")
    assert pdf.contains("由约 1,320 元 降到约 1,010 元")


def test_summary_savings_in_familiar_terms_with_band(summary_data, read_pdf):
    pdf = read_pdf(render_summary(summary_data, "zh"))
    # 312.4 tce × 1.4 t raw coal per tce / 30 t per truck = 14.6; 798.5 t / 18.3 kg per tree = 43,634
    assert pdf.contains("节约标准煤 312 吨") and pdf.contains("约 15 辆大卡车")
    assert pdf.contains("二氧化碳约 798 吨") and pdf.contains("约 43,634 棵大树")
    assert pdf.contains("251–377 吨") and pdf.contains("642–964 吨")


def test_summary_without_band_leaves_the_sentence_out(read_pdf):
    pdf = read_pdf(render_summary(samples.summary_data(band=False), "zh"))
    assert not pdf.contains("很可能在")


def test_summary_consent_from_records_and_blank_form(summary_data, read_pdf):
    pdf = read_pdf(render_summary(summary_data, "zh"))
    assert pdf.contains("约占 72%（全小区共 240 户）")
    assert pdf.contains("业主委员会（居民委员会）签章")
    none = read_pdf(render_summary(dataclasses.replace(summary_data, consent_rate=None), "en"))
    assert none.contains("No consent has been recorded yet (240 households in all).")


def test_summary_in_english_is_plain(summary_data, read_pdf):
    pdf = read_pdf(render_summary(summary_data, "en"))
    assert pdf.contains("To the residents of 新华里小区")
    assert pdf.contains("pays for heating by floor area. The bill does not change")
    assert pdf.contains("about 15 truckloads of raw coal")
    assert not pdf.contains("q_H") and not pdf.contains("kgce")
