"""The demo city's housing stock: post-earthquake Tangshan (唐山), and the mode each building takes.

Tangshan was levelled by the earthquake of 28 July 1976. Its housing was rebuilt from 1978 on
(河北1号小区 among the first large estates), most of it by 1990, the rest in the 1990s; the
programme's stock is what stood in 2008 without the energy standard's insulation. The stock is
drawn estate by estate (an estate is built in one to three years, mostly of one structure):

- **years** from :data:`ESTATE_START_WEIGHTS` (a smooth rise from 1978 to the peak of the
  reconstruction in 1981–84, a decline to the 1990s), a building 0–2 years after its estate's
  start: no spike at either end;
- **structure** by era (:data:`STRUCTURE_BY_ERA`): brick-concrete with ring beams throughout,
  large panels in the 1980s, frames in the 1990s; **storeys** by structure and era (3–6 for
  brick and panel blocks, 6–11 for frames);
- **flats**: units (stairwells) × flats per landing × storeys households, each of
  :func:`flat_size` m² (gross floor area per household: about 45 m² in 1978 to 70 m² in the late
  1990s, smaller in panel blocks, larger in frames); footprints follow (depth by structure);
- **remaining life** in the 2008 survey: the structure's service life (:data:`SERVICE_LIFE`) less
  its age, ± its estate's and its own condition.

Modes follow the buildings (:func:`modes`): a building with less than 10 years left is
dangerous (危房, ``rebuild_rule = required``) and rebuilt, as is one with less than the
programme's 20 years; whole estates (the oldest, panel-built, short-lived, central) are
redeveloped (拆改建) up to the seed's rebuild share; storeys are added to the sound brick blocks
of 4–6 storeys of estates chosen up to the seed's add_storey share; the rest is retrofitted. A
few buildings are marked ``rebuild_rule = excluded`` (recently repaired or of note), and are
retrofitted even in a redeveloped estate.
"""
from __future__ import annotations

import numpy as np

#: Relative weight of the year an estate's building starts, 1978–1997.
ESTATE_START_WEIGHTS: dict[int, float] = dict(zip(range(1978, 1998), (
    2.0, 4.0, 5.5, 6.5, 7.0, 7.0, 7.0, 6.8, 6.5, 6.0, 5.5, 5.0, 4.5, 4.0, 3.6, 3.2, 2.8, 2.3, 1.6, 1.0),
    strict=True))
#: A building is finished 0, 1 or 2 years after its estate's start.
BUILD_OFFSETS = ((0, 0.50), (1, 0.33), (2, 0.17))
STRUCTURES = ("brick_concrete", "large_panel", "frame")
#: (last year of the era, shares of brick_concrete, large_panel, frame).
STRUCTURE_BY_ERA = ((1980, (0.85, 0.12, 0.03)), (1990, (0.68, 0.24, 0.08)), (9999, (0.70, 0.08, 0.22)))
#: Share of an estate's buildings of its main structure (the rest drawn by era).
SAME_STRUCTURE = 0.85
#: Storeys by structure: (values, shares up to 1980, 1981–90, from 1991).
STOREYS = {
    "brick_concrete": ((3, 4, 5, 6), ((0.12, 0.38, 0.40, 0.10), (0.05, 0.22, 0.45, 0.28), (0.03, 0.12, 0.40, 0.45))),
    "large_panel": ((4, 5, 6), ((0.20, 0.50, 0.30), (0.12, 0.45, 0.43), (0.10, 0.40, 0.50))),
    "frame": ((6, 7, 9, 11), ((0.50, 0.30, 0.15, 0.05), (0.35, 0.35, 0.20, 0.10), (0.25, 0.35, 0.25, 0.15))),
}
#: Depth of the block [m] by structure.
DEPTHS = {"brick_concrete": (9.6, 10.2, 10.8), "large_panel": (10.2, 10.8), "frame": (11.4, 12.0, 12.6)}
#: Units (stairwells) per slab block and their shares; towers (9 storeys and more) have 1–2 with four flats per landing.
UNITS = ((2, 3, 4, 5, 6, 7, 8), (0.03, 0.09, 0.20, 0.28, 0.22, 0.12, 0.06))
#: Share of the slab blocks of up to 4 units with three flats per landing (else two).
THREE_PER_LANDING = 0.2
#: Gross floor area per household [m²]: at 1978, growth per year, by structure; clipped.
FLAT_M2_1978, FLAT_M2_PER_YEAR, FLAT_M2_RANGE = 45.0, 1.2, (38.0, 80.0)
FLAT_M2_BY_STRUCTURE = {"brick_concrete": 0.0, "large_panel": -3.0, "frame": 4.0}
#: Service life [years] from completion by structure, and the year of the survey.
SERVICE_LIFE = {"brick_concrete": 60.0, "large_panel": 46.0, "frame": 65.0}
SURVEY_YEAR = 2008
#: Remaining life below which a building is dangerous (危房) and must be rebuilt, and the
#: programme's minimum for an energy retrofit (the planner's setting).
DANGEROUS_LIFE, MIN_LIFE = 10.0, 20.0
#: Remaining life of a block that may take added storeys, and of one marked "no rebuild".
SOUND_LIFE = 25.0
#: Share of the sound buildings marked "no rebuild" (recently repaired, or of note).
SHARE_EXCLUDED = 0.02


