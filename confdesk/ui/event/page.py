"""The event screen: the event's details and rooms, edited and saved together, and the
numbers at a glance."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from confdesk.domain.changes import Changes
from confdesk.domain.events.counts import EventCounts
from confdesk.domain.events.logo import event_logo, read_logo_file, set_logo
from confdesk.domain.events.service import EventData, EventService, RoomData, ValidationError
from confdesk.errors import UserError
from confdesk.ui.event.form import EventForm
from confdesk.ui.event.rooms_editor import RoomsEditor
from confdesk.ui.shell.file_dialogs import open_file_name
from confdesk.ui.shell.language.formatting import whole_number
from confdesk.ui.shell.language.messages import describe_error


class EventPage(QWidget):
    """Shows one event; ``changed`` carries what a save (or a new logo) changed, which the
    window broadcasts to every screen."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service: EventService | None = None
        self._event: EventData | None = None
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.glance_label = QLabel()
        self.glance_label.setWordWrap(True)

        self.form = EventForm()
        self.rooms_editor = RoomsEditor()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(self.tr("Save the event and its rooms (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.revert_button.setToolTip(self.tr("Throw away the changes not yet saved"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)

        details_box = QGroupBox(self.tr("Details"))
        details_layout = QVBoxLayout(details_box)
        details_layout.addWidget(self.form)
        details_layout.addStretch(1)
        rooms_box = QGroupBox(self.tr("Rooms"))
        QVBoxLayout(rooms_box).addWidget(self.rooms_editor)
        glance_box = QGroupBox(self.tr("At a glance"))
        QVBoxLayout(glance_box).addWidget(self.glance_label)
        logo_box = QGroupBox(self.tr("Logo on the badges"))
        self.logo_label = QLabel()
        self.logo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_label.setMinimumHeight(64)
        self.logo_button = QPushButton(self.tr("Choose &logo…"))
        self.logo_button.setToolTip(self.tr("A PNG or JPEG file; it is kept in the database"))
        self.remove_logo_button = QPushButton(self.tr("Remove logo"))
        logo_buttons = QHBoxLayout()
        logo_buttons.addWidget(self.logo_button)
        logo_buttons.addWidget(self.remove_logo_button)
        logo_layout = QVBoxLayout(logo_box)
        logo_layout.addWidget(self.logo_label)
        logo_layout.addLayout(logo_buttons)

        columns = QHBoxLayout()
        columns.addWidget(details_box, 3)
        right = QVBoxLayout()
        right.addWidget(glance_box)
        right.addWidget(logo_box)
        right.addWidget(rooms_box, 1)
        columns.addLayout(right, 2)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.heading)
        content_layout.addLayout(columns, 1)
        content_layout.addWidget(buttons)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        self.scroll_area = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.form.changed.connect(self._mark_dirty)
        self.rooms_editor.changed.connect(self._mark_dirty)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button.clicked.connect(lambda: self.set_logo(None))
        self._set_dirty(False)

    @property
    def is_dirty(self) -> bool:
        self.rooms_editor.commit_open_edit()
        return self._dirty

    def may_leave(self) -> bool:
        """Unsaved details or rooms are never dropped silently: Save, Discard or Cancel
        (staying here)."""
        if not self.is_dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The event has changes that are not saved yet. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            return True
        return False

    def add_room(self) -> None:
        """A new row in the rooms table, its name being typed; the page scrolls to it."""
        self.rooms_editor.add_room()
        self.scroll_area.ensureWidgetVisible(self.rooms_editor)

    def show_event(self, service: EventService, event: EventData) -> None:
        self._service = service
        self._event = event
        self.heading.setText(event.title)
        self.form.set_draft(event.draft())
        self.rooms_editor.set_rooms(event.rooms)
        self._show_logo(event_logo(service.database, event.id))
        self._set_dirty(False)

    # -- The logo (saved at once: it is not part of the form) -------------------------------
    def choose_logo(self) -> None:
        name = open_file_name(
            self,
            self.tr("Logo for the badges"),
            str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        if name:
            self.load_logo(Path(name))

    def load_logo(self, path: Path) -> bool:
        try:
            data = read_logo_file(path)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Logo"), describe_error(error))
            return False
        return self.set_logo(data)

    def set_logo(self, data: bytes | None) -> bool:
        if self._service is None or self._event is None:
            return False
        try:
            changes = set_logo(self._service.database, self._event.id, data)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Logo"), describe_error(error))
            return False
        self._show_logo(data)
        self.changed.emit(changes)
        return True

    def _show_logo(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data is not None and pixmap.loadFromData(data):
            self.logo_label.setPixmap(
                pixmap.scaled(
                    220,
                    80,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_label.setText(self.tr("No logo: badges show the event's name only."))
        self.remove_logo_button.setEnabled(data is not None)

    def show_counts(self, counts: EventCounts) -> None:
        self.glance_label.setText(
            self.tr(
                "{registrations} registrations: {registered} registered, "
                "{waitlisted} on the waiting list, {cancelled} cancelled.\n"
                "{sessions} agenda sessions in {rooms} rooms."
            ).format(
                registrations=whole_number(counts.registrations),
                registered=whole_number(counts.registered),
                waitlisted=whole_number(counts.waitlisted),
                cancelled=whole_number(counts.cancelled),
                sessions=whole_number(counts.sessions),
                rooms=whole_number(counts.rooms),
            )
        )

    def save(self) -> bool:
        """Save details and rooms; on a mistake, say what and where, and keep the input."""
        if self._service is None or self._event is None or not self.is_dirty:
            return True
        try:
            draft = self.form.draft()
            rooms = self.rooms_editor.rooms()
            if not self._confirm_room_removal(rooms):
                return False
            event = self._service.update(self._event.id, draft, rooms)
        except ValidationError as error:
            self.form.show_error(error, describe_error(error))
            return False
        self.form.clear_error()
        self.show_event(self._service, event)
        self.changed.emit(event.changes)
        return True

    def revert(self) -> None:
        if self._service is not None and self._event is not None:
            self.show_event(self._service, self._event)

    def on_changes(self, changes: Changes, source: object) -> None:
        """The counts at a glance come from the window; the event itself is only written
        here, so the form, which may hold unsaved input, is left alone."""

    def _confirm_room_removal(self, rooms: list[RoomData]) -> bool:
        """Removing a room that holds sessions leaves them without a room: ask first."""
        assert self._service is not None and self._event is not None
        kept = {room.id for room in rooms if room.id is not None}
        usage = self._service.sessions_per_room(self._event.id)
        affected = [
            (room.name, usage[room.id])
            for room in self._event.rooms
            if room.id is not None and room.id not in kept and usage.get(room.id, 0) > 0
        ]
        if not affected:
            return True
        names = ", ".join(f"{name} ({count})" for name, count in affected)
        answer = QMessageBox.question(
            self,
            self.tr("Remove rooms with sessions?"),
            self.tr(
                "These rooms hold agenda sessions: {rooms}. The sessions keep their "
                "times but will have no room. Remove the rooms?"
            ).format(rooms=names),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _mark_dirty(self) -> None:
        self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
