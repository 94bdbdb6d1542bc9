"""Kill a database operation after its k-th statement, for every k.

Run as a helper process: ``python killpoints.py SCENARIO URL [SCRIPTS HEAD]``. It imports what
the scenario needs once, then for every line ``k`` read from standard input it forks a child
that runs the scenario and ends itself with ``os._exit`` right after the k-th SQL statement
(counted on every engine with ``after_cursor_execute``): no rollback, no cleanup, like a
``kill -9``. It answers ``killed``, ``done N`` (finished after N statements) or ``error TEXT``.

Scenarios: ``upgrade`` (``retrofit db upgrade``), ``demo`` (``retrofit.demo.ensure_demo``, the
desktop app's first start). ``SCRIPTS HEAD``: a migrations folder and its head revision to use
instead of the shipped ones.

A child costs only the statements it runs and the code that makes them: everything a run loads
or computes the same way each time is done once here, before the forks (the modules of every
command, the database driver, the demo city's rows, the migration scripts' bytecode), and the
objects loaded by then are frozen out of the children's garbage collections.
"""
from __future__ import annotations

import gc
import io
import os
import sys
import tempfile
import traceback
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

KILLED = 9


def _scenario(name: str, url: str):  # noqa: ANN202
    if name == "upgrade":
        from retrofit.cli import build_parser, main

        build_parser()                            # imports the modules of every command

        def run() -> None:
            with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()) as err:
                if main(["db", "upgrade", "--db", url]) != 0:
                    raise RuntimeError(err.getvalue())
        return run
    if name == "demo":
        from retrofit import demo, demo_execution

        city = demo.build_city()                  # the city's rows, works and readings: made once
        demo.build_city = lambda random_seed=demo.RANDOM_SEED, share_advanced=demo.SHARE_ADVANCED: city
        compute, done = demo_execution.execution, demo_execution.execution(city.estates, city.buildings)

        def execution(estates, buildings, settings=demo_execution.TANGSHAN_PROGRAMME,  # noqa: ANN001, ANN202
                      random_seed=demo_execution.RANDOM_SEED):
            if (estates, buildings, settings, random_seed) == (city.estates, city.buildings,
                                                               demo_execution.TANGSHAN_PROGRAMME,
                                                               demo_execution.RANDOM_SEED):
                return done
            return compute(estates, buildings, settings, random_seed)

        demo_execution.execution = execution
        return lambda: demo.ensure_demo(url)
    raise SystemExit(f"unknown scenario {name}")


def _compile_migrations(scripts: Path, cache: str) -> None:
    """Alembic executes each migration script afresh on every run: compile them once, into a
    bytecode cache of this process's own (``cache``, a temporary folder; not the source tree)."""
    import compileall

    sys.pycache_prefix = cache
    sys.dont_write_bytecode = False
    compileall.compile_dir(str(scripts), quiet=2)


def _child(run, k: int) -> None:  # noqa: ANN001
    from sqlalchemy import Engine, event

    count = [0]

    def after(*_args: object) -> None:
        count[0] += 1
        if count[0] == k:
            os._exit(KILLED)

    event.listen(Engine, "after_cursor_execute", after)
    try:
        run()
    except BaseException:
        sys.stderr.write(traceback.format_exc())
        sys.stderr.flush()
        os._exit(3)
    sys.stdout.write(f"done {count[0]}\n")
    sys.stdout.flush()
    os._exit(0)


def main() -> None:
    name, url = sys.argv[1], sys.argv[2]
    import alembic.command  # noqa: F401  (loaded once, before the forks)
    from sqlalchemy import create_engine

    import retrofit.services.app  # noqa: F401
    from retrofit.storage import migrate

    if len(sys.argv) > 3:
        migrate.MIGRATIONS = Path(sys.argv[3])
        migrate.HEAD_REVISION = sys.argv[4]
    run = _scenario(name, url)
    create_engine(url).dispose()                  # loads the dialect and its driver; never connects
    with tempfile.TemporaryDirectory(prefix="killpoints-bytecode-") as cache:
        _compile_migrations(migrate.MIGRATIONS, cache)
        gc.freeze()
        _serve(run)


def _serve(run) -> None:  # noqa: ANN001
    for line in sys.stdin:
        k = int(line)
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            _child(run, k)
        _, status = os.waitpid(pid, 0)
        code = os.waitstatus_to_exitcode(status)
        if code == KILLED:
            print("killed", flush=True)
        elif code != 0:
            print(f"error exit {code}", flush=True)


if __name__ == "__main__":
    main()
