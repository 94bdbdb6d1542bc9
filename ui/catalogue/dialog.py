"""The catalogue editor: measures (Chinese and English names, kinds, what a price is paid per,
the 2010 and today's unit prices, the parameters) and packages (which measures), through the
settings service. Each change is saved at once and recalculates every result."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from retrofit.services.api import AppServices
from ui.catalogue.measures import MeasuresTab
from ui.catalogue.packages import PackagesTab
from ui.screens import fit_dialog

translate = QCoreApplication.translate


class CatalogueDialog(QDialog):
    def __init__(self, services: AppServices, show_error: Callable[[BaseException], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(translate("Catalogue", "Measures and packages"))
        self.measures = MeasuresTab(services, show_error)
        self.packages = PackagesTab(services, show_error)
        self.measures.changed.connect(lambda: self.packages.load())
        self.tabs = QTabWidget()
        self.tabs.addTab(self.measures, translate("Catalogue", "Measures"))
        self.tabs.addTab(self.packages, translate("Catalogue", "Packages"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        fit_dialog(self, QSize(960, 600))
