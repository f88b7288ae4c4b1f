"""Sign-ups of the selected session, beside the session editor: seats taken of the
capacity, who sits (alphabetically, as at the door) and who waits (in the order they move
up), signing a registered person up and cancelling a sign-up.

Every change goes through :class:`~confdesk.domain.agenda.signups.SignupService` first and
then onto the agenda's QUndoStack; the panel then says in words what happened — above all
who moved up from the waiting list, because the organiser has to tell that person.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from confdesk.db.database import Database
from confdesk.db.models import SignupStatus
from confdesk.domain.agenda.service import PersonChoice, SessionData
from confdesk.domain.agenda.signups import (
    Participant,
    ParticipantList,
    SignupChange,
    SignupService,
)
from confdesk.errors import UserError
from confdesk.ui.agenda.commands import AgendaHistory, ErrorHandler, Refresh, SignupCommand
from confdesk.ui.registrations.person_picker import PersonPicker
from confdesk.ui.shell.language.messages import describe_error


class SignupPanel(QWidget):
    print_requested = Signal(int)  # session id: its participant list as a PDF
    counts_changed = Signal(str)  # a short "seats taken / capacity" for the tab's title

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service: SignupService | None = None
        self._undo_stack: AgendaHistory | None = None
        self._refresh: Refresh = lambda _session_id, _changes: None
        self._on_error: ErrorHandler = lambda _error: None
        self._session: SessionData | None = None
        self._listed: ParticipantList | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.seats_label = QLabel()
        self.seats_label.setWordWrap(True)
        self.seated_list = self._people_tree([self.tr("Name"), self.tr("Organization")])
        self.waiting_list = self._people_tree(
            [self.tr("No."), self.tr("Name"), self.tr("Organization")]
        )
        self.person_combo = PersonPicker()
        self.sign_up_button = QPushButton(self.tr("Sign &up"))
        self.cancel_button = QPushButton(self.tr("Cancel sign-up"))
        self.print_button = QPushButton(self.tr("Participant list (PDF)…"))
        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #C92A2A")
        self.error_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.seats_label)
        layout.addWidget(QLabel(self.tr("Seated:")))
        layout.addWidget(self.seated_list, 2)
        layout.addWidget(QLabel(self.tr("Waiting list, in the order they move up:")))
        layout.addWidget(self.waiting_list, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.person_combo, 1)
        add_row.addWidget(self.sign_up_button)
        layout.addLayout(add_row)
        layout.addWidget(self.error_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        layout.addLayout(buttons)
        layout.addWidget(self.notice_label)

        self.sign_up_button.clicked.connect(self._sign_up_chosen)
        person_line_edit = self.person_combo.lineEdit()
        assert person_line_edit is not None  # the person picker is editable
        person_line_edit.returnPressed.connect(self._sign_up_chosen)
        self.cancel_button.clicked.connect(self._cancel_selected)
        self.print_button.clicked.connect(self._print)
        for tree in (self.seated_list, self.waiting_list):
            tree.itemSelectionChanged.connect(self._update_buttons)
        self.show_session(None)

    @staticmethod
    def _people_tree(headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setRootIsDecorated(False)
        tree.setHeaderLabels(headers)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # A header and three people at least: never squeezed to a sliver.
        tree.setMinimumHeight(5 * (tree.fontMetrics().lineSpacing() + 4))
        return tree

    # -- Setting up -------------------------------------------------------------------------
    def set_context(
        self,
        database: Database | None,
        people: list[PersonChoice],
        undo_stack: AgendaHistory,
        refresh: Refresh,
        on_error: ErrorHandler,
    ) -> None:
        self._service = SignupService(database) if database is not None else None
        self._undo_stack = undo_stack
        self._refresh = refresh
        self._on_error = on_error
        self.person_combo.set_people(people)

    def show_session(self, session: SessionData | None) -> None:
        """Show (or read again) the sign-ups of ``session``; what the last change did stays
        on screen while the same session is shown."""
        if session is None or self._session is None or session.id != self._session.id:
            self.notice_label.clear()
            self.error_label.clear()
        self._session = session
        self._listed = None
        self.seated_list.clear()
        self.waiting_list.clear()
        if session is None or self._service is None:
            self.heading.setText(self.tr("Select a session to see its sign-ups."))
            self.seats_label.clear()
            self.counts_changed.emit("")
            self._update_buttons()
            return
        self._listed = listed = self._service.participants(session.id)
        self.heading.setText(f"<b>{escape(session.title)}</b>")
        seated, waiting = len(listed.seated), len(listed.waiting)
        if listed.capacity is None:
            seats = self.tr("{seated} signed up, no seat limit.").format(seated=seated)
            short = str(seated)
        else:
            seats = self.tr("{seated} of {capacity} seats taken.").format(
                seated=seated, capacity=listed.capacity
            )
            short = f"{seated}/{listed.capacity}"
        if waiting:
            seats += " " + self.tr("Waiting: {waiting}.").format(waiting=waiting)
        if not (session.signup_required or session.round_number or seated or waiting):
            seats += " " + self.tr("This session does not ask for sign-ups.")
        self.seats_label.setText(seats)
        self.counts_changed.emit(short)
        for person in listed.seated:
            self.seated_list.addTopLevelItem(_item(person, [person.full_name, person.organization]))
        for place, person in enumerate(listed.waiting, start=1):
            self.waiting_list.addTopLevelItem(
                _item(person, [str(place), person.full_name, person.organization])
            )
        for tree in (self.seated_list, self.waiting_list):
            for column in range(tree.columnCount()):
                tree.resizeColumnToContents(column)
            tree.scrollToTop()
        self._update_buttons()

    def _update_buttons(self) -> None:
        shown = self._session is not None and self._service is not None
        for widget in (self.person_combo, self.sign_up_button, self.print_button,
                       self.seated_list, self.waiting_list):  # fmt: skip
            widget.setEnabled(shown)
        self.cancel_button.setEnabled(shown and self.selected_registration() is not None)

    def selected_registration(self) -> int | None:
        for tree in (self.seated_list, self.waiting_list):
            for item in tree.selectedItems():
                return item.data(0, Qt.ItemDataRole.UserRole)
        return None

    # -- Changes ----------------------------------------------------------------------------
    def chosen_person(self) -> int | None:
        """The person typed or picked: an exact entry, else the only one containing it."""
        return self.person_combo.chosen_person()

    def _sign_up_chosen(self) -> None:
        registration_id = self.chosen_person()
        if registration_id is None:
            self.error_label.setText(self.tr("Choose one registered person from the list."))
            return
        self.sign_up(registration_id)

    def sign_up(self, registration_id: int) -> None:
        session = self._session
        if session is None or self._service is None:
            return
        name = self._name(registration_id)
        if self._run("sign_up", name, lambda service: service.sign_up(session.id, registration_id)):
            self.person_combo.setCurrentIndex(-1)
            self.person_combo.clearEditText()

    def _cancel_selected(self) -> None:
        registration_id = self.selected_registration()
        if registration_id is not None:
            self.cancel(registration_id)

    def cancel(self, registration_id: int) -> None:
        session = self._session
        if session is None:
            return
        name = self._name(registration_id)
        self._run(
            "cancel_sign_up", name, lambda service: service.cancel(session.id, registration_id)
        )

    def undo_sentence(self, key: str) -> str:
        """The words naming a sign-up change in the undo history (see
        AgendaPage.undo_sentence). Short, as they name the Undo button; the history of one
        session's sign-ups is read with that session selected."""
        return {
            "sign_up": self.tr("Sign up {name}"),
            "cancel_sign_up": self.tr("Cancel the sign-up of {name}"),
        }[key]

    def _run(self, key: str, name: str, action: Callable[[SignupService], SignupChange]) -> bool:
        if self._service is None or self._undo_stack is None or self._session is None:
            return False
        self.error_label.clear()
        try:
            change = action(self._service)
        except UserError as error:
            self.error_label.setText(describe_error(error))
            return False
        if not change.changed:
            self.notice_label.setText(
                self.tr("{name} is already signed up.").format(
                    name=self._name(change.registration_id)
                )
            )
            return False
        command = SignupCommand(self.undo_sentence(key).format(name=name), self._undo_stack, change)
        command.label = (key, {"name": name})
        self._undo_stack.push(command)
        self._refresh(change.session_id, change.changes)
        self.notice_label.setText(self.describe(change))
        return True

    # -- Words ------------------------------------------------------------------------------
    def describe(self, change: SignupChange) -> str:
        """What the change did, with the names of those who moved up."""
        name = self._name(change.registration_id)
        if change.status == SignupStatus.CANCELLED.value:
            parts = [self.tr("The sign-up of {name} is cancelled.").format(name=name)]
        elif change.status == SignupStatus.SIGNED_UP.value:
            parts = [self.tr("{name} has a seat.").format(name=name)]
        else:
            place = self._place_in_line(change.registration_id)
            parts = [
                self.tr("{name} is on the waiting list (place {place}).").format(
                    name=name, place=place
                )
            ]
        released: ParticipantList | None = None
        if change.released_session_id is not None and self._service is not None:
            released = self._service.participants(change.released_session_id)
            parts.append(
                self.tr("Their place in “{title}” (same round) is given up.").format(
                    title=released.title
                )
            )
        promoted = self._promoted_names(change, released)
        if promoted:
            parts.append(
                self.tr("Moved up from the waiting list: {names}.").format(
                    names=", ".join(promoted)
                )
            )
        return " ".join(parts)

    def _promoted_names(self, change: SignupChange, released: ParticipantList | None) -> list[str]:
        """Who moved up, in the changed session and in the ``released`` one (read once
        by :meth:`describe`)."""
        ids = set(change.promoted)
        if not ids or self._service is None:
            return []
        # The refresh after a change has just read the list of the session shown.
        listed = self._listed
        if listed is None or listed.session_id != change.session_id:
            listed = self._service.participants(change.session_id)
        lists = [listed] if released is None else [listed, released]
        return [p.full_name for each in lists for p in each.seated if p.signup_id in ids]

    def _place_in_line(self, registration_id: int) -> int:
        waiting = self._listed.waiting if self._listed is not None else ()
        for place, person in enumerate(waiting, start=1):
            if person.registration_id == registration_id:
                return place
        return len(waiting)

    def _name(self, registration_id: int) -> str:
        person = self.person_combo.person(registration_id)
        if person is not None:
            return person.name
        listed = self._listed
        everyone = (*listed.seated, *listed.waiting) if listed is not None else ()
        return next(
            (p.full_name for p in everyone if p.registration_id == registration_id),
            f"#{registration_id}",
        )

    def _print(self) -> None:
        if self._session is not None:
            self.print_requested.emit(self._session.id)


def _item(person: Participant, texts: list[str]) -> QTreeWidgetItem:
    item = QTreeWidgetItem(texts)
    item.setData(0, Qt.ItemDataRole.UserRole, person.registration_id)
    return item
