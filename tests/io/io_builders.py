"""Builders of messy register files for the tests (openpyxl and the csv module)."""
from __future__ import annotations

import csv
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from openpyxl import Workbook


def write_xlsx(path: Path, sheets: dict[str, Sequence[Sequence[object]]],
               merges: dict[str, Iterable[str]] | None = None) -> Path:
    """An XLSX with the given sheets (rows as lists; ``None`` = empty cell) and merged ranges."""
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(list(row))
        for ref in (merges or {}).get(name, ()):
            ws.merge_cells(ref)
    wb.save(path)
    return path


def write_csv(path: Path, rows: Sequence[Sequence[object]], encoding: str = "utf-8", delimiter: str = ",") -> Path:
    with open(path, "w", encoding=encoding, newline="") as f:
        csv.writer(f, delimiter=delimiter).writerows(["" if v is None else v for v in row] for row in rows)
    return path


HEADER_ZH = ["小区名称", "楼号", "城市", "建成年份", "结构类型", "层数", "建筑面积(㎡)", "户数"]


_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>"""
_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
_WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>"""
_WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""
_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
</styleSheet>"""


def write_excel_style_xlsx(path: Path, strings: Sequence[str], sheet_data: str, merges: Sequence[str] = ()) -> Path:
    """An XLSX as Excel writes it: shared strings, styles with a date format (style 1),
    ``sheet_data`` the ``<row>`` elements, merged ranges after the data."""
    sst = "".join(f"<si><t>{s}</t></si>" for s in strings)
    merge_xml = (f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges)
                 + "</mergeCells>") if merges else ""
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<dimension ref="A1:A1"/><sheetData>{sheet_data}</sheetData>{merge_xml}</worksheet>')
    parts = {"[Content_Types].xml": _CONTENT_TYPES, "_rels/.rels": _RELS, "xl/workbook.xml": _WORKBOOK,
             "xl/_rels/workbook.xml.rels": _WORKBOOK_RELS, "xl/styles.xml": _STYLES,
             "xl/sharedStrings.xml": ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns='
                                      f'"http://schemas.openxmlformats.org/spreadsheetml/2006/main">{sst}</sst>'),
             "xl/worksheets/sheet1.xml": sheet}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text)
    return path


MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#: cellXfs of :func:`write_raw_xlsx`: 0 general, 1 built-in date (14), 2 date-time (22),
#: 3 custom date (164), 4 percent (10), 5 custom non-date (165), 6 duration ([h]:mm:ss, 46).
RAW_STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{MAIN_NS}">
<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>
<numFmt numFmtId="165" formatCode="#,##0.0&quot;㎡&quot;"/></numFmts>
<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="46" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""


def write_raw_xlsx(path: Path, sheets: dict[str, str], shared_strings: str = "", *, date1904: bool = False,
                   hidden: Sequence[str] = ()) -> Path:
    """An XLSX from the given XML: ``sheets`` maps each sheet name to its whole worksheet part,
    ``shared_strings`` is the ``<si>`` items (the part is left out when empty); the styles are
    :data:`RAW_STYLES`."""
    names = list(sheets)
    overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
                        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                        for i in range(1, len(names) + 1))
    if shared_strings:
        overrides += ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                      'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
    content_types = (_CONTENT_TYPES.split('<Override PartName="/xl/worksheets/')[0] + overrides
                     + '<Override PartName="/xl/styles.xml" ContentType="application/'
                       'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>')
    sheet_list = "".join(f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"'
                         + (' state="hidden"' if name in hidden else "") + "/>"
                         for i, name in enumerate(names, 1))
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{MAIN_NS}" xmlns:r='
                '"http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                + ('<workbookPr date1904="1"/>' if date1904 else "") + f"<sheets>{sheet_list}</sheets></workbook>")
    rel = '<Relationship Id="{}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{}" Target="{}"/>'
    rels = "".join(rel.format(f"rId{i}", "worksheet", f"worksheets/sheet{i}.xml") for i in range(1, len(names) + 1))
    rels += rel.format("rIdS", "styles", "styles.xml")
    if shared_strings:
        rels += rel.format("rIdT", "sharedStrings", "sharedStrings.xml")
    parts = {"[Content_Types].xml": content_types, "_rels/.rels": _RELS, "xl/workbook.xml": workbook,
             "xl/_rels/workbook.xml.rels": ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships '
                                            f'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}'
                                            "</Relationships>"),
             "xl/styles.xml": RAW_STYLES}
    if shared_strings:
        parts["xl/sharedStrings.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                         f'<sst xmlns="{MAIN_NS}">{shared_strings}</sst>')
    for i, name in enumerate(names, 1):
        parts[f"xl/worksheets/sheet{i}.xml"] = sheets[name]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text)
    return path
