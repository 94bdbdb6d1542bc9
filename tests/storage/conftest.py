"""Fixtures of the storage tests: see _dbfixtures (SQLite and PostgreSQL databases)."""
from _dbfixtures import app, db_url, pg_url, sqlite_url  # noqa: F401
