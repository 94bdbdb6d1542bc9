"""Cell values as registers write them."""
from __future__ import annotations

import datetime as dt

import pytest

from retrofit.domain.records import Mode, Status, Structure
from retrofit.io.columns import COLUMNS
from retrofit.io.values import BadValue, make_parser

B = COLUMNS["building"]


def parse(key: str, value: object) -> object:
    return make_parser(B[key], 2026)(value)


@pytest.mark.parametrize("raw", ["3600", "3,600", "3600㎡", "3600 m²", "3 600", "３６００", "３，６００", "3600.0",
                                 "3600平方米", " 3600 ", 3600, 3600.0, "3.6e3", "3\u00a0600"])
def test_areas(raw):
    assert parse("floor_area_m2", raw) == 3600.0


@pytest.mark.parametrize(("raw", "value"), [("1978", 1978), ("1978年", 1978), ("１９７８年", 1978), (1978, 1978),
                                            (1978.0, 1978), (dt.datetime(1978, 5, 1), 1978), (dt.date(1978, 1, 1), 1978)])
def test_years(raw, value):
    assert parse("year_built", raw) == value


@pytest.mark.parametrize(("raw", "value"), [("85%", 0.85), ("85 %", 0.85), ("８５％", 0.85), ("0.85", 0.85), (0.85, 0.85),
                                            ("0", 0.0), ("100%", 1.0)])
def test_fractions(raw, value):
    assert parse("consent_rate", raw) == pytest.approx(value, abs=1e-15)


@pytest.mark.parametrize(("raw", "value"), [("是", True), ("否", False), ("Y", True), ("n", False), ("yes", True),
                                            ("No", False), ("TRUE", True), ("false", False), ("1", True), ("0", False),
                                            (1, True), (0.0, False), (True, True), ("有", True), ("无", False)])
def test_booleans(raw, value):
    assert parse("stairwell_heated", raw) is value


@pytest.mark.parametrize(("key", "raw", "value"), [
    ("structure", "砖混", Structure.BRICK_CONCRETE), ("structure", "大板", Structure.LARGE_PANEL),
    ("structure", "框架结构", Structure.FRAME), ("structure", "Brick Concrete", Structure.BRICK_CONCRETE),
    ("structure", "large_panel", Structure.LARGE_PANEL), ("mode", "节能改造", Mode.RETROFIT),
    ("mode", "加层改造", Mode.ADD_STOREY), ("mode", "拆改建", Mode.REBUILD), ("mode", "不改造", Mode.NONE),
    ("mode", "add-storey", Mode.ADD_STOREY), ("mode", "REBUILD", Mode.REBUILD),
    ("status", "竣工", Status.COMPLETED), ("status", "施工中", Status.CONSTRUCTION), ("status", "设计", Status.DESIGN),
    ("status", "计划", Status.PLANNED), ("status", "Completed", Status.COMPLETED)])
def test_enums(key, raw, value):
    assert parse(key, raw) is value


@pytest.mark.parametrize(("raw", "value"), [
    ("2010-04-15", dt.date(2010, 4, 15)), ("2010/4/15", dt.date(2010, 4, 15)), ("2010.4.15", dt.date(2010, 4, 15)),
    ("2010年4月15日", dt.date(2010, 4, 15)), ("2010年4月", dt.date(2010, 4, 1)), ("2010-04", dt.date(2010, 4, 1)),
    ("２０１０年４月", dt.date(2010, 4, 1)), ("20100415", dt.date(2010, 4, 15)), (40283, dt.date(2010, 4, 15)),
    (40283.75, dt.date(2010, 4, 15)), ("40283", dt.date(2010, 4, 15)), (dt.datetime(2010, 4, 15, 8, 30), dt.date(2010, 4, 15)),
    (dt.date(2010, 4, 15), dt.date(2010, 4, 15)), ("2010-04-15 00:00:00", dt.date(2010, 4, 15))])
