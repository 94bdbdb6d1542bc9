"""Fixtures: the database fixtures of tests/storage (SQLite and PostgreSQL)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "storage"))

from _dbfixtures import app, db_url, pg_url, sqlite_url  # noqa: E402, F401
