"""Readers and writers of estate/building registers (CSV, XLSX).

* :func:`read_register` (``retrofit.io.registers``): a register file → ``Register``;
* :func:`detect_columns`: the header mapping preview of the import wizard;
* :func:`write_register`, :func:`write_template` (``retrofit.io.export``): export and the template.
"""
from retrofit.io.export import write_register, write_template
from retrofit.io.messages import ImportNotice
from retrofit.io.registers import ColumnGuess, detect_columns, read_register
from retrofit.io.sources import Limits

__all__ = ["ColumnGuess", "ImportNotice", "Limits", "detect_columns", "read_register", "write_register",
           "write_template"]
