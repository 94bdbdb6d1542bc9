"""The worksheet readers give what openpyxl gives: the plain-XML reader (``fast_rows``), its
XML-parser fallback (``rows``) and openpyxl's own worksheet parser, on workbooks written by
openpyxl and on workbooks written by hand as Excel and other programs write them."""
from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from io_builders import HEADER_ZH, MAIN_NS, write_raw_xlsx, write_xlsx
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from openpyxl.worksheet._reader import WorkSheetParser

from retrofit.io import xlsx
from retrofit.io.registers import read_register
from retrofit.io.sources import Limits, _apply_merges, open_workbook, xlsx_table
from retrofit.io.xlsx import SheetReader, Unusual

# --- references -----------------------------------------------------------------------------------


def _typed(rows):
    """Rows with each value's type, so that 1, 1.0 and True differ."""
    return [(number, {c: (type(v).__name__, v) for c, v in cells.items()}) for number, cells in rows]


def openpyxl_sheet(path: Path, sheet: str):
    """Rows ``(number, {column: value})`` and merged ranges as openpyxl's worksheet parser reads them."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            ws = wb[sheet]
            with ws._get_source() as src:
                parser = WorkSheetParser(src, ws._shared_strings, data_only=True, epoch=wb.epoch,
                                         date_formats=wb._date_formats, timedelta_formats=wb._timedelta_formats)
                rows = [(number, {c["column"]: c["value"] for c in cells if c["value"] is not None})
                        for number, cells in parser.parse()]
                merged = [m.ref for m in parser.merged_cells.mergeCell] if parser.merged_cells else []
        finally:
            wb.close()
    return rows, merged


def openpyxl_table(path: Path, sheet: str) -> dict[int, list]:
    """The sheet's rows as the reader made them from openpyxl's worksheet parser."""
    cells_by_row, merged = openpyxl_sheet(path, sheet)
    rows: dict[int, list] = {}
    for number, cells in cells_by_row:
        width = max((c for c, v in cells.items() if v != ""), default=0)
        if width:
            values = [None] * width
            for c, v in cells.items():
                if c <= width:
                    values[c - 1] = v
            rows[number] = values
    _apply_merges(rows, merged, Limits())
    return rows


def our_sheet(path: Path, sheet: str, fast: bool = True):
    wb = open_workbook(path, Limits())
    try:
        reader = SheetReader(wb, wb[sheet])
        rows = list(reader.fast_rows() if fast else reader.rows())
        return rows, reader.merged
    finally:
        wb.close()


def our_table(path: Path, sheet: str) -> dict[int, list]:
    wb = open_workbook(path, Limits())
    try:
        return dict(xlsx_table(path, wb, sheet, Limits()).rows())
    finally:
        wb.close()


def _table_typed(table: dict[int, list]):
    return {n: [(type(v).__name__, v) for v in row] for n, row in table.items()}


def assert_same(path: Path, sheet: str, *, fast: bool = True) -> None:
    """Both readers give openpyxl's rows and merged ranges; the reader's table is openpyxl's.
    ``fast``: the plain-XML reader reads this sheet itself (else it must hand over)."""
    expected_rows, expected_merged = openpyxl_sheet(path, sheet)
    slow_rows, slow_merged = our_sheet(path, sheet, fast=False)
    assert _typed(slow_rows) == _typed(expected_rows)
    assert slow_merged == expected_merged
    if fast:
        fast_rows, fast_merged = our_sheet(path, sheet)
        assert _typed(fast_rows) == _typed(expected_rows)
        assert fast_merged == expected_merged
    else:
        with pytest.raises(Unusual):
            our_sheet(path, sheet)
    assert _table_typed(our_table(path, sheet)) == _table_typed(openpyxl_table(path, sheet))


# --- workbooks written by hand ----------------------------------------------------------------------

EXCEL_ROOT = (f'<worksheet xmlns="{MAIN_NS}" '
              'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
              'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr" '
              'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
              'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
              'xr:uid="{00000000-0001-0000-0000-000000000000}">')
EXCEL_HEAD = ('<dimension ref="A1:J12"/><sheetViews><sheetView tabSelected="1" workbookViewId="0">'
              '<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
              '<sheetFormatPr defaultRowHeight="14.25" x14ac:dyDescent="0.2"/>'
              '<cols><col min="1" max="1" width="12.625" customWidth="1"/></cols>')
EXCEL_TAIL = ('<mergeCells count="2"><mergeCell ref="A1:J1"/><mergeCell ref="A3:A5"/></mergeCells>'
              '<conditionalFormatting sqref="F3:F8"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan">'
              '<formula>0</formula></cfRule></conditionalFormatting>'
              '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
              '<pageSetup paperSize="9" orientation="portrait" r:id="rId1"/>'
              '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" '
              'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
              '<x14:conditionalFormattings/></ext></extLst>')
#: Shared strings as Excel writes them for Chinese text: phonetic properties, rich-text runs,
#: phonetic runs, escaped characters, Excel's _x005F_ escape.
EXCEL_STRINGS = (
    '<si><t>某区楼栋台账</t><phoneticPr fontId="1" type="noConversion"/></si>'      # 0
    '<si><t>小区名称</t></si><si><t>楼号</t></si><si><t>城市</t></si>'             # 1-3
    '<si><r><rPr><b/><sz val="11"/><rFont val="宋体"/></rPr><t>建成</t></r>'
    '<r><rPr><sz val="11"/></rPr><t xml:space="preserve">年份 </t></r></si>'       # 4
    '<si><t>幸福里</t><rPh sb="0" eb="3"><t>シアワセ</t></rPh><phoneticPr fontId="1"/></si>'  # 5
    '<si><t>A&amp;B &lt;东&gt; &#x4E2D;&#22269;</t></si>'                          # 6
    '<si><t>_x005F_x000D_</t></si>'                                                # 7
    '<si><t/></si>'                                                                # 8
    '<si><t xml:space="preserve">  两端空格  </t></si>'                            # 9
    '<si><t>多行\r\n文字</t></si>'                                                  # 10
)


def excel_sheet(rows: str, root: str = EXCEL_ROOT, head: str = EXCEL_HEAD, tail: str = EXCEL_TAIL) -> str:
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{root}{head}<sheetData>{rows}</sheetData>{tail}</worksheet>'


EXCEL_ROWS = (
    '<row r="1" spans="1:10" ht="20.25" customHeight="1" x14ac:dyDescent="0.2">'
    '<c r="A1" s="0" t="s"><v>0</v></c><c r="B1" s="0"/><c r="C1" s="0"/></row>'
    '<row r="2" spans="1:10" x14ac:dyDescent="0.2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c>'
    '<c r="C2" t="s"><v>3</v></c><c r="D2" t="s"><v>4</v></c><c r="E2" t="inlineStr"><is><t>层数</t></is></c>'
    '<c r="F2" t="inlineStr"><is><t xml:space="preserve"> 面积 </t></is></c><c r="G2" t="str"><v>同意率</v></c>'
    '<c r="H2" t="s"><v>6</v></c><c r="I2" t="s"><v>7</v></c><c r="J2" t="s"><v>9</v></c></row>'
    # numbers, dates (built-in, date-time, custom), percent, custom non-date, duration
    '<row r="3" spans="1:10"><c r="A3" t="s"><v>5</v></c><c r="B3"><v>1</v></c><c r="C3" t="s"><v>10</v></c>'
    '<c r="D3" s="1"><v>29221</v></c><c r="E3" s="0"><v>6</v></c><c r="F3" s="5"><v>3600.5</v></c>'
    '<c r="G3" s="4"><v>0.85</v></c><c r="H3" s="2"><v>29221.75</v></c><c r="I3" s="3"><v>36526</v></c>'
    '<c r="J3" s="6"><v>1.5</v></c></row>'
    # formulas with cached values: number, text, error, boolean; shared formula; no cached value
    '<row r="4"><c r="B4"><f>B3+1</f><v>2</v></c><c r="C4" t="str"><f>C3&amp;""</f><v>哈尔滨</v></c>'
    '<c r="D4" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E4" t="b"><f>TRUE()</f><v>1</v></c>'
    '<c r="F4"><f t="shared" ref="F4:F5" si="0">F3*2</f><v>7201</v></c><c r="G4"><f>G3</f></c>'
    '<c r="H4" t="b"><v>0</v></c><c r="I4" t="e"><v>#N/A</v></c></row>'
    # attributes in another order and extra attributes, empty values, exponent, negative, big numbers
    '<row r="5"><c r="B5" t="s" s="0"><v>8</v></c><c r="C5" s="0" t="n"><v>-12.5</v></c>'
    '<c r="D5" cm="1" t="n"><v>3.6E3</v></c><c r="E5"><v></v></c><c r="F5"><f t="shared" si="0"/><v>1E-3</v></c>'
    '<c r="G5" t="s"><v/></c><c r="H5"><v>12345678901234567890</v></c><c r="I5" s="1"><v>9999999</v></c>'
    '<c r="J5" t="d"><v>2024-03-01T08:30:00</v></c></row>'
    # inline strings: escapes, line ends, empty; an empty <is>; a row without r, cells without r
    '<row><c t="inlineStr"><is><t>甲&amp;乙 &#x4E2D;&#22269; &quot;引&apos;号&quot;</t></is></c>'
    '<c t="inlineStr"><is><t>一\r\n二\r三</t></is></c><c t="inlineStr"><is><t/></is></c>'
    '<c t="inlineStr"><is></is></c><c t="inlineStr"/><c><v>7</v></c></row>'
    '<row r="8"/><row r="9" spans="1:10" hidden="1"></row>'
    '<row r="10"><c r="C10" s="1"/><c r="D10" s="2"/><c r="E10" t="s"><v>8</v></c></row>'
    '<row r="12"><c r="A12" t="s"><v>3</v></c><c r="AA12"><v>1</v></c><c r="AZ12" t="b"><v>1</v></c></row>'
)


@pytest.fixture
def excel_xlsx(tmp_path: Path) -> Path:
    return write_raw_xlsx(tmp_path / "excel.xlsx", {"楼栋": excel_sheet(EXCEL_ROWS)}, EXCEL_STRINGS)


def test_excel_written_sheet_values(excel_xlsx):
    rows, merged = our_sheet(excel_xlsx, "楼栋")
    by_number = dict(rows)
    assert by_number[2] == {1: "小区名称", 2: "楼号", 3: "城市", 4: "建成年份 ", 5: "层数", 6: " 面积 ", 7: "同意率",
                            8: "A&B <东> 中国", 9: "_x000D_", 10: "  两端空格  "}
    assert by_number[3] == {1: "幸福里", 2: 1, 3: "多行\n文字", 4: dt.datetime(1980, 1, 1), 5: 6, 6: 3600.5, 7: 0.85,
                            8: dt.datetime(1980, 1, 1, 18), 9: dt.datetime(2000, 1, 1), 10: dt.timedelta(hours=36)}
    assert by_number[4] == {2: 2, 3: "哈尔滨", 4: "#DIV/0!", 5: True, 6: 7201, 8: False, 9: "#N/A"}
    assert by_number[5] == {2: "", 3: -12.5, 4: 3600.0, 6: 0.001, 8: 12345678901234567890, 9: "#VALUE!",
                            10: dt.datetime(2024, 3, 1, 8, 30)}
    assert by_number[6] == {1: '甲&乙 中国 "引\'号"', 2: "一\n二\n三", 3: "", 4: "", 6: 7}
    assert (by_number[8], by_number[9], by_number[10]) == ({}, {}, {5: ""})
    assert by_number[12] == {1: "城市", 27: 1, 52: True}
    assert merged == ["A1:J1", "A3:A5"]


def test_excel_written_sheet_is_read_as_openpyxl_reads_it(excel_xlsx):
    assert_same(excel_xlsx, "楼栋")
    table = our_table(excel_xlsx, "楼栋")
    assert table[1] == ["某区楼栋台账"] * 10                         # merged title
    assert [table[n][0] for n in (3, 4, 5)] == ["幸福里"] * 3         # merged estate cell
    assert 8 not in table and 9 not in table and 10 not in table     # empty and formatted-empty rows


def test_workbook_is_opened_as_openpyxl_opens_it(excel_xlsx, tmp_path):
    path = write_raw_xlsx(tmp_path / "three.xlsx", {"封面": excel_sheet(""), "楼栋": excel_sheet(EXCEL_ROWS),
                                                    "隐藏": excel_sheet(EXCEL_ROWS)}, EXCEL_STRINGS, hidden=["隐藏"])
    for p in (excel_xlsx, path):
        ours = open_workbook(p, Limits())
        theirs = openpyxl.load_workbook(p, read_only=True, data_only=True)
        assert ours.sheetnames == theirs.sheetnames
        assert [ws.sheet_state for ws in ours] == [ws.sheet_state for ws in theirs]
        assert (ours.epoch, ours._date_formats, ours._timedelta_formats) == (
            theirs.epoch, theirs._date_formats, theirs._timedelta_formats)
        assert ours[ours.sheetnames[-1]]._shared_strings == theirs[theirs.sheetnames[-1]]._shared_strings
        ours.close()
        theirs.close()
    assert_same(path, "封面")
    assert_same(path, "隐藏")


def test_1904_date_system(tmp_path):
    path = write_raw_xlsx(tmp_path / "mac.xlsx", {"S": excel_sheet(EXCEL_ROWS)}, EXCEL_STRINGS, date1904=True)
    wb = open_workbook(path, Limits())
    assert wb.epoch == CALENDAR_MAC_1904
    wb.close()
    assert dict(our_sheet(path, "S")[0])[3][4] == dt.datetime(1984, 1, 2)
    assert_same(path, "S")


def test_pretty_printed_xml(tmp_path):
    rows = EXCEL_ROWS.replace("<row", "\n  <row").replace("<c ", "\n    <c ").replace("</row>", "\n  </row>")
    rows = rows.replace("<v>", "\r\n      <v>").replace("<f>", "\n      <f>").replace("</c>", "\n    </c>")
    sheet = excel_sheet(rows + "\n", head=EXCEL_HEAD.replace("><", ">\n<"), tail=EXCEL_TAIL.replace("><", ">\n<"))
    path = write_raw_xlsx(tmp_path / "pretty.xlsx", {"S": sheet}, EXCEL_STRINGS)
    assert_same(path, "S")


@pytest.mark.parametrize("chunk", [1, 5, 64, 4096])
def test_chunk_boundaries_anywhere(excel_xlsx, monkeypatch, chunk):
    """Rows, cells, multi-byte characters and </sheetData> split between reads."""
    expected = _typed(openpyxl_sheet(excel_xlsx, "楼栋")[0])
    monkeypatch.setattr(xlsx, "CHUNK", chunk)
    rows, merged = our_sheet(excel_xlsx, "楼栋")
    assert _typed(rows) == expected
    assert merged == ["A1:J1", "A3:A5"]


UNUSUAL = {
    "comment": ('<row r="1"><c r="A1"><v>1</v></c><!-- 注释 --></row>', ""),
    "rich inline string": ('<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>2号</t></r><r><t>楼</t></r>'
                           '</is></c></row>', ""),
    "phonetic inline string": ('<row r="1"><c r="A1" t="inlineStr"><is><t>幸福</t><rPh sb="0" eb="2"><t>シアワセ</t>'
                               '</rPh></is></c></row>', ""),
    "CDATA": ('<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[a<b & c]]></t></is></c></row>', ""),
    "single quotes": ("<row r='1'><c r='A1' t='inlineStr'><is><t>甲</t></is></c><c r='B1'><v>2</v></c></row>", ""),
    "namespace on a row": (f'<row r="1" xmlns="{MAIN_NS}"><c r="A1"><v>1</v></c></row>', ""),
    "text between cells": ('<row r="1"><c r="A1"><v>1</v></c>x<c r="B1"><v>2</v></c></row>', ""),
    "cell extension list": ('<row r="1"><c r="A1"><v>1</v><extLst><ext uri="u"/></extLst></c></row>', ""),
}


@pytest.mark.parametrize("case", list(UNUSUAL))
def test_unusual_xml_is_read_by_the_xml_parser(tmp_path, case):
    rows, _ = UNUSUAL[case]
    path = write_raw_xlsx(tmp_path / "odd.xlsx", {"S": excel_sheet(rows)}, EXCEL_STRINGS)
    assert_same(path, "S", fast=False)
    assert our_table(path, "S")


@pytest.mark.parametrize("rows", [
    '<row r="1.0"><c r="A1"><v>1</v></c></row><row><c r="A2"><v>2</v></c></row>',   # row number as float
    '<row spans="1:2" r="3"><c s="0" r="b3"><v>1</v></c><c t="n" r="C3" s="1"><v>2</v></c></row>',
    '<row r="1" ><c r="A1" ><v>1</v ></c ></row >',
])
def test_less_common_but_plain_xml(tmp_path, rows):
    path = write_raw_xlsx(tmp_path / "plain.xlsx", {"S": excel_sheet(rows)}, EXCEL_STRINGS)
    assert_same(path, "S", fast="</row >" not in rows)


def test_prefixed_and_strict_namespaces(tmp_path):
    prefixed = (f'<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="{MAIN_NS}"><x:sheetData>'
                '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>甲</x:t></x:is></x:c><x:c r="B1"><x:v>2</x:v>'
                '</x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="A1:A2"/></x:mergeCells></x:worksheet>')
    path = write_raw_xlsx(tmp_path / "prefixed.xlsx", {"S": prefixed})
    assert_same(path, "S", fast=False)
    assert our_table(path, "S") == {1: ["甲", 2]}
    strict = excel_sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>甲</t></is></c><c r="B1"><v>2</v></c></row>',
                         root='<worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main">', head="",
                         tail='<mergeCells><mergeCell ref="B1:B3"/></mergeCells>')
    path = write_raw_xlsx(tmp_path / "strict.xlsx", {"S": strict})
    rows, merged = our_sheet(path, "S")
    assert (rows, merged) == ([(1, {1: "甲", 2: 2})], ["B1:B3"])
    assert our_sheet(path, "S", fast=False) == (rows, merged)


def test_sheet_data_named_in_a_comment_first(tmp_path):
    sheet = excel_sheet('<row r="1"><c r="A1"><v>1</v></c></row>', head="<!-- <sheetData> -->")
    path = write_raw_xlsx(tmp_path / "c.xlsx", {"S": sheet})
    assert_same(path, "S", fast=False)


def test_row_longer_than_the_limit_goes_to_the_xml_parser(tmp_path, monkeypatch):
    cells = "".join(f'<c t="inlineStr"><is><t>第{i}列</t></is></c>' for i in range(60))
    path = write_raw_xlsx(tmp_path / "long.xlsx", {"S": excel_sheet(f'<row r="1"><c><v>1</v></c></row><row>{cells}</row>',
                                                                   root=f'<worksheet xmlns="{MAIN_NS}">', head="", tail="")})
    monkeypatch.setattr(xlsx, "CHUNK", 16)
    assert_same(path, "S")
    monkeypatch.setattr(xlsx, "MAX_TOKEN", 1000)
    assert_same(path, "S", fast=False)
    assert our_table(path, "S")[2][59] == "第59列"


def test_broken_xml_is_reported_as_before(tmp_path):
    sheet = excel_sheet('<row r="1"><c r="A1"><v>1</v></c></row>', tail="<mergeCells><mergeCell ref='A1:B1'></mergeCells>")
    path = write_raw_xlsx(tmp_path / "broken.xlsx", {"S": sheet})
    with pytest.raises(Exception) as info:
        read_register(path)
    assert info.value.code == "io_bad_xlsx"
    assert "ParseError" in info.value.params["detail"]
    assert not isinstance(info.value, Unusual)


# --- workbooks written by openpyxl ----------------------------------------------------------------

VALUES = ["幸福里小区", "1号楼", " 前后空格 ", "A&B<C>\"'", "多行\n文字", "=不是公式", "x005F_", "", 0, 1, -7, 2**53 + 1,
          3600.5, 1e-7, 1.5e300, -0.0, True, False, dt.datetime(1985, 6, 1), dt.date(1990, 1, 1),
          dt.datetime(2024, 3, 1, 8, 30, 15), dt.time(12, 30), dt.timedelta(days=2, hours=3), None]


@pytest.mark.parametrize("write_only", [False, True])
def test_openpyxl_written_workbooks(tmp_path, write_only):
    wb = openpyxl.Workbook(write_only=write_only)
    if not write_only:
        wb.remove(wb.active)
    ws = wb.create_sheet("楼栋")
    ws.append(["某市楼栋台账"])
    ws.append([])
    ws.append(HEADER_ZH)
    for i in range(40):
        ws.append([VALUES[(i * 7 + j) % len(VALUES)] for j in range(12)])
    ws.append(["合计", None, "=SUM(C4:C43)"])
    if not write_only:
        ws.merge_cells("A1:H1")
        ws.merge_cells("A4:A9")
        ws["B50"].number_format = "yyyy-mm-dd"            # formatted, empty
        ws["C51"] = 36526
        ws["C51"].number_format = 'yyyy"年"m"月"'
        ws["D51"] = 0.25
        ws["D51"].number_format = "0.0%"
    wb.save(tmp_path / "o.xlsx")
    assert_same(tmp_path / "o.xlsx", "楼栋")
    if not write_only:
        rows = dict(our_sheet(tmp_path / "o.xlsx", "楼栋")[0])
        assert rows[51] == {3: dt.datetime(2000, 1, 1), 4: 0.25}


def test_openpyxl_1904_workbook(tmp_path):
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    wb.active.append([dt.datetime(1999, 12, 31), dt.date(1904, 1, 2), 5])
    wb.save(tmp_path / "mac.xlsx")
    assert dict(our_sheet(tmp_path / "mac.xlsx", "Sheet")[0])[1] == {1: dt.datetime(1999, 12, 31),
                                                                    2: dt.datetime(1904, 1, 2), 3: 5}
    assert_same(tmp_path / "mac.xlsx", "Sheet")


_cell = st.one_of(
    st.none(), st.booleans(), st.integers(-10**12, 10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=64),
    st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=8),
    st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(9999, 1, 1)).map(lambda d: d.replace(microsecond=0)),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(_cell, max_size=8), max_size=12),
       merges=st.lists(st.tuples(st.integers(1, 12), st.integers(1, 8), st.integers(0, 3), st.integers(0, 2)),
                       max_size=3))
def test_random_workbooks(tmp_path, rows, merges):
    path = tmp_path / "random.xlsx"
    refs = []
    taken: set[tuple[int, int]] = set()
    for row, col, height, width in merges:
        cells = {(r, c) for r in range(row, row + height + 1) for c in range(col, col + width + 1)}
        if len(cells) > 1 and not cells & taken:
            taken |= cells
            refs.append(f"{openpyxl.utils.get_column_letter(col)}{row}:"
                        f"{openpyxl.utils.get_column_letter(col + width)}{row + height}")
    write_xlsx(path, {"S": rows}, {"S": refs})
    assert_same(path, "S")


# --- the whole reader ---------------------------------------------------------------------------------

def test_register_is_the_same_through_either_reader(messy_xlsx, tmp_path, monkeypatch):
    two = write_xlsx(tmp_path / "two.xlsx", {
        "小区": [["小区名称", "城市", "建成年份"], ["甲", "沈阳", dt.datetime(1980, 5, 1)]],
        "楼栋": [["小区名称", "楼号", "建成年份", "层数", "面积", "户数"], ["甲", "1", 1982, 6, 3000, 60],
                 [None, "2", dt.date(1983, 1, 1), 5, 2000.5, 40]]}, {"楼栋": ["A2:A3"]})
    fast = [read_register(p) for p in (messy_xlsx, two)]

    def refuse(self):
        raise Unusual("test")
        yield
    monkeypatch.setattr(SheetReader, "fast_rows", refuse)
    assert [read_register(p) for p in (messy_xlsx, two)] == fast
    assert fast[1].buildings[1].year_built == 1983 and fast[1].buildings[1].estate == "甲"
