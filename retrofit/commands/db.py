"""``retrofit db upgrade`` / ``retrofit db backup``: schema upgrades and backups."""
from __future__ import annotations

import argparse
from pathlib import Path

from retrofit import i18n
from retrofit.commands import db_help
from retrofit.domain.errors import StorageError
from retrofit.storage.db import make_engine, resolve_url, sqlite_path
from retrofit.storage.migrate import backup, require_ours, upgrade_to_head
from retrofit.storage.sqlite_file import check_sqlite_file

NAME = "db"
HELP = "database maintenance: upgrade the schema (with a backup first), or back it up"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    up = sub.add_parser("upgrade", help="upgrade the schema to this version (backs up a SQLite file first)",
                        description="Upgrade the schema to this version (backs up a SQLite file first).")
    p = sub.add_parser("backup", help="copy the database to a timestamped backup file",
                       description="Copy the database (SQLite: next to it; PostgreSQL: pg_dump) to a backup file.")
    for each in (up, p):
        each.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                          help=db_help())
        each.add_argument("--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS,
                          help="language of messages (default: zh)")
    p.add_argument("--to", type=Path, metavar="FILE", help="backup file (default: timestamped, next to the database)")


def run(args: argparse.Namespace) -> int:
    if getattr(args, "lang", None):
        i18n.set_language(args.lang)
    url = resolve_url(getattr(args, "db", None))
    path = sqlite_path(url)
    reading = args.action == "backup"
    if path is not None:
        check_sqlite_file(path, reading=reading)
    engine = make_engine(url, read_only=reading)
    try:
        if args.action == "upgrade":
            report = upgrade_to_head(engine)
            if not report.changed:
                print(i18n.message("cli_db_up_to_date", revision=report.after))
            else:
                print(i18n.message("cli_db_upgraded_to", before=report.before or "—", after=report.after))
            if report.backup is not None:
                print(i18n.message("cli_db_backup_at", path=report.backup))
        else:
            if require_ours(engine) is None:        # no schema of ours: nothing to back up
                raise StorageError("db_empty", where=str(path or url))
            print(i18n.message("cli_db_backup_at", path=backup(engine, args.to)))
    finally:
        engine.dispose()
    return 0
