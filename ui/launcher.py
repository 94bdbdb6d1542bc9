"""Entry point of the ``retrofit`` console script.

No subcommand: start the desktop app (Qt is imported only then). Otherwise: the CLI.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def _start_gui(args: argparse.Namespace) -> int:
    from ui.app import run  # Qt is loaded here, not for CLI commands

    return run(db_url=args.db, lang=args.lang)


def main(argv: Sequence[str] | None = None) -> int:
    import multiprocessing

    from retrofit.cli import main as cli_main

    multiprocessing.freeze_support()      # a frozen app's planner worker (spawn) starts here on Windows

    return cli_main(sys.argv[1:] if argv is None else argv, gui=_start_gui)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
