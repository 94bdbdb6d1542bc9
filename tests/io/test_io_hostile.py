"""Hostile workbooks are refused or read within bounds, whatever they hold: merged ranges over a
million rows, one cell in column 1,000 on every row, one sheet listed 500 times; and CSV files in
encodings that are not Chinese registers' own."""
from __future__ import annotations

import resource
import time
import zipfile

import pytest
from io_builders import write_csv

from retrofit.domain.errors import InputFileError
from retrofit.io.registers import read_register

HEADER = ["小区名称", "楼号", "城市", "建成年份", "层数", "建筑面积", "户数"]
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _inline(ref: str, value: object) -> str:
    if isinstance(value, str):
        return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'
    return f'<c r="{ref}"><v>{value}</v></c>'


def _sheet_rows(rows: list[list]) -> str:
    out = []
    for i, row in enumerate(rows, 1):
        out.append(f'<row r="{i}">' + "".join(_inline(f"{'ABCDEFG'[j]}{i}", v) for j, v in enumerate(row) if v is not None) + "</row>")
    return "".join(out)


def _xlsx(path, sheet_data: str, *, merges: list[str] = (), names: list[str] = ("S",)):
    merge_xml = (f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges)
                 + "</mergeCells>") if merges else ""
    sheets = "".join(f'<sheet name="{n}" sheetId="{i}" r:id="rId1"/>' for i, n in enumerate(names, 1))
    parts = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
        'PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook {NS} xmlns:r="{REL}"><sheets>{sheets}</sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        f'relationships"><Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        "</Relationships>",
        "xl/worksheets/sheet1.xml": f"<worksheet {NS}><sheetData>{sheet_data}</sheetData>{merge_xml}</worksheet>",
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text)
    return path


DATA = [HEADER, ["甲", "1", "唐山", 1980, 5, 3000, 60], ["甲", "2", "唐山", 1981, 6, 3600, 72]]


def _bounded(path):
    """Read or refuse ``path``; the time and the growth of the peak memory it took."""
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    try:
        outcome = read_register(path)
    except InputFileError as exc:
        outcome = exc
    took = time.perf_counter() - start
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    return outcome, took, grown_mb


def test_5000_merges_over_a_million_rows(tmp_path):
    path = _xlsx(tmp_path / "m.xlsx", _sheet_rows(DATA), merges=["A1:A1048576"] * 5000)
    outcome, took, grown = _bounded(path)
    assert took < 30 and grown < 1024
    assert [b.estate for b in outcome.buildings] == ["甲", "甲"]     # filled cells keep their own values
    empty = [HEADER, [None, "1", "唐山", 1980, 5, 3000, 60]]
    outcome, took, grown = _bounded(_xlsx(tmp_path / "n.xlsx", _sheet_rows(empty), merges=["A1:A1048576"] * 5000))
    assert took < 30 and grown < 1024
    assert [(e.row, e.code) for e in outcome.errors] == [(2, "io_header_value")]    # the header merged down


def test_1000_merges_past_the_last_row_excel_allows(tmp_path):
    path = _xlsx(tmp_path / "m.xlsx", _sheet_rows(DATA), merges=[f"B{i + 4}:B1000000000" for i in range(1000)])
    outcome, took, grown = _bounded(path)
    assert took < 30 and grown < 1024
    assert [b.building for b in outcome.buildings] == ["1", "2"]


def test_distinct_merges_beyond_the_limit_are_refused(tmp_path):
    path = _xlsx(tmp_path / "m.xlsx", _sheet_rows(DATA), merges=[f"H{i}:I{i}" for i in range(1, 10_002)])
    outcome, took, _ = _bounded(path)
    assert isinstance(outcome, InputFileError) and outcome.code == "io_too_many_merges" and took < 30


