"""The ``retrofit`` command line. The console script ``retrofit`` is ``ui.launcher:main``, which
starts the desktop app when no subcommand is given and hands everything else to :func:`main`.

Subcommands live in :mod:`retrofit.commands`, one module each, with ``NAME``, ``HELP``,
``add_arguments(parser)`` and ``run(args) -> int``. Expected errors (``RetrofitError``) print a
readable message on standard error and exit with status 2; nothing goes to standard output.
"""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Callable, Sequence

from retrofit import commands, i18n, version
from retrofit.commands import db_help
from retrofit.domain.errors import RetrofitError


class _VersionAction(argparse.Action):
    """``--version``: the installed version from the package metadata, looked up only when asked."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):  # noqa: A002
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):  # noqa: ANN001
        print(f"{parser.prog} {version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    db = db_help()
    parser = argparse.ArgumentParser(
        prog="retrofit",
        description="Retrofit Planner (既有住宅节能改造规划). With no subcommand, starts the desktop app.",
    )
    parser.add_argument("--version", action=_VersionAction, help="show the version and exit")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help="language of messages (default: zh)")
    parser.add_argument("--db", metavar="URL", help=db)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        p = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        p.add_argument("--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS,
                       help="language of messages (default: zh)")
        p.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                       help=db)
        module.add_arguments(p)
        p.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None,
         gui: Callable[[argparse.Namespace], int] | None = None) -> int:
    """Run a subcommand. With none, call ``gui(args)`` (the console script passes the desktop
    app's launcher, ``ui.launcher``), or print the help when there is no GUI."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang:
        i18n.set_language(args.lang)
    if args.command is None:
        if gui is None:
            parser.print_help()
            return 0
        return int(gui(args) or 0)
    try:
        return int(args._run(args) or 0)
    except RetrofitError as exc:
        print(exc.message(), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(i18n.message("cancelled"), file=sys.stderr)
        return 130
    except Exception as exc:
        expected = _expected(exc)
        if expected is None:
            raise
        print(expected.message(), file=sys.stderr)
        return 2


def _expected(exc: Exception) -> RetrofitError | None:
    """A database fault (locked, full, damaged ...) or an operating-system error that reached
    the top as the expected error it is, or None for a bug (which keeps its traceback)."""
    if isinstance(exc, OSError):
        from retrofit.files import file_error

        return file_error(exc) if exc.filename else None
    if "sqlalchemy" in sys.modules or "sqlite3" in sys.modules:
        from retrofit.storage.faults import domain_error

        return domain_error(exc)
    return None


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
