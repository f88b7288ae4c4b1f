"""Key presses with the window system's time stamps set, as a scanner's or a person's keys
arrive: the keyboard scanner tells them apart by those stamps."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent


def press(target: QObject, text: str, stamp_ms: int) -> None:
    """One key; "\\r" is Enter."""
    key = Qt.Key.Key_Return if text == "\r" else Qt.Key(ord(text.upper()))
    event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
    event.setTimestamp(stamp_ms)
    QCoreApplication.sendEvent(target, event)


def type_keys(
    target: QObject, text: str, start_ms: int, gap_ms: int, *, enter: bool = False
) -> int:
    """Keys ``gap_ms`` apart by their stamps, then Enter one gap later if asked; returns
    the stamp of the last key pressed."""
    stamp = start_ms
    for index, character in enumerate(text + ("\r" if enter else "")):
        stamp = start_ms + index * gap_ms
        press(target, character, stamp)
    return stamp
