"""The editable fields of estates and buildings as the app shows them, made from the field
vocabulary (:mod:`retrofit.domain.vocabulary`): labels in Chinese and English, units, kinds,
ranges and choices are the ones the database and the register reader use."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from retrofit import i18n
from retrofit.domain import vocabulary
from retrofit.domain.vocabulary import (
    MODES,
    PACKAGES,
    STATUSES,
    STRUCTURES,
    THIS_YEAR,
    Field,
)

translate = QCoreApplication.translate

#: Vocabulary kind → editor kind.
_KINDS = {"text": "text", "int": "int", "year": "int", "float": "float", "fraction": "float", "money": "float",
          "bool": "bool", "choice": "enum", "package": "package", "date": "date"}


#: The vocabulary's units as an English text shows them (a count's unit goes without saying).
_UNITS_EN = {"元": "RMB", "元/m²": "RMB/m²", "元/tce": "RMB/tce", "年": "years", "层": "", "户": ""}


def unit_text(unit: str) -> str:
    """A unit of the vocabulary in the language in force: ``元/m²`` is ``RMB/m²`` in English."""
    return _UNITS_EN.get(unit, unit) if unit and i18n.language() == "en" else unit


@dataclass(frozen=True, slots=True)
class FieldSpec:
    key: str
    field: Field
    kind: str = "float"         # float | int | text | bool | enum | package | date
    minimum: float | None = None
    maximum: float | None = None
    decimals: int = 2
    choices: tuple[str, ...] = ()
    required: bool = False
    editable: bool = True

    @property
    def unit(self) -> str:
        return unit_text(self.field.unit)

    @property
    def label(self) -> str:
        """The label in the language in force."""
        return self.field.label(i18n.language())

    def title(self) -> str:
        """The label with the unit, for headers and form labels."""
        text = self.label
        return f"{text} [{self.unit}]" if self.unit and self.field.kind != "year" else text


def spec_of(f: Field) -> FieldSpec:
    """The editor of one vocabulary field (a year's upper bound: the largest year stored)."""
    high = 2100 if f.high == THIS_YEAR else f.high
    return FieldSpec(f.key, f, _KINDS[f.kind], f.low, high, f.decimals, f.choice_values(), f.required)


#: The building table's columns and the building form's rows, in this order.
BUILDING_ORDER = (
    "building", "year_built", "structure", "storeys", "floor_area_m2", "households", "mode", "package",
    "planned_year", "status", "works_start", "works_completed", "actual_cost_rmb", "contractor", "wall_u",
    "window_u", "roof_u", "floor_u", "wwr", "air_change_h", "storey_height_m", "length_m", "width_m",
    "floor_factor", "stairwell_heated", "eta_network", "eta_source", "measured_kgce_m2", "measured_gj_m2",
    "indoor_temp_before_c", "remaining_life_years", "rebuild_rule", "added_storeys", "wall_u_after", "window_u_after",
    "roof_u_after", "floor_u_after", "air_change_after_h", "eta_network_after", "eta_source_after")
ESTATE_ORDER = ("estate", "city", "district", "subdistrict", "address", "year_completed", "households",
                "consent_rate", "heat_supplier", "metered_billing", "must_do")

BUILDING_FIELDS: tuple[FieldSpec, ...] = tuple(spec_of(vocabulary.BUILDING_BY_KEY[k]) for k in BUILDING_ORDER)
ESTATE_FIELDS: tuple[FieldSpec, ...] = tuple(spec_of(vocabulary.ESTATE_BY_KEY[k]) for k in ESTATE_ORDER)

BUILDING_BY_KEY = {f.key: f for f in BUILDING_FIELDS}
ESTATE_BY_KEY = {f.key: f for f in ESTATE_FIELDS}
#: Fields the method fills in when they are not entered (method.md §2, §6; shown as defaulted).
DEFAULTABLE: frozenset[str] = frozenset(f.key for f in BUILDING_FIELDS if f.field.defaultable)

#: Every choice the app names: structures, modes, statuses and the shipped packages.
_CHOICES = {c.value: c for group in (MODES, STRUCTURES, STATUSES, PACKAGES) for c in group}


def choice_label(value: str) -> str:
    """The label of an enum value or shipped package in the language in force; user packages
    keep their name."""
    choice = _CHOICES.get(str(value))
    if choice is None:
        return str(value)
    return choice.en if i18n.language() == "en" else choice.zh


def yes_no(value: bool) -> str:
    return translate("Choices", "yes") if value else translate("Choices", "no")
