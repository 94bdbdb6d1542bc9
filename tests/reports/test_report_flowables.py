"""The lean row table: splits over pages with its header, never cuts a cell."""
from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from reports.flowables import RowTable
from reports.fonts import register_fonts


def test_row_table_repeats_its_header_and_keeps_every_row(read_pdf):
    font = register_fonts()
    rows = [[f"第{i}行", "很长很长的说明文字" * 4, f"{i * 1000:,}"] for i in range(1, 201)]
    rows.append(["合计", "", "20,100,000"])
    table = RowTable(["名称", "说明", "金额 元"], rows, [80, 200, 100], font=font, right_from=2, total_row=True)
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, initialFontName=font).build([table])
    pdf = read_pdf(out.getvalue())
    assert len(pdf.pages) > 3
    assert all("名称" in page and "金额 元" in page for page in pdf.pages)
    for i in (1, 57, 200):
        assert pdf.contains(f"第{i}行") and pdf.contains(f"{i * 1000:,}")
    assert pdf.contains("很长很长的说明文字" * 4)               # shrunk to fit, not cut
    assert pdf.pages[-1].strip().endswith("20,100,000") or "20,100,000" in pdf.pages[-1]
