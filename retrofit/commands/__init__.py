"""One module per ``retrofit`` subcommand: ``NAME``, ``HELP``, ``add_arguments(parser)``, ``run(args)``.

``args.db`` is the ``--db`` URL (or None: ``RETROFIT_DB``, then the user's default database).
"""

from retrofit.paths import DB_FILENAME, DEMO_FILENAME, data_dir


def db_help() -> str:
    """The ``--db`` help, naming the default database file of this computer."""
    return ("database URL or SQLite file (default: RETROFIT_DB, else "
            f"{data_dir() / DB_FILENAME}; the desktop app's demo city is "
            f"{data_dir() / DEMO_FILENAME})")
