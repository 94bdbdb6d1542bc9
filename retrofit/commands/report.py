"""``retrofit report``: PDF plans, residents' summaries, the programme report and the verification
reports of estates against their heat meters.

Prints the path of every PDF written, one per line. ``--all`` renders the estates in parallel
processes (started with ``spawn`` on every platform, :mod:`retrofit.processes`), with a progress
bar on standard error when it is a terminal.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from pathlib import Path

from retrofit import i18n
from retrofit.commands._common import TerminalProgress, open_app
from retrofit.domain.errors import NotFoundError, RetrofitError, ValidationError
from retrofit.files import output_folder
from retrofit.planner.plan import PlanResult
from retrofit.services.app import open_services

NAME = "report"
HELP = "write PDF reports: estate plans, residents' summaries, the programme report"
KINDS = ("plan", "summary", "programme", "verification")
#: Worker processes for --all.
WORKERS = 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--estate", metavar="NAME", action="append",
                       help="estate by name (repeatable)")
    which.add_argument("--estate-id", metavar="ID", type=int, action="append",
                       help="estate by database id (repeatable)")
    which.add_argument("--all", action="store_true", help="every estate (in parallel processes)")
    parser.add_argument("--kind", choices=KINDS, default="plan",
                        help="plan (contractors), summary (residents), programme (the city) or verification "
                             "(an estate against its heat meters)")
    parser.add_argument("--out", metavar="DIR", type=Path, default=Path("."),
                        help="folder for the PDF files (created if missing)")
    parser.add_argument("--jobs", metavar="N", type=int, default=WORKERS,
                        help=f"worker processes for --all (default {WORKERS})")
    parser.add_argument("--plan", metavar="FILE", type=Path,
                        help="programme plan (a retrofit plan --json document) whose estates, modes and years the "
                             "reports follow (default: the newest approved stored plan)")
    parser.add_argument("--price-basis", choices=("2010", "today"),
                        help="prices of 2010 or of today (default: the setting)")


def _read_plan(path: Path) -> dict:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValidationError(field="--plan", value=f"{path}: {exc}") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("years"), list):
        raise ValidationError(field="--plan", value=f"{path}: not a retrofit plan --json document")
    return doc


def _plan_result(doc: dict | None) -> PlanResult | None:
    if doc is None:
        return None
    try:
        return PlanResult.from_dict(doc)
    except (KeyError, TypeError, ValueError) as exc:
        raise ValidationError(field="--plan", value=f"{exc}") from exc


def run(args: argparse.Namespace) -> int:
    lang = i18n.language(getattr(args, "lang", None))
    bar = TerminalProgress()
    try:
        doc = _read_plan(args.plan) if args.plan else None
        plan, basis = _plan_result(doc), args.price_basis
        past: list[str] = []
        with open_app(args, read_only=True) as app:
            if args.kind == "programme":
                paths = app.reports.render(None, "programme", lang, args.out, plan=plan, price_basis=basis)
            else:
                ids = _estate_ids(app, args)
                if args.all and args.jobs > 1 and len(ids) > 1:
                    paths, past = _render_parallel(app.url, ids, args.kind, lang, args.out, args.jobs, bar, doc,
                                                   basis)
                else:
                    paths = app.reports.render(ids, args.kind, lang, args.out, progress=bar, plan=plan,
                                               price_basis=basis)
                    past = app.reports.past_years
    finally:
        bar.close()
    if past:
        from retrofit.services.reporting import past_years_notice  # lazy: not needed before the first window

        print(past_years_notice(past, lang), file=sys.stderr)
    for path in paths:
        print(path)
    return 0


def _estate_ids(app, args: argparse.Namespace) -> list[int]:
    estates = app.records.list_estates()
    if args.all:
        return [e.id for e in estates]
    if args.estate_id:
        known = {e.id for e in estates}
        for estate_id in args.estate_id:
            if estate_id not in known:
                raise NotFoundError(what=f"estate id {estate_id}")
        return list(args.estate_id)
    if not args.estate:
        raise ValidationError("report_choose")
    ids: list[int] = []
    for name in args.estate:
        matches = [e.id for e in estates if e.estate == name.strip()]
        if not matches:
            raise NotFoundError(what=name)
        if len(matches) > 1:
            raise ValidationError("report_estate_ambiguous", name=name, count=len(matches),
                                  ids=", ".join(map(str, matches)))
        ids.extend(matches)
    return ids


# -- parallel rendering ---------------------------------------------------------------------
_worker_app = None


class _WorkerFailure(Exception):
    """An expected error of a worker process, carried back with its class name, code and params
    (a RetrofitError itself loses its params on the way through pickle)."""


def _render_chunk(url: str, ids: Sequence[int], kind: str, lang: str, out_dir: str, plan: dict | None = None,
                  price_basis: str | None = None) -> tuple[list[str], list[str]]:
    """In a worker process: open the database once per process and render some estates (as the
    plan document ``plan`` says, at ``price_basis``); the paths and the estates whose planned
    year has passed."""
    global _worker_app
    try:
        if _worker_app is None:
            _worker_app = open_services(url, read_only=True)
        paths = _worker_app.reports.render(list(ids), kind, lang, Path(out_dir), plan=_plan_result(plan),
                                           price_basis=price_basis)
        return [str(p) for p in paths], list(_worker_app.reports.past_years)
    except RetrofitError as exc:
        raise _WorkerFailure(type(exc).__name__, exc.code, dict(exc.params)) from None


def _reraise(failure: _WorkerFailure) -> None:
    import retrofit.services.reporting  # noqa: F401  # lazy: registers the engine's messages; not needed before the first window

    name, code, params = failure.args
    cls = {"ValidationError": ValidationError, "NotFoundError": NotFoundError}.get(name, RetrofitError)
    raise cls(code, **params)


def _chunks(ids: Sequence[int], size: int) -> list[list[int]]:
    return [list(ids[i:i + size]) for i in range(0, len(ids), size)]


def _render_parallel(url: str, ids: Sequence[int], kind: str, lang: str, out_dir: Path,
                     jobs: int, bar, plan: dict | None = None,  # noqa: ANN001 (a Progress callback)
                     price_basis: str | None = None) -> tuple[list[Path], list[str]]:
    output_folder(out_dir)
    size = max(1, min(10, len(ids) // (jobs * 4) or 1))
    chunks = _chunks(ids, size)
    done: dict[int, tuple[list[str], list[str]]] = {}
    from retrofit.processes import context  # lazy: not needed before the first window

    with ProcessPoolExecutor(max_workers=jobs, mp_context=context()) as pool:
        futures = {pool.submit(_render_chunk, url, chunk, kind, lang, str(out_dir), plan, price_basis): i
                   for i, chunk in enumerate(chunks)}
        pending = set(futures)
        count = 0
        while pending:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                try:
                    done[futures[future]] = future.result()
                except _WorkerFailure as failure:
                    for other in pending:
                        other.cancel()
                    _reraise(failure)
                count += len(chunks[futures[future]])
                bar(count, len(ids), "")
    return ([Path(p) for i in range(len(chunks)) for p in done[i][0]],
            [e for i in range(len(chunks)) for e in done[i][1]])
