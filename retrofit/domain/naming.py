"""Ordering of estate and building names as people read them: ``2号楼`` before ``10号楼``."""
from __future__ import annotations

import re

_DIGITS = re.compile(r"(\d+)")


def natural_key(text: object) -> tuple[object, ...]:
    """A sort key that compares runs of digits by their value and the rest case-insensitively.

    ``re.split`` with a capturing group alternates text and digits (text first), so two keys
    always hold the same kinds at the same positions and compare without a ``TypeError``.
    Fullwidth digits (``１０``) count as digits. ``None`` sorts as an empty name.
    """
    parts = _DIGITS.split("" if text is None else str(text))
    return tuple(int(p) if i % 2 else p.casefold() for i, p in enumerate(parts))
