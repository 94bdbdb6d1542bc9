"""The register of a district office as offices lay it out, built with openpyxl: a merged title,
a filled-in-by line, a two-row header (group headings merged over the field headings, 改造前 /
改造后 over the two wall U-values), a units row, estates merged down over their buildings, a
blank row, a totals row, and a footer of signatures, a date and a note; a second sheet for
another district with a plain header.

``tests/io/fixtures/office.xls`` and ``office.ods`` are this workbook saved by LibreOffice
(``python tests/io/office_book.py`` writes ``office.xlsx``, then
``soffice --headless --convert-to xls office.xlsx`` and ``--convert-to ods``)."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from openpyxl import Workbook

FIELDS = ["小区名称", "楼号", "城市", "建成年份", "层数", "建筑面积", "户数", "外墙传热系数", "外墙传热系数", "改造方案",
          "实施状态", "开工日期", "实际投资"]
UNITS = [None, None, None, "年", "层", "㎡", "户", "W/(㎡·K)", "W/(㎡·K)", None, None, None, "万元"]


def office_workbook(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "路北区"
    ws.append(["路北区既有居住建筑节能改造楼栋台账"])
    ws.merge_cells("A1:M1")
    ws.append(["填报单位：路北区住建局", None, None, None, None, None, None, None, None, None, "单位：㎡、万元"])
    ws.append(["基本信息", None, None, None, None, None, None, "改造前", "改造后", "实施情况"])
    ws.merge_cells("A3:G3")
    ws.merge_cells("J3:M3")
    ws.append(FIELDS)
    ws.append(UNITS)
    ws.append(["河北1号小区", "1号楼", "唐山", 1978, 5, 3600, 60, 1.7, 0.45, "常规", "施工", "2012年4月", 125.5])
    ws.append([None, "2号楼", "唐山", 1979, 6, "4,200", 72, 1.7, 0.45, "深度", "施工", dt.date(2012, 5, 2), 160])
    ws.append([None, "3号楼", "唐山", 1980, 6, 4200.5, 72, None, None, "基础", "计划", None, None])
    ws.merge_cells("A6:A8")
    ws.append([])
    ws.append(["唐钢小区", "1号楼", "唐山", 1985, 4, 2400, 48, 1.5, 0.5, "常规", "设计", "2013/3/1", 80])
    ws.append(["合计", None, None, None, None, 14400.5, 252])
    ws.append(["填表人：张三", None, None, None, "审核：李四", None, None, None, None, "日期：2026年3月28日"])
    ws.append(["注：建筑面积为地上建筑面积。"])
    ws2 = wb.create_sheet("路南区")
    ws2.append(FIELDS[:7] + ["实施状态"])
    ws2.append(["幸福里", "1号楼", "唐山", 1982, 6, 3000, 60, "施工中"])
    wb.save(path)
    return path


if __name__ == "__main__":
    office_workbook(Path(sys.argv[1] if len(sys.argv) > 1 else "office.xlsx"))
