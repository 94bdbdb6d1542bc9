"""The left panel: search box, filters and the district → estate tree."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.estates.presenter import EstatesPresenter
from ui.estates.tree_model import ALL, ESTATE, ESTATE_ID_ROLE, KIND_ROLE, EstateFilter, retranslate_tree
from ui.fields import ESTATE_FIELDS, MODES, choice_label
from ui.forms import FormDialog

translate = QCoreApplication.translate
#: The tree shows clearly when it has the keyboard (Down from the search box goes there).
_FOCUS_FRAME = ("QTreeView#estates_tree:focus { border: 2px solid palette(highlight); }"
                "QTreeView#estates_tree::item:selected { background: #cfd8e3; color: black; }"
                "QTreeView#estates_tree::item:selected:focus { background: palette(highlight);"
                " color: palette(highlighted-text); }"
                "QTreeView#estates_tree::item:focus { border: 1px dashed #1d4f91; }")


class EstatesPanel(QWidget):
    estate_selected = Signal(object)        # estate id, or None for "all buildings"

    def __init__(self, presenter: EstatesPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.mode = QComboBox()
        self.package = QComboBox()
        self.year = QComboBox()
        self.low_consent = QCheckBox()
        self.missing = QCheckBox()
        self.edit_button = QToolButton()
        self.edit_button.clicked.connect(self.edit_current)
        self.tree = QTreeView()
        self.tree.setModel(presenter.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.selectionModel().currentChanged.connect(self._on_current)
        self.tree.doubleClicked.connect(lambda *_: self.edit_current())
        grid = QGridLayout()
        grid.addWidget(self.mode, 0, 0)
        grid.addWidget(self.package, 0, 1)
        grid.addWidget(self.year, 1, 0)
        grid.addWidget(self.edit_button, 1, 1)
        grid.addWidget(self.low_consent, 2, 0, 1, 2)
        grid.addWidget(self.missing, 3, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(grid)
        layout.addWidget(self.tree, 1)
        for combo in (self.mode, self.package, self.year):
            combo.installEventFilter(self)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(4)           # a narrow panel: the list shows the full names
        self.search.installEventFilter(self)
        self.tree.setObjectName("estates_tree")
        self.tree.setStyleSheet(_FOCUS_FRAME)
        for signal in (self.search.textChanged, self.mode.currentIndexChanged, self.package.currentIndexChanged,
                       self.year.currentIndexChanged, self.low_consent.toggled, self.missing.toggled):
            signal.connect(self._apply_filter)
        presenter.loaded.connect(self._on_loaded)
        presenter.facts_loaded.connect(self._fill_combos)
        presenter.names_ready.connect(self._keep_current_in_view)     # the tree was sorted again
        self.retranslate()

    def _keep_current_in_view(self) -> None:
        current = self.tree.currentIndex()
        if current.isValid():
            self.tree.scrollTo(current)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(translate("EstatesPanel", "Search estate, address or building no."))
        self.low_consent.setText(translate("EstatesPanel", "Consent below threshold"))
        self.missing.setText(translate("EstatesPanel", "Missing data"))
        self.edit_button.setText(translate("EstatesPanel", "Edit estate…"))
        retranslate_tree(self.presenter.model)
        self._fill_combos()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search:
            if event.type() == QEvent.Type.FocusIn:
                self.presenter.ensure_names()       # about to search: pinyin now
            if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                    and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)):
                self.enter_results()                # from the search box into what it found
                return True
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.FocusIn:     # about to filter: read the buildings' facts
            self.presenter.ensure_facts()
        return super().eventFilter(watched, event)

    def enter_results(self) -> None:
        """Focus the tree on the current estate if the search kept it, else on the first estate
        found (which is then shown)."""
        current = self.tree.currentIndex()
        if not (current.isValid() and current.siblingAtColumn(0).data(KIND_ROLE) == ESTATE):
            first = self._first_estate()
            if first is not None:
                self.tree.setCurrentIndex(first)
                self.tree.scrollTo(first)
        self.tree.setFocus(Qt.FocusReason.TabFocusReason)

    def _first_estate(self) -> QModelIndex | None:
        model = self.presenter.proxy
        for r in range(model.rowCount()):
            parent = model.index(r, 0)
            if parent.data(KIND_ROLE) == ESTATE:
                return parent
            if model.rowCount(parent):
                return model.index(0, 0, parent)
        return None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_combos(self) -> None:
        packages = list(self.presenter.services.settings.list_packages()) if self.presenter.estates else []
        modes = [(choice_label(m.value), m.value) for m in MODES]
        for combo, label, values in (
                (self.mode, translate("EstatesPanel", "Any mode"), modes),
                (self.package, translate("EstatesPanel", "Any package"), [(choice_label(p), p) for p in packages]),
                (self.year, translate("EstatesPanel", "Any year"), [(str(y), y) for y in self.presenter.years()])):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(label, None)
            for text, value in values:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
            combo.blockSignals(False)

    def _on_loaded(self) -> None:
        self._fill_combos()
        header = self.tree.header()
        header.setStretchLastSection(False)
        if header.count() == 2:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.expandAll()

    def _apply_filter(self, *_: object) -> None:
        self.presenter.ensure_facts()
        threshold = self.presenter.services.settings.get().min_consent_rate
        self.presenter.proxy.set_criteria(EstateFilter(
            text=self.search.text().strip(), mode=self.mode.currentData(), package=self.package.currentData(),
            year=self.year.currentData(), consent_below=threshold if self.low_consent.isChecked() else None,
            missing_only=self.missing.isChecked()))
        self.tree.expandAll()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        index = current.siblingAtColumn(0)
        kind = index.data(KIND_ROLE)
        if kind == ESTATE:
            self.estate_selected.emit(int(index.data(ESTATE_ID_ROLE)))
        elif kind == ALL:
            self.estate_selected.emit(None)

    def current_estate_id(self) -> int | None:
        index = self.tree.currentIndex().siblingAtColumn(0)
        return int(index.data(ESTATE_ID_ROLE)) if index.data(KIND_ROLE) == ESTATE else None

    def select_estate(self, estate_id: int | None) -> bool:
        """Make ``estate_id`` (or "all buildings" for None) current; False if it is filtered out."""
        model = self.presenter.proxy
        match = model.match(model.index(0, 0), ESTATE_ID_ROLE if estate_id is not None else KIND_ROLE,
                            estate_id if estate_id is not None else ALL, 1,
                            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        if not match:
            return False
        self.tree.setCurrentIndex(match[0])
        self.tree.scrollTo(match[0])
        return True

    def new_estate(self) -> None:
        """A form for a new estate; it stays open until saved."""
        dialog = FormDialog(translate("EstatesPanel", "New estate"), ESTATE_FIELDS, {}, parent=self,
                            apply=self.presenter.add_estate, new=True)
        if dialog.exec() and dialog.saved is not None:
            self.select_estate(dialog.saved.id)

    def edit_current(self) -> None:
        """The current estate in a form; the form stays open until its changes are saved."""
        estate_id = self.current_estate_id()
        if estate_id is None:
            return
        row = self.presenter.estates[estate_id]
        values = {spec.key: getattr(row, spec.key) for spec in ESTATE_FIELDS}
        dialog = FormDialog(translate("EstatesPanel", "Estate %1").replace("%1", row.estate), ESTATE_FIELDS, values,
                            parent=self, apply=lambda changes: self.presenter.save_estate(estate_id, changes))
        if dialog.exec() and dialog.saved is not None:
            self.select_estate(estate_id)
