"""The dependency rules of the layout, checked by import-linter (contracts in pyproject.toml)."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("retrofit", "calc", "reports", "ui", "resources")


def _lint_imports(where: Path) -> subprocess.CompletedProcess:
    exe = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    env = {**os.environ, "PYTHONPATH": str(where)}
    return subprocess.run([exe, "--no-cache"], cwd=where, env=env, capture_output=True, text=True, timeout=300)


def test_import_contracts_are_kept():
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout
    assert "0 broken" in result.stdout


def test_a_qt_import_in_calc_is_reported(tmp_path):
    """The guard itself works, on a copy of the code with a Qt import added to calc."""
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    ignore = shutil.ignore_patterns("__pycache__")
    for package in PACKAGES:
        shutil.copytree(ROOT / package, tmp_path / package, ignore=ignore)
    (tmp_path / "calc" / "_contract_probe.py").write_text("import PySide6  # noqa\n")
    result = _lint_imports(tmp_path)
    assert result.returncode != 0
    assert "Only ui may import Qt" in result.stdout
    assert "calc._contract_probe -> PySide6" in result.stdout
