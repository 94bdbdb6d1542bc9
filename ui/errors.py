"""How errors reach the user: a translated message for expected ones (``RetrofitError``), a
dialog with details and a log file for unexpected ones (``sys.excepthook``). Never silent."""
from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from retrofit.domain.errors import ConcurrentEditError, InputFileError, RetrofitError
from retrofit.progress import Cancelled

translate = QCoreApplication.translate


log = logging.getLogger("retrofit.ui")
#: The log file of the desktop app, once :func:`setup_logging` ran.
_log_path: Path | None = None


def setup_logging(folder: Path) -> Path:
    """Log the app's start and every warning and error to ``folder/retrofit.log`` (kept below
    1 MB, with three older files); returns the log file's path."""
    global _log_path
    path = folder / "retrofit.log"
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", "") == str(path) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3,
                                                       encoding="utf-8", delay=True)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.setLevel(logging.INFO)
        root.addHandler(handler)
    log.setLevel(logging.INFO)
    _log_path = path
    return path


def expected(exc: BaseException) -> BaseException:
    """``exc``, or the expected error it stands for: a database fault (busy, full, not a
    database) or an operating-system error about a file, with its message."""
    if isinstance(exc, (RetrofitError, Cancelled)):
        return exc
    if isinstance(exc, OSError) and exc.filename:
        from retrofit.files import file_error

        return file_error(exc)
    from retrofit.services.app import domain_error

    return domain_error(exc) or exc


def error_text(exc: BaseException) -> str:
    """The user-facing text of an error in the UI language."""
    exc = expected(exc)
    if isinstance(exc, Cancelled):
        from retrofit.i18n import message

        return message("cancelled")
    if isinstance(exc, RetrofitError):
        return exc.message()
    return f"{type(exc).__name__}: {exc}"


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show any error: expected ones with their translated message, others with details."""
    exc = expected(exc)
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


def ask_retry(parent: QWidget | None, exc: BaseException) -> bool:
    """The database is busy (another import or edit is running): say so and offer to try again.
    True for Retry. The edit is kept either way (the caller keeps it in its cell or form)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Errors", "Retrofit Planner"))
    box.setText(error_text(exc))
    kept = translate("Errors", "Your change is kept. Retry now, or later press Enter on the cell to save it.")
    box.setInformativeText(kept)
    box.setStandardButtons(QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Retry)
    if QApplication.platformName() == "offscreen":
        box.show()
        return False
    return box.exec() == QMessageBox.StandardButton.Retry


def show_unexpected(parent: QWidget | None, exc_type: type[BaseException], exc: BaseException,
                    tb: TracebackType | None) -> None:
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unexpected error\n%s", details)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("Errors", "Unexpected error"))
    box.setText(translate(
        "Errors", "Something went wrong. Your saved data is safe; the details are in the log file."))
    where = f"\n{translate('Errors', 'Log file:')} {_log_path}" if _log_path is not None else ""
    box.setInformativeText(f"{exc_type.__name__}: {exc}{where}")
    box.setDetailedText(details)
    add_copy_button(box, details)
    box.exec() if not QApplication.platformName() == "offscreen" else box.show()


def add_copy_button(box: QMessageBox, details: str) -> QPushButton:
    """A "Copy details" button that puts the details on the clipboard (for an e-mail to support)
    and leaves the dialog open."""
    button = box.addButton(translate("Errors", "Copy details"), QMessageBox.ButtonRole.ActionRole)
    button.clicked.disconnect()                      # QMessageBox would close on any button
    button.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.addButton(QMessageBox.StandardButton.Close)
    return button


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
