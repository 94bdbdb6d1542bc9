"""Small file systems for the tests: a tmpfs of a few hundred kB (a disk that fills up) and a
read-only folder. Mounting needs root; without it a read-only folder is made with ``chmod``
(which binds an ordinary user) and a full disk is simulated by ``RLIMIT_FSIZE`` in a
subprocess (writes past the limit fail with EFBIG, as on a full disk)."""
from __future__ import annotations

import functools
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@functools.lru_cache(maxsize=1)
def can_mount() -> bool:
    """True when this process may mount a tmpfs (root, and the container allows it)."""
    if os.geteuid() != 0:
        return False
    folder = tempfile.mkdtemp(prefix="retrofit-mount-probe-")
    try:
        if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", folder],
                          capture_output=True).returncode != 0:
            return False
        subprocess.run(["umount", folder], capture_output=True, check=True)
        return True
    except OSError:
        return False
    finally:
        os.rmdir(folder)


@contextmanager
def tmpfs(folder: Path, size_kb: int) -> Iterator[Path]:
    """``folder`` as a tmpfs of ``size_kb`` kB for the duration of the block."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0777", "tmpfs", str(folder)],
                   capture_output=True, check=True)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=True)


def remount_read_only(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], capture_output=True, check=True)


def fill(folder: Path, leave: int) -> Path:
    """Write a filler file until only about ``leave`` bytes of the tmpfs stay free."""
    filler = folder / "filler.bin"
    stat = os.statvfs(folder)
    free = stat.f_bavail * stat.f_frsize
    with open(filler, "wb") as fh:
        fh.write(b"\0" * max(free - leave, 0))
    return filler


@contextmanager
def read_only_folder(folder: Path) -> Iterator[Path]:
    """Make ``folder`` (with its files already in it) read-only for this process: a tmpfs
    copy remounted read-only when mounting is allowed, otherwise ``chmod``."""
    if can_mount():
        files = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
        with tmpfs(folder, 16 * 1024):
            for name, data in files.items():
                (folder / name).write_bytes(data)
            remount_read_only(folder)
            yield folder
        return
    modes = {p: p.stat().st_mode for p in [folder, *folder.iterdir()]}
    for p in modes:
        p.chmod(0o555 if p.is_dir() else 0o444)
    try:
        yield folder
    finally:
        for p, mode in modes.items():
            p.chmod(mode)


def run_cli(argv: list[str], *, file_limit: int | None = None, env: dict | None = None,
            cwd: Path | None = None) -> subprocess.CompletedProcess:
    """``retrofit ARGV`` in a subprocess; with ``file_limit`` no file it writes may grow past
    that many bytes (SIGXFSZ ignored, so the write fails with EFBIG like on a full disk)."""
    def limit() -> None:
        import resource
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))

    code = "import sys; from retrofit.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True,
                          preexec_fn=limit if file_limit is not None else None,
                          env={**os.environ, **(env or {})}, cwd=cwd)
