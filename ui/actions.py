"""Menus, actions and shortcuts of the main window (kept out of main_window.py)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMenu

from ui import database
from ui.i18n import QT_TRANSLATE_NOOP
from ui.settings import data_dir

translate = QCoreApplication.translate


if TYPE_CHECKING:
    from ui.main_window import MainWindow


@dataclass
class Menus:
    window: MainWindow
    menus: dict[str, QMenu] = field(default_factory=dict)
    actions: dict[str, QAction] = field(default_factory=dict)

    def add(self, menu: str, key: str, slot, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,  # noqa: ANN001
            ) -> QAction:
        action = QAction(self.window)
        action.setObjectName(f"action_{key}")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.menus[menu].addAction(action)
        self.actions[key] = action
        return action

    def retranslate(self) -> None:
        for key, text in _MENU_TEXTS.items():
            self.menus[key].setTitle(translate("Menus", text))
        for key, text in _ACTION_TEXTS.items():
            if key in self.actions:
                self.actions[key].setText(translate("Menus", text))
        for lang in ("zh", "en"):
            self.actions[f"lang_{lang}"].setChecked(self.window.app_settings.language == lang)
        self.update_undo_texts()

    def update_undo_texts(self, *_: object) -> None:
        """"Undo <what>" / "Redo <what>" in the UI language (Qt's own actions would mix languages)."""
        try:
            stack = self.window.undo_stack
            for key, can, what, text in (
                    ("undo", stack.canUndo(), stack.undoText(), translate("Menus", "&Undo %1")),
                    ("redo", stack.canRedo(), stack.redoText(), translate("Menus", "&Redo %1"))):
                self.actions[key].setEnabled(can)
                self.actions[key].setText(text.replace("%1", what).strip())
        except RuntimeError:        # the window is being destroyed and its stack says goodbye
            pass


_MENU_TEXTS = {
    "file": QT_TRANSLATE_NOOP("Menus", "&File"),
    "edit": QT_TRANSLATE_NOOP("Menus", "&Edit"),
    "view": QT_TRANSLATE_NOOP("Menus", "&View"),
    "language": QT_TRANSLATE_NOOP("Menus", "&Language"),
    "help": QT_TRANSLATE_NOOP("Menus", "&Help"),
}
_ACTION_TEXTS = {
    "new_db": QT_TRANSLATE_NOOP("Menus", "&New database…"),
    "open_db": QT_TRANSLATE_NOOP("Menus", "&Open database…"),
    "demo": QT_TRANSLATE_NOOP("Menus", "Open the &demo city"),
    "import": QT_TRANSLATE_NOOP("Menus", "&Import register…"),
    "export": QT_TRANSLATE_NOOP("Menus", "&Export register…"),
    "export_table": QT_TRANSLATE_NOOP("Menus", "Export this &table to Excel…"),
    "import_meters": QT_TRANSLATE_NOOP("Menus", "Import &meter register…"),
    "export_meters": QT_TRANSLATE_NOOP("Menus", "Export meter re&gister…"),
    "reports": QT_TRANSLATE_NOOP("Menus", "&Reports…"),
    "quit": QT_TRANSLATE_NOOP("Menus", "&Quit"),
    "form": QT_TRANSLATE_NOOP("Menus", "Edit building in a &form…"),
    "estate": QT_TRANSLATE_NOOP("Menus", "Edit &estate…"),
    "new_estate": QT_TRANSLATE_NOOP("Menus", "New es&tate…"),
    "new_building": QT_TRANSLATE_NOOP("Menus", "New &building…"),
    "delete": QT_TRANSLATE_NOOP("Menus", "&Delete selected buildings…"),
    "bulk_mode": QT_TRANSLATE_NOOP("Menus", "Set &mode for selection…"),
    "bulk_package": QT_TRANSLATE_NOOP("Menus", "Set &package for selection…"),
    "bulk_year": QT_TRANSLATE_NOOP("Menus", "Set planned &year for selection…"),
    "bulk_works": QT_TRANSLATE_NOOP("Menus", "Set the &works for selection…"),
    "catalogue": QT_TRANSLATE_NOOP("Menus", "&Measures and packages…"),
    "settings": QT_TRANSLATE_NOOP("Menus", "&Settings…"),
    "all": QT_TRANSLATE_NOOP("Menus", "&All buildings"),
    "refresh": QT_TRANSLATE_NOOP("Menus", "&Refresh"),
    "find": QT_TRANSLATE_NOOP("Menus", "&Find estate"),
    "lang_zh": "中文",
    "lang_en": "English",
    "guide": QT_TRANSLATE_NOOP("Menus", "&User guide"),
    "about": QT_TRANSLATE_NOOP("Menus", "&About"),
    "log": QT_TRANSLATE_NOOP("Menus", "Open the &log folder"),
}


def build_menus(w: MainWindow) -> Menus:
    m = Menus(w)
    for key in _MENU_TEXTS:
        m.menus[key] = QMenu(w)
    bar = w.menuBar()
    for key in ("file", "edit", "view", "help"):
        bar.addMenu(m.menus[key])
    _file_menu(m, w)
    _edit_menu(m, w)
    _view_menu(m, w)
    m.add("help", "guide", lambda: open_guide(w), QKeySequence.StandardKey.HelpContents)
    m.add("help", "log", lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir()))))
    m.menus["help"].addSeparator()
    m.add("help", "about", lambda: show_about(w))
    return m


