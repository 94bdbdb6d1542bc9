"""Header matching: canonical keys, Chinese headers, aliases, units in brackets, case, full width."""
from __future__ import annotations

import pytest

from retrofit.domain.records import BUILDING_FIELDS, ESTATE_FIELDS
from retrofit.io.columns import BUILDING_COLUMNS, COLUMNS, ESTATE_COLUMNS, match_header


@pytest.mark.parametrize(("header", "key"), [
    ("建筑面积(㎡)", "floor_area_m2"), ("建筑面积（m²）", "floor_area_m2"), ("floor area [m2]", "floor_area_m2"),
    (" Floor_Area_M2 ", "floor_area_m2"), ("面积㎡", "floor_area_m2"), ("建筑面积m2", "floor_area_m2"),
    ("外墙传热系数W/(m2·K)", "wall_u"), ("wall_u [W/(m2·K)]", "wall_u"), ("ＣＩＴＹ", "city"),
    ("进深 / 宽度", "width_m"), ("宽度", "width_m"), ("层数（层）", "storeys"), ("楼栋号", "building"),
    ("建成年代", "year_built"), ("小区建成年份", "year_completed"), ("小区户数", "estate_households"),
    ("区/县", "district"), ("居民同意率(%)", "consent_rate"), ("按热计量收费", "metered_billing"),
    ("改造后外墙传热系数", "wall_u_after"), ("air_change_after_h", "air_change_after_h"), ("备注", None), ("", None),
])
def test_building_headers(header, key):
    assert match_header(header) == key


def test_estate_sheet_reads_year_and_households_as_the_estates():
    assert match_header("建成年份", "estate") == "year_completed"
    assert match_header("户数", "estate") == "households"
    assert match_header("建成年份", "building") == "year_built"


def test_every_record_field_has_a_column():
    assert {c.name for c in BUILDING_COLUMNS if c.target != "estate"} == set(BUILDING_FIELDS)
    assert {c.name for c in ESTATE_COLUMNS} == set(ESTATE_FIELDS)
    assert {c.name for c in BUILDING_COLUMNS if c.target != "building"} == set(ESTATE_FIELDS) - {"estate"}


@pytest.mark.parametrize("layout", ["building", "estate"])
def test_template_headers_and_keys_match_themselves(layout):
    for key, column in COLUMNS[layout].items():
        assert match_header(column.header("zh"), layout) == key
        assert match_header(column.header("en"), layout) == key
