"""The editable fields of estates and buildings as the UI shows them: data-dictionary keys,
translatable labels, units, value kinds, ranges and choices (docs/data-dictionary.md)."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from retrofit.domain.records import Mode, Structure

translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class FieldSpec:
    key: str
    label: str                  # English source text, context "Fields"
    unit: str = ""
    kind: str = "float"         # float | int | text | bool | enum | package
    minimum: float | None = None
    maximum: float | None = None
    decimals: int = 2
    choices: tuple[str, ...] = ()
    required: bool = False
    editable: bool = True

    def title(self) -> str:
        """Translated label with the unit, for headers and form labels."""
        text = translate("Fields", self.label)
        return f"{text} [{self.unit}]" if self.unit else text


def _f(key, label, unit="", kind="float", lo=None, hi=None, dec=2, choices=(), req=False):  # noqa: ANN001
    return FieldSpec(key, label, unit, kind, lo, hi, dec, tuple(choices), req)


MODES = tuple(m.value for m in Mode)
STRUCTURES = tuple(s.value for s in Structure)

BUILDING_FIELDS: tuple[FieldSpec, ...] = (
    _f("building", QT_TRANSLATE_NOOP("Fields", "Building"), kind="text", req=True),
    _f("year_built", QT_TRANSLATE_NOOP("Fields", "Year built"), kind="int", lo=1900, hi=2100, req=True),
    _f("structure", QT_TRANSLATE_NOOP("Fields", "Structure"), kind="enum", choices=STRUCTURES),
    _f("storeys", QT_TRANSLATE_NOOP("Fields", "Storeys"), kind="int", lo=1, hi=40, req=True),
    _f("floor_area_m2", QT_TRANSLATE_NOOP("Fields", "Floor area"), "m²", lo=0.01, hi=1e6, dec=1, req=True),
    _f("households", QT_TRANSLATE_NOOP("Fields", "Households"), kind="int", lo=0, hi=10000, req=True),
    _f("mode", QT_TRANSLATE_NOOP("Fields", "Mode"), kind="enum", choices=MODES),
    _f("package", QT_TRANSLATE_NOOP("Fields", "Package"), kind="package"),
    _f("planned_year", QT_TRANSLATE_NOOP("Fields", "Planned year"), kind="int", lo=2000, hi=2100),
    _f("wall_u", QT_TRANSLATE_NOOP("Fields", "Wall U"), "W/(m²·K)", lo=0.05, hi=5.0),
    _f("window_u", QT_TRANSLATE_NOOP("Fields", "Window U"), "W/(m²·K)", lo=0.5, hi=7.0),
    _f("roof_u", QT_TRANSLATE_NOOP("Fields", "Roof U"), "W/(m²·K)", lo=0.05, hi=5.0),
    _f("floor_u", QT_TRANSLATE_NOOP("Fields", "Floor U"), "W/(m²·K)", lo=0.05, hi=5.0),
    _f("wwr", QT_TRANSLATE_NOOP("Fields", "Window-wall ratio"), lo=0.0, hi=0.9),
    _f("air_change_h", QT_TRANSLATE_NOOP("Fields", "Air change"), "h⁻¹", lo=0.1, hi=3.0),
    _f("storey_height_m", QT_TRANSLATE_NOOP("Fields", "Storey height"), "m", lo=2.0, hi=6.0),
    _f("length_m", QT_TRANSLATE_NOOP("Fields", "Length"), "m", lo=1.0, hi=500.0, dec=1),
    _f("width_m", QT_TRANSLATE_NOOP("Fields", "Width"), "m", lo=1.0, hi=100.0, dec=1),
    _f("floor_factor", QT_TRANSLATE_NOOP("Fields", "Floor factor"), lo=0.0, hi=1.0),
    _f("stairwell_heated", QT_TRANSLATE_NOOP("Fields", "Heated stairwell"), kind="bool"),
    _f("eta_network", QT_TRANSLATE_NOOP("Fields", "Network efficiency"), lo=0.01, hi=1.0),
    _f("eta_source", QT_TRANSLATE_NOOP("Fields", "Source efficiency"), lo=0.01, hi=1.0),
    _f("measured_kgce_m2", QT_TRANSLATE_NOOP("Fields", "Metered coal use"), "kgce/m²", lo=0.0, hi=200.0, dec=1),
    _f("remaining_life_years", QT_TRANSLATE_NOOP("Fields", "Remaining life"), "a", lo=0, hi=200, dec=0),
    _f("added_storeys", QT_TRANSLATE_NOOP("Fields", "Added storeys"), kind="int", lo=1, hi=2),
    _f("wall_u_after", QT_TRANSLATE_NOOP("Fields", "Wall U after"), "W/(m²·K)", lo=0.05, hi=5.0),
    _f("window_u_after", QT_TRANSLATE_NOOP("Fields", "Window U after"), "W/(m²·K)", lo=0.5, hi=7.0),
    _f("roof_u_after", QT_TRANSLATE_NOOP("Fields", "Roof U after"), "W/(m²·K)", lo=0.05, hi=5.0),
    _f("floor_u_after", QT_TRANSLATE_NOOP("Fields", "Floor U after"), "W/(m²·K)", lo=0.05, hi=5.0),
    _f("air_change_after_h", QT_TRANSLATE_NOOP("Fields", "Air change after"), "h⁻¹", lo=0.1, hi=3.0),
    _f("eta_network_after", QT_TRANSLATE_NOOP("Fields", "Network efficiency after"), lo=0.01, hi=1.0),
    _f("eta_source_after", QT_TRANSLATE_NOOP("Fields", "Source efficiency after"), lo=0.01, hi=1.0),
)

ESTATE_FIELDS: tuple[FieldSpec, ...] = (
    _f("estate", QT_TRANSLATE_NOOP("Fields", "Estate"), kind="text", req=True),
    _f("city", QT_TRANSLATE_NOOP("Fields", "City"), kind="text", req=True),
    _f("district", QT_TRANSLATE_NOOP("Fields", "District"), kind="text"),
    _f("subdistrict", QT_TRANSLATE_NOOP("Fields", "Subdistrict"), kind="text"),
    _f("address", QT_TRANSLATE_NOOP("Fields", "Address"), kind="text"),
    _f("year_completed", QT_TRANSLATE_NOOP("Fields", "Year completed"), kind="int", lo=1900, hi=2100),
    _f("households", QT_TRANSLATE_NOOP("Fields", "Households"), kind="int", lo=0, hi=100000),
    _f("consent_rate", QT_TRANSLATE_NOOP("Fields", "Consent rate"), lo=0.0, hi=1.0),
    _f("heat_supplier", QT_TRANSLATE_NOOP("Fields", "Heat supplier"), kind="text"),
    _f("metered_billing", QT_TRANSLATE_NOOP("Fields", "Metered billing"), kind="bool"),
)

BUILDING_BY_KEY = {f.key: f for f in BUILDING_FIELDS}
#: Fields the method fills in when they are not entered (method.md §2, §6; shown as defaulted).
DEFAULTABLE: frozenset[str] = frozenset((
    "structure", "storey_height_m", "length_m", "width_m", "wwr", "wall_u", "window_u", "roof_u", "floor_u",
    "floor_factor", "air_change_h", "stairwell_heated", "eta_network", "eta_source", "mode", "package",
    "added_storeys"))
ESTATE_BY_KEY = {f.key: f for f in ESTATE_FIELDS}

_CHOICE_LABELS = {
    "none": QT_TRANSLATE_NOOP("Choices", "No retrofit"),
    "retrofit": QT_TRANSLATE_NOOP("Choices", "Energy retrofit"),
    "add_storey": QT_TRANSLATE_NOOP("Choices", "Add storeys"),
    "rebuild": QT_TRANSLATE_NOOP("Choices", "Rebuild"),
    "brick_concrete": QT_TRANSLATE_NOOP("Choices", "Brick-concrete"),
    "large_panel": QT_TRANSLATE_NOOP("Choices", "Large panel"),
    "frame": QT_TRANSLATE_NOOP("Choices", "Frame"),
    "basic": QT_TRANSLATE_NOOP("Choices", "Basic"),
    "usual": QT_TRANSLATE_NOOP("Choices", "Usual"),
    "advanced": QT_TRANSLATE_NOOP("Choices", "Advanced"),
}


def choice_label(value: str) -> str:
    """Translated label of an enum value or reference package; user packages keep their name."""
    source = _CHOICE_LABELS.get(str(value))
    return translate("Choices", source) if source else str(value)


def yes_no(value: bool) -> str:
    return translate("Choices", "yes") if value else translate("Choices", "no")