def open_guide(w: MainWindow) -> None:
    """The user guide in the UI language, in one window per main window (raised if open)."""
    from ui.help import HelpWindow

    guide = w.guide_window
    if guide is None:
        guide = w.guide_window = HelpWindow(w.app_settings.language, w)
    elif guide.lang != w.app_settings.language:
        guide.show_guide(w.app_settings.language)
    guide.show()
    guide.raise_()
    guide.activateWindow()


def show_about(w: MainWindow) -> None:
    from ui.help import show_about as about

    about(w)


def _file_menu(m: Menus, w: MainWindow) -> None:
    m.add("file", "new_db", lambda: database.new_database(w), QKeySequence.StandardKey.New)
    m.add("file", "open_db", lambda: database.open_database(w), QKeySequence.StandardKey.Open)
    m.add("file", "demo", lambda: database.open_demo(w))
    m.menus["file"].addSeparator()
    m.add("file", "import", lambda: database.import_register(w), "Ctrl+I")
    m.add("file", "export", lambda: database.export_register(w), "Ctrl+E")
    m.add("file", "export_table", w.export_current_table, "Ctrl+Shift+X")
    m.add("file", "import_meters", lambda: database.import_meters(w))
    m.add("file", "export_meters", lambda: database.export_meters(w))
    m.add("file", "reports", lambda: database.open_reports(w), QKeySequence.StandardKey.Print)
    m.menus["file"].addSeparator()
    m.add("file", "quit", w.close, QKeySequence.StandardKey.Quit)


def _edit_menu(m: Menus, w: MainWindow) -> None:
    stack = w.undo_stack
    m.add("edit", "undo", stack.undo, QKeySequence.StandardKey.Undo)
    redo = m.add("edit", "redo", stack.redo, QKeySequence.StandardKey.Redo)
    redo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")])
    for signal in (stack.canUndoChanged, stack.canRedoChanged, stack.undoTextChanged, stack.redoTextChanged):
        signal.connect(m.update_undo_texts)
    m.menus["edit"].addSeparator()
    panel = w.buildings_panel
    m.add("edit", "form", panel.open_form, "Ctrl+Return")
    m.add("edit", "estate", w.estates_panel.edit_current, "Ctrl+Shift+E")
    m.add("edit", "new_estate", w.estates_panel.new_estate)
    m.add("edit", "new_building", panel.new_building, "Ctrl+Shift+N")
    m.add("edit", "delete", panel.delete_selected, QKeySequence.StandardKey.Delete)
    m.add("edit", "bulk_mode", lambda: panel.ask_and_set("mode"), "Ctrl+M")
    m.add("edit", "bulk_package", lambda: panel.ask_and_set("package"), "Ctrl+K")
    m.add("edit", "bulk_year", lambda: panel.ask_and_set("planned_year"), "Ctrl+J")
    m.add("edit", "bulk_works", panel.edit_works)
    m.menus["edit"].addSeparator()
    m.add("edit", "catalogue", lambda: database.open_catalogue(w))
    m.add("edit", "settings", lambda: database.open_settings(w), "Ctrl+,")


def _view_menu(m: Menus, w: MainWindow) -> None:
    m.menus["view"].addAction(w.estates_dock.toggleViewAction())
    m.menus["view"].addAction(w.results_dock.toggleViewAction())
    m.add("view", "all", lambda: w.estates_panel.select_estate(None), "Ctrl+Shift+A")
    m.add("view", "find", lambda: w.estates_panel.search.setFocus(), QKeySequence.StandardKey.Find)
    m.add("view", "refresh", w.reload_all, QKeySequence.StandardKey.Refresh)
    m.menus["view"].addMenu(m.menus["language"])
    group = QActionGroup(w)
    for lang in ("zh", "en"):
        action = m.add("language", f"lang_{lang}", lambda lang=lang: w.language_requested.emit(lang))
        action.setCheckable(True)
        action.setChecked(w.app_settings.language == lang)
        group.addAction(action)
