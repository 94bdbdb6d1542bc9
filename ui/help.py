"""Help: the user guide shipped with the app (``resources/help/user-guide.<lang>.md``, one file
per language, shown in a QTextBrowser), and About with the installed version."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QUrl
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

import resources
from retrofit import i18n, version
from ui.screens import fit_dialog

translate = QCoreApplication.translate

#: Pictures of the guide: the screenshots of a source checkout (not shipped with the app).
_IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)\n?")


def guide_path(lang: str) -> Path:
    """The user guide in ``lang`` ("zh" or "en")."""
    return Path(resources.path("help", f"user-guide.{'en' if lang == 'en' else 'zh'}.md"))


def guide_text(lang: str) -> str:
    """The guide's Markdown; a picture whose file is not there (an installed app) is left out."""
    path = guide_path(lang)
    text = path.read_text(encoding="utf-8")
    return _IMAGE.sub(lambda m: m.group(0) if (path.parent / m.group(1)).is_file() else "", text)


class HelpWindow(QDialog):
    """The user guide, searchable with Ctrl+F of the text browser; links open in the browser."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Help", "User guide"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.show_guide(lang)
        fit_dialog(self, QSize(820, 760))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:            # the guide follows the UI language
            self.setWindowTitle(translate("Help", "User guide"))
            self.show_guide(i18n.language())
        super().changeEvent(event)

    def show_guide(self, lang: str) -> None:
        path = guide_path(lang)
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path)))
        self.browser.setMarkdown(guide_text(lang))
        _fit_images(self.browser.document(), IMAGE_WIDTH)
        self.lang = lang


#: The width the guide's pictures are shown at (the screenshots are 1400 pixels wide). [px]
IMAGE_WIDTH = 640


def _fit_images(document: QTextDocument, width: int) -> None:
    """Show every picture of ``document`` ``width`` pixels wide (height to scale)."""
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                image = fmt.toImageFormat()
                image.setWidth(width)
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                cursor.setCharFormat(image)
            it += 1
        block = block.next()


def about_text() -> str:
    return translate("Help", "<h3>Retrofit Planner %1</h3><p>Energy retrofits of old housing estates in northern "
                             "China's district-heating cities: records, the JGJ 26 degree-day method, the "
                             "programme year by year, plans and summaries as PDF.</p>").replace("%1", version())


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(parent, translate("Help", "About Retrofit Planner"), about_text())
