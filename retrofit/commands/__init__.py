"""One module per ``retrofit`` subcommand: ``NAME``, ``HELP``, ``add_arguments(parser)``, ``run(args)``.

``args.db`` is the ``--db`` URL (or None: ``RETROFIT_DB``, then the user's default database).
"""
