"""Settings for the whole test suite and the demo city shared by every area. Area fixtures live in
each tests/<area>/conftest.py; helper modules of an area are importable by name (pyproject.toml's
``pythonpath`` lists the areas)."""
from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

# Qt without a display, and never the user's own data folder or language.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["RETROFIT_HOME"] = tempfile.mkdtemp(prefix="retrofit-test-home-")
os.environ.pop("RETROFIT_DB", None)
os.environ.pop("RETROFIT_LANG", None)
# Hypothesis keeps failing examples (and its caches) between runs, outside the source tree.
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", str(Path(tempfile.gettempdir()) / "retrofit-tests-hypothesis"))

import pytest  # noqa: E402
from filelock import FileLock  # noqa: E402
from hypothesis import settings  # noqa: E402

#: A test that shows a message code without a text fails (tests/i18n/unknown_codes.py).
pytest_plugins = ["unknown_codes"]

settings.register_profile("default", deadline=None, max_examples=60)
settings.load_profile("default")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The modules that hold a test marked ``slow`` run first (each module's tests together, so
    that its fixtures are made once): under pytest-xdist the long tests then start at once,
    next to the short ones, instead of being left to the end of the run."""
    slow = {item.path for item in items if item.get_closest_marker("slow")}
    items.sort(key=lambda item: item.path not in slow)


def _built_once(tmp_path_factory: pytest.TempPathFactory, name: str, build: Callable[[str], object]) -> Path:
    """A SQLite file ``name`` built by ``build(url)`` once per test run: the first pytest-xdist
    worker builds it in the run's shared temporary folder, the others wait on the lock."""
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent
    path = shared / f"{name}.sqlite"
    with FileLock(str(path) + ".lock"):
        if not path.is_file():
            building = shared / f"{name}.building.sqlite"
            building.unlink(missing_ok=True)
            assert build(f"sqlite:///{building}")
            assert not Path(f"{building}-wal").exists()     # everything is in the one file
            building.rename(path)
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file with the demo city (its works and meter readings included), built once per
    test run. Never write to it; use ``demo_url`` or ``demo_copy``."""
    from retrofit.demo import ensure_demo

    return _built_once(tmp_path_factory, "demo-city", ensure_demo)


@pytest.fixture(scope="session")
def before_works_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo city as planned in 2008, before any works (the planner's starting point), built
    once per test run. Never write to it; copy it."""
    from retrofit.demo import create_demo

    return _built_once(tmp_path_factory, "demo-city-2008", lambda url: create_demo(url, execution=False))


@pytest.fixture(scope="session")
def demo_copy(demo_template: Path) -> Callable[[Path], str]:
    """Factory: a private copy of the demo city in ``folder``; returns its URL (for fixtures of a
    wider scope than one test)."""
    def copy(folder: Path) -> str:
        path = folder / "demo-city.sqlite"
        shutil.copyfile(demo_template, path)
        return f"sqlite:///{path}"
    return copy


@pytest.fixture
def demo_url(demo_copy: Callable[[Path], str], tmp_path: Path) -> str:
    """A private copy of the demo city for one test."""
    return demo_copy(tmp_path)
