"""Readers and writers of estate/building registers (CSV, XLSX).

* :func:`read_register` (``retrofit.io.registers``): a register file → ``Register``;
* :func:`detect_columns`: the header mapping preview of the import wizard;
* :func:`write_register` (``retrofit.io.export``) and :func:`write_template` (``retrofit.io.template``):
  export and the template.
"""
from retrofit.io.export import write_register
from retrofit.io.messages import ImportNotice
from retrofit.io.registers import ColumnGuess, detect_columns, read_register
from retrofit.io.sources import Limits
from retrofit.io.template import write_template

__all__ = ["ColumnGuess", "ImportNotice", "Limits", "detect_columns", "read_register", "write_register",
           "write_template"]
