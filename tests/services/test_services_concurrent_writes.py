"""Writers at the same time: a second import waits for the first and then finds its work (no
IntegrityError), or says the database is busy when the first takes too long; an edit during a
long import says the database is busy, changes nothing, and works when tried again."""
from __future__ import annotations

import csv
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from retrofit import i18n
from retrofit.cli import main
from retrofit.domain.errors import DatabaseBusyError
from retrofit.services.app import open_services
from retrofit.storage import db as storage_db

HOLDER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from retrofit.services.app import open_services

    path, held = Path(sys.argv[2]), []
    def progress(done, total, text):
        if text == str(path) and 0 < done < total and not held:
            held.append(True)
            print("holding", flush=True)
            sys.stdin.readline()          # wait here, inside the import's transaction
    with open_services(sys.argv[1]) as app:
        app.imports.commit(path, progress=progress)
    print("finished", flush=True)
""")


def _register(path: Path, n: int, prefix: str = "小区") -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["estate", "building", "city", "year_built", "storeys", "floor_area_m2", "households"])
        for i in range(n):
            w.writerow([f"{prefix}{i // 20}", f"{i % 20}号楼", "唐山", 1980, 5, 3000, 60])
    return path


class Holder:
    """An import in another process, stopped inside its transaction until released."""

    def __init__(self, url: str, file: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", HOLDER, url, str(file)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        if not line.startswith("holding"):
            self.kill()
            raise AssertionError(line + self.proc.stderr.read())

    def release(self) -> None:
        self.proc.stdin.write("\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        self.proc.wait(timeout=60)
        assert line.startswith("finished"), line + self.proc.stderr.read()

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=30)


@pytest.fixture
def seeded(db_url):
    with open_services(db_url) as app:
        estate = app.records.create_estate({"estate": "老小区", "city": "唐山"})
        app.records.create_building(estate.id, {"building": "1号楼", "year_built": 1978, "storeys": 5,
                                                "floor_area_m2": 3000.0, "households": 60})
    return db_url


def _run(capsys, argv: list[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    finally:
        i18n.set_language(None)
    out, err = capsys.readouterr()
    return code, out, err


def test_a_second_import_says_busy_while_the_first_holds_on(seeded, tmp_path, capsys, monkeypatch):
    file = _register(tmp_path / "big.csv", 6_000)
    monkeypatch.setattr(storage_db, "BUSY_TIMEOUT_MS", 300)
    holder = Holder(seeded, file)
    try:
        for lang, words in (("zh", "数据库正忙"), ("en", "The database is busy")):
            code, out, err = _run(capsys, ["--lang", lang, "--db", seeded, "import", str(file)])
            assert code == 2 and words in err and "Traceback" not in err, err
        holder.release()
    finally:
        holder.kill()
    code, out, err = _run(capsys, ["--lang", "en", "--db", seeded, "import", str(file)])
    assert code == 0 and "6000 unchanged" in out, out + err          # the first one's work, found


def test_a_second_import_waits_for_the_first_and_finds_its_work(seeded, tmp_path, capsys):
    file = _register(tmp_path / "big.csv", 6_000)
    holder = Holder(seeded, file)
    result: dict = {}

    def second() -> None:
        with open_services(seeded) as app:
            result["summary"] = app.imports.commit(file)

    thread = threading.Thread(target=second)
    try:
        thread.start()
        thread.join(1.0)
        assert thread.is_alive()                                   # waiting for the first
        holder.release()
        thread.join(60)
    finally:
        holder.kill()
    summary = result["summary"]
    assert (summary.inserted_buildings, summary.unchanged_buildings) == (0, 6_000)
    with open_services(seeded) as app:
        assert len(app.records.list_estates()) == 301


def test_an_edit_during_a_long_import_is_busy_and_works_when_tried_again(seeded, tmp_path, monkeypatch):
    from retrofit.services import records

    file = _register(tmp_path / "big.csv", 6_000, prefix="新小区")
    monkeypatch.setattr(records, "EDIT_WAIT_MS", 200)
    with open_services(seeded) as app:
        row = app.records.list_buildings()[0]
        holder = Holder(seeded, file)
        try:
            if app.engine.dialect.name == "sqlite":        # one writer at a time: any edit waits
                with pytest.raises(DatabaseBusyError) as info:
                    app.records.update_building(row.id, row.version, {"storeys": 6})
                assert "数据库正忙" in info.value.message("zh") and "busy" in info.value.message("en")
                assert app.records.get_building(row.id).values["storeys"] == 5
            holder.release()
        finally:
            holder.kill()
        updated = app.records.update_building(row.id, row.version, {"storeys": 6})
        assert updated.values["storeys"] == 6 and updated.version == row.version + 1
        assert len(app.records.list_estates()) == 301
