"""Errors the core raises. Each carries a stable ``code`` and ``params`` that the UI and the CLI
translate (see :mod:`retrofit.i18n`); ``str()`` gives the message in the current language.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from retrofit.i18n import cell_error_message, message


class RetrofitError(Exception):
    """Base of every expected error. ``code`` is stable; ``params`` fill the message."""

    code: str = "error"

    def __init__(self, code: str | None = None, **params: Any) -> None:
        self.code = code or self.code
        self.params = params
        super().__init__(self.code)

    def message(self, lang: str | None = None) -> str:
        return message(self.code, lang, **self.params)

    def __str__(self) -> str:
        return self.message()


class ValidationError(RetrofitError):
    """A value breaks a domain rule. ``params`` includes ``field`` and ``value``."""

    code = "invalid_value"


class NotFoundError(RetrofitError):
    code = "not_found"


class ConcurrentEditError(RetrofitError):
    """Someone else saved the same record since it was read; nothing was overwritten."""

    code = "concurrent_edit"


class DatabaseBusyError(RetrofitError):
    """Another connection holds the database's write lock (a long import, another user's
    edit); nothing was changed and the same action can simply be tried again."""

    code = "database_busy"


class StorageError(RetrofitError):
    """The database cannot be used as asked: not a database, damaged, another program's, made
    by a newer version, missing, read-only, or the disk is full. ``params["where"]`` names the
    file or server. Nothing was changed."""

    code = "storage_error"


class OutputFileError(RetrofitError):
    """An output file (export, backup, report, template) could not be written: the disk is full,
    the folder is read-only ... ``params`` name the ``file`` and the ``reason``. No partial
    file is left behind."""

    code = "cannot_write_file"


@dataclass(frozen=True, slots=True)
class CellError:
    """One bad cell of an input file. ``row`` is the 1-based row number as a spreadsheet shows it."""

    file: str
    row: int
    column: str
    value: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str | None = None) -> str:
        return cell_error_message(self, lang)


class InputFileError(RetrofitError):
    """An input file has errors; ``errors`` lists every bad cell. Nothing was changed."""

    code = "input_file_errors"

    def __init__(self, file: str, errors: list[CellError] | tuple[CellError, ...], code: str | None = None,
                 **params: Any) -> None:
        self.file = file
        self.errors = tuple(errors)
        super().__init__(code, file=file, count=len(self.errors), **params)

    def message(self, lang: str | None = None) -> str:
        head = message(self.code, lang, **self.params)
        lines = [e.message(lang) for e in self.errors[:200]]
        if len(self.errors) > 200:
            lines.append(message("more_errors", lang, count=len(self.errors) - 200))
        return "\n".join([head, *lines])
