"""Planning the stored city, in this process or in a worker process that can be stopped.

:func:`plan_city` runs the engine over the records (every mode when the planner chooses modes)
and solves the programme. :func:`plan_city_in_worker` does the same in a child process started
with the ``spawn`` method (the only one Windows has, so it is used everywhere): the records go in
and the plan comes back as plain data through a pipe, progress messages too. Cancelling
terminates the child (HiGHS cannot be interrupted from inside), so the call returns within a
poll interval plus the time the system takes to end a process, well under a second.
"""
from __future__ import annotations

import multiprocessing
import pickle
from collections.abc import Callable, Mapping
from multiprocessing.connection import Connection
from typing import Any

from retrofit import i18n
from retrofit.domain.errors import RetrofitError
from retrofit.domain.records import Register
from retrofit.domain.settings import Settings
from retrofit.planner import solve_plan
from retrofit.planner.city import city_options
from retrofit.planner.inputs import problem_from_inputs
from retrofit.progress import Cancelled, CancelToken, Progress

#: How often the parent looks for messages and for Cancel. [s]
POLL_S = 0.05


def plan_city(register: Register, settings: Settings, inputs: Mapping[str, Any], lang: str | None,
              progress: Progress) -> dict[str, Any]:
    """The plan document (``PlanResult.to_dict()``) of the inputs over the register."""
    progress(1, 3, i18n.message("plan_progress_engine", lang))
    life = inputs.get("min_remaining_life_years", settings.min_remaining_life_years)
    options = city_options(register, settings, float(life),
                           switch=bool(inputs.get("switch_short_life_to_rebuild", False)),
                           choose_modes=bool(inputs.get("choose_modes", False)))
    progress(2, 3, i18n.message("plan_progress_solve", lang))
    return solve_plan(problem_from_inputs(inputs, options, settings), lang=lang).to_dict()


def _child(conn: Connection, register: Register, settings: Settings, inputs: Mapping[str, Any],
           lang: str | None) -> None:
    """The worker: runs :func:`plan_city` and sends ``("progress", done, total, text)``, then
    ``("done", plan)`` or ``("error", exception)``."""
    def progress(done: int, total: int, text: str = "") -> None:
        conn.send(("progress", done, total, text))

    try:
        conn.send(("done", plan_city(register, settings, inputs, lang, progress)))
    except Exception as exc:               # sent to the parent, raised there
        try:
            pickle.dumps(exc)
            conn.send(("error", exc))
        except Exception:
            conn.send(("error", RetrofitError(getattr(exc, "code", "unexpected_error"), detail=str(exc))))
    finally:
        conn.close()


def _stop(process: multiprocessing.process.BaseProcess) -> None:
    process.terminate()
    process.join(0.5)
    if process.is_alive():
        process.kill()
        process.join(0.5)


def plan_city_in_worker(register: Register, settings: Settings, inputs: Mapping[str, Any], lang: str | None,
                        progress: Progress, cancel: CancelToken | None,
                        start: Callable[..., Any] | None = None) -> dict[str, Any]:
    """:func:`plan_city` in a spawned process; raises :class:`Cancelled` soon after ``cancel``."""
    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe(duplex=False)
    records = Register(estates=tuple(register.estates), buildings=tuple(register.buildings))
    process = context.Process(target=start or _child, args=(child, records, settings, dict(inputs), lang),
                              daemon=True, name="retrofit-plan")
    process.start()
    child.close()
    try:
        while True:
            if cancel is not None and cancel.cancelled:
                _stop(process)
                raise Cancelled()
            if parent.poll(POLL_S):
                try:
                    message = parent.recv()
                except EOFError:
                    process.join(1.0)
                    raise RetrofitError("plan_worker_failed", exit_code=process.exitcode) from None
                if message[0] == "progress":
                    progress(*message[1:])
                elif message[0] == "done":
                    return message[1]
                else:
                    raise message[1]
            elif not process.is_alive() and not parent.poll(0):
                raise RetrofitError("plan_worker_failed", exit_code=process.exitcode)
    finally:
        parent.close()
        if process.is_alive():
            _stop(process)
        else:
            process.join(0.1)
