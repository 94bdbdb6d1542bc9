"""Qt Linguist translations: Qt's own catalogue plus ours from
``resources/translations``, parented to the application, switchable at runtime.

Source strings are English; ``retrofit_zh_CN.qm`` holds Chinese, ``retrofit_en.qm`` English.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP3,
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QTranslator,
)
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

import resources
from retrofit import i18n as core_i18n

_QM = {"zh": "retrofit_zh_CN.qm", "en": "retrofit_en.qm"}
_QT_QM = {"zh": "qtbase_zh_CN.qm", "en": "qtbase_en.qm"}
_installed: list[QTranslator] = []


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark ``source_text`` for translation in ``context`` (pyside6-lupdate finds the call by its
    name) and return it unchanged; Qt's own function is typed as returning ``object``."""
    return source_text

#: Texts of Qt's own file dialog that Qt's Chinese catalogue (qtbase_zh_CN) lacks: our catalogue,
#: installed after Qt's, has them, so that the dialogs to open and save files speak the UI language.
QT_FILE_DIALOG_TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
)


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def install_translators(app: QCoreApplication, lang: str) -> str:
    """Install the translators for ``lang`` ("zh" or "en"), replacing earlier ones; also sets
    the core's language. Returns the language in force. A missing file is not an error."""
    lang = lang if lang in _QM else "zh"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for directory, name in ((qt_dir, _QT_QM[lang]), (str(resources.path("translations")), _QM[lang])):
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            _installed.append(translator)
    core_i18n.set_language(lang)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese if lang == "zh" else QLocale.Language.English,
                               QLocale.Country.China if lang == "zh" else QLocale.Country.UnitedKingdom))
    return lang


def is_language_change(event: QEvent) -> bool:
    return event.type() == QEvent.Type.LanguageChange


def register_cjk_font(app: QApplication) -> str | None:
    """Register the bundled CJK font (or the system WenQuanYi) so Chinese never shows as boxes.
    Returns the family name used, or None if no CJK font file was found."""
    candidates = [resources.path("fonts", "wqy-zenhei-gbk.ttf"),
                  resources.path("fonts", "wqy-zenhei.ttc"),
                  Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")]
    for candidate in candidates:
        if not Path(candidate).exists():
            continue
        font_id = QFontDatabase.addApplicationFont(str(candidate))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            font = app.font()
            font.setFamilies([font.family(), families[0]])
            app.setFont(font)
            return families[0]
    return None
