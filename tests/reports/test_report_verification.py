"""The estate verification report and the programme report's verification section."""
from __future__ import annotations

import dataclasses

import pytest
from report_helpers import assert_fonts_embedded, assert_page_numbers

from reports import render_programme, render_verification
from reports.data import (
    Band,
    Climate,
    DocInfo,
    ProgrammeVerification,
    SeasonPoint,
    VerificationData,
    VerificationYear,
    VerifiedBuilding,
)

CLIMATE = Climate("唐山", 130.0, -1.6, -9.2, "cold")


def _building(name: str, **changes) -> VerifiedBuilding:
    seasons = (SeasonPoint("2007-2008", "before", 25.0, 24.5, 0.98), SeasonPoint("2008-2009", "before", 24.0, 24.7, 1.03),
               SeasonPoint("2009-2010", "overlap", 18.0, 16.1, 0.894), SeasonPoint("2010-2011", "after", 10.0, 9.7, 0.97))
    values = dict(name=name, status="verified", floor_area_m2=3600.0, seasons=seasons, q_before_kgce_m2=24.6,
                  q_after_kgce_m2=9.7, predicted_before_kgce_m2=24.6, predicted_after_kgce_m2=9.2,
                  measured_saved_tce=53.64, predicted_saved_tce=55.44, realisation_rate=0.9675,
                  band=Band(50.0, 55.44, 60.0), performance="within", works_completed="2010-10-20",
                  contractor="唐山市第一建筑工程有限公司", actual_cost_rmb=1_250_000.0, estimated_cost_rmb=1_200_000.0,
                  notices=("采暖季 2009-2010 与施工期重叠，未计入",))
    values.update(changes)
    return VerifiedBuilding(**values)


def verification_data() -> VerificationData:
    under = _building("2号楼", measured_saved_tce=30.0, realisation_rate=0.5411, performance="under",
                      notices=("实测节煤 30.0 tce 低于预测区间下限 P10 50.0 tce",))
    no_base = _building("3号楼", status="no_baseline", seasons=(SeasonPoint("2010-2011", "after", 9.0, 8.73, 0.97),),
                        q_before_kgce_m2=None, measured_saved_tce=None, realisation_rate=None, after_ratio=0.9489,
                        performance=None, notices=())
    series = (SeasonPoint("2007-2008", "before", 25.0, 24.5), SeasonPoint("2008-2009", "before", 24.0, 24.7),
              SeasonPoint("2010-2011", "after", 10.0, 9.7))
    return VerificationData(estate="河北1号小区", city="唐山", district="路北区", climate=CLIMATE,
                            buildings=(_building("1号楼"), under, no_base), series=series,
                            predicted_before_kgce_m2=24.6, predicted_after_kgce_m2=9.2, measured_saved_tce=83.64,
                            predicted_saved_tce=110.88, heat_supplier="唐山市热力总公司",
                            doc=DocInfo(date="2012-05-01"))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_verification_pages_fonts_and_numbers(read_pdf, lang):
    pdf = read_pdf(render_verification(verification_data(), lang))
    assert_page_numbers(pdf, lang)
    assert_fonts_embedded(pdf)
    first = pdf.pages[0]
    assert "83.6 tce" in first and "110.9 tce" in first and "75%" in first       # 83.64 / 110.88
    assert "2010-10-20" in first and "唐山市第一建筑工程有限公司" in first
    assert "97%" in first and "54%" in first                                     # realisation per building
    title = "节能改造效果核验报告" if lang == "zh" else "Verification of savings against heat meters"
    assert pdf.contains(title)


def test_verification_zh_words(read_pdf):
    pdf = read_pdf(render_verification(verification_data(), "zh"))
    assert pdf.contains("已核验") and pdf.contains("（低于预期）") and pdf.contains("无改造前数据")
    assert pdf.contains("与施工期重叠（未计入）")
    assert pdf.contains("2号楼：实测节煤 30.0 tce 低于预测区间下限 P10 50.0 tce")
    assert pdf.contains("1 栋：改造后实测耗煤为预测值的 105%")                       # the no-baseline line
    assert pdf.contains("375.0 万元") or pdf.contains("375.0万元")                   # 3 × 1.25 M actual
    assert pdf.contains("130 天，室外平均温度 -1.6 °C")
    assert pdf.contains("0.894") and pdf.contains("16.10")                          # the season table


def test_verification_without_readings(read_pdf):
    data = dataclasses.replace(verification_data(), series=(), buildings=(
        _building("1号楼", status="no_readings", seasons=(), q_before_kgce_m2=None, q_after_kgce_m2=None,
                  measured_saved_tce=None, realisation_rate=None, performance=None, notices=()),),
        measured_saved_tce=0.0, predicted_saved_tce=0.0)
    pdf = read_pdf(render_verification(data, "en"))
    assert pdf.contains("No meter readings for this estate yet.") and pdf.contains("no readings")


def test_estate_meter_row(read_pdf):
    meter = _building("小区总表", floor_area_m2=10_800.0, contractor="", notices=())
    data = dataclasses.replace(verification_data(), estate_meter=meter)
    assert read_pdf(render_verification(data, "zh")).contains("小区总表")


def test_programme_verification_section(programme_data, read_pdf):
    years = (VerificationYear(2008, 3.1e6, 52_000.0, 41_000.0, 42_500.0, 41_000.0, 52_000.0),
             VerificationYear(2009, 9.8e6, 161_000.0, 140_000.0, 146_000.0, 181_000.0, 213_000.0))
    v = ProgrammeVerification(buildings=7165, verified_buildings=6200, measured_saved_tce=181_000.0,
                              predicted_saved_tce=188_500.0, target_tce=360_000.0, years=years, no_baseline=240,
                              no_after=110, no_readings=600,
                              under_performers=(("西新村35号院", "10号楼", 9.56, 34.69, 0.2757),))
    # after targets, funding, modes, districts, years, best estates, the cost curve, and for a plan the
    # estates left out and the estates by year
    zh, en = ("十、", "10. ") if programme_data.plan is not None else ("八、", "8. ")
    for lang, heading in (("zh", f"{zh}计量核验：实测节能效果"), ("en", f"{en}Verification against meters")):
        pdf = read_pdf(render_programme(dataclasses.replace(programme_data, verification=v), lang))
        assert pdf.contains(heading)
        assert pdf.contains("181,000") and pdf.contains("188,500") and pdf.contains("96%")   # 181,000 / 188,500
        assert pdf.contains("50%")                                      # cumulative measured of the target
        assert pdf.contains("西新村35号院") and pdf.contains("28%")
        assert_page_numbers(pdf, lang)
    plain = read_pdf(render_programme(programme_data, "zh"))
    assert not plain.contains("计量核验")
