"""``retrofit export FILE``: write every estate and building to a register (CSV or XLSX)."""
from __future__ import annotations

import argparse
from pathlib import Path

from retrofit import i18n
from retrofit.commands._common import TerminalProgress, open_app
from retrofit.domain.errors import RetrofitError, ValidationError

NAME = "export"
HELP = "export every estate and building to a register file (.csv or .xlsx)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help="output file (.csv or .xlsx)")


def run(args: argparse.Namespace) -> int:
    if args.file.suffix.lower() not in (".csv", ".xlsx"):
        raise ValidationError("cli_bad_suffix", field="FILE", value=str(args.file))
    with open_app(args, read_only=True) as app:
        bar = TerminalProgress()
        try:
            count = app.imports.export(args.file, progress=bar)
        except OSError as exc:
            raise RetrofitError("cli_cannot_write", file=args.file, reason=exc.strerror or exc) from exc
        finally:
            bar.close()
    print(i18n.message("cli_exported", count=count, file=args.file))
    return 0
