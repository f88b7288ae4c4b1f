"""What the window shows when there is nothing to work on yet: a database with no event,
or a database that could not be opened. It says so and offers the ways forward."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

BOX_WIDTH = 480


class WelcomePage(QWidget):
    create_event_requested = Signal()
    load_demo_requested = Signal()
    open_database_requested = Signal()
    new_database_requested = Signal()
    retry_requested = Signal()
    copy_requested = Signal()
    restore_backup_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.create_event_button = QPushButton(self.tr("&Create an event…"))
        self.load_demo_button = QPushButton(self.tr("&Load the demo conference"))
        self.open_database_button = QPushButton(self.tr("&Open another database…"))
        self.new_database_button = QPushButton(self.tr("Start a &new database…"))
        self.retry_button = QPushButton(self.tr("&Try again"))
        self.restore_button = QPushButton(self.tr("&Restore the newest good backup"))
        self.copy_button = QPushButton(self.tr("&Copy it to a writable folder and open the copy…"))
        self.create_event_button.setDefault(True)

        column = QVBoxLayout()
        column.addWidget(self.heading)
        column.addSpacing(8)
        column.addWidget(self.explanation)
        column.addSpacing(16)
        for button in (
            self.retry_button,
            self.restore_button,
            self.copy_button,
            self.create_event_button,
            self.load_demo_button,
            self.open_database_button,
            self.new_database_button,
        ):
            button.setMinimumHeight(36)
            column.addWidget(button)
        box = QWidget()
        # A fixed width lets the wrapped explanation take the height it needs.
        box.setFixedWidth(BOX_WIDTH)
        box.setLayout(column)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

        self.create_event_button.clicked.connect(self.create_event_requested)
        self.load_demo_button.clicked.connect(self.load_demo_requested)
        self.open_database_button.clicked.connect(self.open_database_requested)
        self.new_database_button.clicked.connect(self.new_database_requested)
        self.retry_button.clicked.connect(self.retry_requested)
        self.restore_button.clicked.connect(self.restore_backup_requested)
        self.copy_button.clicked.connect(self.copy_requested)
        self._show_error_buttons(retry=False, restore=False, copy=False)

    def show_empty_database(self, database_name: str) -> None:
        self.heading.setText(self.tr("Welcome to confdesk"))
        self._explain(
            self.tr(
                "The database {name} holds no event yet. Create your event, or load the "
                "demo conference to look around first."
            ).format(name=database_name)
        )
        self._show_event_buttons(True)
        self._show_error_buttons(retry=False, restore=False, copy=False)
        self.create_event_button.setFocus()

    def show_open_error(
        self,
        message: str,
        *,
        may_retry: bool = False,
        backup_offered: bool = False,
        copy_offered: bool = False,
    ) -> None:
        """Why the file could not be opened, with its way out: try again (a lock, a full
        disk, the file open in another window), restore a backup (a damaged file), copy
        it somewhere writable (a read-only file), or open or start another file."""
        self.heading.setText(self.tr("The database could not be opened"))
        self._explain(message)
        self._show_event_buttons(False)
        self._show_error_buttons(retry=may_retry, restore=backup_offered, copy=copy_offered)
        if backup_offered:
            self.restore_button.setFocus()
        elif copy_offered:
            self.copy_button.setFocus()
        elif may_retry:
            self.retry_button.setFocus()
        else:
            self.open_database_button.setFocus()

    def _explain(self, text: str) -> None:
        self.explanation.setText(text)
        # A wrapped label placed with an alignment gets its one-line height unless told:
        # long paths and messages were cut off at the second line.
        for label in (self.heading, self.explanation):
            label.setMinimumHeight(label.heightForWidth(BOX_WIDTH - 24))

    def _show_error_buttons(self, *, retry: bool, restore: bool, copy: bool) -> None:
        self.retry_button.setVisible(retry)
        self.restore_button.setVisible(restore)
        self.copy_button.setVisible(copy)

    def _show_event_buttons(self, visible: bool) -> None:
        self.create_event_button.setVisible(visible)
        self.load_demo_button.setVisible(visible)
