"""Keyboard shortcuts that belong to one screen of the main window."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Shortcut = tuple[QKeySequence | QKeySequence.StandardKey, Callable[[], object]]


def add_screen_shortcuts(screen: QWidget, shortcuts: Iterable[Shortcut]) -> None:
    """Each shortcut works only while ``screen`` is shown, so two screens can give the same
    keys (Ctrl+Z, Ctrl+Shift+W) their own meaning."""
    for sequence, slot in shortcuts:
        action = QAction(screen)
        action.setShortcut(sequence)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        screen.addAction(action)
