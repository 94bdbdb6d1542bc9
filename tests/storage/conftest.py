"""Fixtures of the storage tests: see _dbfixtures (SQLite and PostgreSQL databases)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _dbfixtures import app, db_url, pg_url, sqlite_url  # noqa: E402, F401
