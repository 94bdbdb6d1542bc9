"""``retrofit --version`` comes from the package metadata (pyproject.toml's version)."""
import tomllib
from pathlib import Path

import retrofit
from retrofit.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_version_is_the_package_metadata(capsys):
    expected = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert retrofit.version() == retrofit.__version__ == expected
    try:
        main(["--version"])
    except SystemExit as stop:
        assert stop.code == 0
    assert capsys.readouterr().out == f"retrofit {expected}\n"
