"""The database a benchmark works on."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path


def demo_database(url: str | None, folder: Path | None = None) -> str:
    """A database the benchmark may change: a new demo city in ``folder`` (a new temporary folder
    when not given) without ``url``, a copy of a SQLite ``url``, or a server's ``url`` itself."""
    folder = folder or Path(tempfile.mkdtemp())
    if url is None:
        from retrofit.demo import ensure_demo

        url = f"sqlite:///{folder / 'demo.sqlite'}"
        ensure_demo(url)
    elif url.startswith("sqlite:///"):
        shutil.copyfile(url.removeprefix("sqlite:///"), folder / "copy.sqlite")
        url = f"sqlite:///{folder / 'copy.sqlite'}"
    return url
