"""``retrofit meters import FILE`` / ``retrofit meters export FILE``: the meter register (CSV or
XLSX, ``data-dictionary.md``): readings of heat (GJ, MWh) or coal (tce) per building or estate
and heating season. An import is one transaction: any bad row, or a reading of an estate or
building not in the records, is listed (file, row, column, value) and nothing is changed."""
from __future__ import annotations

import argparse
from pathlib import Path

from retrofit import i18n
from retrofit.commands import db_help
from retrofit.commands._common import TerminalProgress, open_app
from retrofit.commands.import_ import _mapping
from retrofit.domain.errors import RetrofitError, ValidationError

NAME = "meters"
HELP = "import or export the meter register (heat or coal per building or estate and heating season)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    imp = sub.add_parser("import", help="import a meter register into the database",
                         description="Import a meter register (.csv or .xlsx) in one transaction: a reading "
                                     "already stored for the same building (or estate meter) and season is "
                                     "replaced; any error changes nothing.")
    imp.add_argument("file", type=Path, metavar="FILE", help="meter register (.csv or .xlsx)")
    imp.add_argument("--dry-run", action="store_true", help="show what would change and change nothing")
    imp.add_argument("--map", action="append", default=[], metavar="HEADER=KEY",
                     help="map a column header to a meter key (KEY empty: ignore the column); repeatable")
    exp = sub.add_parser("export", help="export every stored reading to a meter register",
                         description="Write every stored reading to a meter register (.csv or .xlsx).")
    exp.add_argument("file", type=Path, metavar="FILE", help="output file (.csv or .xlsx)")
    for each in (imp, exp):
        each.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=db_help())
        each.add_argument("--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS,
                          help="language of messages (default: zh)")


def _summary(s) -> str:  # noqa: ANN001 (MeterSummary)
    return i18n.message("cli_meters_summary", inserted=s.inserted, updated=s.updated, unchanged=s.unchanged,
                        estates=s.estates)


def run(args: argparse.Namespace) -> int:
    if getattr(args, "lang", None):
        i18n.set_language(args.lang)
    if args.action == "export":
        if args.file.suffix.lower() not in (".csv", ".xlsx"):
            raise ValidationError("cli_bad_suffix", field="FILE", value=str(args.file))
        with open_app(args, read_only=True) as app:
            try:
                count = app.verification.export(args.file)
            except OSError as exc:
                raise RetrofitError("cli_cannot_write", file=args.file, reason=exc.strerror or exc) from exc
        print(i18n.message("cli_meters_exported", count=count, file=args.file))
        return 0
    bar = TerminalProgress()
    with open_app(args, read_only=args.dry_run) as app:
        try:
            register = app.verification.read(args.file, _mapping(args.map), progress=bar)
        finally:
            bar.close()
        for notice in register.extra.get("notices", ()):
            print(notice.message())
        if args.dry_run:
            print(_summary(app.verification.plan(register)))
            print(i18n.message("cli_dry_run"))
            return 0
        print(_summary(app.verification.commit_register(register)))
    return 0
