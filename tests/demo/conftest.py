"""Fixtures: the database fixtures of tests/storage (SQLite and PostgreSQL)."""
from _dbfixtures import app, db_url, pg_url, sqlite_url  # noqa: F401
