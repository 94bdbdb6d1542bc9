"""Data shipped with Retrofit Planner: reference tables, fonts, translations, icons.

This package holds data only. Code reads it through :func:`path`.
"""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def path(*parts: str) -> Path:
    """Return the filesystem path of a shipped resource, e.g. ``path("data", "climate.csv")``."""
    return Path(str(files(__name__).joinpath(*parts)))
