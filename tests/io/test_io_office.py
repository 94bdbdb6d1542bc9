"""Registers as offices keep them: the same district register as openpyxl writes it, and as
LibreOffice saves it in .xls, .ods and .xlsx (fixtures made from ``office_book.py``, see its
docstring), is read alike: title, two-row header, units row (万元), merged estates, blank row,
totals row, footer; packages and statuses stored by key; every sheet read."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from io_builders import write_excel_style_xlsx, write_xlsx
from office_book import office_workbook

from retrofit.domain.errors import InputFileError
from retrofit.domain.records import Status
from retrofit.io.registers import detect_columns, read_register

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(params=["openpyxl.xlsx", "office.xls", "office.ods", "office_libreoffice.xlsx"])
def office_file(request, tmp_path):
    if request.param == "openpyxl.xlsx":
        return office_workbook(tmp_path / "office.xlsx")
    return Path(shutil.copy(FIXTURES / request.param, tmp_path / request.param))


def test_the_office_register_is_read_whole(office_file):
    reg = read_register(office_file)
    got = [(b.estate, b.building, b.floor_area_m2, b.wall_u, b.wall_u_after, b.package, b.status, b.works_start,
            b.actual_cost_rmb) for b in reg.buildings]
    assert got == [
        ("河北1号小区", "1号楼", 3600.0, 1.7, 0.45, "usual", Status.CONSTRUCTION, dt.date(2012, 4, 1), 1_255_000.0),
        ("河北1号小区", "2号楼", 4200.0, 1.7, 0.45, "advanced", Status.CONSTRUCTION, dt.date(2012, 5, 2), 1_600_000.0),
        ("河北1号小区", "3号楼", 4200.5, None, None, "basic", Status.PLANNED, None, None),
        ("唐钢小区", "1号楼", 2400.0, 1.5, 0.5, "usual", Status.DESIGN, dt.date(2013, 3, 1), 800_000.0),
        ("幸福里", "1号楼", 3000.0, None, None, None, Status.CONSTRUCTION, None, None)]
    assert [n.code for n in reg.extra["notices"]] == ["io_layout_title", "io_layout_two_rows", "io_layout_units",
                                                       "io_totals_skipped", "io_footer_skipped"]
    assert reg.extra["notices"][1].message("zh") == "[路北区] 两行表头：第 3 行分组、第 4 行字段"
    layout = reg.extra["office"]["路北区"]
    assert (layout.title_rows, layout.group_row, layout.units_row, layout.footer_rows) == (2, 3, 5, [12, 13])
    assert layout.units[12] == "万元"
    assert reg.extra["sheets"] == ("路北区", "路南区")


def test_an_error_names_the_sheet(tmp_path):
    from openpyxl import load_workbook

    office_file = office_workbook(tmp_path / "office.xlsx")
    wb = load_workbook(office_file)
    wb["路南区"]["E2"] = "六"
    wb.save(office_file)
    with pytest.raises(InputFileError) as info:
        read_register(office_file)
    assert [(e.file, e.row, e.column, e.value) for e in info.value.errors] == [
        ("office.xlsx [路南区]", 2, "层数", "六")]


def test_the_wizard_preview_maps_the_two_row_header(office_file):
    guesses = {(g.sheet, g.header): g.key for g in detect_columns(office_file)}
    assert guesses[("路北区", "外墙传热系数")] == "wall_u"
    assert guesses[("路北区", "改造后外墙传热系数")] == "wall_u_after"
    assert guesses[("路北区", "实际投资")] == "actual_cost_rmb"


def test_a_header_merged_down_into_the_data_is_an_error(tmp_path):
    path = tmp_path / "merged.xlsx"
    write_xlsx(path, {"S": [["estate", "building", "city", "year_built", "storeys", "floor_area_m2", "households"],
                            [None, "1", "唐山", 1980, 5, 3000, 60], [None, "2", "唐山", 1980, 5, 3000, 60]]},
               merges={"S": ["A1:A3"]})
    with pytest.raises(InputFileError) as info:
        read_register(path)
    assert {(e.row, e.column, e.code) for e in info.value.errors} == {(2, "estate", "io_header_value"),
                                                                     (3, "estate", "io_header_value")}


def test_a_wps_style_workbook(tmp_path):
    """WPS writes shared strings, a one-cell <dimension>, inline strings and numbers as text."""
    strings = ["小区名称", "楼号", "城市", "建成年份", "层数", "建筑面积", "户数", "改造方案", "甲", "1号楼", "唐山", "深度"]
    s = {t: i for i, t in enumerate(strings)}

    def cell(ref: str, text: str) -> str:
        return f'<c r="{ref}" t="s"><v>{s[text]}</v></c>'
    rows = ('<row r="1" spans="1:8">' + "".join(cell(f"{c}1", h) for c, h in zip("ABCDEFGH", strings[:8], strict=True))
            + '</row><row r="2" spans="1:8">' + cell("A2", "甲") + cell("B2", "1号楼") + cell("C2", "唐山")
            + '<c r="D2" t="inlineStr"><is><t>1985</t></is></c><c r="E2"><v>6</v></c><c r="F2" t="str"><v>3,600</v></c>'
            + '<c r="G2"><v>72</v></c>' + cell("H2", "深度") + "</row>")
    reg = read_register(write_excel_style_xlsx(tmp_path / "wps.xlsx", strings, rows))
    b = reg.buildings[0]
    assert (b.year_built, b.floor_area_m2, b.households, b.package) == (1985, 3600.0, 72, "advanced")


def _units_book(tmp_path, units: list, area: object = 0.42) -> Path:
    header = ["小区名称", "楼号", "城市", "建成年份", "层数", "建筑面积", "户数", "窗墙比", "实际投资(万元)"]
    return write_xlsx(tmp_path / "units.xlsx", {"S": [header, units, ["甲", "1", "唐山", 1980, 6, area, 72, "30%", 12.5]]})


def test_the_units_row_gives_the_units(tmp_path):
    reg = read_register(_units_book(tmp_path, [None, None, None, "年", "层", "万㎡", "户", "%", None]))
    b = reg.buildings[0]
    assert (b.floor_area_m2, b.wwr, b.actual_cost_rmb) == (4200.0, 0.3, 125_000.0)


def test_a_unit_that_does_not_fit_its_column_is_an_error_of_the_units_row(tmp_path):
    with pytest.raises(InputFileError) as info:
        read_register(_units_book(tmp_path, [None, None, None, "年", "层", "元", "户", "%", None], area=4200))
    assert [(e.row, e.column, e.value, e.code) for e in info.value.errors] == [(2, "建筑面积", "元", "io_bad_unit")]
