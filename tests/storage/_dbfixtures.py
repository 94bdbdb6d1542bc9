"""Database fixtures shared by tests/storage, tests/services and tests/demo.

``db_url`` is parametrised over SQLite (a file in ``tmp_path``) and PostgreSQL (a fresh database
per test, dropped afterwards). PostgreSQL is the server of ``RETROFIT_TEST_PG_URL`` (CI), or a
throw-away server started here with initdb + pg_ctl (as the ``postgres`` user when running as
root), so these tests always run.
"""
from __future__ import annotations

import atexit
import functools
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

PG_BIN = Path("/usr/lib/postgresql/15/bin")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_pg(args: list[str]) -> subprocess.CompletedProcess:
    if os.geteuid() == 0:
        args = ["su", "postgres", "-s", "/bin/sh", "-c", " ".join(f"'{a}'" for a in args)]
    return subprocess.run(args, capture_output=True, text=True, cwd="/", check=True)


@functools.lru_cache(maxsize=1)
def pg_admin_url() -> str:
    """A superuser URL to the ``postgres`` database of a running server."""
    url = os.environ.get("RETROFIT_TEST_PG_URL")
    if url:
        return url
    folder = Path(tempfile.mkdtemp(prefix="retrofit-test-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    port = _free_port()
    data = folder / "data"
    _as_pg([str(PG_BIN / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust"])
    _as_pg([str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-w", "-o",
            f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start"])

    def stop() -> None:
        try:
            _as_pg([str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"])
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    atexit.register(stop)
    return f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"


def _admin_engine():
    return create_engine(pg_admin_url(), isolation_level="AUTOCOMMIT")


def create_pg_database() -> str:
    """A new empty database (unique name per worker and test); returns its URL."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    name = f"retrofit_test_{worker}_{uuid.uuid4().hex[:10]}"
    engine = _admin_engine()
    with engine.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return make_url(pg_admin_url()).set(database=name).render_as_string(hide_password=False)


def drop_pg_database(url: str) -> None:
    name = make_url(url).database
    engine = _admin_engine()
    with engine.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A URL to an empty database: SQLite file, then PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'records.sqlite'}"
        return
    url = create_pg_database()
    try:
        yield url
    finally:
        drop_pg_database(url)


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'records.sqlite'}"


@pytest.fixture
def pg_url():
    url = create_pg_database()
    try:
        yield url
    finally:
        drop_pg_database(url)


@pytest.fixture
def app(db_url):
    """Services over an empty database (both backends)."""
    from retrofit.services.app import open_services

    services = open_services(db_url)
    try:
        yield services
    finally:
        services.close()
