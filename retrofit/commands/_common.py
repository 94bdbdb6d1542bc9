"""Helpers shared by the record commands: opening the services and a terminal progress bar."""
from __future__ import annotations

import sys
from typing import TextIO

from retrofit import i18n
from retrofit.services.app import AppServices, open_services
from retrofit.services.dto import ChangeSummary


def open_app(args, *, read_only: bool = False) -> AppServices:  # noqa: ANN001 (argparse namespace)
    """The services for ``--db`` (or the default database); reports an upgrade's backup.
    ``read_only`` for the commands that only read: nothing is created, migrated or written."""
    app = open_services(getattr(args, "db", None), read_only=read_only)
    if app.upgrade.backup is not None:
        print(i18n.message("cli_db_upgraded", path=app.upgrade.backup), file=sys.stderr)
    return app


def summary_text(summary: ChangeSummary) -> str:
    return i18n.message("cli_change_summary", inserted_estates=summary.inserted_estates,
                        updated_estates=summary.updated_estates, inserted_buildings=summary.inserted_buildings,
                        updated_buildings=summary.updated_buildings,
                        unchanged_buildings=summary.unchanged_buildings)


class TerminalProgress:
    """A one-line progress bar on standard error, only when it is a terminal."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.active = self.stream.isatty()
        self._last = -1

    def __call__(self, done: int, total: int, text: str = "") -> None:
        if not self.active or total <= 0:
            return
        percent = int(100 * done / total)
        if percent == self._last:
            return
        self._last = percent
        bar = "#" * (percent // 4)
        self.stream.write(f"\r[{bar:<25}] {percent:3d}% {done}/{total}")
        self.stream.flush()

    def close(self) -> None:
        if self.active and self._last >= 0:
            self.stream.write("\n")
            self.stream.flush()
