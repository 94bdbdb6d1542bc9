"""Fixtures of the verification tests: the database fixtures of tests/storage (SQLite and
PostgreSQL); the records are in verify_builders.py."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from retrofit import i18n

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "storage"))

from _dbfixtures import app, db_url, pg_url, sqlite_url  # noqa: E402, F401


@pytest.fixture(autouse=True)
def _chinese_by_default():
    i18n.set_language(None)
    yield
    i18n.set_language(None)
