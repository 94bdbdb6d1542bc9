"""The bundled application (dist/RetrofitPlanner, made by packaging/build.sh): its size, the
.deb's size, and the start of the desktop app to its first window in fresh processes.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_bundle.py [--starts N] [--exe PATH]

The desktop app runs with RETROFIT_QUIT_AFTER_START=1 on a demo city made beforehand (a second
start, as on a PC after the first day); the time is taken from starting the process to reading
its ``started:`` line, i.e. the first window on screen. Targets: bundle ≤ 250 MB unpacked, start
≤ 2 s (as the desktop app from source).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def start_once(exe: Path, env: dict[str, str], db: Path) -> float:
    begin = time.perf_counter()
    proc = subprocess.Popen([str(exe), "--db", str(db)], env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            text=True, encoding="utf-8")
    seen = None
    assert proc.stderr is not None
    for line in proc.stderr:
        if line.startswith("started:"):
            seen = time.perf_counter() - begin
    if proc.wait(timeout=120) != 0 or seen is None:
        raise SystemExit(f"the app did not start (exit {proc.returncode})")
    return seen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exe", type=Path, default=ROOT / "dist" / "RetrofitPlanner" / "retrofit")
    parser.add_argument("--starts", type=int, default=7)
    args = parser.parse_args()
    bundle = args.exe.parent
    print(f"bundle {bundle}: {folder_size(bundle) / 1e6:.0f} MB ({folder_size(bundle) / 2**20:.0f} MiB) unpacked"
          " (target ≤ 250 MB)")
    for deb in sorted((ROOT / "dist").glob("*.deb")):
        print(f"{deb.name}: {deb.stat().st_size / 1e6:.0f} MB ({deb.stat().st_size / 2**20:.0f} MiB)")
    with tempfile.TemporaryDirectory(prefix="retrofit-bench-") as tmp:
        env = {"PATH": "/nonexistent", "HOME": tmp, "RETROFIT_HOME": tmp, "QT_QPA_PLATFORM":
               os.environ.get("QT_QPA_PLATFORM", "offscreen"), "RETROFIT_QUIT_AFTER_START": "1"}
        db = Path(tmp) / "demo.sqlite"
        subprocess.run([str(args.exe), "--db", str(db), "demo"], env=env, check=True, capture_output=True)
        times = [start_once(args.exe, env, db) for _ in range(args.starts)]
    print(f"start to the first window over {len(times)} fresh processes: median {statistics.median(times):.2f} s, "
          f"best {min(times):.2f} s, worst {max(times):.2f} s (target ≤ 2 s)")
    print(f"load average: {os.getloadavg()[0]:.1f}", file=sys.stderr)


if __name__ == "__main__":
    main()
