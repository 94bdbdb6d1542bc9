"""Reading real-looking registers: layouts, headers, value formats, notices, mapping, progress."""
from __future__ import annotations

import pytest
from io_builders import HEADER_ZH, write_csv, write_excel_style_xlsx, write_xlsx

from retrofit.domain.errors import InputFileError
from retrofit.domain.records import BuildingRecord, EstateRecord, Mode, Structure
from retrofit.io.registers import ColumnGuess, detect_columns, read_register
from retrofit.progress import Cancelled, CancelToken


def test_messy_xlsx_gives_every_building(messy_xlsx):
    reg = read_register(messy_xlsx)
    b1, b2, b3, b4 = reg.buildings
    assert b1 == BuildingRecord("幸福里小区", "1号楼", "哈尔滨", 1985, 6, 3600.0, 72, structure=Structure.BRICK_CONCRETE,
                                wwr=0.3, stairwell_heated=True, mode=Mode.RETROFIT)
    assert (b2.estate, b2.storeys, b2.floor_area_m2, b2.structure, b2.stairwell_heated, b2.mode) == (
        "幸福里小区", 6, 3600.0, Structure.LARGE_PANEL, False, Mode.ADD_STOREY)
    # merged estate cell applies to row 6; its empty city comes from the estate
    assert (b3.estate, b3.city, b3.year_built, b3.storeys, b3.floor_area_m2, b3.households) == (
        "幸福里小区", "哈尔滨", 1987, 5, 3600.0, 48)
    assert (b3.structure, b3.mode, b3.stairwell_heated) == (Structure.FRAME, Mode.REBUILD, True)
    assert b4 == BuildingRecord("和平小区", "1", "Harbin", 1990, 4, 2400.5, 32, structure=Structure.BRICK_CONCRETE)
    assert reg.estates == (EstateRecord("幸福里小区", "哈尔滨", consent_rate=0.85), EstateRecord("和平小区", "Harbin"))


def test_messy_xlsx_notices_and_mapping(messy_xlsx):
    reg = read_register(messy_xlsx)
    assert reg.extra["header_rows"] == {"楼栋台账": 3}
    assert reg.extra["unknown_columns"] == ("备注",)
    assert reg.extra["mapping"]["建筑面积（m²）"] == "floor_area_m2"
    assert reg.extra["mapping"]["小区名称"] == "estate"
    messages = [n.message("zh") for n in reg.extra["notices"]]
    assert "已忽略未识别的列：备注" in messages
    assert "第 9 行是合计行（“合计”），已跳过" in messages
    assert "Row 9 is a totals row ('合计'); skipped" in [n.message("en") for n in reg.extra["notices"]]


@pytest.mark.parametrize(("encoding", "delimiter"), [("gbk", ","), ("gb18030", ";"), ("utf-8-sig", "\t"),
                                                     ("utf-8", ";"), ("utf-16", "\t")])
def test_csv_encodings_and_separators(tmp_path, encoding, delimiter):
    rows = [["楼栋信息表"], [], HEADER_ZH + ["居民同意率", "按热计量收费"],
            ["阳光小区", "3号楼", "长春", "1978年", "砖混", "５", "1,234.5", "40", "90%", "是"],
            ["阳光小区", "4号楼", "长春", "1979", "大板", "6", "2 000", "0", "0.9", ""]]
    path = write_csv(tmp_path / "r.csv", rows, encoding, delimiter)
    reg = read_register(path)
    assert [(b.building, b.year_built, b.storeys, b.floor_area_m2, b.households) for b in reg.buildings] == [
        ("3号楼", 1978, 5, 1234.5, 40), ("4号楼", 1979, 6, 2000.0, 0)]
    assert reg.estates == (EstateRecord("阳光小区", "长春", consent_rate=0.9, metered_billing=True),)
    assert reg.extra["delimiter"] == delimiter


