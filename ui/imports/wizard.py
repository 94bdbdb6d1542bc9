"""The import wizard. Nothing changes until the last page's commit, which runs in the
background with progress and cancel; a file with errors lists them and cannot be committed."""
from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from retrofit.domain.errors import InputFileError, RetrofitError
from retrofit.services.api import AppServices
from retrofit.services.dto import ChangeSummary
from ui.errors import error_text
from ui.imports.mapping import (
    AUTO,
    IGNORE,
    TARGET_KEYS,
    effective_mapping,
    error_rows,
    field_label,
    read_columns,
    remembered_choices,
    write_errors_csv,
)
from ui.screens import fit_dialog
from ui.settings import AppSettings
from ui.tables import read_only_table
from ui.tasks import Task, TaskRunner

translate = QCoreApplication.translate


def summary_text(s: ChangeSummary) -> str:
    return translate("ImportWizard", "New estates: %1, changed estates: %2, new buildings: %3, changed buildings: %4, "
               "unchanged buildings: %5").replace("%1", str(s.inserted_estates)).replace(
        "%2", str(s.updated_estates)).replace("%3", str(s.inserted_buildings)).replace(
        "%4", str(s.updated_buildings)).replace("%5", str(s.unchanged_buildings))


def error_headers() -> list[str]:
    return [translate("ImportWizard", "Row"), translate("ImportWizard", "Column"),
            translate("ImportWizard", "Value"), translate("ImportWizard", "Problem")]


class ChoiceBox(QComboBox):
    """A drop-down in a list: the mouse wheel scrolls the list, it never changes the choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt override)
        event.ignore()


class RegisterSource:
    """What the wizard imports: the estate and building register (the default). A meter register
    is :class:`ui.imports.meters.MeterSource`."""

    remember = True                     # the column choices are kept for the next import

    def texts(self) -> tuple[str, str, str]:
        """Window title, file page title and subtitle."""
        return (translate("ImportWizard", "Import register"), translate("ImportWizard", "Choose a register file"),
                translate("ImportWizard", "A CSV or Excel file with one row per building (see the import template)."))

    def read_columns(self, path: Path) -> list:
        return read_columns(path)

    def keys(self) -> list[tuple[str, str]]:
        """(label, key) of every field a column can be mapped to."""
        return [(field_label(key), key) for key in TARGET_KEYS]

    def label(self, key: str) -> str:
        return field_label(key)

    def preview(self, services: AppServices, path: Path, mapping: dict | None) -> tuple[Any, list[str]]:
        """What the import would change (a summary for :meth:`summary_text`) and the reader's notices."""
        return services.imports.preview(path, mapping)

    def commit(self, services: AppServices, path: Path, mapping: dict | None, progress, cancel) -> Any:  # noqa: ANN001
        return services.imports.commit(path, mapping, progress=progress, cancel=cancel)

    def summary_text(self, summary: Any) -> str:
        return summary_text(summary)


class FilePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None, source: RegisterSource | None = None) -> None:
        super().__init__(parent)
        _, title, subtitle = (source or RegisterSource()).texts()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.path = QLineEdit()
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(translate("ImportWizard", "Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout(self)
        row.addWidget(self.path, 1)
        row.addWidget(browse)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("ImportWizard", "Register file"), "",
                                              translate("ImportWizard", "Registers (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)"))
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:
        return Path(self.path.text().strip()).is_file()


class PreviewPage(QWizardPage):
    """Column mapping (editable, remembered) and the preview, or every error."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(translate("ImportWizard", "Columns and preview"))
        self.mapping = QTableWidget(0, 3)
        self.mapping.setHorizontalHeaderLabels([translate("ImportWizard", "Column in the file"),
                                                translate("ImportWizard", "Sample values"), translate("ImportWizard",
                                                                                                      "Field")])
        self.mapping.horizontalHeader().setStretchLastSection(True)
        self.check = QPushButton(translate("ImportWizard", "Check again"))
        self.check.clicked.connect(self.run_preview)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.errors = read_only_table()
        self.export = QPushButton(translate("ImportWizard", "Export errors (CSV)…"))
        self.export.clicked.connect(self._export_errors)
        self.error_rows: list[tuple[int, str, str, str]] = []
        self.ok = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.mapping, 3)
        layout.addWidget(self.check, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.result)
        layout.addWidget(self.errors, 2)
        layout.addWidget(self.export, 0, Qt.AlignmentFlag.AlignRight)

    def initializePage(self) -> None:
        remembered = self.w.app_settings.import_mapping
        try:
            guesses = self.w.source.read_columns(self.w.path())
        except RetrofitError as exc:
            guesses = []
            self.result.setText(error_text(exc))
        self.headers = [g.header for g in guesses]
        choices = remembered_choices(guesses, remembered)
        self.mapping.setRowCount(len(guesses))
        for i, guess in enumerate(guesses):
            self.mapping.setItem(i, 0, QTableWidgetItem(guess.header))
            self.mapping.setItem(i, 1, QTableWidgetItem(", ".join(guess.sample_values[:3])))
            combo = ChoiceBox()
            detected = self.w.source.label(guess.key) if guess.key else translate("ImportWizard", "ignored")
            combo.addItem(translate("ImportWizard", "(automatic: %1)").replace("%1", detected), AUTO)
            combo.addItem(translate("ImportWizard", "(ignore)"), IGNORE)
            for label, key in self.w.source.keys():
                combo.addItem(label, key)
            combo.setCurrentIndex(max(0, combo.findData(choices[guess.header])))
            self.mapping.setCellWidget(i, 2, combo)
        self.mapping.resizeColumnsToContents()
        if guesses:
            self.run_preview()

    def chosen(self) -> dict[str, str]:
        return {h: cast(QComboBox, self.mapping.cellWidget(i, 2)).currentData() for i, h in enumerate(self.headers)}

    def effective(self) -> dict[str, str | None]:
        return effective_mapping(self.headers, self.chosen())

    def remember(self) -> None:
        """Keep the explicit choices for the next import (after a successful import only)."""
        if not self.w.source.remember:
            return
        explicit = {h: c for h, c in self.chosen().items() if c != AUTO}
        kept = {h: c for h, c in self.w.app_settings.import_mapping.items() if h not in self.chosen()}
        self.w.app_settings.import_mapping = {**kept, **explicit}

    def run_preview(self) -> None:
        self.error_rows, self.ok = [], False
        try:
            summary, messages = self.w.source.preview(self.w.services, self.w.path(), self.effective() or None)
        except InputFileError as exc:
            self.error_rows = error_rows(exc)
            self.result.setText(error_text(exc).partition("\n")[0])
        except RetrofitError as exc:
            self.result.setText(error_text(exc))
        else:
            self.ok = True
            self.result.setText("\n".join([self.w.source.summary_text(summary), *messages[:20]]))
        self._show_errors()
        self.completeChanged.emit()

    def _show_errors(self) -> None:
        from ui.tables import fill_table

        headers = error_headers()
        fill_table(self.errors, [dict(zip(headers, r, strict=True)) for r in self.error_rows], headers)
        self.errors.setVisible(bool(self.error_rows))
        self.export.setVisible(bool(self.error_rows))

    def _export_errors(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, translate("ImportWizard", "Export errors"),
                                              str(self.w.path().with_suffix(".errors.csv")),
                                              "CSV (*.csv)")
        if path:
            write_errors_csv(Path(path), self.error_rows, error_headers())

    def isComplete(self) -> bool:
        return self.ok


class CommitPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(translate("ImportWizard", "Import"))
        self.setFinalPage(True)
        self.bar = QProgressBar()
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.cancel = QPushButton(translate("ImportWizard", "Cancel import"))
        self.cancel.clicked.connect(lambda: self.task.cancel() if self.task else None)
        self.task: Task | None = None
        self.done = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignRight)

    def initializePage(self) -> None:
        self.done = False
        self.cancel.setEnabled(True)
        self.label.setText(translate("ImportWizard", "Importing…"))
        path, mapping = self.w.path(), self.w.preview.effective() or None
        self.task = self.w.runner.start(
            lambda progress, cancel: self.w.source.commit(self.w.services, path, mapping, progress, cancel),
            on_success=self._on_done, on_failure=self._on_failed, on_cancel=self._on_cancelled)
        self.task.signals.progressed.connect(self._on_progress)

    def _on_progress(self, done: int, total: int, _text: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _finish(self, text: str) -> None:
        self.label.setText(text)
        self.cancel.setEnabled(False)
        self.done = True
        self.task = None
        self.completeChanged.emit()

    def _on_done(self, summary: Any) -> None:
        self.summary = summary
        self.w.preview.remember()
        self._finish(translate("ImportWizard", "Imported.") + "\n" + self.w.source.summary_text(summary))

    def _on_failed(self, exc: BaseException) -> None:
        self._finish(error_text(exc))

    def _on_cancelled(self) -> None:
        self._finish(translate("ImportWizard", "Cancelled; nothing was changed."))

    def isComplete(self) -> bool:
        return self.done

    def validatePage(self) -> bool:
        return self.done

    def cleanupPage(self) -> None:                  # "Back" is not possible while importing
        if self.task is not None:
            self.task.cancel()


class ImportWizard(QWizard):
    def __init__(self, services: AppServices, runner: TaskRunner, app_settings: AppSettings,
                 parent: QWidget | None = None, source: RegisterSource | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner, self.app_settings = services, runner, app_settings
        self.source = source or RegisterSource()
        self.setWindowTitle(self.source.texts()[0])
        self.file_page = FilePage(self, self.source)
        self.preview = PreviewPage(self)
        self.commit_page = CommitPage(self)
        for page in (self.file_page, self.preview, self.commit_page):
            self.addPage(page)
        fit_dialog(self, QSize(820, 620))

    def path(self) -> Path:
        return Path(self.file_page.path.text().strip())

    def reject(self) -> None:
        """Closing while the import runs cancels it first (nothing is changed then)."""
        task = self.commit_page.task
        if task is not None:
            task.cancel()
            task.signals.finished.connect(self.reject)
            return
        super().reject()
