"""A broken register raises one InputFileError listing every bad cell, in Chinese and English."""
from __future__ import annotations

import pytest
from io_builders import write_csv, write_xlsx

from retrofit.domain.errors import InputFileError
from retrofit.io.registers import read_register

HEADER = ["小区名称", "楼号", "城市", "建成年份", "结构类型", "层数", "建筑面积(㎡)", "户数", "窗墙比"]


@pytest.fixture
def broken_xlsx(tmp_path):
    rows = [["台账"], HEADER,
            ["甲小区", "1号楼", "沈阳", 1980, "砖混", 6, -120, 40, 0.3],         # negative area
            ["甲小区", "2号楼", "沈阳", 1981, "砖混", "六层", 3000, 40, None],     # text in a number column
            ["甲小区", "3号楼", "沈阳", 1982, "木结构", 6, 3000, 40, None],        # unknown structure
            ["甲小区", "1号楼", "沈阳", 1983, "砖混", 6, 3000, 40, None],          # duplicate building
            ["乙小区", "1", "沈阳", 1850, "砖混", 41, "12%", "4.5", "95%"]]        # ranges, unit, integer
    return write_xlsx(tmp_path / "坏台账.xlsx", {"Sheet1": rows})


def _cells(exc: InputFileError) -> list[tuple]:
    return [(e.row, e.column, e.value, e.code) for e in exc.errors]


def test_every_bad_cell_is_listed(broken_xlsx):
    with pytest.raises(InputFileError) as info:
        read_register(broken_xlsx)
    assert _cells(info.value) == [
        (3, "建筑面积(㎡)", "-120", "io_out_of_range"),
        (4, "层数", "六层", "io_not_number"),
        (5, "结构类型", "木结构", "io_bad_choice"),
        (6, "楼号", "1号楼", "io_duplicate_building"),
        (7, "建成年份", "1850", "io_out_of_range"),
        (7, "层数", "41", "io_out_of_range"),
        (7, "建筑面积(㎡)", "12%", "io_bad_unit"),
        (7, "户数", "4.5", "io_not_integer"),
        (7, "窗墙比", "95%", "io_out_of_range"),
    ]
    assert info.value.file == "坏台账.xlsx"


def test_messages_in_chinese_by_default(broken_xlsx):
    with pytest.raises(InputFileError) as info:
        read_register(broken_xlsx)
    lines = str(info.value).splitlines()
    assert lines[0] == "文件 坏台账.xlsx 有 9 处错误，未做任何修改："
    assert lines[1] == "坏台账.xlsx 第 3 行，“建筑面积(㎡)”列，值“-120”：应在 (0, 10,000,000] 范围内"
    assert lines[2] == "坏台账.xlsx 第 4 行，“层数”列，值“六层”：不是数字"
    assert lines[4] == "坏台账.xlsx 第 6 行，“楼号”列，值“1号楼”：同一小区的楼号与第 3 行重复"
    assert lines[9] == "坏台账.xlsx 第 7 行，“窗墙比”列，值“95%”：应在 0–0.9 范围内"


def test_messages_in_english(broken_xlsx, lang):
    lang("en")
    with pytest.raises(InputFileError) as info:
        read_register(broken_xlsx)
    lines = str(info.value).splitlines()
    assert lines[0] == "坏台账.xlsx has 9 error(s); nothing was changed:"
    assert lines[1] == "坏台账.xlsx, row 3, column '建筑面积(㎡)', value '-120': must be in the range (0, 10,000,000]"
    assert lines[3] == ("坏台账.xlsx, row 5, column '结构类型', value '木结构': must be one of: "
                        "砖混/大板/框架 (brick_concrete/large_panel/frame)")
    assert lines[7] == "坏台账.xlsx, row 7, column '建筑面积(㎡)', value '12%': the unit '%' does not fit this column"


def test_conflicting_estate_values_name_both_rows(tmp_path):
    rows = [HEADER[:8] + ["居民同意率", "区/县"],
            ["甲", "1", "沈阳", 1980, "砖混", 6, 3000, 40, "80%", "和平区"],
            ["甲", "2", "大连", 1980, "砖混", 6, 3000, 40, "0.8", "和平区"],
            ["甲", "3", "沈阳", 1980, "砖混", 6, 3000, 40, "0.9", "沈河区"]]
    with pytest.raises(InputFileError) as info:
        read_register(write_csv(tmp_path / "c.csv", rows))
    assert _cells(info.value) == [(3, "城市", "大连", "io_estate_conflict"), (4, "居民同意率", "0.9", "io_estate_conflict"),
                                  (4, "区/县", "沈河区", "io_estate_conflict")]
    assert info.value.errors[1].message("zh") == (
        "c.csv 第 4 行，“居民同意率”列，值“0.9”：同一小区在第 2 行的值为“80%”，两处不一致")
    assert info.value.errors[0].message("en") == (
        "c.csv, row 3, column '城市', value '大连': row 2 gives '沈阳' for the same estate; the values differ")


