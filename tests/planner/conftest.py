"""Fixtures of the planner tests: one copy of the demo city for all of them (tests/conftest.py)."""
from __future__ import annotations

import pytest

from retrofit.services.app import open_services


@pytest.fixture(scope="session")
def demo_url(demo_copy, tmp_path_factory) -> str:
    return demo_copy(tmp_path_factory.mktemp("planner"))


@pytest.fixture
def app(tmp_path):
    """Services over an empty database of one's own (for saving plans)."""
    with open_services(f"sqlite:///{tmp_path / 'plans.db'}") as services:
        yield services
