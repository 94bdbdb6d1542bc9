"""``retrofit import FILE``: read a register and merge it into the database in one transaction."""
from __future__ import annotations

import argparse
from pathlib import Path

from retrofit import i18n
from retrofit.commands._common import TerminalProgress, open_app, summary_text
from retrofit.domain.errors import ValidationError
from retrofit.services.imports import notices_of, read_file, summary_of

NAME = "import"
HELP = "import a register (CSV/XLSX) into the database: update matching buildings, add the rest"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help="register file (.xlsx, .xls, .ods or .csv)")
    parser.add_argument("--dry-run", action="store_true",
                        help="show what would change (counts and changed fields) and change nothing")
    parser.add_argument("--map", action="append", default=[], metavar="HEADER=KEY",
                        help="map a column header to a field key (KEY empty: ignore the column); repeatable")


def _mapping(items: list[str]) -> dict[str, str | None] | None:
    out: dict[str, str | None] = {}
    for item in items:
        if "=" not in item:
            raise ValidationError("cli_bad_mapping", field="--map", value=item)
        header, key = item.split("=", 1)
        out[header.strip()] = key.strip() or None
    return out or None


def run(args: argparse.Namespace) -> int:
    bar = TerminalProgress()
    try:
        register = read_file(args.file, _mapping(args.map), progress=bar)
    finally:
        bar.close()
    with open_app(args, read_only=args.dry_run) as app:
        for text in notices_of(register):
            print(text)
        if args.dry_run:
            plan = app.imports.plan(register)
            for label, diff in plan.building_changes:
                fields = ", ".join(f"{k}: {_show(old)} → {_show(new)}" for k, (old, new) in sorted(diff.items()))
                print(f"  {label}: {fields}")
            print(summary_text(summary_of(plan)))
            print(i18n.message("cli_dry_run"))
            return 0
        bar = TerminalProgress()
        try:
            summary, _ = app.imports.commit_register(register, progress=bar)
        finally:
            bar.close()
        print(summary_text(summary))
    return 0


def _show(value: object) -> str:
    return "—" if value is None else str(value)
