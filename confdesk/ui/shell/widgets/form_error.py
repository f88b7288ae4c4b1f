"""The one way a form says what is wrong: a red sentence above the fields, and the cursor
put in the field concerned."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class FormErrorLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formError")
        self.setStyleSheet("color: #b00020; font-weight: bold;")
        self.setWordWrap(True)
        self.hide()

    def show_problem(self, message: str, field: QWidget | None) -> None:
        self.setText(message)
        self.show()
        if field is not None:
            field.setFocus()

    def clear_problem(self) -> None:
        self.clear()
        self.hide()