def test_dates(raw, value):
    assert parse("works_start", raw) == value


@pytest.mark.parametrize("raw", ["2010", "2010年", "4月15日", "2010-02-30", "明年", True])
def test_not_dates(raw):
    with pytest.raises(BadValue) as info:
        parse("works_completed", raw)
    assert info.value.code == "bad_date"


@pytest.mark.parametrize(("raw", "value"), [("常规", "usual"), ("深度", "advanced"), ("基础", "basic"),
                                            ("常规方案", "usual"), ("Usual", "usual"), ("ADVANCED", "advanced"),
                                            ("唐山2024方案", "唐山2024方案"), (" 我的方案 ", "我的方案")])
def test_packages_are_stored_by_key(raw, value):
    assert parse("package", raw) == value


@pytest.mark.parametrize(("raw", "value"), [("1,234,567.891", 1234567.89), ("12.5万", 125000.0), ("12.5万元", 125000.0),
                                            ("3000元", 3000.0), (99.999, 100.0), ("0", 0.0)])
def test_money(raw, value):
    assert parse("actual_cost_rmb", raw) == value


@pytest.mark.parametrize("raw", [None, "", "   ", "\u3000"])
def test_empty_is_none(raw):
    assert parse("floor_area_m2", raw) is None
    assert parse("estate", raw) is None
    assert parse("stairwell_heated", raw) is None


@pytest.mark.parametrize(("key", "raw", "code"), [
    ("floor_area_m2", "abc", "io_not_number"), ("floor_area_m2", "0", "io_out_of_range"),
    ("floor_area_m2", "-5", "io_out_of_range"), ("floor_area_m2", "nan", "io_not_number"),
    ("floor_area_m2", "inf", "io_not_number"), ("floor_area_m2", "3600年", "io_bad_unit"),
    ("floor_area_m2", "12,5", "io_not_number"), ("floor_area_m2", "1,2345", "io_not_number"),
    ("floor_area_m2", True, "io_not_number"), ("floor_area_m2", dt.date(2020, 1, 1), "io_not_number"),
    ("storeys", "6.5", "io_not_integer"), ("storeys", "0", "io_out_of_range"), ("storeys", "41", "io_out_of_range"),
    ("year_built", "1899", "io_out_of_range"), ("year_built", "2027", "io_out_of_range"),
    ("year_built", "八十年代", "io_not_number"), ("households", "-1", "io_out_of_range"),
    ("wwr", "0.95", "io_out_of_range"), ("wwr", "95%", "io_out_of_range"), ("eta_source", "0", "io_out_of_range"),
    ("eta_source", "1.01", "io_out_of_range"), ("storeys", "85%", "io_bad_unit"),
    ("stairwell_heated", "maybe", "io_not_bool"), ("stairwell_heated", 2, "io_not_bool"),
    ("structure", "木结构", "io_bad_choice"), ("mode", "翻新", "io_bad_choice"),
    ("estate", "x" * 201, "text_too_long"), ("estate", "a\x1bb", "text_control"),
    ("contractor", "\x00", "text_control"), ("works_start", "2010-13-01", "bad_date"), ("works_start", "1989-12-31", "date_out_of_range"), ("storeys", "9" * 5000, "io_not_number")])
def test_bad_values(key, raw, code):
    with pytest.raises(BadValue) as info:
        parse(key, raw)
    assert info.value.code == code


def test_range_texts():
    assert B["storeys"].range_text(2026) == "1–40"
    assert B["floor_area_m2"].range_text(2026) == "(0, 10,000,000]"
    assert B["eta_source"].range_text(2026) == "(0, 1]"
    assert B["year_built"].range_text(2026) == "1900–2026"
    assert B["households"].range_text(2026) == "0–100,000"


def test_text_keeps_what_was_written():
    assert parse("building", 3.0) == "3"
    assert parse("building", "  3号楼 ") == "3号楼"
    assert parse("package", "advanced") == "advanced"
