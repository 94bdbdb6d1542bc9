"""Export → import gives the same register back; the template explains every column."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from openpyxl import load_workbook
from vocab_records import registers

from retrofit.domain.records import BuildingRecord, EstateRecord, Mode, Register
from retrofit.io.columns import BUILDING_COLUMNS
from retrofit.io.export import write_register
from retrofit.io.registers import read_register
from retrofit.io.template import write_template


def _round_trip(register: Register, suffix: str, lang: str) -> Register:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"export{suffix}"
        assert write_register(path, register, lang=lang) == len(register.buildings)
        return read_register(path)


@pytest.mark.parametrize("lang", ["zh", "en"])
@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(register=registers())
def test_xlsx_round_trip(register, lang):
    back = _round_trip(register, ".xlsx", lang)
    assert (back.estates, back.buildings) == (register.estates, register.buildings)


@pytest.mark.parametrize("lang", ["zh", "en"])
@settings(max_examples=30, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(register=registers(min_buildings=1))
def test_csv_round_trip(register, lang):
    back = _round_trip(register, ".csv", lang)
    assert (back.estates, back.buildings) == (register.estates, register.buildings)


def test_csv_export_opens_in_excel_as_utf8_with_bom(tmp_path):
    register = Register((EstateRecord("甲", "沈阳"),), (BuildingRecord("甲", "1", "沈阳", 1980, 6, 3000.5, 40,
                                                                       stairwell_heated=True),))
    write_register(tmp_path / "e.csv", register)
    data = (tmp_path / "e.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    header, row = data[3:].decode().splitlines()
    assert header.startswith("小区名称,楼号,城市,建成年份,结构类型,层数(层),建筑面积(m²),户数(户)")
    assert row.startswith("甲,1,沈阳,1980,,6,3000.5,40,")


def test_xlsx_export_has_estates_and_buildings_sheets(tmp_path):
    register = Register((EstateRecord("甲", "沈阳", households=80),),
                        (BuildingRecord("甲", "=1+1", "沈阳", 1980, 6, 3000.0, 40, mode=Mode.REBUILD),))
    write_register(tmp_path / "e.xlsx", register)
    wb = load_workbook(tmp_path / "e.xlsx")
    assert wb.sheetnames == ["小区", "楼栋"]
    assert [c.value for c in wb["小区"][2]][:2] == ["甲", "沈阳"]
    assert wb["楼栋"]["B2"].value == "=1+1" and wb["楼栋"]["B2"].data_type == "s"
    assert "拆改建" in [c.value for c in wb["楼栋"][2]]
    write_register(tmp_path / "en.xlsx", register, lang="en")
    assert load_workbook(tmp_path / "en.xlsx").sheetnames == ["estates", "buildings"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_template_reads_back_empty_and_explains_every_column(tmp_path, lang):
    path = tmp_path / f"template_{lang}.xlsx"
    write_template(path, lang)
    reg = read_register(path)
    assert reg.buildings == () and reg.extra["unknown_columns"] == ()
    wb = load_workbook(path)
    first, info = wb.worksheets
    assert [c.value for c in first[1]] == [c.header(lang) for c in BUILDING_COLUMNS]
    rows = list(info.values)
    assert len(rows) == 1 + len(BUILDING_COLUMNS)
    keys = [r[1] for r in rows[1:]]
    assert keys == [c.key for c in BUILDING_COLUMNS]
    area = rows[1 + keys.index("floor_area_m2")]
    assert area[2:5] == ("建筑面积(m²)", "m²", "是" if lang == "zh" else "yes")
    assert rows[1 + keys.index("structure")][6] == "brick_concrete 砖混 / large_panel 大板 / frame 框架"


def test_template_filled_in_is_read(tmp_path):
    write_template(tmp_path / "t.xlsx")
    wb = load_workbook(tmp_path / "t.xlsx")
    ws = wb.worksheets[0]
    headers = [c.value for c in ws[1]]
    row = dict.fromkeys(headers)
    row.update({"小区名称": "甲", "楼号": "1", "城市": "沈阳", "建成年份": 1980, "层数(层)": 6, "建筑面积(m²)": 3000,
                "户数(户)": 40, "小区户数(户)": 120, "小区建成年份": 1979, "按热计量收费": "是"})
    ws.append([row[h] for h in headers])
    wb.save(tmp_path / "t.xlsx")
    reg = read_register(tmp_path / "t.xlsx")
    assert reg.estates == (EstateRecord("甲", "沈阳", year_completed=1979, households=120, metered_billing=True),)
    assert reg.buildings == (BuildingRecord("甲", "1", "沈阳", 1980, 6, 3000.0, 40),)


def test_write_rejects_unknown_formats(tmp_path):
    with pytest.raises(ValueError, match="use .csv or .xlsx"):
        write_register(tmp_path / "x.pdf", Register())
    with pytest.raises(ValueError, match="unknown language"):
        write_register(tmp_path / "x.csv", Register(), lang="fr")


def test_csv_export_protects_formula_like_text(tmp_path):
    names = ["=HYPERLINK(\"http://x\")", "+1", "-2号楼", "@SUM(A1)", "'=x", "'plain", "甲"]
    register = Register((EstateRecord("甲", "沈阳"),),
                        tuple(BuildingRecord("甲", n, "沈阳", 1980, 6, 3000.0, 40) for n in names))
    write_register(tmp_path / "f.csv", register)
    lines = (tmp_path / "f.csv").read_text("utf-8-sig").splitlines()[1:]
    assert [line.split(",")[1] for line in lines[1:]] == ["'+1", "'-2号楼", "'@SUM(A1)", "''=x", "'plain", "甲"]
    assert read_register(tmp_path / "f.csv").buildings == register.buildings


def test_control_characters_stored_earlier_never_break_the_xlsx_export(tmp_path):
    register = Register((EstateRecord("甲\x1b", "沈阳"),), (BuildingRecord("甲\x1b", "1\x00", "沈阳", 1980, 6, 3000.0, 40),))
    write_register(tmp_path / "e.xlsx", register)
    back = read_register(tmp_path / "e.xlsx")
    assert (back.buildings[0].estate, back.buildings[0].building) == ("甲\ufffd", "1\ufffd")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
@pytest.mark.parametrize("name", ["审核", "电话局宿舍", "日期"])
def test_estate_named_like_a_footer_word_is_data(name, suffix):
    """A full data row is never taken for a signature footer because of its first word."""
    register = Register((EstateRecord(name, "唐山"),), (BuildingRecord(name, "1号楼", "唐山", 1985, 6, 3600.0, 60),))
    back = _round_trip(register, suffix, "zh")
    assert [b.estate for b in back.buildings] == [name]
    assert not [n for n in back.extra.get("notices", ()) if n.code == "io_footer_skipped"]
