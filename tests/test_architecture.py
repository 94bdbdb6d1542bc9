"""The dependency rules of the layout, checked by import-linter (contracts in pyproject.toml)."""
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _lint_imports() -> subprocess.CompletedProcess:
    exe = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    return subprocess.run([exe, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_import_contracts_are_kept_and_enforced():
    result = _lint_imports()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout
    assert "0 broken" in result.stdout
    # The guard itself works: a Qt import in calc is reported. (One test, so that no parallel
    # worker lints while the probe file exists.)
    intruder = ROOT / "calc" / "_contract_probe.py"
    intruder.write_text("import PySide6  # noqa\n")
    try:
        result = _lint_imports()
    finally:
        intruder.unlink()
    assert result.returncode != 0
    assert "Only ui may import Qt" in result.stdout