def test_english_headers_with_units_case_and_full_width(tmp_path):
    rows = [[" ESTATE ", "Building", "city", "Year Built", "storeys", "floor area [m2]", "Households",
             "ｗｗｒ", "wall_u [W/(m2·K)]", "eta_source", "Metered_Billing", "planned_year", "mode", "added_storeys"],
            ["E1", "B1", "Tianjin", "1995", "7", "5000", "70", "0.25", "1.5", "68%", "TRUE", "2027", "add_storey", "2"]]
    reg = read_register(write_csv(tmp_path / "e.csv", rows))
    b = reg.buildings[0]
    assert (b.wwr, b.wall_u, b.eta_source, b.planned_year, b.mode, b.added_storeys) == (
        0.25, 1.5, 0.68, 2027, Mode.ADD_STOREY, 2)
    assert reg.estates[0].metered_billing is True


def test_excel_numeric_date_and_bool_cells(tmp_path):
    import datetime as dt

    rows = [HEADER_ZH + ["楼梯间采暖", "计划年度"],
            ["E", 3, "北京", dt.datetime(1980, 6, 1), "框架", 6.0, 3600, 60, True, 2028.0]]
    reg = read_register(write_xlsx(tmp_path / "n.xlsx", {"Sheet1": rows}))
    b = reg.buildings[0]
    assert (b.building, b.year_built, b.storeys, b.floor_area_m2, b.stairwell_heated, b.planned_year) == (
        "3", 1980, 6, 3600.0, True, 2028)


def test_two_sheet_workbook(tmp_path):
    estates = [["小区名称", "城市", "区/县", "建成年份", "户数", "居民同意率", "按热计量收费"],
               ["甲小区", "沈阳", "和平区", 1982, 300, "80%", "否"], ["空小区", "沈阳", None, None, None, None, None]]
    buildings = [["小区名称", "楼号", "建成年份", "层数", "建筑面积(m²)", "户数"], ["甲小区", "1", 1982, 6, 3000, 60]]
    reg = read_register(write_xlsx(tmp_path / "two.xlsx", {"小区": estates, "楼栋": buildings}))
    assert reg.estates == (EstateRecord("甲小区", "沈阳", "和平区", year_completed=1982, households=300,
                                        consent_rate=0.8, metered_billing=False), EstateRecord("空小区", "沈阳"))
    assert reg.buildings == (BuildingRecord("甲小区", "1", "沈阳", 1982, 6, 3000.0, 60),)
    assert reg.extra["layout"] == "estates+buildings"


def test_mapping_overrides_detection(tmp_path):
    rows = [["名称", "栋", "城市", "年份", "层", "面积", "户数", "备注"],
            ["E", "1", "北京", "1990", "5", "100", "3", "2.5"]]
    path = write_csv(tmp_path / "m.csv", rows)
    mapping = {"名称": "estate", "栋": "building", "年份": "year_built", "层": "storeys", "面积": None,
               "备注": "floor_area_m2"}
    reg = read_register(path, mapping)
    assert reg.buildings == (BuildingRecord("E", "1", "北京", 1990, 5, 2.5, 3),)
    with pytest.raises(ValueError, match="unknown register key"):
        read_register(path, {"名称": "estate_name_typo"})


def test_detect_columns_preview(messy_xlsx):
    guesses = detect_columns(messy_xlsx)
    assert guesses[0] == ColumnGuess("小区名称", "estate", ("幸福里小区", "幸福里小区", "幸福里小区", "和平小区", "合计"),
                                     "楼栋台账")
    by_header = {g.header: g for g in guesses}
    assert by_header["建筑面积（m²）"].key == "floor_area_m2"
    assert by_header["建筑面积（m²）"].sample_values[:3] == ("3,600", "3600㎡", "3 600")
    assert by_header["备注"].key is None


def test_progress_and_cancel(tmp_path):
    rows = [HEADER_ZH] + [["E", str(i), "北京", 1990, "砖混", 5, 1000, 10] for i in range(5000)]
    path = write_csv(tmp_path / "p.csv", rows)
    calls = []
    reg = read_register(path, progress=lambda done, total, text: calls.append((done, total)))
    assert len(reg.buildings) == 5000
    assert calls[0] == (2000, 5001) and calls[-1] == (5001, 5001)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        read_register(path, cancel=token)


