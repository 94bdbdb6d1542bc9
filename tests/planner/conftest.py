"""Fixtures of the planner tests: the demo city as planned in 2008 (before any works), one copy for all of
them (tests/conftest.py)."""
from __future__ import annotations

import shutil

import pytest

from retrofit.services.app import open_services


@pytest.fixture(scope="session")
def demo_url(before_works_template, tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("planner") / "demo-city-2008.sqlite"
    shutil.copyfile(before_works_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def app(tmp_path):
    """Services over an empty database of one's own (for saving plans)."""
    with open_services(f"sqlite:///{tmp_path / 'plans.db'}") as services:
        yield services
