"""Reports: choose the estates (by district, planned year, saved plan or a search; select all),
the kind, the language and the folder; render in the background with progress and cancel; open
the folder at the end (the file manager of Windows or Linux, through QDesktopServices)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
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
from ui.i18n import QT_TRANSLATE_NOOP
from ui.reports.choice import EstateChoice, plan_estates, planned_years
from ui.screens import fit_dialog
from ui.settings import AppSettings, data_dir
from ui.tasks import Task, TaskRunner

translate = QCoreApplication.translate


KINDS = {"plan": QT_TRANSLATE_NOOP("Reports", "Estate retrofit plan"),
         "summary": QT_TRANSLATE_NOOP("Reports", "Residents' summary"),
         "verification": QT_TRANSLATE_NOOP("Reports", "Verification of the savings (estate)"),
         "programme": QT_TRANSLATE_NOOP("Reports", "Programme report (city)")}
ID_ROLE = int(Qt.ItemDataRole.UserRole)


def open_folder(path: Path, opener: Callable[[QUrl], bool] | None = None) -> bool:
    """Show ``path`` in the file manager (Explorer on Windows, the desktop's on Linux): a local
    file URL, never a bare path, which Windows would not take for a folder."""
    return bool((opener or QDesktopServices.openUrl)(QUrl.fromLocalFile(str(path))))


class ReportsDialog(QDialog):
    def __init__(self, services: AppServices, runner: TaskRunner, app_settings: AppSettings,
                 estates: Sequence[EstateRow], current: int | None = None, parent: QWidget | None = None,
                 open_folder: bool = True) -> None:
        super().__init__(parent)
        self.services, self.runner, self.app_settings = services, runner, app_settings
        self.open_folder_when_done = open_folder
        self.paths: list[Path] = []
        self.task: Task | None = None
        self.choice = EstateChoice(sorted(estates, key=lambda e: (natural_key(e.district or ""),
                                                                  natural_key(e.estate))))
        self.setWindowTitle(translate("Reports", "Reports"))
        self._build_filters()
        self.estates = QListWidget()
        self.estates.itemChanged.connect(lambda _item: self._count())
        self.chosen = QLabel()
        self.select_all = QPushButton(translate("Reports", "Select all"))
        self.select_none = QPushButton(translate("Reports", "Select none"))
        self.select_all.clicked.connect(lambda: self._check_all(True))
        self.select_none.clicked.connect(lambda: self._check_all(False))
        self._build_options()
        self._layout()
        self._fill(checked={current} if current is not None else set())
        self._running(False)
        fit_dialog(self, QSize(560, 640))
        self._read_years()

    # ----- building -----
    def _build_filters(self) -> None:
        self.district, self.year, self.plan = QComboBox(), QComboBox(), QComboBox()
        self.district.addItem(translate("Reports", "All districts"), None)
        for district in self.choice.districts():
            self.district.addItem(district, district)
        self.year.addItem(translate("Reports", "Any planned year"), None)
        self.year.setEnabled(False)
        self.plan.addItem(translate("Reports", "No saved plan"), None)
        try:
            plans = self.services.plans.list_plans() if getattr(self.services, "plans", None) else []
        except Exception:                       # noqa: BLE001 (no planner on this database: no choice)
            plans = []
        for p in plans:
            self.plan.addItem(f"{p.name} v{p.revision}", p.id)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(translate("Reports", "Search estate, district or address"))
        for combo in (self.district, self.year, self.plan):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            combo.currentIndexChanged.connect(self._refilter)
        self.search.textChanged.connect(self._refilter)

    def _build_options(self) -> None:
        self.kind = QComboBox()
        for key, text in KINDS.items():
            self.kind.addItem(translate("Reports", text), key)
        self.kind.currentIndexChanged.connect(lambda _i: self._count())
        self.lang = QComboBox()
        self.lang.addItem("中文", "zh")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(0 if self.app_settings.language == "zh" else 1)
        self.folder = QLineEdit(self.app_settings.report_dir or str(data_dir() / "reports"))
        self.browse = QPushButton(translate("Reports", "Browse…"))
        self.browse.clicked.connect(self._browse)
        self.bar = QProgressBar()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.generate = self.buttons.addButton(translate("Reports", "Create PDFs"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.show_folder = self.buttons.addButton(translate("Reports", "Open folder"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.show_folder.setEnabled(False)
        self.generate.clicked.connect(self.start)
        self.show_folder.clicked.connect(lambda: open_folder(self.out_dir()))
        self.cancel.clicked.connect(self._cancel_or_close)

    def _layout(self) -> None:
        filters = QGridLayout()
        filters.addWidget(QLabel(translate("Reports", "District")), 0, 0)
        filters.addWidget(self.district, 0, 1)
        filters.addWidget(QLabel(translate("Reports", "Planned year")), 0, 2)
        filters.addWidget(self.year, 0, 3)
        filters.addWidget(QLabel(translate("Reports", "Saved plan")), 1, 0)
        filters.addWidget(self.plan, 1, 1)
        filters.addWidget(self.search, 1, 2, 1, 2)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)
        selection = QHBoxLayout()
        selection.addWidget(self.chosen, 1)
        selection.addWidget(self.select_all)
        selection.addWidget(self.select_none)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(translate("Reports", "Kind"), self.kind)
        form.addRow(translate("Reports", "Language"), self.lang)
        form.addRow(translate("Reports", "Folder"), folder_row)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("Reports", "Estates")))
        layout.addLayout(filters)
        layout.addWidget(self.estates, 1)
        layout.addLayout(selection)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    # ----- choosing the estates -----
    def _read_years(self) -> None:
        """The planned years of every estate, read in the background (the year filter waits)."""
        estates = [e.id for e in self.choice.estates]
        self.runner.start(lambda progress, cancel: planned_years(self.services, estates),
                          on_success=self._on_years, on_failure=self._on_failed)

    def _on_years(self, years: dict[int, set[int]]) -> None:
        self.choice.years = years
        for year in sorted({y for ys in years.values() for y in ys}):
            self.year.addItem(str(year), year)
        self.year.setEnabled(self.year.count() > 1)

    def _refilter(self, *_: object) -> None:
        plan_id = self.plan.currentData()
        self.choice.plan = plan_estates(self.services, plan_id) if plan_id is not None else None
        self._fill(checked=set(self.selected_ids()))

    def _fill(self, checked: set[int]) -> None:
        shown = self.choice.matching(self.district.currentData(), self.year.currentData(), self.search.text())
        self.estates.blockSignals(True)
        self.estates.clear()
        for e in shown:
            item = QListWidgetItem(f"{e.district or ''} {e.estate}".strip())
            item.setData(ID_ROLE, e.id)
            item.setCheckState(Qt.CheckState.Checked if e.id in checked else Qt.CheckState.Unchecked)
            self.estates.addItem(item)
        self.estates.blockSignals(False)
        self._count()

    def _check_all(self, on: bool) -> None:
        """Tick (or untick) every estate the filters show."""
        self.estates.blockSignals(True)
        for i in range(self.estates.count()):
            self.estates.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.estates.blockSignals(False)
        self._count()

    def selected_ids(self) -> list[int]:
        return [int(self.estates.item(i).data(ID_ROLE)) for i in range(self.estates.count())
                if self.estates.item(i).checkState() == Qt.CheckState.Checked]

    def _count(self) -> None:
        city = self.kind.currentData() == "programme"
        for w in (self.estates, self.select_all, self.select_none, self.district, self.plan, self.search):
            w.setEnabled(not city)
        self.year.setEnabled(not city and self.year.count() > 1)
        self.chosen.setText(translate("Reports", "%1 of %2 estates ticked").replace(
            "%1", str(len(self.selected_ids()))).replace("%2", str(self.estates.count())))

    def selected_estates(self) -> list[int] | None:
        return None if self.kind.currentData() == "programme" else self.selected_ids()

    # ----- creating -----
    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("Reports", "Folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def out_dir(self) -> Path:
        return Path(self.folder.text().strip())

    def start(self) -> None:
        estates = self.selected_estates()
        if estates == []:
            self.status.setText(translate("Reports", "Choose at least one estate."))
            return
        out_dir = self.out_dir()
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.status.setText(translate("Reports", "The folder cannot be made: %1").replace("%1", str(exc)))
            return
        self.app_settings.report_dir = str(out_dir)
        kind, lang = self.kind.currentData(), self.lang.currentData()
        self._running(True)
        self.status.setText(translate("Reports", "Creating reports…"))
        self.task = self.runner.start(
            lambda progress, cancel: self.services.reports.render(estates, kind, lang, out_dir,
                                                                  progress=progress, cancel=cancel),
            on_success=self._on_done, on_failure=self._on_failed, on_cancel=self._on_cancelled)
        self.task.signals.progressed.connect(self._on_progress)

    def _running(self, running: bool) -> None:
        self.generate.setEnabled(not running)
        self.cancel.setText(translate("Reports", "Cancel") if running else translate("Reports", "Close"))

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
        self._running(False)
        self.show_folder.setEnabled(bool(self.paths))
        self.status.setText(translate("Reports", "%Ln PDF file(s) created.", None, len(self.paths)))
        if self.open_folder_when_done and self.paths:
            open_folder(self.paths[0].parent)

    def _on_failed(self, exc: BaseException) -> None:
        self.task = None
        self._running(False)
        self.status.setText(error_text(exc))

    def _on_cancelled(self) -> None:
        self.task = None
        self._running(False)
        self.status.setText(translate("Reports", "Cancelled."))
