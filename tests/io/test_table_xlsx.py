"""Tables of the app written as .xlsx: read back with openpyxl; the file is replaced only
when complete."""
import datetime as dt
import errno

import openpyxl
import pytest

from retrofit.domain.errors import RetrofitError
from retrofit.io.table_xlsx import sheet_title, write_table


def test_a_table_reads_back_with_numbers_dates_and_formats(tmp_path):
    path = tmp_path / "楼栋.xlsx"
    rows = [["1号楼", 1980, 3600.5, 0.35, dt.date(2012, 4, 1), "=SUM(A1:A9)", True],
            ["2号楼\x07", 1981, 1234567.25, None, None, "", False]]
    assert write_table(path, ["楼号", "建成年份", "建筑面积 [m²]", "同意率", "开工日期", "备注", "采暖"], rows,
                       [None, "0", "#,##0.0", "0.0%", None, None, None], title="全部楼栋", frozen_columns=1) == 2
    wb = openpyxl.load_workbook(path)
    ws = wb["全部楼栋"]
    values = [[c.value for c in r] for r in ws.iter_rows()]
    assert values[0] == ["楼号", "建成年份", "建筑面积 [m²]", "同意率", "开工日期", "备注", "采暖"]
    assert values[1][:4] == ["1号楼", 1980, 3600.5, 0.35]
    assert values[1][4] == dt.datetime(2012, 4, 1) and values[1][5] == "=SUM(A1:A9)" and values[1][6] is True
    assert ws["F2"].data_type == "s"                                     # text, never a formula
    assert values[2][:3] == ["2号楼\ufffd", 1981, 1234567.25] and values[2][3:6] == [None, None, None]
    assert (ws["B2"].number_format, ws["C2"].number_format, ws["D2"].number_format) == ("0", "#,##0.0", "0.0%")
    assert ws["E2"].number_format == "yyyy-mm-dd"
    assert ws.freeze_panes == "B2" and ws.auto_filter.ref == "A1:G3"
    assert ws["A1"].font.bold
    assert ws.column_dimensions["C"].width >= len("1,234,567.25")


def test_a_failed_write_leaves_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "plan.xlsx"
    path.write_bytes(b"old workbook")

    from openpyxl.writer.excel import ExcelWriter

    real_write = ExcelWriter.write_data

    def full(self):                            # the disk fills up once the workbook is written
        real_write(self)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(ExcelWriter, "write_data", full)
    with pytest.raises(RetrofitError) as info:
        write_table(path, ["a"], [[1]])
    assert info.value.code == "output_disk_full" and "plan.xlsx" in info.value.message("zh")
    assert path.read_bytes() == b"old workbook"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.xlsx"]              # no temporary file left


def test_a_folder_that_cannot_be_written_is_an_error_in_words(tmp_path):
    with pytest.raises(RetrofitError) as info:
        write_table(tmp_path / "missing" / "x.xlsx", ["a"], [[1]])
    assert info.value.message("en").startswith("Cannot write")


def test_sheet_titles_excel_accepts():
    assert sheet_title("年度计划 2008/2010 [草稿]") == "年度计划 2008_2010 _草稿_"
    assert len(sheet_title("x" * 40)) == 31 and sheet_title("") == "Sheet1"


def test_cells_with_formats_of_their_own_and_a_cancel(tmp_path):
    from retrofit.io.table_xlsx import Cell
    from retrofit.progress import Cancelled, CancelToken

    path = tmp_path / "compare.xlsx"
    seen = []
    write_table(path, ["", "常规"], [["节约标煤", Cell(1234.5, "#,##0.0")], ["占目标", Cell(0.25, "0.0%")]],
                progress=lambda done, total, text: seen.append((done, total, text)))
    ws = openpyxl.load_workbook(path).active
    assert (ws["B2"].value, ws["B2"].number_format, ws["B3"].value, ws["B3"].number_format) == (
        1234.5, "#,##0.0", 0.25, "0.0%")
    assert seen == [(0, 2, "compare.xlsx")]
    from openpyxl.worksheet._writer import ALL_TEMP_FILES

    token = CancelToken()
    token.cancel()
    sheet_files = list(ALL_TEMP_FILES)
    with pytest.raises(Cancelled):
        write_table(tmp_path / "big.xlsx", ["a"], [[i] for i in range(3000)], cancel=token)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["compare.xlsx"]
    assert ALL_TEMP_FILES == sheet_files                      # openpyxl's file for the rows is gone
