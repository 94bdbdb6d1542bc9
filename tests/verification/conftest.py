"""Fixtures of the verification tests: the database fixtures of tests/storage (SQLite and
PostgreSQL); the records are in verify_builders.py."""
from __future__ import annotations

import pytest
from _dbfixtures import app, db_url, pg_url, sqlite_url  # noqa: F401

from retrofit import i18n


@pytest.fixture(autouse=True)
def _chinese_by_default():
    i18n.set_language(None)
    yield
    i18n.set_language(None)
