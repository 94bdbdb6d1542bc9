"""Settings: language, price basis, the CO2 factor and its preset, money and programme rules.

The rows are made from the settings vocabulary (:data:`retrofit.domain.vocabulary.SETTING_FIELDS`:
labels, units, ranges) and the presets from :data:`retrofit.domain.settings.CO2_PRESETS`;
shares are edited in per cent. Method settings are saved through ``app.settings``; the
language is a UI preference.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from retrofit import i18n
from retrofit.domain.errors import RetrofitError
from retrofit.domain.settings import CO2_BY_KEY, CO2_PRESETS, CUSTOM_CO2, Settings, co2_preset_for
from retrofit.domain.vocabulary import SETTING_BY_KEY, Field
from retrofit.services.api import AppServices
from ui.fields import unit_text
from ui.format import defaulted, number, percent
from ui.screens import fit_dialog

translate = QCoreApplication.translate

#: The dialog's sections and their settings, in this order.
SECTIONS = (
    ("co2", ("co2_factor_t_tce",)),
    ("money", ("coal_price_cny_tce", "subsidy_cold_cny_m2", "subsidy_severe_cold_cny_m2", "local_topup_cny_m2",
               "utility_share", "sale_price_cny_m2", "resident_cap_cny_m2", "area_tariff_cny_m2")),
    ("method", ("indoor_temp_after_c",)),
    ("programme", ("planning_index_w_m2", "rebuild_cap_share", "min_consent_rate", "discount_rate",
                   "coal_price_escalation", "appraisal_years")),
    ("reports", ("demolition_cost_cny_m2", "scaffolding_cny_m2", "site_overheads_share", "contingency_share",
                 "vat_share", "works_months_retrofit", "works_months_add_storey", "works_months_rebuild")),
)
#: Text settings (the sender and contact of the residents' letter), in the reports section.
TEXT_SETTINGS = ("office_name", "office_contact", "office_phone")


def default_text(f: Field, value: float) -> str:
    """A setting's default as the dialog shows it: ``2.493（默认）``, ``30 %（默认）``."""
    text = percent(value, f.decimals) if f.percent else number(value, f.decimals)
    return defaulted(f"{text} {unit_text(f.unit)}".strip())


class SettingBox(QDoubleSpinBox):
    """A number of the settings in its unit; shares in per cent (the value stays a fraction)."""

    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = f
        scale = 100.0 if f.percent else 1.0
        self.setDecimals(f.decimals)
        self.setRange((f.low or 0.0) * scale, (f.high if f.high is not None else 1e9) * scale)
        self.setSuffix(" %" if f.percent else f" {unit_text(f.unit)}" if unit_text(f.unit) else "")
        self.setSingleStep(1.0 if f.percent or f.decimals == 0 else 10 ** -f.decimals * 10)
        self.setKeyboardTracking(False)

    def stored(self) -> float:
        """The value as the settings store it (a fraction for a share)."""
        return self.value() / 100.0 if self.field.percent else self.value()

    def set_stored(self, value: float) -> None:
        self.setValue(float(value) * 100.0 if self.field.percent else float(value))

    def differs_from(self, value: float) -> bool:
        """Whether the box shows another value than ``value`` (compared as shown: 66.7 % is 2/3)."""
        shown = round(float(value) * (100.0 if self.field.percent else 1.0), self.decimals())
        return abs(self.value() - shown) > 10 ** -(self.decimals() + 1)