def test_two_sheet_conflicts_and_duplicate_estates(tmp_path):
    estates = [["小区名称", "城市"], ["甲", "沈阳"], ["甲", "沈阳"]]
    buildings = [["小区名称", "楼号", "城市", "建成年份", "层数", "建筑面积", "户数"],
                 ["甲", "1", "大连", 1982, 6, 3000, 60], ["乙", "1", None, 1982, 6, 3000, 60]]
    with pytest.raises(InputFileError) as info:
        read_register(write_xlsx(tmp_path / "two.xlsx", {"estates": estates, "buildings": buildings}))
    assert [(e.file, e.row, e.column, e.value, e.code) for e in info.value.errors] == [
        ("two.xlsx [estates]", 3, "小区名称", "甲", "io_duplicate_estate"),
        ("two.xlsx [buildings]", 2, "城市", "大连", "io_estate_conflict"),
        ("two.xlsx [buildings]", 3, "城市", "", "io_city_required")]
    assert info.value.errors[1].message("en") == ("two.xlsx [buildings], row 2, column '城市', value '大连': "
                                                  "row estates!2 gives '沈阳' for the same estate; the values differ")


def test_cover_sheet_is_skipped_and_merged_cells_fill_rows(tmp_path):
    cover = [["说明：本表由街道填报"], ["联系人", "张三"]]
    rows = [HEADER_ZH, ["甲", "1", "沈阳", 1980, "砖混", 6, 3000, 60], [None, "2", None, 1981, "砖混", 6, 3000, 60],
            [None, None, None, None, None, None, None, None, "备注只在此行"]]
    path = write_xlsx(tmp_path / "c.xlsx", {"封面": cover, "Sheet2": rows}, {"Sheet2": ["A2:A3", "C2:C3"]})
    reg = read_register(path)
    assert [(b.estate, b.building, b.city) for b in reg.buildings] == [("甲", "1", "沈阳"), ("甲", "2", "沈阳")]


def test_numbers_as_text_and_text_as_numbers_in_xlsx(tmp_path):
    rows = [HEADER_ZH + ["外墙传热系数"], [2024, 12, "沈阳", "1980", "砖混", "6", "3,000.5", "60", "1.2"]]
    reg = read_register(write_xlsx(tmp_path / "t.xlsx", {"S": rows}))
    b = reg.buildings[0]
    assert (b.estate, b.building, b.year_built, b.storeys, b.floor_area_m2, b.households, b.wall_u) == (
        "2024", "12", 1980, 6, 3000.5, 60, 1.2)


def test_excel_written_file_shared_strings_dates_formulas_errors(tmp_path):
    """Excel writes shared strings, a wrong <dimension>, date styles, cached formula results."""
    strings = ["楼栋台账", "小区名称", "楼号", "城市", "建成年份", "层数", "建筑面积", "户数", "外墙传热系数", "甲", "1号楼",
               "沈阳", "2号楼", "合计"]
    s = {text: i for i, text in enumerate(strings)}

    def cell(ref: str, text: str) -> str:
        return f'<c r="{ref}" t="s"><v>{s[text]}</v></c>'
    rows = [
        f'<row r="1">{cell("A1", "楼栋台账")}</row>',
        '<row r="3">' + "".join(cell(f"{c}3", h) for c, h in zip("ABCDEFGH", strings[1:9], strict=True)) + "</row>",
        f'<row r="4">{cell("A4", "甲")}{cell("B4", "1号楼")}{cell("C4", "沈阳")}<c r="D4" s="1"><v>29221</v></c>'
        '<c r="E4"><v>6</v></c><c r="F4"><f>E4*600</f><v>3600</v></c><c r="G4"><v>72</v></c>'
        '<c r="H4" t="str"><f>"1.2"</f><v>1.2</v></c></row>',
        f'<row r="5"><c r="B5" t="inlineStr"><is><r><t>2号</t></r><r><t>楼</t></r></is></c>{cell("C5", "沈阳")}'
        '<c r="D5"><v>1981</v></c><c r="E5"><v>6</v></c><c r="F5"><v>3.6E3</v></c><c r="G5"><v>60</v></c>'
        '<c r="H5" t="e"><v>#N/A</v></c></row>',
        f'<row r="7">{cell("A7", "合计")}<c r="F7"><f>SUM(F4:F5)</f><v>7200</v></c></row>',
    ]
    path = write_excel_style_xlsx(tmp_path / "excel.xlsx", strings, "".join(rows), merges=["A4:A5", "A1:H1"])
    with pytest.raises(InputFileError) as info:
        read_register(path)
    assert [(e.row, e.column, e.value, e.code) for e in info.value.errors] == [(5, "外墙传热系数", "#N/A", "io_not_number")]
    rows[3] = rows[3].replace('<c r="H5" t="e"><v>#N/A</v></c>', "")
    reg = read_register(write_excel_style_xlsx(tmp_path / "ok.xlsx", strings, "".join(rows), merges=["A4:A5"]))
    assert reg.buildings == (BuildingRecord("甲", "1号楼", "沈阳", 1980, 6, 3600.0, 72, wall_u=1.2),
                             BuildingRecord("甲", "2号楼", "沈阳", 1981, 6, 3600.0, 60))
    assert [n.code for n in reg.extra["notices"]] == ["io_layout_title", "io_totals_skipped"]


