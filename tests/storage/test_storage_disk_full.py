"""A full disk during an import, a backup, an upgrade, an export or the reports: a clear message
in Chinese and in English, exit code 2, the records intact and no partial file left behind.

The disk is a small tmpfs filled up to a few kB (as root), otherwise each file the command
writes is limited with RLIMIT_FSIZE (the write fails with EFBIG, as on a full disk)."""
from __future__ import annotations

import csv
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from _dbstates import FIRST, at_first_revision
from _mounts import can_mount, fill, run_cli, tmpfs

from retrofit.services.app import open_services

DISK_WORDS = {"zh": "磁盘", "en": "disk"}


class Disk:
    """A folder whose disk fills up: ``fill(leave)`` leaves about ``leave`` bytes free (a tmpfs),
    or limits every file the command writes to its present size plus ``leave``."""

    def __init__(self, folder: Path, mounted: bool) -> None:
        self.folder, self.mounted, self.limit = folder, mounted, None

    def fill(self, leave: int) -> None:
        if self.mounted:
            fill(self.folder, leave)
        else:
            sizes = [p.stat().st_size for p in self.folder.iterdir() if p.is_file()]
            self.limit = max(sizes, default=0) + leave

    def free(self) -> None:
        (self.folder / "filler.bin").unlink(missing_ok=True)
        self.limit = None

    def run(self, *argv: str, lang: str = "en"):  # noqa: ANN201
        return run_cli(["--lang", lang, *argv], file_limit=self.limit)

    def files(self) -> list[str]:
        """The files in the folder but the filler and SQLite's WAL index (``-shm``, and an
        empty ``-wal``), which a reader of a WAL database on a full disk cannot remove."""
        return sorted(p.name for p in self.folder.iterdir() if p.name != "filler.bin"
                      and not p.name.endswith("-shm") and not (p.name.endswith("-wal") and not p.stat().st_size))


@pytest.fixture
def disk(tmp_path):
    folder = tmp_path / "disk"
    if can_mount():
        with tmpfs(folder, 8 * 1024):
            yield Disk(folder, True)
    else:
        folder.mkdir()
        yield Disk(folder, False)


def _big_csv(path: Path, n: int) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["estate", "building", "city", "year_built", "storeys", "floor_area_m2", "households"])
        for i in range(n):
            w.writerow([f"新小区{i // 20}", f"{i % 20}号楼", "唐山", 1980, 5, 3000, 60])
    return path


def _estates(db: Path) -> list[str]:
    """The estates' names, read without making the WAL index files (they would take the space)."""
    with closing(sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True)) as con:
        return [r[0] for r in con.execute("SELECT name FROM estate ORDER BY id")]


def _said_disk_full(result, lang: str) -> bool:  # noqa: ANN001
    return (result.returncode == 2 and DISK_WORDS[lang] in result.stderr.lower()
            and "Traceback" not in result.stderr and result.stdout == "")


def _one_building(db: Path) -> None:
    with open_services(str(db)) as app:
        estate = app.records.create_estate({"estate": "老小区", "city": "唐山"})
        app.records.create_building(estate.id, {"building": "1号楼", "year_built": 1978, "storeys": 5,
                                                "floor_area_m2": 3000.0, "households": 60})


def test_import_on_a_full_disk_changes_nothing_and_says_so(disk, tmp_path):
    db = disk.folder / "records.sqlite"
    _one_building(db)
    register = _big_csv(tmp_path / "big.csv", 12_000)
    disk.fill(64 * 1024)
    for lang in ("zh", "en"):
        result = disk.run("--db", str(db), "import", str(register), lang=lang)
        assert _said_disk_full(result, lang), result.stderr
        assert _estates(db) == ["老小区"]
        assert disk.files() == ["records.sqlite"]
    disk.free()
    assert disk.run("--db", str(db), "import", str(register)).returncode == 0
    assert len(_estates(db)) == 601


def test_a_backup_on_a_full_disk_leaves_no_file(disk, tmp_path):
    db = tmp_path / "records.sqlite"
    _one_building(db)
    disk.fill(8 * 1024)
    for lang in ("zh", "en"):
        result = disk.run("--db", str(db), "db", "backup", "--to", str(disk.folder / "copy.sqlite"), lang=lang)
        assert _said_disk_full(result, lang), result.stderr
        assert disk.files() == []


def test_the_backup_next_to_a_database_on_a_full_disk_leaves_no_file(disk):
    db = disk.folder / "records.sqlite"
    _one_building(db)
    disk.fill(8 * 1024)
    for lang in ("zh", "en"):
        result = disk.run("--db", str(db), "db", "backup", lang=lang)
        assert _said_disk_full(result, lang), result.stderr
        assert disk.files() == ["records.sqlite"]


def test_an_upgrade_whose_backup_does_not_fit_changes_nothing(disk):
    db = disk.folder / "records.sqlite"
    at_first_revision(str(db))
    disk.fill(8 * 1024)
    for lang in ("zh", "en"):
        result = disk.run("--db", str(db), "db", "upgrade", lang=lang)
        assert _said_disk_full(result, lang), result.stderr
        assert disk.files() == ["records.sqlite"]
        with closing(sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True)) as con:
            assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (FIRST,)
    disk.free()
    assert disk.run("--db", str(db), "db", "upgrade").returncode == 0


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_to_a_full_disk_keeps_the_old_file(disk, tmp_path, suffix):
    db = tmp_path / "records.sqlite"
    _one_building(db)
    register = _big_csv(tmp_path / "big.csv", 6_000)
    target = disk.folder / f"export{suffix}"
    assert disk.run("--db", str(db), "export", str(target)).returncode == 0       # last week's export
    old = target.read_bytes()
    assert disk.run("--db", str(db), "import", str(register)).returncode == 0
    disk.fill(16 * 1024)
    for lang in ("zh", "en"):
        result = disk.run("--db", str(db), "export", str(target), lang=lang)
        assert _said_disk_full(result, lang), result.stderr
        assert target.read_bytes() == old and disk.files() == [target.name]


def test_reports_on_a_full_disk_leave_only_whole_pdfs(disk, tmp_path):
    db = tmp_path / "records.sqlite"
    register = _big_csv(tmp_path / "big.csv", 200)
    assert run_cli(["--db", str(db), "import", str(register)]).returncode == 0
    disk.fill(300 * 1024)
    for lang in ("zh", "en"):
        result = disk.run("--db", str(db), "report", "--all", "--jobs", "1", "--out", str(disk.folder), lang=lang)
        assert _said_disk_full(result, lang), result.stderr
        for name in disk.files():
            data = (disk.folder / name).read_bytes()
            assert name.endswith(".pdf") and data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF"), name
