"""Output files are written whole or not at all; file names fit every file system."""
from __future__ import annotations

import errno
import os

import pytest

from retrofit.domain.errors import OutputFileError
from retrofit.files import NAME_MAX_BYTES, atomic_write, safe_filename, write_bytes


def test_a_file_appears_only_when_complete(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")
    with atomic_write(target, "w", encoding="utf-8") as fh:
        fh.write("new")
        assert target.read_text(encoding="utf-8") == "old"           # not yet
        assert [p.name for p in tmp_path.iterdir() if p.name != "out.csv"][0].startswith(".retrofit-")
    assert target.read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_a_failed_write_keeps_the_old_file_and_leaves_nothing(tmp_path):
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_write(target) as fh:
        fh.write(b"half")
        raise RuntimeError("stopped")
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["out.bin"]


@pytest.mark.parametrize("code, zh, en", [(errno.ENOSPC, "磁盘已满", "The disk is full"),
                                          (errno.EFBIG, "磁盘已满", "The disk is full"),
                                          (errno.EACCES, "无法写入", "Cannot write")])
def test_write_errors_are_messages_in_both_languages(tmp_path, code, zh, en):
    target = tmp_path / "report.pdf"
    with pytest.raises(OutputFileError) as info, atomic_write(target) as fh:
        fh.write(b"%PDF-1.4 half")
        raise OSError(code, os.strerror(code))              # what the next write() raises
    assert zh in info.value.message("zh") and en in info.value.message("en")
    assert str(target) in info.value.message("en")
    assert list(tmp_path.iterdir()) == []


def test_new_files_get_the_usual_permissions(tmp_path):
    mask = os.umask(0o022)
    try:
        write_bytes(tmp_path / "a.pdf", b"%PDF")
    finally:
        os.umask(mask)
    assert (tmp_path / "a.pdf").stat().st_mode & 0o777 == 0o644


def test_a_long_chinese_name_is_cut_by_bytes_between_characters():
    name = "测试小区" * 25                                      # 100 characters, 300 bytes
    out = safe_filename(name, ".pdf", tail="-改造方案-zh-12345")
    assert len(out.encode("utf-8")) <= NAME_MAX_BYTES
    assert out.endswith("-改造方案-zh-12345.pdf") and out.startswith("测试小区测试")
    assert out.encode("utf-8").decode("utf-8") == out


def test_combining_marks_are_not_cut_from_their_letter():
    out = safe_filename("x\u0301" * 200, ".pdf", limit=41)         # room for 12 pairs and a letter
    assert out == "x\u0301" * 12 + ".pdf"


@pytest.mark.parametrize("stem", [".", "..", "...", "./x", "../../etc/passwd", "a/b\\c", "\x00\x1b", " ", "CON",
                                  "nul.txt", "LPT9", "com¹"])
def test_no_name_is_hidden_a_path_or_reserved(stem):
    out = safe_filename(stem, ".pdf")
    assert not out.startswith(".") and "/" not in out and "\\" not in out
    assert out not in (".pdf", "..pdf") and not any(ord(c) < 32 for c in out)
    assert out.split(".")[0].upper() not in ("CON", "NUL", "LPT9", "COM¹")


def test_names_are_kept_unique_when_asked():
    taken: set[str] = set()
    names = [safe_filename(s, ".pdf", taken=taken) for s in ("甲", "甲", "A", "a", "甲" * 100, "甲" * 101)]
    assert len({n.casefold() for n in names}) == len(names)
    assert names[:4] == ["甲.pdf", "甲-2.pdf", "A.pdf", "a-2.pdf"]
    assert all(len(n.encode("utf-8")) <= NAME_MAX_BYTES for n in names)


def test_a_workbook_that_cannot_be_saved_leaves_the_old_file_and_no_sheet_file(tmp_path, monkeypatch):
    from openpyxl import Workbook
    from openpyxl.writer.excel import ExcelWriter

    from retrofit.files import save_workbook

    target = tmp_path / "buildings.xlsx"
    target.write_bytes(b"old workbook")
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("buildings")
    ws.append(["路南区", 1, 2.5])
    sheet_file = ws._writer.out                         # openpyxl keeps the rows here until saved

    def full(self):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(ExcelWriter, "write_data", full)
    with pytest.raises(OutputFileError) as info:
        save_workbook(wb, target)
    assert info.value.code == "output_disk_full"
    assert target.read_bytes() == b"old workbook" and [p.name for p in tmp_path.iterdir()] == ["buildings.xlsx"]
    assert not os.path.exists(sheet_file)
