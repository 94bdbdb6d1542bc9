"""Estate names that make awkward file names: ``retrofit report --all`` writes every PDF, each
name at most 255 bytes, visible (no leading dot), without path separators or reserved Windows
names, and all different."""
from __future__ import annotations

from pathlib import Path

import pytest

from retrofit import i18n
from retrofit.cli import main
from retrofit.services.app import open_services

NAMES = ("测试小区" * 25,                      # 100 characters, 300 bytes in UTF-8
         "测试小区" * 25 + "二期",             # the same beginning: the names must still differ
         ".", "..", ".hidden", "a/b\\c", "CON", "新华里小区")


@pytest.fixture
def awkward(tmp_path):
    url = f"sqlite:///{tmp_path / 'awkward.sqlite'}"
    with open_services(url) as app:
        for name in NAMES:
            estate = app.records.create_estate({"estate": name, "city": "唐山"})
            app.records.create_building(estate.id, {"building": "1号楼", "year_built": 1980, "storeys": 5,
                                                    "floor_area_m2": 3000.0, "households": 60})
    return url


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_estate_gets_a_safe_file(awkward, tmp_path, capsys, jobs, lang):
    out = tmp_path / f"out-{jobs}-{lang}"
    try:
        code = main(["--lang", lang, "report", "--db", awkward, "--all", "--jobs", jobs, "--out", str(out)])
    finally:
        i18n.set_language(None)
    captured = capsys.readouterr()
    assert code == 0, captured.err
    paths = [Path(line) for line in captured.out.splitlines()]
    files = sorted(out.iterdir())
    assert len(paths) == len(NAMES) == len(files) and sorted(paths) == files
    for path in files:
        name = path.name
        assert len(name.encode("utf-8")) <= 255 and name.endswith(".pdf")
        assert not name.startswith(".") and path.parent == out
        assert name.split("-")[0].upper() != "CON"
        assert path.read_bytes().startswith(b"%PDF")
    assert len({p.name.casefold() for p in files}) == len(NAMES)
    long_one = next(p.name for p in files if p.name.startswith("测试小区"))
    assert len(long_one.encode("utf-8")) > 200                     # cut near the limit, not to 120 characters


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_out_onto_a_file_is_a_clear_message(awkward, tmp_path, capsys, jobs):
    existing = tmp_path / "plans.pdf"
    existing.write_bytes(b"%PDF-1.4 kept")
    for out, named, lang, says in ((existing, existing, "zh", "是一个文件，不是文件夹"),
                                   (existing / "sub", existing, "en", "is a file, not a folder")):
        try:
            code = main(["--lang", lang, "report", "--db", awkward, "--all", "--jobs", jobs, "--out", str(out)])
        finally:
            i18n.set_language(None)
        captured = capsys.readouterr()
        assert code == 2 and says in captured.err and str(named) in captured.err, captured.err
        assert "Traceback" not in captured.err and captured.out == ""
    assert existing.read_bytes() == b"%PDF-1.4 kept"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["awkward.sqlite", "plans.pdf"]


def test_out_where_nothing_can_be_written_is_a_clear_message(awkward, tmp_path, capsys):
    from _mounts import read_only_folder

    folder = tmp_path / "ro"
    folder.mkdir()
    with read_only_folder(folder):
        for out, lang, says in ((folder, "zh", "没有写入权限，或磁盘是只读的"), (folder / "pdf", "en", "no permission to write there")):
            try:
                code = main(["--lang", lang, "report", "--db", awkward, "--all", "--jobs", "1", "--out", str(out)])
            finally:
                i18n.set_language(None)
            captured = capsys.readouterr()
            assert code == 2 and says in captured.err and str(out) in captured.err, captured.err
            assert "Traceback" not in captured.err and captured.out == ""
        assert list(folder.iterdir()) == []
