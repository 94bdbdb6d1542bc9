"""Benchmark: contractor's plans for every estate of the demo city, in parallel processes.

    python benchmarks/bench_reports.py [--db URL] [--jobs 2] [--lang zh] [--out DIR]

Without ``--db`` the demo city (470 estates) is created in a temporary SQLite database first (not
timed). Prints the wall time of ``retrofit report --all --kind plan`` (target: ≤ 60 s for the 470
demo estates on a 2-core machine), the time per plan, and the time of a minimal ReportLab
document with the same number of pages and the same embedded font, for comparison.
"""
from __future__ import annotations

import argparse
import io
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas


def minimal_pdf(pages: int, font: str) -> bytes:
    """A minimal document: one line of text on each of ``pages`` pages, same font embedded."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, initialFontName=font)
    for page in range(pages):
        canvas.setFont(font, 10)
        canvas.drawString(72, 770, f"第 {page + 1} 页 / 共 {pages} 页 minimal")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _demo_db(folder: Path) -> str:
    from retrofit.demo import create_demo

    url = f"sqlite:///{folder / 'demo.sqlite'}"
    started = time.perf_counter()
    create_demo(url)
    print(f"demo city created in {time.perf_counter() - started:.1f} s (not timed)", file=sys.stderr)
    return url


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", metavar="URL")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)

    from reports.fonts import register_fonts
    from retrofit.commands.report import _render_parallel
    from retrofit.services.app import open_services

    with tempfile.TemporaryDirectory(prefix="bench-reports-") as tmp:
        url = args.db or _demo_db(Path(tmp))
        out = args.out or Path(tmp) / "pdf"
        with open_services(url) as app:
            ids = [e.id for e in app.records.list_estates()]
        load_before = os.getloadavg()[0]
        cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        paths, _past = _render_parallel(url, ids, "plan", args.lang, out, args.jobs, lambda *a: None)
        wall = time.perf_counter() - started
        cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)

        pages = [len(PdfReader(str(p)).pages) for p in paths]
        font = register_fonts()
        minimal_started = time.perf_counter()
        for n in pages:
            minimal_pdf(n, font)
        minimal = time.perf_counter() - minimal_started
        sizes = [p.stat().st_size for p in paths]

    per_plan = cpu / len(paths)
    per_minimal = minimal / len(paths)
    print(f"plans: {len(paths)} estates, {sum(pages)} pages (median {statistics.median(pages):.0f} per plan), "
          f"median size {statistics.median(sizes) / 1024:.0f} KiB")
    print(f"wall time with {args.jobs} processes: {wall:.1f} s (target <= 60 s for 470 estates); "
          f"load average before the run {load_before:.1f} on {os.cpu_count()} CPUs")
    print(f"CPU time of the workers: {cpu:.1f} s, i.e. {cpu / args.jobs:.1f} s of wall time on "
          f"{args.jobs} otherwise idle cores")
    print(f"per plan: {per_plan * 1000:.0f} ms CPU (engine with Monte Carlo band, money, layout, PDF); "
          f"minimal ReportLab document of the same page count: {per_minimal * 1000:.1f} ms; "
          f"ratio {per_plan / per_minimal:.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