def test_missing_required_column_is_one_error(tmp_path):
    rows = [["小区名称", "楼号", "城市", "层数", "户数"]] + [["甲", str(i), "沈阳", 5, 10] for i in range(50)]
    with pytest.raises(InputFileError) as info:
        read_register(write_csv(tmp_path / "m.csv", rows))
    assert _cells(info.value) == [(1, "建成年份", "", "io_missing_column"), (1, "建筑面积(m²)", "", "io_missing_column")]
    assert info.value.errors[1].message("en").endswith("the required column '建筑面积(m²)' (floor_area_m2) is missing")


def test_required_values_and_city_from_estate(tmp_path):
    rows = [HEADER[:8], ["甲", "1", None, 1980, None, 6, 3000, 40], ["乙", None, None, None, None, 6, 3000, None]]
    with pytest.raises(InputFileError) as info:
        read_register(write_csv(tmp_path / "r.csv", rows))
    assert _cells(info.value) == [(3, "楼号", "", "io_required"), (3, "建成年份", "", "io_required"),
                                  (3, "户数", "", "io_required"), (2, "城市", "", "io_city_required")]


def test_duplicate_header_and_added_storeys_mode(tmp_path):
    rows = [HEADER[:8] + ["面积"], ["甲", "1", "沈阳", 1980, None, 6, 3000, 40, 3000]]
    with pytest.raises(InputFileError) as info:
        read_register(write_csv(tmp_path / "d.csv", rows))
    assert _cells(info.value) == [(1, "面积", "面积", "io_duplicate_column")]
    rows = [HEADER[:8] + ["改造模式", "加层层数"], ["甲", "1", "沈阳", 1980, None, 6, 3000, 40, "节能改造", 1]]
    with pytest.raises(InputFileError) as info:
        read_register(write_csv(tmp_path / "a.csv", rows))
    assert _cells(info.value) == [(2, "加层层数", "1", "io_added_storeys_mode")]


def test_no_header_row(tmp_path):
    with pytest.raises(InputFileError) as info:
        read_register(write_csv(tmp_path / "x.csv", [["a", "b"], ["1", "2"]]))
    assert info.value.code == "io_no_header"
    assert "no header row found" in info.value.message("en")


def test_csv_number_cells_at_and_beyond_the_bounds(tmp_path):
    """Plain numbers in CSV take the compiled fast path; bounds, nan and inf are still errors."""
    rows = [HEADER + ["热源效率"],
            ["甲", "1", "沈阳", "1900", "砖混", " 40 ", "0.001", "0", "0.9", "1"],
            ["甲", "2", "沈阳", "1899", "砖混", "41", "0", "-1", "0.91", "0"],
            ["甲", "3", "沈阳", "2026.0", "砖混", "1", "nan", "1e3", "inf", "1e400"]]
    with pytest.raises(InputFileError) as info:
        read_register(write_csv(tmp_path / "b.csv", rows))
    assert _cells(info.value) == [
        (3, "建成年份", "1899", "io_out_of_range"), (3, "层数", "41", "io_out_of_range"),
        (3, "建筑面积(㎡)", "0", "io_out_of_range"), (3, "户数", "-1", "io_out_of_range"),
        (3, "窗墙比", "0.91", "io_out_of_range"), (3, "热源效率", "0", "io_out_of_range"),
        (4, "建筑面积(㎡)", "nan", "io_not_number"), (4, "窗墙比", "inf", "io_not_number"),
        (4, "热源效率", "1e400", "io_not_number")]
    rows[2:] = [rows[3][:6] + ["3000", "1e3", "", "0.68"]]
    b1, b3 = read_register(write_csv(tmp_path / "ok.csv", rows)).buildings
    assert (b1.year_built, b1.storeys, b1.floor_area_m2, b1.households, b1.wwr, b1.eta_source) == (
        1900, 40, 0.001, 0, 0.9, 1.0)
    assert (b3.year_built, b3.households, b3.wwr, b3.eta_source) == (2026, 1000, None, 0.68)
