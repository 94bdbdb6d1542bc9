"""The row of buttons under each catalogue tab."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QHBoxLayout, QPushButton


def button_row(specs: Sequence[tuple[str, str, Callable[[], object]]]) -> tuple[QHBoxLayout, dict[str, QPushButton]]:
    """A left-aligned row of buttons from ``(key, text, slot)`` and the buttons by key."""
    row = QHBoxLayout()
    buttons: dict[str, QPushButton] = {}
    for key, text, slot in specs:
        button = buttons[key] = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
    row.addStretch(1)
    return row, buttons