def test_every_buildings_sheet_is_read(tmp_path):
    """One sheet per district: all are read; duplicates across sheets are found."""
    sheets = {"南岗区": [["南岗区楼栋"], HEADER_ZH, ["甲", "1", "哈尔滨", 1980, "砖混", 6, 3000, 60]],
              "道里区": [HEADER_ZH, ["乙", "1", "哈尔滨", 1985, "大板", 5, 2000, 40]],
              "说明": [["小区名称", "楼号", "城市"], ["填表时每行一栋楼", None, None]]}
    reg = read_register(write_xlsx(tmp_path / "d.xlsx", sheets))
    assert [(b.estate, b.building) for b in reg.buildings] == [("甲", "1"), ("乙", "1")]
    assert reg.extra["sheets"] == ("南岗区", "道里区")
    sheets["道里区"].append(["甲", "1", "哈尔滨", 1980, "砖混", 6, 3000, 60])
    with pytest.raises(InputFileError) as info:
        read_register(write_xlsx(tmp_path / "dup.xlsx", sheets))
    assert [(e.file, e.row, e.params) for e in info.value.errors] == [("dup.xlsx [道里区]", 3, {"other_row": "南岗区!3"})]


def test_detect_columns_and_progress_on_two_sheets(tmp_path):
    estates = [["小区名称", "城市", "供热单位"], ["甲", "沈阳", "热力公司"]]
    buildings = [["小区名称", "楼号", "建成年份", "层数", "面积", "户数", "备注"]] + [
        ["甲", str(i), 1982, 6, 3000, 60, None] for i in range(4500)]
    path = write_xlsx(tmp_path / "two.xlsx", {"小区": estates, "楼栋": buildings})
    guesses = detect_columns(path)
    assert [(g.sheet, g.header, g.key) for g in guesses[:3]] == [
        ("小区", "小区名称", "estate"), ("小区", "城市", "city"), ("小区", "供热单位", "heat_supplier")]
    assert [(g.header, g.key, g.sample_values) for g in guesses[-2:]] == [
        ("户数", "households", ("60",) * 5), ("备注", None, ())]
    calls = []
    reg = read_register(path, {"面积": "floor_area_m2"}, progress=lambda d, t, text: calls.append((d, t, text)))
    assert len(reg.buildings) == 4500 and reg.estates[0].heat_supplier == "热力公司"
    assert calls[0] == (2000, 4503, "正在读取 two.xlsx：第 1998 行") and calls[-1][:2] == (4503, 4503)


def test_fast_record_factory_equals_the_constructor():
    from dataclasses import dataclass

    from retrofit.io.assemble import make_building, record_factory

    kw = {"estate": "甲", "building": "1", "city": "沈阳", "year_built": 1980, "storeys": 6, "floor_area_m2": 3000.0,
          "households": 40, "mode": Mode.REBUILD, "wwr": 0.3}
    made = make_building(kw)
    assert made == BuildingRecord(**kw) and hash(made) == hash(BuildingRecord(**kw))
    with pytest.raises(AttributeError):
        made.storeys = 5

    @dataclass(frozen=True, slots=True)
    class Checked:
        x: int
        y: int | None = None

        def __post_init__(self):
            if self.x < 0:
                raise ValueError("x")
    with pytest.raises(ValueError):
        record_factory(Checked)({"x": -1})
