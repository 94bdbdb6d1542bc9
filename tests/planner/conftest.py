"""Fixtures of the planner tests: the demo city as planned in 2008 (before any works), built once
per worker for all of them."""
from __future__ import annotations

import pytest

from retrofit.demo import create_demo
from retrofit.services.app import open_services


@pytest.fixture(scope="session")
def demo_url(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('planner') / 'demo.db'}"
    create_demo(url, execution=False)          # the city as planned in 2008, before any works
    return url


@pytest.fixture
def app(tmp_path):
    """Services over an empty database of one's own (for saving plans)."""
    with open_services(f"sqlite:///{tmp_path / 'plans.db'}") as services:
        yield services
