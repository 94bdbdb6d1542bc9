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


def test_the_docs_field_table_is_the_vocabulary():
    from pathlib import Path

    from retrofit.io.template import markdown_table

    text = (Path(__file__).parents[2] / "docs" / "registers.md").read_text(encoding="utf-8")
    table = text.split("<!-- fields:begin -->\n", 1)[1].split("\n<!-- fields:end -->", 1)[0]
    assert table == markdown_table(), "regenerate the table with retrofit.io.template.markdown_table()"


def test_storage_lengths_are_the_vocabulary_lengths():
    from retrofit.domain.vocabulary import BUILDING_FIELDS, ESTATE_FIELDS
    from retrofit.storage.models import Building, Estate

    for model, fields, names in ((Building, BUILDING_FIELDS, {"building": "name"}), (Estate, ESTATE_FIELDS,
                                                                                       {"estate": "name"})):
        for f in fields:
            column = model.__table__.c.get(names.get(f.key, f.key))
            if column is not None and f.max_length:
                assert column.type.length == f.max_length, f.key