def test_one_cell_in_column_1000_on_every_row(tmp_path):
    rows = "".join(f'<row r="{i}"><c r="ALL{i}" t="inlineStr"><is><t>x</t></is></c></row>' for i in range(2, 60_001))
    data = _sheet_rows(DATA[:1]) + rows
    outcome, took, grown = _bounded(_xlsx(tmp_path / "wide.xlsx", data))
    assert took < 30 and grown < 1024
    assert isinstance(outcome, InputFileError) and outcome.code == "io_too_many_cells"
    assert "60,000,000" in outcome.message("en") or "60000000" in outcome.message("en")


def test_one_sheet_listed_500_times_is_read_once(tmp_path):
    path = _xlsx(tmp_path / "many.xlsx", _sheet_rows(DATA), names=[f"楼栋{i}" for i in range(500)])
    outcome, took, grown = _bounded(path)
    assert took < 30 and grown < 1024
    assert [b.building for b in outcome.buildings] == ["1", "2"]
    assert outcome.extra["sheets"] == ("楼栋0",)


@pytest.mark.parametrize(("encoding", "text", "name"), [
    ("big5", "小區名稱,樓號,城市,建成年份,層數,建築面積,戶數\n河北1號小區,1號樓,唐山,1978,5,3600,60\n", "Big5"),
    ("shift_jis", "小区名称,ビル番号,都市,建成年,階数,建築面積,戸数\n河北1号小区,1号のビル,唐山,1978,5,3600,60\n",
     "Shift-JIS")])
def test_big5_and_shift_jis_are_refused(tmp_path, encoding, text, name):
    path = tmp_path / "reg.csv"
    path.write_bytes(text.encode(encoding))
    with pytest.raises(InputFileError) as info:
        read_register(path)
    assert (info.value.code, info.value.params["encoding"]) == ("io_other_encoding", name)
    assert "UTF-8" in info.value.message("zh") and "GBK" in info.value.message("en")


@pytest.mark.parametrize("encoding", ["gbk", "gb18030"])
def test_gbk_and_gb18030_registers_are_read(tmp_path, encoding):
    rows = [HEADER, ["河北1号小区", "1号楼", "唐山", 1978, 5, 3600, 60], ["幸福里小区", "2号楼", "唐山", 1979, 6, 4200, 72]]
    if encoding == "gb18030":
        rows.append(["㙟小区", "3号楼", "唐山", 1980, 6, 4200, 72])      # a character outside GBK
    reg = read_register(write_csv(tmp_path / "reg.csv", rows, encoding=encoding))
    assert [b.estate for b in reg.buildings][:2] == ["河北1号小区", "幸福里小区"]
    assert reg.extra["encoding"] == "gb18030"


def _ods(path, rows_xml: str):
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
               f'<office:spreadsheet><table:table table:name="S">{rows_xml}</table:table></office:spreadsheet>'
               '</office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return path


def _ods_cell(value: object, repeat: int = 1) -> str:
    attr = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    kind = 'office:value-type="float" office:value="{0}"' if isinstance(value, (int, float)) else \
        'office:value-type="string"'
    return f'<table:table-cell{attr} {kind.format(value)}><text:p>{value}</text:p></table:table-cell>'


def test_an_ods_repeating_a_value_over_a_huge_block_is_refused(tmp_path):
    header = "<table:table-row>" + "".join(_ods_cell(h) for h in HEADER) + "</table:table-row>"
    block = '<table:table-row table:number-rows-repeated="1000000">' + _ods_cell("x", 1000) + "</table:table-row>"
    outcome, took, grown = _bounded(_ods(tmp_path / "big.ods", header + block))
    assert took < 30 and grown < 1024
    assert isinstance(outcome, InputFileError) and outcome.code == "io_too_many_cells"


def test_a_plain_ods_is_read(tmp_path):
    rows = "".join("<table:table-row>" + "".join(_ods_cell(v) for v in row) + "</table:table-row>" for row in DATA)
    trailing = '<table:table-row table:number-rows-repeated="1048570"><table:table-cell ' \
               'table:number-columns-repeated="1024"/></table:table-row>'     # as LibreOffice writes the rest
    reg = read_register(_ods(tmp_path / "plain.ods", rows + trailing))
    assert [(b.building, b.floor_area_m2) for b in reg.buildings] == [("1", 3000.0), ("2", 3600.0)]
