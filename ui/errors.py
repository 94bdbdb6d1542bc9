"""How errors reach the user: a translated message for expected ones (``RetrofitError``), a
dialog with details and a log file for unexpected ones (``sys.excepthook``). Never silent."""
from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from retrofit.domain.errors import ConcurrentEditError, InputFileError, RetrofitError
from retrofit.services.progress import Cancelled

translate = QCoreApplication.translate


log = logging.getLogger("retrofit.ui")


def setup_logging(folder: Path) -> Path:
    """Log warnings and errors to ``folder/retrofit.log``; returns the log file's path."""
    path = folder / "retrofit.log"
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", "") == str(path) for h in root.handlers):
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.setLevel(logging.WARNING)
        root.addHandler(handler)
    return path


def error_text(exc: BaseException) -> str:
    """The user-facing text of an error in the UI language."""
    if isinstance(exc, Cancelled):
        from retrofit.i18n import message

        return message("cancelled")
    if isinstance(exc, RetrofitError):
        return exc.message()
    return f"{type(exc).__name__}: {exc}"


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show any error: expected ones with their translated message, others with details."""
    if not isinstance(exc, (RetrofitError, Cancelled)):
        show_unexpected(parent, type(exc), exc, exc.__traceback__)
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information if isinstance(exc, Cancelled) else QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Errors", "Retrofit Planner"))
    text = error_text(exc)
    if isinstance(exc, InputFileError):
        head, _, rest = text.partition("\n")
        box.setText(head)
        box.setDetailedText(rest)
    else:
        box.setText(text)
    if isinstance(exc, ConcurrentEditError):
        box.setInformativeText(translate("Errors", "The row was reloaded with the stored values."))
    box.exec() if not QApplication.platformName() == "offscreen" else box.show()


def show_unexpected(parent: QWidget | None, exc_type: type[BaseException], exc: BaseException,
                    tb: TracebackType | None) -> None:
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unexpected error\n%s", details)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("Errors", "Unexpected error"))
    box.setText(translate(
        "Errors", "Something went wrong. Your saved data is safe; the details are in the log file."))
    box.setInformativeText(f"{exc_type.__name__}: {exc}")
    box.setDetailedText(details)
    box.exec() if not QApplication.platformName() == "offscreen" else box.show()


def install_excepthook(parent_getter=lambda: None) -> None:
    """Route uncaught exceptions in the GUI thread to a dialog and the log file."""
    def hook(exc_type, exc, tb):  # noqa: ANN001
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        try:
            show_unexpected(parent_getter(), exc_type, exc, tb)
        except Exception:  # the dialog itself failed: fall back to stderr, never silence
            sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = hook
