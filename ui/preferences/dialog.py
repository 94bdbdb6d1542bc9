"""Settings: CO2 preset, prices, planning index, subsidy rates, price basis, language.
Method settings are saved through ``app.settings``; the language is a UI preference."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QVBoxLayout, QWidget

from retrofit.domain.errors import RetrofitError
from retrofit.domain.settings import CO2_PRESETS
from retrofit.services.api import AppServices

translate = QCoreApplication.translate


#: (key, label, unit, min, max, decimals)
NUMBERS = (
    ("co2_factor_t_tce", QT_TRANSLATE_NOOP("SettingsDialog", "CO2 factor"), "t CO2/tce", 0.1, 5, 3),
    ("planning_index_w_m2", QT_TRANSLATE_NOOP("SettingsDialog", "Planning heat-load index"), "W/m²", 10, 200, 1),
    ("coal_price_cny_tce", QT_TRANSLATE_NOOP("SettingsDialog", "Coal price"), "RMB/tce", 0, 10000, 0),
    ("subsidy_cold_cny_m2", QT_TRANSLATE_NOOP("SettingsDialog", "Central subsidy, cold zone"), "RMB/m²", 0, 1000, 1),
    ("subsidy_severe_cold_cny_m2", QT_TRANSLATE_NOOP("SettingsDialog", "Central subsidy, severe cold zone"),
     "RMB/m²", 0, 1000, 1),
    ("local_topup_cny_m2", QT_TRANSLATE_NOOP("SettingsDialog", "Local top-up"), "RMB/m²", 0, 1000, 1),
    ("utility_share", QT_TRANSLATE_NOOP("SettingsDialog", "Heat utility share of saved coal value"), "", 0, 1, 2),
    ("sale_price_cny_m2", QT_TRANSLATE_NOOP("SettingsDialog", "Sale price of new floor area"), "RMB/m²", 0, 100000, 0),
    ("resident_cap_cny_m2", QT_TRANSLATE_NOOP("SettingsDialog", "Residents' contribution cap"), "RMB/m²", 0, 1000, 1),
    ("area_tariff_cny_m2", QT_TRANSLATE_NOOP("SettingsDialog", "Area-based heating tariff"), "RMB/m²", 0, 200, 2),
    ("rebuild_cap_share", QT_TRANSLATE_NOOP("SettingsDialog", "Rebuild cap (share of floor area)"), "", 0, 1, 2),
    ("min_consent_rate", QT_TRANSLATE_NOOP("SettingsDialog", "Minimum consent rate"), "", 0, 1, 2),
    ("discount_rate", QT_TRANSLATE_NOOP("SettingsDialog", "Discount rate (net present value)"), "", 0, 1, 3),
    ("coal_price_escalation", QT_TRANSLATE_NOOP("SettingsDialog", "Coal price escalation per year"), "", 0, 1, 3),
    ("appraisal_years", QT_TRANSLATE_NOOP("SettingsDialog", "Appraisal period"), "a", 1, 100, 0),
)
PRESET_LABELS = {"china_common": QT_TRANSLATE_NOOP("SettingsDialog", "China common (2.493)"),
                 "tangshan_programme": QT_TRANSLATE_NOOP("SettingsDialog", "Tangshan programme (2.556)"),
                 "ipcc_2_6": QT_TRANSLATE_NOOP("SettingsDialog", "IPCC (2.6)"),
                 "ndrc_2_66": QT_TRANSLATE_NOOP("SettingsDialog", "NDRC (2.66)"),
                 "high_2_77": QT_TRANSLATE_NOOP("SettingsDialog", "High (2.77)")}


class SettingsDialog(QDialog):
    def __init__(self, services: AppServices, language: str, show_error: Callable[[BaseException], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self._show_error = services, show_error
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        s = services.settings.get()
        self.preset = QComboBox()
        for key in CO2_PRESETS:
            self.preset.addItem(translate("SettingsDialog", PRESET_LABELS.get(key, key)), key)
        self.preset.setCurrentIndex(max(0, self.preset.findData(s.co2_preset)))
        self.preset.currentIndexChanged.connect(self._on_preset)
        self.basis = QComboBox()
        self.basis.addItem(translate("SettingsDialog", "2010 prices"), "2010")
        self.basis.addItem(translate("SettingsDialog", "Today's prices"), "today")
        self.basis.setCurrentIndex(max(0, self.basis.findData(s.price_basis)))
        self.lang = QComboBox()
        self.lang.addItem("中文", "zh")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(0 if language == "zh" else 1)
        form = QFormLayout()
        form.addRow(translate("SettingsDialog", "Language"), self.lang)
        form.addRow(translate("SettingsDialog", "CO2 preset"), self.preset)
        form.addRow(translate("SettingsDialog", "Price basis"), self.basis)
        self.numbers: dict[str, QDoubleSpinBox] = {}
        for key, label, unit, lo, hi, dec in NUMBERS:
            box = QDoubleSpinBox()
            box.setRange(lo, hi)
            box.setDecimals(dec)
            box.setValue(float(getattr(s, key)))
            if unit:
                box.setSuffix(f" {unit}")
            self.numbers[key] = box
            form.addRow(translate("SettingsDialog", label), box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _on_preset(self, _index: int) -> None:
        self.numbers["co2_factor_t_tce"].setValue(CO2_PRESETS[self.preset.currentData()])

    def language(self) -> str:
        return str(self.lang.currentData())

    def changes(self) -> dict[str, Any]:
        s = self.services.settings.get()
        out: dict[str, Any] = {}
        if self.preset.currentData() != s.co2_preset:
            out["co2_preset"] = self.preset.currentData()
        if self.basis.currentData() != s.price_basis:
            out["price_basis"] = self.basis.currentData()
        for key, box in self.numbers.items():
            if abs(box.value() - float(getattr(s, key))) > 10 ** -(box.decimals() + 1):
                out[key] = box.value()
        return out

    def accept(self) -> None:
        changes = self.changes()
        try:
            if "co2_preset" in changes:
                self.services.settings.apply_preset(changes.pop("co2_preset"))
            if changes:
                self.services.settings.update(changes)
        except RetrofitError as exc:
            self._show_error(exc)
            return
        super().accept()
