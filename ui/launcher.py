"""Entry point of the ``retrofit`` console script (and of the bundled executables).

No subcommand: start the desktop app (Qt is imported only then). Otherwise: the CLI.

On Windows the bundle has two executables: ``retrofit.exe`` (a console program: the CLI, and the
desktop app when started from a terminal) and ``RetrofitPlanner.exe`` (windowed: the Start-menu
entry). A windowed program has no standard streams; they go to nowhere instead of failing, and
an error that stops the start is written to the log file in the user's data folder.
"""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence


def _start_gui(args: argparse.Namespace) -> int:
    try:
        from ui.app import run  # Qt is loaded here, not for CLI commands

        return run(db_url=args.db, lang=args.lang)
    except Exception:
        _log_failed_start()
        raise


def _log_failed_start() -> None:
    """Write why the desktop app could not start to ``retrofit.log`` in the data folder (a
    windowed program has no terminal to show it)."""
    import datetime as dt
    import traceback

    try:
        from retrofit.paths import data_dir

        with open(data_dir() / "retrofit.log", "a", encoding="utf-8") as log:
            log.write(f"{dt.datetime.now():%Y-%m-%d %H:%M:%S} ERROR the desktop app did not start\n")
            log.write(traceback.format_exc())
    except OSError:
        pass


def _ensure_streams() -> None:
    """Windowed programs (``RetrofitPlanner.exe``, ``pythonw``) have None as standard streams."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 (for the process)


def main(argv: Sequence[str] | None = None) -> int:
    import multiprocessing

    _ensure_streams()
    from retrofit.cli import main as cli_main

    multiprocessing.freeze_support()      # a frozen app's planner worker (spawn) starts here on Windows

    return cli_main(sys.argv[1:] if argv is None else argv, gui=_start_gui)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