def _era(year: np.ndarray) -> np.ndarray:
    return np.searchsorted([1980, 1990], year, side="left")


def estate_traits(rng: np.random.Generator, n: int) -> dict[str, np.ndarray]:
    """Per estate: the year its building starts, its main structure, its flat-size design level
    [m² against the era's] and its condition [years of remaining life against the norm]."""
    years = np.array(list(ESTATE_START_WEIGHTS))
    weights = np.array(list(ESTATE_START_WEIGHTS.values()))
    start = rng.choice(years, size=n, p=weights / weights.sum())
    main = np.zeros(n, dtype=int)
    for era, (_, shares) in enumerate(STRUCTURE_BY_ERA):
        sel = np.flatnonzero(_era(start) == era)
        main[sel] = rng.choice(3, size=len(sel), p=shares)
    return {"start": start, "structure": main, "flat_level": rng.normal(0.0, 3.0, n),
            "condition": rng.normal(0.0, 5.0, n)}


def flat_size(year: np.ndarray, structure: np.ndarray) -> np.ndarray:
    """The era's gross floor area per household [m²] (before an estate's own design level)."""
    offset = np.array([FLAT_M2_BY_STRUCTURE[s] for s in STRUCTURES])[structure]
    return FLAT_M2_1978 + FLAT_M2_PER_YEAR * (year - 1978) + offset


def _by_group(rng: np.random.Generator, keys: np.ndarray, draw) -> np.ndarray:  # noqa: ANN001
    """``draw(key, size)`` for the buildings of each key, in the order of the keys."""
    out = np.zeros(len(keys), dtype=float)
    for key in np.unique(keys).tolist():
        sel = np.flatnonzero(keys == key)
        out[sel] = draw(key, len(sel))
    return out


