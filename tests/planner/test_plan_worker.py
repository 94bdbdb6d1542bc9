"""Solving in a worker process started with ``spawn`` (as on Windows): Cancel during the solve
stops it within a second, results and errors come back as in this process."""
from __future__ import annotations

import multiprocessing
import threading
import time

import pytest

from retrofit.planner import PlanInfeasibleError
from retrofit.progress import Cancelled, CancelToken
from retrofit.services.app import open_services
from retrofit.services.plan_worker import plan_city, plan_city_in_worker
from retrofit.storage.load import read_register, read_settings

#: A solve that runs to its time limit: five years, proven to a zero gap.
SLOW = {"start_year": 2009, "years": 5, "annual_budget_rmb": 2e9, "choose_modes": True, "mip_rel_gap": 0.0,
        "time_limit_s": 60, "lang": "en"}


@pytest.fixture(scope="module")
def city(demo_url):
    with open_services(demo_url) as services, services.session_factory() as session:
        register, _ = read_register(session)
        return register, read_settings(session)


@pytest.mark.slow
def test_cancel_during_the_solve_stops_within_a_second(demo_url):
    token, texts, cancelled_at = CancelToken(), [], []

    def progress(done: int, total: int, text: str = "") -> None:
        texts.append(text)
        if text == "Solving the programme" and not cancelled_at:
            def cancel() -> None:
                cancelled_at.append(time.perf_counter())
                token.cancel()
            threading.Timer(1.0, cancel).start()       # HiGHS is busy by then

    with open_services(demo_url) as services:
        with pytest.raises(Cancelled):
            services.plans.solve(SLOW, progress=progress, cancel=token)
        stopped = time.perf_counter() - cancelled_at[0]
    assert texts[:3] == ["Reading estates and buildings", "Computing savings and costs per estate",
                         "Solving the programme"]
    assert stopped < 1.0
    assert multiprocessing.active_children() == []        # the worker is gone


def test_the_worker_gives_the_plan_of_this_process(city):
    register, settings = city
    inputs = {"start_year": 2009, "years": 2, "annual_budget_rmb": 3e9, "choose_modes": True, "lang": "zh"}
    steps: list[tuple[int, int, str]] = []
    here = plan_city(register, settings, inputs, "zh", lambda *a: None)
    there = plan_city_in_worker(register, settings, inputs, "zh", lambda d, t, s="": steps.append((d, t, s)),
                                CancelToken())
    assert there == here and there["totals"]["estates"] > 0
    assert steps == [(1, 3, "计算各小区节能量和费用"), (2, 3, "求解年度计划")]


def test_an_error_in_the_worker_is_raised_here(city):
    register, settings = city
    names = sorted({e.estate for e in register.estates})[:40]
    inputs = {"start_year": 2009, "years": 2, "annual_budget_rmb": 1e6, "min_consent_rate": 0.0,
              "fixed_years": dict.fromkeys(names, 2009), "lang": "en"}
    with pytest.raises(PlanInfeasibleError) as err:
        plan_city_in_worker(register, settings, inputs, "en", lambda *a: None, None)
    assert "2009: 40 fixed estate(s)" in err.value.message("en")
