"""Office PCs: folders with spaces and Chinese characters, and worker processes started with
``spawn`` (the only method on Windows), through the ``retrofit`` console script."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from retrofit import processes

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "packaging" / "sample-register.csv"
SCRIPT = Path(sys.executable).with_name("retrofit")

pytestmark = pytest.mark.skipif(not SCRIPT.exists(), reason="the retrofit console script is not installed")


def _run(*args: str, home: Path, **env: str) -> subprocess.CompletedProcess:
    environ = {**os.environ, "RETROFIT_HOME": str(home), **env}
    environ.pop("RETROFIT_DB", None)
    result = subprocess.run([str(SCRIPT), *args], capture_output=True, text=True, encoding="utf-8",
                            env=environ, timeout=300)
    assert result.returncode == 0, result.stderr
    return result


@pytest.fixture
def office(tmp_path: Path) -> Path:
    """``…/张三/我的文档/改造 计划``, as on a Windows PC, with the sample register in it."""
    folder = tmp_path / "张三" / "我的文档" / "改造 计划"
    folder.mkdir(parents=True)
    shutil.copy(SAMPLE, folder / "台账 2024.csv")
    return folder


def test_spawn_is_the_start_method_everywhere(monkeypatch):
    monkeypatch.delenv(processes.START_METHOD_ENV, raising=False)
    assert processes.context().get_start_method() == "spawn"
    monkeypatch.setenv(processes.START_METHOD_ENV, "forkserver")
    assert processes.context().get_start_method() == "forkserver"
    monkeypatch.setenv(processes.START_METHOD_ENV, "no-such-method")
    assert processes.start_method() == "spawn"


def test_database_import_export_estimate_and_reports_in_a_chinese_folder(office: Path):
    home = office / "数据 目录"
    db = office / "城市 数据.sqlite"
    out = _run("--db", str(db), "import", str(office / "台账 2024.csv"), home=home)
    assert "3" in out.stdout + out.stderr and db.exists()

    export = office / "导出 结果.xlsx"
    _run("--db", str(db), "export", str(export), home=home)
    from retrofit.io import read_register

    exported = read_register(export)
    assert sorted(b.building for b in exported.buildings) == ["1号楼", "2号楼", "3号楼"]

    from_db = json.loads(_run("--db", f"sqlite:///{db}", "estimate", "--json", home=home).stdout)
    from_file = json.loads(_run("estimate", str(office / "台账 2024.csv"), "--json", home=home).stdout)
    assert from_db["totals"]["floor_area_m2"] == pytest.approx(7900)
    assert from_db["totals"]["saved_tce"] == pytest.approx(from_file["totals"]["saved_tce"], rel=1e-9)

    reports = office / "报告 输出"
    printed = _run("--db", str(db), "report", "--all", "--jobs", "2", "--out", str(reports), home=home,
                   RETROFIT_START_METHOD="spawn").stdout.splitlines()
    assert len(printed) == 2                                    # two estates, rendered by two workers
    for line in printed:
        path = Path(line)
        assert path.parent == reports and path.read_bytes()[:5] == b"%PDF-"
    assert {Path(p).name.split("-")[0] for p in printed} == {"河北一号院", "光明里"}

    _run("--db", str(db), "db", "backup", home=home)
    backups = list(office.glob("城市 数据.*.bak.sqlite"))
    assert len(backups) == 1 and backups[0].stat().st_size > 0


def test_default_database_in_a_chinese_data_folder(office: Path):
    home = office / "用户 数据"
    _run("import", str(office / "台账 2024.csv"), home=home)
    assert (home / "retrofit.sqlite").exists()
    doc = json.loads(_run("estimate", "--json", home=home).stdout)
    assert len(doc["buildings"]) == 3


def test_a_worker_error_survives_the_trip_between_processes():
    """What a spawned worker sends back (pickled) turns into the same readable error."""
    import pickle

    from retrofit.commands.report import _reraise, _WorkerFailure
    from retrofit.domain.errors import ValidationError

    failure = pickle.loads(pickle.dumps(_WorkerFailure("ValidationError", "report_lang", {"value": "fr"})))
    with pytest.raises(ValidationError) as caught:
        _reraise(failure)
    assert "fr" in caught.value.message("en") and "zh" in caught.value.message("en")