def buildings(rng: np.random.Generator, traits: dict[str, np.ndarray], counts: np.ndarray) -> dict[str, np.ndarray]:
    """The buildings of the estates (``counts`` per estate), before any scaling: estate index,
    year, structure (index into :data:`STRUCTURES`), storeys, depth, households, floor area,
    length and remaining life."""
    e = np.repeat(np.arange(len(counts)), counts)
    n = len(e)
    offsets, p = zip(*BUILD_OFFSETS, strict=True)
    year = traits["start"][e] + rng.choice(offsets, size=n, p=p)
    structure = np.where(rng.random(n) < SAME_STRUCTURE, traits["structure"][e], -1)
    for era_index, (_, shares) in enumerate(STRUCTURE_BY_ERA):
        sel = np.flatnonzero((structure < 0) & (_era(year) == era_index))
        structure[sel] = rng.choice(3, size=len(sel), p=shares)
    era = _era(year)
    storeys = _by_group(rng, structure * 3 + era, lambda k, size: rng.choice(
        STOREYS[STRUCTURES[k // 3]][0], size=size, p=STOREYS[STRUCTURES[k // 3]][1][k % 3])).astype(int)
    depth = _by_group(rng, structure, lambda k, size: rng.choice(DEPTHS[STRUCTURES[k]], size=size))
    tower = storeys >= 9
    units = np.where(tower, rng.integers(1, 3, n), rng.choice(UNITS[0], size=n, p=UNITS[1]))
    landing = np.where(tower, 4, np.where((units <= 4) & (rng.random(n) < THREE_PER_LANDING), 3, 2))
    households = units * landing * storeys
    low, high = FLAT_M2_RANGE
    flat = np.clip(flat_size(year, structure) + traits["flat_level"][e] + rng.normal(0.0, 1.5, n), low, high)
    area = households * flat
    fill = rng.uniform(0.93, 1.0, n)
    life = np.array([SERVICE_LIFE[s] for s in STRUCTURES])[structure] - (SURVEY_YEAR - year)
    life = np.clip(np.round(life + traits["condition"][e] + rng.normal(0.0, 4.0, n)), 2.0, 60.0)
    return {"estate_index": e, "year_built": year, "structure": structure, "storeys": storeys,
            "width_m": depth, "households": households, "floor_area_m2": area,
            "length_m": area / (depth * storeys * fill), "remaining_life_years": life}


def rebuild_rules(rng: np.random.Generator, cols: dict[str, np.ndarray], keep: np.ndarray) -> np.ndarray:
    """``required`` for the dangerous buildings, ``excluded`` for a few sound ones and for
    ``keep`` (True: recently repaired), None for the rest."""
    life = cols["remaining_life_years"]
    rule = np.full(len(life), None, dtype=object)
    rule[life < DANGEROUS_LIFE] = "required"
    rule[((life >= SOUND_LIFE + 5) & (rng.random(len(life)) < SHARE_EXCLUDED)) | keep] = "excluded"
    return rule


def _estate_order(rng: np.random.Generator, score: np.ndarray) -> np.ndarray:
    return np.argsort(-(score + rng.normal(0.0, 0.15, len(score))), kind="stable")


def may_add_storey(cols: dict[str, np.ndarray]) -> np.ndarray:
    """Sound brick-concrete blocks of 4–6 storeys."""
    brick = cols["structure"] == STRUCTURES.index("brick_concrete")
    return brick & (cols["storeys"] >= 4) & (cols["storeys"] <= 6) & (cols["remaining_life_years"] >= SOUND_LIFE)


def modes(rng: np.random.Generator, cols: dict[str, np.ndarray], rule: np.ndarray, central: np.ndarray,
          shares: dict[str, float], fixed: np.ndarray) -> np.ndarray:
    """Mode per building (see the module docstring). ``central``: per estate, in the central
    city (redevelopment at the main streets); ``fixed``: per estate, kept as a retrofit (the
    pilot); ``shares``: the floor-area shares of rebuild and add_storey to reach."""
    e, area = cols["estate_index"], cols["floor_area_m2"]
    n_estates = len(central)
    per = lambda w: np.bincount(e, weights=w, minlength=n_estates)   # noqa: E731
    total, estate_area = area.sum(), per(area)
    mode = np.full(len(area), "retrofit", dtype=object)
    short = (rule == "required") | ((cols["remaining_life_years"] < MIN_LIFE) & (rule != "excluded"))
    mode[short] = "rebuild"
    age = SURVEY_YEAR - cols["year_built"]
    panel = cols["structure"] == STRUCTURES.index("large_panel")
    score = (per(area * age) / estate_area - 20.0) / 8.0 + per(area * panel) / estate_area \
        + per(area * short) / estate_area + 0.3 * central
    may_rebuild = rule != "excluded"
    for i in _estate_order(rng, score).tolist():
        if area[mode == "rebuild"].sum() >= shares["rebuild"] * total:
            break
        if not fixed[i]:
            mode[(e == i) & may_rebuild] = "rebuild"
    storey = may_add_storey(cols) & (mode == "retrofit")
    in_rebuild = per((mode == "rebuild") * area) / estate_area > 0.5
    eligible = per(storey * area) / estate_area
    for i in _estate_order(rng, eligible).tolist():
        if area[mode == "add_storey"].sum() >= shares["add_storey"] * total:
            break
        if not (fixed[i] or in_rebuild[i]) and eligible[i] >= 0.5:
            mode[(e == i) & storey] = "add_storey"
    return mode


def added_storeys(rng: np.random.Generator, storeys: np.ndarray, mode: np.ndarray) -> np.ndarray:
    """Storeys added to an add_storey block: two on some 4-storey blocks, else one (None when
    the mode adds none)."""
    two = (storeys == 4) & (rng.random(len(storeys)) < 0.4)
    return np.where(mode == "add_storey", np.where(two, 2, 1), None)  # type: ignore[call-overload]  # an object array