class SettingsDialog(QDialog):
    def __init__(self, services: AppServices, language: str, show_error: Callable[[BaseException], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self._show_error = services, show_error
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.current = services.settings.get()
        self.lang = QComboBox()
        self.lang.addItem("中文", "zh")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(0 if language == "zh" else 1)
        self.basis = QComboBox()
        self.basis.addItem(translate("SettingsDialog", "2010 prices"), "2010")
        self.basis.addItem(translate("SettingsDialog", "Today's prices"), "today")
        self.preset = QComboBox()
        lang = i18n.language()
        for p in CO2_PRESETS:
            self.preset.addItem(p.label(lang), p.key)
            self.preset.setItemData(self.preset.count() - 1, p.source, Qt.ItemDataRole.ToolTipRole)
        self.preset.addItem(translate("SettingsDialog", "Custom (typed in)"), CUSTOM_CO2)
        self.numbers: dict[str, SettingBox] = {}
        self.texts: dict[str, QLineEdit] = {}
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self._general_box())
        for section, keys in SECTIONS:
            layout.addWidget(self._section(section, keys))
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)
        self.show_settings(self.current)
        self.preset.currentIndexChanged.connect(self._on_preset)
        self.numbers["co2_factor_t_tce"].valueChanged.connect(self._on_factor)
        fit_dialog(self, QSize(560, 720))

    def _general_box(self) -> QGroupBox:
        box = QGroupBox(translate("SettingsDialog", "General"))
        form = QFormLayout(box)
        form.addRow(translate("SettingsDialog", "Language"), self.lang)
        form.addRow(translate("SettingsDialog", "Price basis"), self.basis)
        return box

    def _section(self, section: str, keys: tuple[str, ...]) -> QGroupBox:
        titles = {"co2": translate("SettingsDialog", "CO2"),
                  "money": translate("SettingsDialog", "Prices and funding"),
                  "method": translate("SettingsDialog", "Method"),
                  "programme": translate("SettingsDialog", "Programme rules"),
                  "reports": translate("SettingsDialog", "Reports: contractor's bill and residents' letter")}
        box = QGroupBox(titles[section])
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        if section == "co2":
            form.addRow(translate("SettingsDialog", "CO2 preset"), self.preset)
        lang, defaults = i18n.language(), Settings()
        for key in keys:
            f = SETTING_BY_KEY[key]
            spin = self.numbers[key] = SettingBox(f)
            spin.setObjectName(f"setting_{key}")
            spin.setToolTip(default_text(f, getattr(defaults, key)))
            form.addRow(f.label(lang), spin)
        if section == "reports":
            for key in TEXT_SETTINGS:
                edit = self.texts[key] = QLineEdit()
                edit.setObjectName(f"setting_{key}")
                edit.setMaxLength(SETTING_BY_KEY[key].max_length or 200)
                form.addRow(SETTING_BY_KEY[key].label(lang), edit)
        return box

    # ----- values -----
    def show_settings(self, s: Settings) -> None:
        """Show ``s`` in the editors (the preset follows the factor)."""
        self.basis.setCurrentIndex(max(0, self.basis.findData(s.price_basis)))
        for key, box in self.numbers.items():
            box.blockSignals(True)
            box.set_stored(getattr(s, key))
            box.blockSignals(False)
        for key, edit in self.texts.items():
            edit.setText(getattr(s, key))
        preset = s.co2_preset if s.co2_preset in CO2_BY_KEY else co2_preset_for(s.co2_factor_t_tce)
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(max(0, self.preset.findData(preset)))
        self.preset.blockSignals(False)

    def restore_defaults(self) -> None:
        """Every setting of this dialog back to its default (saved only with OK)."""
        self.show_settings(Settings())

    def _on_preset(self, _index: int) -> None:
        key = self.preset.currentData()
        if key in CO2_BY_KEY:
            box = self.numbers["co2_factor_t_tce"]
            box.blockSignals(True)
            box.set_stored(CO2_BY_KEY[key].factor_t_tce)
            box.blockSignals(False)

    def _on_factor(self, _value: float) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData(co2_preset_for(self.numbers["co2_factor_t_tce"].stored())))
        self.preset.blockSignals(False)

    def language(self) -> str:
        return str(self.lang.currentData())

    def changes(self) -> dict[str, Any]:
        """The settings that differ from the stored ones (shares as fractions)."""
        s = self.current
        out: dict[str, Any] = {}
        if self.basis.currentData() != s.price_basis:
            out["price_basis"] = self.basis.currentData()
        for key, box in self.numbers.items():
            if box.differs_from(getattr(s, key)):
                out[key] = box.stored()
        for key, edit in self.texts.items():
            if edit.text().strip() != getattr(s, key):
                out[key] = edit.text().strip()
        if self.preset.currentData() != s.co2_preset or "co2_factor_t_tce" in out:
            out["co2_preset"] = self.preset.currentData()
            out["co2_factor_t_tce"] = self.numbers["co2_factor_t_tce"].stored()
        return out

    def accept(self) -> None:
        changes = self.changes()
        try:
            if changes:
                self.services.settings.update(changes)
        except RetrofitError as exc:
            self._show_error(exc)
            return
        super().accept()
