"""The meter register: read with the register machinery (messy values, layouts, errors by file,
row, column and value, all or nothing) and written so that it reads back unchanged."""
import datetime as dt

import pytest
from io_builders import write_csv, write_xlsx

from retrofit.domain.errors import InputFileError
from retrofit.domain.meters import MeterReading
from retrofit.io.meters import read_meter_register, write_meter_register

HEAD = ["小区名称", "楼号", "采暖季", "供热量(GJ)", "供热量(MWh)", "耗煤量(tce)", "供热面积(㎡)", "实际采暖天数",
        "采暖期室外平均温度(°C)", "室内平均温度"]


def test_messy_xlsx_as_an_office_keeps_it(tmp_path):
    rows = [["唐山市路北区既有住宅节能改造计量数据"], [None],
            [" 小区 ", "楼栋号", "供暖季", "供热量（吉焦）", "热量[MWh]", "耗煤量（吨标煤）", "采暖面积", "供暖天数",
             "室外平均温度", "室温", "备注"],
            ["河北一号院", "1号楼", "2008-2009", "1,300", None, None, None, None, None, None, "抄表"],
            [None, "1号楼", dt.datetime(2009, 10, 1), None, "３８０", None, "3600㎡", "135天", "-3.1℃", 15.2],
            ["河北一号院", None, "2010-2011采暖季", None, None, "220吨标煤"],
            ["河北一号院", "2号楼", "2010—2011", "1300GJ"],
            [None], ["合计", None, None, "2600"]]
    path = write_xlsx(tmp_path / "计量.xlsx", {"计量数据": rows}, merges={"计量数据": ["A4:A5"]})
    register = read_meter_register(path)
    assert register.readings == (
        MeterReading("河北一号院", "1号楼", 2008, heat_gj=1300.0),
        MeterReading("河北一号院", "1号楼", 2009, heat_mwh=380.0, heated_area_m2=3600.0, heating_days=135.0,
                     mean_outdoor_temp_c=-3.1, indoor_temp_c=15.2),
        MeterReading("河北一号院", None, 2010, coal_tce=220.0),
        MeterReading("河北一号院", "2号楼", 2010, heat_gj=1300.0))
    assert register.rows == (4, 5, 6, 7)
    assert register.extra["headers"]["heat_mwh"] == "热量[MWh]"
    codes = [n.code for n in register.extra["notices"]]
    assert "io_unknown_columns" in codes and "io_totals_skipped" in codes


def test_english_headers_csv(tmp_path):
    path = write_csv(tmp_path / "m.csv", [["estate", "building", "season", "heat_mwh", "heated area [m2]"],
                                          ["A", "1", "2010/11", "12.5", "1000"]])
    assert read_meter_register(path).readings == (MeterReading("A", "1", 2010, heat_mwh=12.5, heated_area_m2=1000.0),)


def test_every_bad_row_is_reported_and_nothing_returned(tmp_path, lang):
    rows = [HEAD,
            ["A", "1", "2010-2012", 100],                 # 2: seasons not consecutive
            ["A", "1", "2010", 100],                      # 3: a bare year
            ["A", "1", "2009-2010"],                      # 4: no quantity
            ["A", "1", "2008-2009", 100, None, 3],        # 5: two quantities
            ["A", "1", "2007-2008", "abc"],               # 6: not a number
            ["A", "1", "2006-2007", -5],                  # 7: out of range
            ["A", "2", "2006-2007", 5, None, None, None, 0],   # 8: 0 heating days
            [None, "2", "2005-2006", 5],                  # 9: no estate
            ["A", "3", "2005-2006", 5],
            ["A", "3", "2005/06", 6],                     # 11: the same season again
            ["A", None, "2005-2006", 5],
            ["A", "", "2005-2006", 5]]                    # 13: the estate meter's season again
    path = write_csv(tmp_path / "计量.csv", rows)
    lang("zh")
    with pytest.raises(InputFileError) as info:
        read_meter_register(path)
    found = [(e.row, e.column, e.value, e.code) for e in info.value.errors]
    assert found == [
        (2, "采暖季", "2010-2012", "season_not_consecutive"), (3, "采暖季", "2010", "season_format"),
        (4, "供热量(GJ)", "", "meter_no_quantity"), (5, "耗煤量(tce)", "3", "meter_two_quantities"),
        (6, "供热量(GJ)", "abc", "io_not_number"), (7, "供热量(GJ)", "-5", "io_out_of_range"),
        (8, "实际采暖天数", "0", "io_out_of_range"), (9, "小区名称", "", "io_required"),
        (11, "采暖季", "2005-2006", "meter_duplicate_season"), (13, "采暖季", "2005-2006", "meter_duplicate_season")]
    text = str(info.value)
    assert "计量.csv 第 5 行，“耗煤量(tce)”列，值“3”" in text and "只能填一项" in text
    assert "已在第 10 行给出" in text
    lang("en")
    assert "row 3, column '采暖季', value '2010': not a heating season" in str(info.value)


def test_missing_columns(tmp_path):
    path = write_csv(tmp_path / "m.csv", [["小区名称", "楼号", "供热面积"], ["A", "1", 100]])
    with pytest.raises(InputFileError) as info:
        read_meter_register(path)
    assert {e.code for e in info.value.errors} == {"io_missing_column", "meter_no_quantity_column"}


def test_mapping_overrides_a_header(tmp_path):
    path = write_csv(tmp_path / "m.csv", [["小区名称", "楼号", "年度", "读数"], ["A", "1", "2010-2011", 5]])
    register = read_meter_register(path, {"年度": "season", "读数": "coal_tce"})
    assert register.readings == (MeterReading("A", "1", 2010, coal_tce=5.0),)


@pytest.mark.parametrize("name, lang", [("m.csv", "zh"), ("m.xlsx", "zh"), ("m.xlsx", "en"), ("m.csv", "en")])
def test_written_register_reads_back_unchanged(tmp_path, name, lang):
    readings = (MeterReading("河北一号院", "1号楼", 2008, heat_gj=1300.25),
                MeterReading("河北一号院", "=1号楼", 2009, heat_mwh=380.0, heated_area_m2=3600.5, heating_days=135.0,
                             mean_outdoor_temp_c=-3.1, indoor_temp_c=15.2),
                MeterReading("河北一号院", None, 2010, coal_tce=0.1 + 0.2))
    assert write_meter_register(tmp_path / name, readings, lang=lang) == 3
    assert read_meter_register(tmp_path / name).readings == readings


def test_unsupported_and_headerless_files(tmp_path):
    (tmp_path / "m.txt").write_text("nothing,here\n1,2\n", encoding="utf-8")
    with pytest.raises(InputFileError) as info:
        read_meter_register(tmp_path / "m.txt")
    assert info.value.code == "io_no_header"
    (tmp_path / "m.xlsb").write_bytes(b"x")
    with pytest.raises(InputFileError) as info:
        read_meter_register(tmp_path / "m.xlsb")
    assert info.value.code == "io_unsupported"
    (tmp_path / "m.ods").write_bytes(b"x")                  # .ods is read, but this is no spreadsheet
    with pytest.raises(InputFileError) as info:
        read_meter_register(tmp_path / "m.ods")
    assert info.value.code == "io_bad_xlsx"
