"""``retrofit export FILE``: write every estate and building to a register (CSV or XLSX)."""
from __future__ import annotations

import argparse
from pathlib import Path

from retrofit import i18n
from retrofit.commands._common import TerminalProgress, open_app
from retrofit.domain.errors import RetrofitError, ValidationError

NAME = "export"
HELP = "export every estate and building to a register file (.csv or .xlsx)"

i18n.register({
    "cli_exported": {"zh": "已导出 {count} 栋楼到 {file}", "en": "Exported {count} building(s) to {file}"},
    "cli_bad_suffix": {"zh": "无法写入“{value}”：请用 .csv 或 .xlsx", "en": "Cannot write '{value}': use .csv or .xlsx"},
    "cli_cannot_write": {"zh": "无法写入 {file}：{reason}", "en": "Cannot write {file}: {reason}"},
})


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
