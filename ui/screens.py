"""Window sizes that fit the screen: the first start sized from the screen's available area, a
remembered geometry restored only when it fits one of the current screens, dialogs no larger
than the screen. Laptops at 1280×720 or 1366×768, also at 125 % or 150 % scaling, are the
smallest screens the app is laid out for."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

#: The largest size a first start asks for; smaller screens get most of their available area.
PREFERRED = QSize(1400, 900)
#: Share of the available area a first start takes on a screen smaller than PREFERRED.
_SHARE = 0.94


def available(widget: QWidget | None = None) -> QRect:
    """The available area (without task bars) of the widget's screen, or of the primary one."""
    screen: QScreen | None = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, PREFERRED.width(), PREFERRED.height())


def fitted(preferred: QSize, area: QRect) -> QSize:
    """``preferred``, made smaller where the area is smaller (keeping a margin for the frame)."""
    return QSize(min(preferred.width(), int(area.width() * _SHARE)),
                 min(preferred.height(), int(area.height() * _SHARE)))


def first_geometry(area: QRect, preferred: QSize = PREFERRED) -> QRect:
    """The window's first geometry: ``preferred`` or what fits, centred in ``area``."""
    size = fitted(preferred, area)
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(area.center())
    return rect


def fits_a_screen(frame: QRect, minimum: QSize | None = None) -> bool:
    """Whether ``frame`` lies within the available area of one of the current screens (a
    window remembered on a screen that is gone, or larger than today's screen, does not)."""
    for screen in QGuiApplication.screens():
        area = screen.availableGeometry().adjusted(-8, -8, 8, 8)     # frames may overhang a little
        if area.contains(frame):
            return minimum is None or (frame.width() >= minimum.width() and frame.height() >= minimum.height())
    return False


def restore_or_place(window: QWidget, geometry: QByteArray | None) -> bool:
    """Restore a remembered geometry when it fits a current screen; otherwise size the window
    for the available area. Returns whether the remembered geometry was used."""
    if geometry is not None and window.restoreGeometry(geometry):
        if fits_a_screen(window.frameGeometry() if window.isVisible() else window.geometry()):
            return True
    window.setGeometry(first_geometry(available(window)))
    return False


def fit_dialog(dialog: QWidget, preferred: QSize) -> None:
    """Resize a dialog to ``preferred`` or to what its screen has room for."""
    dialog.resize(fitted(preferred, available(dialog.parentWidget() or dialog)))


def scroll_content(panel: QWidget, content: QWidget) -> QScrollArea:
    """Put ``content`` into ``panel`` inside a scroll area, so that a small window scrolls the
    panel instead of growing (or cutting) it."""
    scroll = QScrollArea(panel)
    scroll.setObjectName(f"{panel.objectName() or type(panel).__name__}_scroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)
    return scroll
