"""Hostile and broken files are refused with one clear message."""
from __future__ import annotations

import zipfile

import pytest
from io_builders import write_csv, write_xlsx

from retrofit.domain.errors import InputFileError
from retrofit.io.registers import read_register
from retrofit.io.sources import Limits

HEADER = ["小区名称", "楼号", "城市", "建成年份", "层数", "建筑面积", "户数"]


def _rows(n: int) -> list[list]:
    return [HEADER] + [["甲", str(i), "沈阳", 1980, 6, 3000, 40] for i in range(n)]


def _refused(path, limits=None) -> InputFileError:
    with pytest.raises(InputFileError) as info:
        read_register(path, limits=limits)
    assert info.value.errors == ()
    return info.value


def test_file_size(tmp_path):
    exc = _refused(write_csv(tmp_path / "big.csv", _rows(50)), Limits(max_file_bytes=1024))
    assert exc.code == "io_file_too_large"
    assert exc.message("en").startswith("big.csv is ")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_row_count(tmp_path, suffix):
    path = tmp_path / f"rows{suffix}"
    write_csv(path, _rows(30)) if suffix == ".csv" else write_xlsx(path, {"S": _rows(30)})
    exc = _refused(path, Limits(max_rows=20))
    assert exc.code == "io_too_many_rows"
    assert exc.message("zh") == f"文件 rows{suffix} 超过 20 行的上限"
    assert len(read_register(path, limits=Limits(max_rows=31)).buildings) == 30


def test_too_many_columns(tmp_path):
    rows = _rows(3)
    rows[2] = rows[2] + ["x"] * 40
    exc = _refused(write_csv(tmp_path / "wide.csv", rows), Limits(max_columns=30))
    assert (exc.code, exc.params["row"], exc.params["columns"]) == ("io_too_many_columns", 3, 47)


def test_zip_bomb_is_refused_before_unpacking(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (40 * 1024 * 1024))
    exc = _refused(path)
    assert exc.code == "io_zip_bomb"
    assert "xl/worksheets/sheet1.xml" in exc.params["detail"]


def test_unpacked_size_limit(tmp_path):
    path = write_xlsx(tmp_path / "ok.xlsx", {"S": _rows(5)})
    assert _refused(path, Limits(max_unpacked_bytes=1000)).code == "io_zip_bomb"


def test_absurdly_long_cells(tmp_path):
    rows = _rows(2)
    rows[1][0] = "甲" * 5000
    with pytest.raises(InputFileError) as info:
        read_register(write_xlsx(tmp_path / "long.xlsx", {"S": rows}))
    assert [(e.row, e.column, e.code) for e in info.value.errors] == [(2, "小区名称", "text_too_long")]
    assert info.value.errors[0].value == "甲" * 100 + "…"
    rows[1][0] = "x" * 200_000
    exc = _refused(write_csv(tmp_path / "long.csv", rows))
    assert (exc.code, exc.params["row"]) == ("io_bad_csv", 2)


@pytest.mark.parametrize(("name", "content", "code"), [
    ("broken.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "io_bad_xlsx"),
    ("renamed.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "io_bad_xlsx"),
    ("book.xlsb", b"PK\x03\x04", "io_unsupported"),
    ("text.xlsx", "小区名称,楼号\n".encode(), "io_bad_xlsx"),
    ("garbage.csv", b"\x81\xff\xff\xfe\x80", "io_encoding"),
    ("data.json", b"{}", "io_unsupported"),
])
def test_unreadable_files(tmp_path, name, content, code):
    path = tmp_path / name
    path.write_bytes(content)
    assert _refused(path).code == code


def test_missing_file(tmp_path):
    assert _refused(tmp_path / "nope.csv").message("en") == "The file nope.csv does not exist"


def test_zip_without_workbook(tmp_path):
    path = tmp_path / "empty.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "hi")
    assert _refused(path).code == "io_bad_xlsx"
