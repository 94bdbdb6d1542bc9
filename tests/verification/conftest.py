"""Fixtures of the verification tests (the records are in verify_builders.py)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from retrofit import i18n

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(autouse=True)
def _chinese_by_default():
    i18n.set_language(None)
    yield
    i18n.set_language(None)
