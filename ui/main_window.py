"""The main window: assembles the panels, the menus and the undo stack. No logic of its own."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QProgressBar, QTabWidget, QWidget

from retrofit.services.api import AppServices
from ui.actions import build_menus
from ui.bridge import ChangeBridge
from ui.buildings.panel import BuildingsPanel
from ui.buildings.presenter import BuildingsPresenter
from ui.compare.panel import ComparePanel
from ui.dashboard.panel import DashboardPanel
from ui.database import display_url, short_name
from ui.errors import ask_retry, show_error
from ui.estates.panel import EstatesPanel
from ui.estates.presenter import EstatesPresenter
from ui.export import export_view, exportable_in, install_export, name_of
from ui.planner.panel import PlannerPanel
from ui.results.panel import ResultsPanel
from ui.results.presenter import ResultsPresenter
from ui.screens import restore_or_place
from ui.settings import AppSettings
from ui.tasks import TaskRunner
from ui.verification.panel import VerificationPanel

if TYPE_CHECKING:
    from ui.help import HelpWindow

translate = QCoreApplication.translate


class MainWindow(QMainWindow):
    """``open_database_requested(url)`` and ``language_requested(lang)`` go to the app."""

    open_database_requested = Signal(str)
    language_requested = Signal(str)

    def __init__(self, services: AppServices, app_settings: AppSettings,
                 show_error_fn: Callable[[BaseException], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.services = services
        self.app_settings = app_settings
        self.show_error = show_error_fn or (lambda exc: show_error(self, exc))
        self.undo_stack = QUndoStack(self)
        self.guide_window: HelpWindow | None = None          # opened by Help → User guide
        self.runner = TaskRunner(self)
        self.bridge = ChangeBridge(services.bus, self)
        self._build_presenters()
        self._build_panels()
        self.menus = build_menus(self)
        self._install_exports()
        self._build_status_bar()
        self._connect()
        self.retranslate()
        self._restore_state()
        self.estates.load(self.runner)
        self.estates_panel.select_estate(self._first_estate())

    # ----- assembly -----
    def _build_presenters(self) -> None:
        self.estates = EstatesPresenter(self.services, self.undo_stack, self.show_error, self)
        self.buildings = BuildingsPresenter(self.services, self.undo_stack, self.show_error, self, self.runner,
                                            ask_retry=lambda exc: ask_retry(self, exc))
        self.results = ResultsPresenter(self.services, self.runner, self._households, self)
        self._stale_estates: set[int] = set()
        self._facts_timer = QTimer(self)
        self._facts_timer.setSingleShot(True)
        self._facts_timer.setInterval(0)
        self._facts_timer.timeout.connect(self._refresh_facts)

    def _build_panels(self) -> None:
        self.estates_panel = EstatesPanel(self.estates)
        self.buildings_panel = BuildingsPanel(self.buildings)
        self.results_panel = ResultsPanel(self.results)
        self.dashboard = DashboardPanel(self.services, self.runner, self.show_error)
        self.compare = ComparePanel(self.services, self.show_error)
        self.planner = PlannerPanel(self.services, self.runner, self.show_error)
        self.verification = VerificationPanel(self.services, self.runner, self.show_error)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for panel in (self.buildings_panel, self.dashboard, self.compare, self.planner, self.verification):
            self.tabs.addTab(panel, "")
        self.setCentralWidget(self.tabs)
        self.estates_dock = self._dock("estates", self.estates_panel, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.results_dock = self._dock("results", self.results_panel, Qt.DockWidgetArea.RightDockWidgetArea)

    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _build_status_bar(self) -> None:
        self.db_label = QLabel()
        self.progress = QProgressBar()             # always there: showing and hiding it would
        self.progress.setFixedWidth(120)           # re-lay out (and repaint) the whole window
        self.progress.setTextVisible(False)
        self._on_busy(False)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.db_label)

    def _connect(self) -> None:
        self.estates_panel.estate_selected.connect(self._on_estate_selected)
        self.buildings_panel.selection_changed.connect(self._on_buildings_selected)
        self.buildings_panel.status_message.connect(self._show_status)
        # Bound methods of this window (not lambdas): signals from worker threads are then queued
        # to the GUI thread. Every saved change (edits, undo, imports, settings) comes back as a
        # change notice from the services, which starts the recalculation at once.
        self.estates.names_ready.connect(self.buildings.names_ready)
        self.bridge.buildings_changed.connect(self._on_buildings_changed)
        self.bridge.estates_changed.connect(self._on_estates_changed)
        self.bridge.settings_changed.connect(self._on_settings_changed)
        self.bridge.database_replaced.connect(self.reload_all)
        self.bridge.meters_changed.connect(self._on_meters_changed)
        self.runner.busy_changed.connect(self._on_busy)
        self.results.failed.connect(self.show_error)
        self.results.updated.connect(self._on_results)
        self.tabs.currentChanged.connect(self._on_tab_changed)

    def _install_exports(self) -> None:
        """“Export to Excel…” on every table (context menu; File menu for the current tab's)."""
        def install(view, name, extra=None) -> None:  # noqa: ANN001
            install_export(view, name, self.runner, self.show_error, self._exported, extra)

        panel, planner = self.buildings_panel, self.planner
        install(panel.table, panel.sheet_name, panel.editing.actions)
        install(self.dashboard.by_district, self.dashboard.district_box.title)
        install(self.dashboard.by_year, self.dashboard.year_box.title)
        install(self.compare.table, self.compare.heading.text)
        install(planner.years, lambda: translate("MainWindow", "Planner") + " " + planner.years_box.title())
        install(planner.plans_table, planner.plans_box.title)
        checked = self.verification
        install(checked.estates, checked.city_box.title)
        install(checked.buildings, lambda: translate("MainWindow", "Verification") + " " + checked.estate_box.title())

    def export_current_table(self) -> None:
        view = exportable_in(self.tabs.currentWidget())
        if view is not None:
            export_view(view, name_of(view), self.runner, self.show_error, self._exported)

    def _exported(self, path: object) -> None:
        self._show_status(translate("MainWindow", "Exported to %1").replace("%1", str(path)))

    # ----- reactions -----
    def _first_estate(self) -> int | None:
        return min(self.estates.estates) if self.estates.estates else None

    def _households(self, ids: Sequence[int] | None) -> float | None:
        rows = self.buildings.model.rows() if ids is None else [self.buildings.model.row_by_id(i) for i in ids]
        values = [r.values.get("households") for r in rows if r is not None]
        return float(sum(v for v in values if v)) if values else None

    def _on_estate_selected(self, estate_id: int | None) -> None:
        self.buildings.load(estate_id)
        self.compare.set_estate(estate_id)
        self.results.set_scope(estate_id, [])
        self.verification.estate_id = estate_id
        if self.tabs.currentWidget() is self.verification:
            self.verification.set_estate(estate_id)

    def _on_meters_changed(self, _ids: list[int]) -> None:
        """New meter readings change the calibration (method §8) and the verification."""
        self.verification.stale = True
        self._schedule_recompute()
        self._on_tab_changed(self.tabs.currentIndex())

    def _on_buildings_selected(self, ids: list[int]) -> None:
        if self.results.estate_id != self.buildings.estate_id:
            return            # another estate's table is loading: _on_estate_selected sets the scope next
        self.results.building_ids = ids if len(ids) < self.buildings.model.rowCount() else []
        self._schedule_recompute()

    def _on_buildings_changed(self, estate_id: int, ids: list[int]) -> None:
        if not self.buildings.applying:      # our own edit: the presenter has the new rows already
            self.buildings.reload_rows(ids)
        self._stale_estates.add(estate_id)   # filter facts (and other tabs): once per burst of notices
        self.verification.stale = True
        self._facts_timer.start()
        self._schedule_recompute()

    def _refresh_facts(self) -> None:
        stale, self._stale_estates = self._stale_estates, set()
        self.estates.refresh_counts(stale)
        self.estates.refresh_facts_of(stale, self.runner)
        self._on_tab_changed(self.tabs.currentIndex())       # a visible dashboard follows changes

    def _on_settings_changed(self, _keys: list[str]) -> None:
        self.verification.stale = True
        self.buildings.refresh_defaults()
        self._schedule_recompute()
        self._on_tab_changed(self.tabs.currentIndex())

    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.dashboard:
            self.dashboard.refresh()
        elif self.tabs.widget(index) is self.compare:
            self.compare.refresh()
        elif self.tabs.widget(index) is self.verification:
            if self.verification.stale:
                self.verification.refresh()
            elif self.verification.view is None or self.verification.estate_id != self.estates_panel.current_estate_id():
                self.verification.set_estate(self.estates_panel.current_estate_id())

    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 15000)

    def _on_busy(self, busy: bool) -> None:
        self.progress.setRange(0, 0 if busy else 1)
        self.progress.setEnabled(busy)

    def _on_estates_changed(self, _ids: list[int]) -> None:
        current = self.estates_panel.current_estate_id()
        self.estates.load(self.runner)
        if current is not None:
            self.estates_panel.select_estate(current)

    def _on_results(self, summary: object, _figures: object) -> None:
        self.buildings.set_notices(summary.buildings)  # type: ignore[attr-defined]

    def _schedule_recompute(self, *_: object) -> None:
        self.results.recompute()             # in the background; a newer answer replaces an older one

    def reload_all(self) -> None:
        self.verification.stale = True
        current = self.estates_panel.current_estate_id()
        self.estates.load(self.runner)
        if not self.estates_panel.select_estate(current):
            self.estates_panel.select_estate(self._first_estate())

    # ----- language, state -----
    def retranslate(self) -> None:
        url, name = display_url(self.services.url), short_name(self.services.url)
        self.setWindowTitle(translate("MainWindow", "Retrofit Planner") + f" — {name}")
        self.estates_dock.setWindowTitle(translate("MainWindow", "Estates"))
        self.results_dock.setWindowTitle(translate("MainWindow", "Results"))
        for i, text in enumerate((translate("MainWindow", "Buildings"),
                                  translate("MainWindow", "Programme dashboard"),
                                  translate("MainWindow", "Compare packages"),
                                  translate("MainWindow", "Planner"),
                                  translate("MainWindow", "Verification"))):
            self.tabs.setTabText(i, text)
        self.db_label.setText(translate("MainWindow", "Database: %1").replace("%1", name))
        self.db_label.setToolTip(url)
        self.menus.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._schedule_recompute()         # the engine's notices come in the language in force
        super().changeEvent(event)

    def _restore_state(self) -> None:
        """The remembered geometry when it fits one of today's screens, else a size made for the
        screen's available area; the remembered panels, never narrower than their minimum."""
        geometry, state = self.app_settings.window_state()
        restore_or_place(self, geometry)
        if state is None or not self.restoreState(state):
            self.fit_docks()

    def fit_docks(self) -> None:
        """Give the side panels their share of the window's width (the table keeps the rest)."""
        width = self.width()
        self.resizeDocks([self.estates_dock, self.results_dock],
                         [min(300, max(200, width // 5)), min(380, max(240, width // 4))], Qt.Orientation.Horizontal)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.app_settings.save_window_state(self.saveGeometry(), self.saveState())
        self.runner.cancel_all()
        self.runner.wait(5000)
        super().closeEvent(event)
