"""The ways an estate can be done, built from what its buildings allow.

**A building's allowed modes.** A building outside the programme (mode ``none``) stays out.
Otherwise:

* *rebuild required* — its rebuild rule is ``required`` (危房, 必须拆改建), or its remaining life
  is below the minimum (setting ``min_remaining_life_years``) and it is not marked ``excluded``:
  only ``rebuild``;
* *no rebuild* — rule ``excluded`` (不拆改建): ``retrofit``, and ``add_storey`` where allowed;
  with a remaining life below the minimum it allows nothing, and its estate is offered only as
  recorded;
* otherwise ``retrofit``, ``rebuild``, and ``add_storey`` where allowed.

Storeys may be added to a building recorded as ``add_storey``, and to a sound brick-concrete
block of 4–6 storeys (:func:`may_add_storey`).

**An estate's ways (variants).** Each is one consistent assignment over its buildings, in this
order; two that give every building the same mode are offered once (the first name is kept):

1. ``recorded`` — the recorded modes; a building that must be rebuilt is rebuilt, a recorded
   rebuild of a building marked "no rebuild" becomes a retrofit;
2. ``retrofit`` — every building retrofitted, those that must be rebuilt rebuilt;
3. ``add_storey`` — storeys added where the building allows, the rest as in ``retrofit``;
4. ``rebuild`` — every building that may be rebuilt is rebuilt, the rest retrofitted.

Rule: in every variant a building takes the variant's mode if it allows it, else its recorded
mode if it allows that, else the first it allows of retrofit, add_storey, rebuild.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from retrofit.domain.records import BuildingRecord, Mode, Structure
from retrofit.planner.model import MODES, VARIANTS
from retrofit.works import committed

#: Storeys of a block that may take added storeys. [-]
ADD_STOREY_STOREYS: tuple[int, int] = (4, 6)
#: Rebuild rules of a building (record key ``rebuild_rule``).
REBUILD_REQUIRED = "required"
REBUILD_EXCLUDED = "excluded"
#: The mode a variant prefers for each building.
_PREFERRED = {"recorded": None, "retrofit": "retrofit", "add_storey": "add_storey", "rebuild": "rebuild"}


def recorded_mode(b: BuildingRecord) -> str:
    return str(b.mode.value if isinstance(b.mode, Mode) else b.mode) if b.mode is not None else "retrofit"


def rebuild_rule(b: BuildingRecord) -> str | None:
    """The building's rebuild rule: ``required``, ``excluded`` or None."""
    return str(b.rebuild_rule) if b.rebuild_rule else None


def may_add_storey(b: BuildingRecord) -> bool:
    """Recorded as add_storey, or a brick-concrete block of 4–6 storeys."""
    low, high = ADD_STOREY_STOREYS
    return (recorded_mode(b) == "add_storey"
            or (b.structure == Structure.BRICK_CONCRETE and low <= int(b.storeys) <= high))


def allowed_modes(b: BuildingRecord, min_remaining_life_years: float) -> frozenset[str]:
    """The modes the records allow for one building (empty: outside the programme, or nothing)."""
    if recorded_mode(b) == "none":
        return frozenset()
    if committed(b):                            # works under way or done: as recorded
        return frozenset({recorded_mode(b)})
    rule = rebuild_rule(b)
    short = b.remaining_life_years is not None and b.remaining_life_years < min_remaining_life_years
    if rule == REBUILD_REQUIRED or (short and rule != REBUILD_EXCLUDED):
        return frozenset({"rebuild"})
    if short:
        return frozenset()
    modes = {"retrofit"}
    if may_add_storey(b):
        modes.add("add_storey")
    if rule != REBUILD_EXCLUDED:
        modes.add("rebuild")
    return frozenset(modes)


def variant_mode(variant: str, recorded: str, allowed: frozenset[str]) -> str | None:
    """The mode of one building in one variant (None: the building allows no mode)."""
    preferred = _PREFERRED[variant]
    for mode in (preferred, recorded, *MODES):
        if mode is not None and mode in allowed:
            return mode
    return None


def variant_modes(buildings: Sequence[BuildingRecord], min_remaining_life_years: float
                  ) -> tuple[dict[str, NDArray[np.object_]], NDArray[np.bool_]]:
    """Per variant, the mode of every building (``none`` outside the programme), and which
    buildings allow no mode at all (their estates are offered only as recorded)."""
    allowed = [allowed_modes(b, min_remaining_life_years) for b in buildings]
    recorded = [recorded_mode(b) for b in buildings]
    blocked = np.array([not a and r != "none" for a, r in zip(allowed, recorded, strict=True)], dtype=bool)
    out = {}
    for variant in VARIANTS:
        modes = [variant_mode(variant, r, a) if a else "none" for r, a in zip(recorded, allowed, strict=True)]
        out[variant] = np.array([m or "none" for m in modes], dtype=object)
    return out, blocked
