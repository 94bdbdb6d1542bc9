"""Reports: choose estates, kind, language and folder; render in the background with progress
and cancel; open the folder at the end."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from retrofit.domain.naming import natural_key
from retrofit.services.api import AppServices
from retrofit.services.dto import EstateRow
from ui.errors import error_text
from ui.screens import fit_dialog
from ui.settings import AppSettings, data_dir
from ui.tasks import Task, TaskRunner

translate = QCoreApplication.translate


KINDS = {"plan": QT_TRANSLATE_NOOP("Reports", "Estate retrofit plan"),
         "summary": QT_TRANSLATE_NOOP("Reports", "Residents' summary"),
         "programme": QT_TRANSLATE_NOOP("Reports", "Programme report (city)")}


class ReportsDialog(QDialog):
    def __init__(self, services: AppServices, runner: TaskRunner, app_settings: AppSettings,
                 estates: Sequence[EstateRow], current: int | None = None, parent: QWidget | None = None,
                 open_folder: bool = True) -> None:
        super().__init__(parent)
        self.services, self.runner, self.app_settings = services, runner, app_settings
        self.open_folder = open_folder
        self.paths: list[Path] = []
        self.task: Task | None = None
        self.setWindowTitle(translate("Reports", "Reports"))
        self.estates = QListWidget()
        for e in sorted(estates, key=lambda e: (natural_key(e.district or ""), natural_key(e.estate))):
            item = QListWidgetItem(f"{e.district or ''} {e.estate}".strip())
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            item.setCheckState(Qt.CheckState.Checked if e.id == current else Qt.CheckState.Unchecked)
            self.estates.addItem(item)
        self.kind = QComboBox()
        for key, text in KINDS.items():
            self.kind.addItem(translate("Reports", text), key)
        self.kind.currentIndexChanged.connect(
            lambda _i: self.estates.setEnabled(self.kind.currentData() != "programme"))
        self.lang = QComboBox()
        self.lang.addItem("中文", "zh")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(0 if app_settings.language == "zh" else 1)
        self.folder = QLineEdit(app_settings.report_dir or str(data_dir() / "reports"))
        browse = QPushButton(translate("Reports", "Browse…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.bar = QProgressBar()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.generate = self.buttons.addButton(translate("Reports", "Create PDFs"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.generate.clicked.connect(self.start)
        self.cancel.clicked.connect(self._cancel_or_close)
        form = QFormLayout()
        form.addRow(translate("Reports", "Kind"), self.kind)
        form.addRow(translate("Reports", "Language"), self.lang)
        form.addRow(translate("Reports", "Folder"), folder_row)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("Reports", "Estates")))
        layout.addWidget(self.estates, 1)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        fit_dialog(self, QSize(520, 560))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("Reports", "Folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def selected_estates(self) -> list[int] | None:
        if self.kind.currentData() == "programme":
            return None
        return [int(self.estates.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.estates.count())
                if self.estates.item(i).checkState() == Qt.CheckState.Checked]

    def start(self) -> None:
        estates = self.selected_estates()
        if estates == []:
            self.status.setText(translate("Reports", "Choose at least one estate."))
            return
        out_dir = Path(self.folder.text().strip())
        out_dir.mkdir(parents=True, exist_ok=True)
        self.app_settings.report_dir = str(out_dir)
        kind, lang = self.kind.currentData(), self.lang.currentData()
        self.generate.setEnabled(False)
        self.status.setText(translate("Reports", "Creating reports…"))
        self.task = self.runner.start(
            lambda progress, cancel: self.services.reports.render(estates, kind, lang, out_dir,
                                                                  progress=progress, cancel=cancel),
            on_success=self._on_done, on_failure=self._on_failed, on_cancel=self._on_cancelled)
        self.task.signals.progressed.connect(self._on_progress)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        if text:
            self.status.setText(text)

    def _cancel_or_close(self) -> None:
        if self.task is not None:
            self.task.cancel()
        else:
            self.reject()

    def _on_done(self, paths: list[Path]) -> None:
        self.task = None
        self.paths = [Path(p) for p in paths]
        self.generate.setEnabled(True)
        self.status.setText(translate("Reports", "%n PDF file(s) created.", None, len(self.paths)))
        if self.open_folder and self.paths:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths[0].parent)))

    def _on_failed(self, exc: BaseException) -> None:
        self.task = None
        self.generate.setEnabled(True)
        self.status.setText(error_text(exc))

    def _on_cancelled(self) -> None:
        self.task = None
        self.generate.setEnabled(True)
        self.status.setText(translate("Reports", "Cancelled."))
