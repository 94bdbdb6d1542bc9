"""Worker processes, started the same way on every platform.

Windows has only the ``spawn`` start method: a worker is a fresh interpreter that imports the
function it runs by module name and gets its arguments pickled. The app uses ``spawn`` on Linux
too, so what the tests check here is what runs on an office PC, and no worker inherits the
parent's open database connections, threads or Qt state (``fork`` copies them half-alive).
``RETROFIT_START_METHOD`` picks another method for experiments (``fork``, ``forkserver``).

Work handed to a worker must be a module-level function with picklable arguments (paths as
strings, URLs, ids); a bundled app calls :func:`multiprocessing.freeze_support` first thing.
"""
from __future__ import annotations

import multiprocessing
import os
from multiprocessing.context import BaseContext

#: Environment variable naming the start method (default ``spawn``).
START_METHOD_ENV = "RETROFIT_START_METHOD"
DEFAULT_START_METHOD = "spawn"


def start_method() -> str:
    method = os.environ.get(START_METHOD_ENV, "").strip() or DEFAULT_START_METHOD
    if method not in multiprocessing.get_all_start_methods():
        method = DEFAULT_START_METHOD
    return method


def context() -> BaseContext:
    """The multiprocessing context for worker pools (``ProcessPoolExecutor(mp_context=...)``)."""
    return multiprocessing.get_context(start_method())
