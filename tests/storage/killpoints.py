"""Kill a database operation after its k-th statement, for every k.

Run as a helper process: ``python killpoints.py SCENARIO URL [SCRIPTS HEAD]``. It imports what
the scenario needs once, then for every line ``k`` read from standard input it forks a child
that runs the scenario and ends itself with ``os._exit`` right after the k-th SQL statement
(counted on every engine with ``after_cursor_execute``): no rollback, no cleanup, like a
``kill -9``. It answers ``killed``, ``done N`` (finished after N statements) or ``error TEXT``.

Scenarios: ``upgrade`` (``retrofit db upgrade``), ``demo`` (``retrofit.demo.ensure_demo``, the
desktop app's first start). ``SCRIPTS HEAD``: a migrations folder and its head revision to use
instead of the shipped ones.
"""
from __future__ import annotations

import io
import os
import sys
import traceback
from contextlib import redirect_stderr, redirect_stdout

KILLED = 9


def _scenario(name: str, url: str):  # noqa: ANN202
    if name == "upgrade":
        from retrofit.cli import main

        def run() -> None:
            with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()) as err:
                if main(["db", "upgrade", "--db", url]) != 0:
                    raise RuntimeError(err.getvalue())
        return run
    if name == "demo":
        from retrofit import demo

        city = demo.build_city()                  # made once, before the forks
        demo.build_city = lambda random_seed=demo.RANDOM_SEED, share_advanced=demo.SHARE_ADVANCED: city
        return lambda: demo.ensure_demo(url)
    raise SystemExit(f"unknown scenario {name}")


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
    if len(sys.argv) > 3:
        from pathlib import Path

        from retrofit.storage import migrate

        migrate.MIGRATIONS = Path(sys.argv[3])
        migrate.HEAD_REVISION = sys.argv[4]
    import alembic.command  # noqa: F401  (loaded once, before the forks)

    import retrofit.services.app  # noqa: F401

    run = _scenario(name, url)
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
