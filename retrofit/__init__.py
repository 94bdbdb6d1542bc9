"""Retrofit Planner core: domain rules, storage, services, importers and the command line."""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as dist_version

#: The distribution whose metadata gives the version (pyproject.toml's ``[project] version``).
DISTRIBUTION = "retrofit-planner"


def version() -> str:
    """The installed version, from the package metadata (a source tree that was never
    installed says ``0+unknown``)."""
    try:
        return dist_version(DISTRIBUTION)
    except PackageNotFoundError:
        return "0+unknown"


def __getattr__(name: str) -> str:
    if name == "__version__":        # read on demand: the metadata lookup costs start-up time
        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
