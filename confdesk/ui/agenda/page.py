"""The agenda screen: one tab per day, the rooms × time grid, a list of the day's
sessions, the conflict warnings and the side panel; every edit undoable.

Edits run through :class:`~confdesk.domain.agenda.service.AgendaService` first and enter the
QUndoStack only once they succeeded; after each, the page reloads the sessions and the
conflicts (a few milliseconds at conference scale) and redraws the day.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabBar,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from confdesk.db.database import Database
from confdesk.db.models import SessionKind
from confdesk.domain.agenda.colors import kind_color
from confdesk.domain.agenda.conflicts import Conflict, agenda_conflicts, conflicts_by_session
from confdesk.domain.agenda.programme import event_days
from confdesk.domain.agenda.service import (
    AgendaEdit,
    AgendaService,
    SessionData,
    SessionDraft,
    programme_people,
)
from confdesk.domain.agenda.signups import SignupService
from confdesk.domain.changes import Changes
from confdesk.domain.events.service import EventData, EventService, ValidationError
from confdesk.domain.registrations.topics import list_topics
from confdesk.errors import UserError
from confdesk.ui.agenda.assign_places import AssignPlacesDialog
from confdesk.ui.agenda.block import SELECTED_COLOR
from confdesk.ui.agenda.commands import (
    AgendaHistory,
    AssignPlacesCommand,
    CreateSessionCommand,
    DeleteSessionCommand,
    EditSessionCommand,
)
from confdesk.ui.agenda.editor import AgendaEditor
from confdesk.ui.agenda.grid import SNAP, AgendaScene, day_geometry
from confdesk.ui.agenda.rounds import RoundsOverview
from confdesk.ui.agenda.signups_panel import SignupPanel
from confdesk.ui.agenda.words import describe_conflict
from confdesk.ui.shell.background import BackgroundTask
from confdesk.ui.shell.errors.unexpected_errors import report_unexpected
from confdesk.ui.shell.file_dialogs import save_file_name
from confdesk.ui.shell.language.formatting import day_tab
from confdesk.ui.shell.language.labels import session_kind_labels
from confdesk.ui.shell.language.messages import describe_error
from confdesk.words.vocabulary import SESSION_KINDS, word_for

DEFAULT_LENGTH = timedelta(minutes=60)
PANEL_WIDTH = 372  # px: the side panel's width until the user drags the splitter
PANEL_MIN_WIDTH = 280  # px: narrower, its fields would be unreadable


class AgendaView(QGraphicsView):
    """The grid, operable from the keyboard: arrows move the selected block by 15
    minutes or one room, Shift+arrows change its end, Delete removes it, Enter edits it.
    A block dragged out of the grid onto another day's tab moves to that day."""

    key_move = Signal(int, int)  # minutes steps, room steps
    key_resize = Signal(int)  # steps of 15 minutes
    key_delete = Signal()
    key_edit = Signal()
    day_drop = Signal(int, int)  # session id, index of the day tab it was dropped on

    def __init__(self, scene: AgendaScene, day_tabs: QTabBar) -> None:
        super().__init__(scene)
        self._day_tabs = day_tabs
        self._marked_tab = -1
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Always there, so the width the columns share does not change with the height
        # (a bar coming and going would lay the grid out again and again).
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)

    def _dragged(self) -> int:
        scene = self.scene()
        return scene.dragged_session() if isinstance(scene, AgendaScene) else 0

    def _day_tab(self, global_position: QPoint) -> int:
        """The day tab under the pointer, or -1. The viewport keeps the mouse while a
        button is held, so the tab bar itself never sees this drag."""
        tabs = self._day_tabs
        local = tabs.mapFromGlobal(global_position)
        if not tabs.isVisible() or not tabs.rect().contains(local):
            return -1
        return tabs.tabAt(local)

    def _mark_tab(self, index: int) -> None:
        if index == self._marked_tab:
            return
        if 0 <= self._marked_tab < self._day_tabs.count():
            self._day_tabs.setTabTextColor(self._marked_tab, QColor())
        if index >= 0:
            self._day_tabs.setTabTextColor(index, SELECTED_COLOR)
        self._marked_tab = index

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        scene = self.scene()
        if isinstance(scene, AgendaScene):
            scene.fit_to_width(self.viewport().width())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        dragged = self._dragged()
        index = self._day_tab(event.globalPosition().toPoint()) if dragged else -1
        super().mouseMoveEvent(event)
        if dragged:
            self._mark_tab(index if index != self._day_tabs.currentIndex() else -1)
            scene = self.scene()
            if isinstance(scene, AgendaScene):
                scene.show_ghost(index < 0)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        dragged = self._dragged()
        index = self._day_tab(event.globalPosition().toPoint()) if dragged else -1
        self._mark_tab(-1)
        scene = self.scene()
        if index >= 0 and isinstance(scene, AgendaScene):
            # Over the tabs the grid's own drop target is meaningless: the current day's
            # tab takes the drag back, another day's tab receives the session.
            scene.cancel_drag()
            event.accept()
            if index != self._day_tabs.currentIndex():
                self.day_drop.emit(dragged, index)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        scene = self.scene()
        if not isinstance(scene, AgendaScene) or not scene.selected_id():
            super().keyPressEvent(event)
            return
        key = event.key()
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        # By int: event.key() is one, and Qt.Key members are equal to theirs.
        vertical: dict[int, int] = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
        horizontal: dict[int, int] = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
        if key in vertical:
            if shift:
                self.key_resize.emit(vertical[key])
            else:
                self.key_move.emit(vertical[key], 0)
        elif key in horizontal and not shift:
            self.key_move.emit(0, horizontal[key])
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.key_delete.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.key_edit.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


def _field_can(field: QObject, *, undo: bool) -> bool:
    """Whether a text field has typing of its own to undo (or redo)."""
    if isinstance(field, QLineEdit):
        return field.isUndoAvailable() if undo else field.isRedoAvailable()
    if isinstance(field, QPlainTextEdit):
        document = field.document()
        return document.isUndoAvailable() if undo else document.isRedoAvailable()
    return False


class AgendaPage(QWidget):
    # What each edit, undo or redo changed: the window broadcasts it to every screen.
    changed = Signal(object)
    # "Add rooms…" on an event without rooms: the window opens the event screen's rooms.
    rooms_requested = Signal()

    def __init__(self, history: AgendaHistory | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database: Database | None = None
        self._event: EventData | None = None
        self._service: AgendaService | None = None
        self._sessions: list[SessionData] = []
        self._conflicts: list[Conflict] = []
        self._topic_colors: dict[int, str] = {}
        self._rooms: list[tuple[int, str]] = []
        self._days: list[date] = []
        self._background: BackgroundTask | None = None
        # A history handed over from the window before a language switch, or a new one.
        self.undo_stack = history if history is not None else AgendaHistory()
        self.undo_stack.setParent(self)
        self.undo_stack.refresh = self._edited
        self.undo_stack.on_error = self._undo_failed

        self.day_tabs = QTabBar()
        self.day_tabs.setExpanding(False)
        self.scene = AgendaScene()
        self.view = AgendaView(self.scene, self.day_tabs)
        self.editor = AgendaEditor()
        self.signup_panel = SignupPanel()
        if history is not None:  # made before a language switch: named anew
            self._relabel_history()
        self.rounds_view = RoundsOverview()
        # The side panel: it opens when a session is selected and closes when none is, so
        # the grid has the width for every room; the toolbar's button opens it by hand.
        self.side_tabs = QTabWidget()
        self.side_tabs.setMinimumWidth(PANEL_MIN_WIDTH)
        editor_scroll = QScrollArea()
        editor_scroll.setWidget(self.editor)
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # The four tab names (German too, with the sign-up counts) must fit the panel's
        # first width side by side: a test at 1366×728 measures them; keep them short.
        self.side_tabs.addTab(editor_scroll, self.tr("Session"))
        self.side_tabs.addTab(self.signup_panel, self.tr("Sign-ups"))
        self.side_tabs.addTab(self.rounds_view, self.tr("Rounds"))
        self._panel_width = PANEL_WIDTH
        self._panel_session = 0  # the session the panel was last opened or kept open for
        self.session_list = QTreeWidget()
        self.session_list.setRootIsDecorated(False)
        self.session_list.setHeaderLabels(
            [self.tr("Time"), self.tr("Room"), self.tr("Title"), self.tr("Kind"), "⚠"]
        )
        self.conflict_list = QListWidget()
        self.conflict_list.setWordWrap(True)
        self.conflict_label = QLabel()
        self.color_combo = QComboBox()
        self.color_combo.addItem(self.tr("Colour by kind"), "kind")
        self.color_combo.addItem(self.tr("Colour by topic"), "topic")
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        # A new event has no rooms: the grid shows one "No room" column. Rooms are made
        # on the event screen; this says so and goes there in one click.
        self.no_rooms_label = QLabel(
            self.tr(
                "This event has no rooms yet, so every session lands in “No room”. "
                "Rooms are added on the Event screen."
            )
        )
        self.no_rooms_label.setWordWrap(True)
        self.add_rooms_button = QPushButton(self.tr("Add rooms…"))
        self.add_rooms_button.setToolTip(self.tr("Open the event's rooms with a new row"))
        self.no_rooms_hint = QWidget()
        hint_layout = QHBoxLayout(self.no_rooms_hint)
        hint_layout.setContentsMargins(0, 0, 0, 0)
        hint_layout.addWidget(self.no_rooms_label, 1)
        hint_layout.addWidget(self.add_rooms_button)
        self.no_rooms_hint.hide()
        self.legend.setTextFormat(Qt.TextFormat.RichText)

        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.new_action = QAction(self.tr("New session"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_plenary_action = QAction(self.tr("New break for all rooms"), self)
        self.new_plenary_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.assign_action = QAction(self.tr("Assign workshop places…"), self)
        self.assign_action.setToolTip(
            self.tr("Give workshop places from people's ranked wishes, after a preview")
        )
        self.assign_dialog: AssignPlacesDialog | None = None
        for action in (self.undo_action, self.redo_action, self.new_action,
                       self.new_plenary_action):  # fmt: skip
            # Only while this screen is shown, wherever on it the focus is.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_button = self._tool_button(self.undo_action)
        self.redo_button = self._tool_button(self.redo_action)
        self.new_button = self._tool_button(self.new_action)
        self.new_plenary_button = self._tool_button(self.new_plenary_action)
        self.panel_button = QToolButton()
        self.panel_button.setText(self.tr("Side panel"))
        self.panel_button.setToolTip(
            self.tr("Show or hide the session's details, the sign-ups, the rounds and the list")
        )
        self.panel_button.setCheckable(True)
        self.conflicts_button = QToolButton()
        self.conflicts_button.setStyleSheet("color: #C92A2A")
        self.conflicts_button.hide()
        self.assign_button = self._tool_button(self.assign_action)
        self.export_button = QPushButton(self.tr("Print and export"))
        export_menu = QMenu(self.export_button)
        self.export_actions = {
            "programme": export_menu.addAction(self.tr("Programme (PDF)…")),
            "ical": export_menu.addAction(self.tr("Calendar file (iCalendar)…")),
            "doors": export_menu.addAction(self.tr("Door signs (PDF)…")),
            "participants": export_menu.addAction(self.tr("Participant lists (PDF)…")),
        }
        self.export_button.setMenu(export_menu)

        toolbar = QHBoxLayout()
        for widget in (self.undo_button, self.redo_button, self.new_button,
                       self.new_plenary_button, self.assign_button):  # fmt: skip
            toolbar.addWidget(widget)
        toolbar.addStretch(1)
        toolbar.addWidget(self.conflicts_button)
        toolbar.addWidget(self.panel_button)
        toolbar.addWidget(self.color_combo)
        toolbar.addWidget(self.export_button)
        grid_side = QWidget()
        grid_layout = QVBoxLayout(grid_side)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(self.no_rooms_hint)
        grid_layout.addWidget(self.day_tabs)
        grid_layout.addWidget(self.view, 1)
        grid_layout.addWidget(self.legend)
        lists = QSplitter(Qt.Orientation.Vertical)
        lists.addWidget(self.session_list)
        conflicts_box = QWidget()
        conflicts_layout = QVBoxLayout(conflicts_box)
        conflicts_layout.setContentsMargins(0, 0, 0, 0)
        conflicts_layout.addWidget(self.conflict_label)
        conflicts_layout.addWidget(self.conflict_list)
        lists.addWidget(conflicts_box)
        lists.setStretchFactor(0, 3)  # the day's sessions first; conflicts are usually few
        lists.setStretchFactor(1, 1)
        self.side_tabs.addTab(lists, self.tr("List"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(grid_side)
        self.splitter.addWidget(self.side_tabs)
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, False)
        # A wider window widens the grid; the panel keeps the width it was given.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.side_tabs.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.splitter, 1)

        self.day_tabs.currentChanged.connect(lambda _index: self._draw())
        self.panel_button.toggled.connect(self._show_panel)
        self.add_rooms_button.clicked.connect(self.rooms_requested)
        self.conflicts_button.clicked.connect(self._show_conflicts)
        self.color_combo.currentIndexChanged.connect(lambda _index: self._draw())
        self.scene.move_requested.connect(self._moved)
        self.scene.resize_requested.connect(self._resized)
        self.scene.create_requested.connect(self._create)
        self.scene.session_selected.connect(self._selected)
        self.scene.edit_requested.connect(lambda _id: self.editor.focus_title())
        self.view.key_move.connect(self._key_move)
        self.view.key_resize.connect(self._key_resize)
        self.view.key_delete.connect(lambda: self.delete_session(self.scene.selected_id()))
        self.view.key_edit.connect(self.editor.focus_title)
        self.view.day_drop.connect(self._dropped_on_day)
        self.editor.apply_requested.connect(self._apply)
        self.editor.delete_requested.connect(self.delete_session)
        self.signup_panel.print_requested.connect(
            lambda session_id: self.choose_export("participants", session_id)
        )
        self.signup_panel.counts_changed.connect(self._signup_counts)
        self.rounds_view.session_chosen.connect(self.select_session)
        self.new_action.triggered.connect(lambda: self.new_session(plenary=False))
        self.new_plenary_action.triggered.connect(lambda: self.new_session(plenary=True))
        self.assign_action.triggered.connect(self.assign_workshop_places)
        self.session_list.itemClicked.connect(self._list_clicked)
        self.session_list.itemActivated.connect(self._list_clicked)
        self.conflict_list.itemClicked.connect(self._conflict_clicked)
        self.conflict_list.itemActivated.connect(self._conflict_clicked)
        for key, action in self.export_actions.items():
            action.triggered.connect(lambda _checked=False, what=key: self.choose_export(what))
        for field in self._text_fields():
            field.installEventFilter(self)

    # -- Undo wherever the focus is ---------------------------------------------------------
    def _text_fields(self) -> list[QWidget]:
        fields: list[QWidget] = [*self.findChildren(QLineEdit), *self.findChildren(QPlainTextEdit)]
        return fields

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A text field takes Ctrl+Z for itself (a shortcut override). It keeps it only
        while it holds typing of its own to undo; otherwise — right after Apply, when the
        editor refilled it — Ctrl+Z undoes the agenda's last change."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._agenda_takes(watched, event)
        ):
            return True  # left unaccepted: the undo or redo action's shortcut fires
        return super().eventFilter(watched, event)

    def _agenda_takes(self, field: QObject, event: QKeyEvent) -> bool:
        if event.matches(QKeySequence.StandardKey.Undo):
            return self.undo_stack.canUndo() and not _field_can(field, undo=True)
        keys = QKeySequence(event.keyCombination())
        if any(keys.matches(shortcut) == QKeySequence.SequenceMatch.ExactMatch
               for shortcut in self.redo_action.shortcuts()):  # fmt: skip
            return self.undo_stack.canRedo() and not _field_can(field, undo=False)
        return False

    @staticmethod
    def _tool_button(action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    # -- Setting up -------------------------------------------------------------------------
    def set_event(self, database: Database | None, event: EventData | None) -> None:
        self._database = database
        self._event = event
        self._service = AgendaService(database) if database is not None else None
        self._keep_or_clear_history(database, event)
        self._rooms = [(r.id, r.name) for r in event.rooms if r.id is not None] if event else []
        self._show_rooms_hint()
        # Read when the screen is shown (showEvent), not at start-up: the people to pick
        # can be tens of thousands.
        if self.isVisible():
            self._load_choices()
            self.reload(0)

    def _keep_or_clear_history(self, database: Database | None, event: EventData | None) -> None:
        """The history stays with the file and event it was made on, also when a new window
        takes it over (a language switch: that window starts with no file, then opens the
        same one); any other event, or closing the file, clears it."""
        history = self.undo_stack
        if database is None or event is None:
            if history.database is not None:  # the file was closed under this page
                history.clear()
            history.database = None
            return
        belongs_to = (database.path, event.id)
        if belongs_to != history.belongs_to:
            history.clear()
        history.belongs_to = belongs_to
        history.database = database

    def _load_choices(self) -> None:
        database, event = self._database, self._event
        if database is not None and event is not None:
            topics = list_topics(database, event.id)
            self._topic_colors = {t.id: t.color for t in topics if t.color}
            people = programme_people(database, event.id)
            self.editor.set_choices(self._rooms, [(t.id, t.name) for t in topics], people)
            self.signup_panel.set_context(database, people, self.undo_stack, self._edited,
                                          self._undo_failed)  # fmt: skip
        else:
            self.signup_panel.set_context(None, [], self.undo_stack, self._edited,
                                          self._undo_failed)  # fmt: skip

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Registrations change on other screens (a walk-in, a cancellation): the people
        # to pick and the seats are read again whenever this screen comes up.
        if not event.spontaneous():
            self._load_choices()
            self.reload()

    def reload(self, select: int = -1) -> None:
        """Read the sessions and conflicts again and redraw; ``select`` a session (0: none,
        -1: keep the selection)."""
        selected = self.scene.selected_id() if select < 0 else select
        if self._service is None or self._event is None or self._database is None:
            self._sessions, self._conflicts = [], []
            self.rounds_view.show_rounds([])
        else:
            self._sessions = self._service.list_sessions(self._event.id)
            self._conflicts = agenda_conflicts(self._database, self._event.id)
            self.rounds_view.show_rounds(SignupService(self._database).rounds(self._event.id))
        self._fill_days(selected)
        self._draw(selected)
        self._fill_conflicts()  # the list is the event's, not the day's: filled once here

    def _edited(self, select: int, changes: Changes) -> None:
        """After an edit, an undo or a redo: this screen redraws, the others hear of it."""
        self.reload(select)
        if changes:
            self.changed.emit(changes)

    def on_changes(self, changes: Changes, source: object) -> None:
        """Rooms renamed on the event screen, people registered or cancelled elsewhere:
        shown screens redraw at once, hidden ones when shown (see showEvent)."""
        if source is self:
            return
        if changes.event and self._database is not None and self._event is not None:
            self._event = EventService(self._database).get(self._event.id)
            self._rooms = [(r.id, r.name) for r in self._event.rooms if r.id is not None]
            self._show_rooms_hint()
        if self.isVisible() and (
            changes.event or changes.agenda or changes.registrations or changes.signups
        ):
            self._load_choices()
            self.reload()

    def _show_rooms_hint(self) -> None:
        self.no_rooms_hint.setVisible(self._event is not None and not self._rooms)

    def _fill_days(self, selected: int) -> None:
        event = self._event
        session_days = [s.starts_at.date() for s in self._sessions]
        wanted = (
            event_days(event.start_date, event.end_date, session_days)
            if event is not None
            else sorted(set(session_days))
        )
        current = self.current_day()
        chosen = next((s.starts_at.date() for s in self._sessions if s.id == selected), current)
        self.day_tabs.blockSignals(True)
        if wanted != self._days:
            while self.day_tabs.count():
                self.day_tabs.removeTab(0)
            for day in wanted:
                self.day_tabs.addTab(day_tab(day))
            self._days = wanted
        if chosen in self._days:
            self.day_tabs.setCurrentIndex(self._days.index(chosen))
        self.day_tabs.blockSignals(False)

    def current_day(self) -> date | None:
        index = self.day_tabs.currentIndex()
        return self._days[index] if 0 <= index < len(self._days) else None

    def _draw(self, selected: int = -1) -> None:
        if selected < 0:
            selected = self.scene.selected_id()
        day = self.current_day()
        if day is None or self._event is None:
            self.scene.clear()
            self.editor.show_session(None)
            self.signup_panel.show_session(None)
            return
        sessions = [s for s in self._sessions if s.starts_at.date() == day]
        geometry = day_geometry(day, self._event.day_starts, self._event.day_ends,
                                self._rooms, sessions, self.tr("No room"))  # fmt: skip
        by_session = conflicts_by_session(self._conflicts)
        self.scene.show_day(geometry, sessions, self._colors(sessions), session_kind_labels(),
                            by_session, describe_conflict, selected)  # fmt: skip
        self._fill_list(sessions, by_session)
        self._fill_legend(sessions)
        self._selected(self.scene.selected_id())

    def _colors(self, sessions: list[SessionData]) -> dict[int, str]:
        by_topic = self.color_combo.currentData() == "topic"
        return {
            s.id: (self._topic_colors.get(s.topic_id or 0) if by_topic else None)
            or kind_color(s.kind)
            for s in sessions
        }

    def _fill_legend(self, sessions: list[SessionData]) -> None:
        if self.color_combo.currentData() == "topic":
            names = self._topic_names()
            shown = sorted({s.topic_id for s in sessions if s.topic_id in self._topic_colors})
            entries = [(self._topic_colors[tid], names.get(tid, "")) for tid in shown if tid]
            entries.append(("", self.tr("other sessions: by kind")))
        else:
            labels = session_kind_labels()
            entries = [(kind_color(kind), labels[kind]) for kind in labels]
        parts = [
            f"<span style='background:{color}'>&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;{escape(name)}"
            if color else escape(name)
            for color, name in entries
        ]  # fmt: skip
        self.legend.setText(
            self.tr("Legend:") + " " + " &nbsp; ".join(parts) + " &nbsp; "
            + self.tr("<span style='color:#C92A2A'>⚠ dashed red outline: conflict</span>")
        )  # fmt: skip

    def _topic_names(self) -> dict[int, str]:
        names = {}
        for index in range(self.editor.topic_combo.count()):
            topic_id = self.editor.topic_combo.itemData(index)
            if topic_id is not None:
                names[topic_id] = self.editor.topic_combo.itemText(index)
        return names

    def _fill_list(self, sessions: list[SessionData], by_session: dict[int, list]) -> None:
        rooms = dict(self._rooms)
        kinds = session_kind_labels()
        self.session_list.clear()
        for session in sessions:
            room = self.tr("all rooms") if session.spans_all_rooms else rooms.get(
                session.room_id or 0, self.tr("No room"))  # fmt: skip
            item = QTreeWidgetItem([
                f"{session.starts_at:%H:%M}–{session.ends_at:%H:%M}", room, session.title,
                kinds.get(session.kind, session.kind),
                "⚠" if session.id in by_session else "",
            ])  # fmt: skip
            item.setData(0, Qt.ItemDataRole.UserRole, session.id)
            if session.id in by_session:
                item.setForeground(4, QColor("#C92A2A"))
                item.setToolTip(4, "\n".join(describe_conflict(c) for c in by_session[session.id]))
            self.session_list.addTopLevelItem(item)
        for column in range(5):
            self.session_list.resizeColumnToContents(column)

    def _fill_conflicts(self) -> None:
        self.conflict_list.clear()
        for conflict in self._conflicts:
            item = QListWidgetItem(f"⚠ {describe_conflict(conflict)}")
            item.setData(Qt.ItemDataRole.UserRole, conflict.session_ids[0])
            item.setToolTip(item.text())
            self.conflict_list.addItem(item)
        count = len(self._conflicts)
        counted = self.tr("Conflicts: {count}").format(count=count)
        self.conflict_label.setText(self.tr("No conflicts.") if count == 0 else counted)
        # Seen with the side panel closed too; a click opens the list of them.
        self.conflicts_button.setText(f"⚠ {counted}")
        self.conflicts_button.setVisible(count > 0)

    # -- Selection --------------------------------------------------------------------------
    def _session(self, session_id: int) -> SessionData | None:
        return next((s for s in self._sessions if s.id == session_id), None)

    def _selected(self, session_id: int) -> None:
        session = self._session(session_id)
        self.editor.show_session(session)
        self.signup_panel.show_session(session)
        if session_id != self._panel_session:
            # Only a change of selection opens or closes the panel: a redraw keeps what
            # the user chose with the panel button.
            self._panel_session = session_id
            self._show_panel(bool(session_id))
        for index in range(self.session_list.topLevelItemCount()):
            item = self.session_list.topLevelItem(index)
            assert item is not None  # index < topLevelItemCount()
            item.setSelected(item.data(0, Qt.ItemDataRole.UserRole) == session_id)

    # -- The side panel ---------------------------------------------------------------------
    def _show_panel(self, shown: bool) -> None:
        self.panel_button.blockSignals(True)
        self.panel_button.setChecked(shown)
        self.panel_button.blockSignals(False)
        if shown == (not self.side_tabs.isHidden()):
            return
        if not shown:
            # The width the user gave it (by the splitter) is the one it opens with again.
            self._panel_width = self.side_tabs.width()
            self.side_tabs.hide()
            return
        self.side_tabs.show()
        total = sum(self.splitter.sizes())
        if total > 0:
            width = min(self._panel_width, total // 2)
            self.splitter.setSizes([total - width, width])

    def _show_conflicts(self) -> None:
        self._show_panel(True)
        self.side_tabs.setCurrentIndex(self.side_tabs.count() - 1)

    def select_session(self, session_id: int) -> None:
        session = self._session(session_id)
        if session is None:
            return
        day = session.starts_at.date()
        if day != self.current_day() and day in self._days:
            self.day_tabs.setCurrentIndex(self._days.index(day))
        self.scene.select_session(session_id)

    def _list_clicked(self, item: QTreeWidgetItem) -> None:
        self.select_session(item.data(0, Qt.ItemDataRole.UserRole))

    def _conflict_clicked(self, item: QListWidgetItem) -> None:
        self.select_session(item.data(Qt.ItemDataRole.UserRole))
        self.view.setFocus()

    # -- Edits ------------------------------------------------------------------------------
    def undo_sentence(self, key: str) -> str:
        """The words naming an agenda change in the undo history, by key: kept as keys in
        the history, so a language switch names the changes made before it anew. The
        session is ``{title}``: its title after the change, so the undo action of a
        rename says the name on screen, not the one before."""
        return {
            "move": self.tr("Move “{title}”"),
            "move_to_day": self.tr("Move “{title}” to {day}"),
            "resize": self.tr("Resize “{title}”"),
            "edit": self.tr("Edit “{title}”"),
            "new": self.tr("New session “{title}”"),
            "delete": self.tr("Delete “{title}”"),
        }.get(key) or self.signup_panel.undo_sentence(key)

    def _relabel_history(self) -> None:
        """Name every change of a handed-over history in the language spoken now."""
        for index in range(self.undo_stack.count()):
            command = self.undo_stack.command(index)
            label = getattr(command, "label", None)
            if label is not None:
                key, values = label
                command.setText(self.undo_sentence(key).format(**values))

    def _push_edit(self, key: str, run: Any, **values: str) -> bool:
        """Run a core change; on success it enters the history as an undoable command,
        named by :meth:`undo_sentence` ``key`` with ``values``."""
        if self._service is None:
            return False
        try:
            result = run(self._service)
        except ValidationError as error:
            self.editor.show_error(describe_error(error))
            return False
        except UserError as error:
            QMessageBox.warning(self, self.tr("Agenda"), describe_error(error))
            return False
        command: EditSessionCommand | CreateSessionCommand | DeleteSessionCommand
        if isinstance(result, AgendaEdit):
            if not result.changed:
                return False
            values = {**values, "title": result.after.title}
            text = self.undo_sentence(key).format(**values)
            command = EditSessionCommand(text, self.undo_stack, result)
            select = result.after.id
        elif isinstance(result, SessionData):
            values = {**values, "title": result.title}
            text = self.undo_sentence(key).format(**values)
            command = CreateSessionCommand(text, self.undo_stack, result)
            select = result.id
        else:
            values = {**values, "title": result.session.title}
            text = self.undo_sentence(key).format(**values)
            command = DeleteSessionCommand(text, self.undo_stack, result)
            select = 0
        command.label = (key, values)
        self.undo_stack.push(command)
        self._edited(select, result.changes)
        return True

    def assign_workshop_places(self) -> None:
        """The preview of workshop places from wishes; applied, it enters the history."""
        if self._database is None or self._event is None:
            return
        self.assign_dialog = AssignPlacesDialog(self._database, self._event.id, self)
        self.assign_dialog.accepted.connect(self._places_assigned)
        self.assign_dialog.open()

    def _places_assigned(self) -> None:
        dialog = self.assign_dialog
        if dialog is None or dialog.applied is None:
            return
        self.undo_stack.push(
            AssignPlacesCommand(self.tr("Assign workshop places"), self.undo_stack, dialog.applied)
        )
        self._edited(0, dialog.applied.changes)

    def _undo_failed(self, error: UserError) -> None:
        QMessageBox.warning(self, self.tr("Undo"), describe_error(error))
        # Called from inside a command's undo or redo: clear the history once it returned.
        QTimer.singleShot(0, self._forget_history)

    def _forget_history(self) -> None:
        self.undo_stack.clear()
        self.reload()

    def take_history(self) -> AgendaHistory:
        """The undo history, for the window that replaces this one (a language switch);
        this page goes on with an empty one."""
        history = self.undo_stack
        history.setParent(None)
        history.database = None  # this window closes it; the next one opens it anew
        self.undo_stack = AgendaHistory(self)
        return history

    def _moved(self, session_id: int, start: datetime, room_id: int | None) -> None:
        self._push_edit("move", lambda service: service.move(session_id, start, room_id))

    def _dropped_on_day(self, session_id: int, index: int) -> None:
        """Onto another day at the same time of day, in the same room."""
        session = self._session(session_id)
        if session is None or not 0 <= index < len(self._days):
            return
        start = datetime.combine(self._days[index], session.starts_at.time())
        self._push_edit(
            "move_to_day",
            lambda service: service.move(session_id, start, session.room_id),
            day=self.day_tabs.tabText(index),
        )

    def _resized(self, session_id: int, end: datetime) -> None:
        self._push_edit("resize", lambda service: service.resize(session_id, end))

    def _apply(self, session_id: int, draft: SessionDraft) -> None:
        self._push_edit("edit", lambda service: service.update(session_id, draft))

    def _create(self, start: datetime, end: datetime, room_id: int | None) -> None:
        draft = SessionDraft(self.tr("New session"), start, end, SessionKind.TALK.value, room_id)
        self._create_draft(self._beside_workshop(draft))

    def _beside_workshop(self, draft: SessionDraft) -> SessionDraft:
        """A session drawn at the start of a workshop in another room is one more workshop
        of that round: kind, round and sign-up as its neighbour, not set by hand each time."""
        neighbour = next(
            (
                s
                for s in self._sessions
                if s.kind == SessionKind.WORKSHOP.value
                and s.starts_at == draft.starts_at
                and s.room_id != draft.room_id
            ),
            None,
        )
        if neighbour is None:
            return draft
        return replace(
            draft,
            kind=SessionKind.WORKSHOP.value,
            round_number=neighbour.round_number,
            signup_required=neighbour.signup_required,
        )

    def _create_draft(self, draft: SessionDraft) -> None:
        if self._event is None:
            return
        event_id = self._event.id
        if self._push_edit("new", lambda service: service.create(event_id, draft)):
            self.editor.focus_title()

    def new_session(self, *, plenary: bool) -> None:
        """Ctrl+N: an hour after the selected session (or at the day's start), in its room;
        Ctrl+Shift+B: a break for all rooms."""
        day = self.current_day()
        if day is None or self._event is None:
            return
        selected = self._session(self.scene.selected_id())
        start = selected.ends_at if selected else datetime.combine(day, self._event.day_starts)
        room_id = selected.room_id if selected else (self._rooms[0][0] if self._rooms else None)
        if plenary:
            # Named as the printed programme names it: in the event's language.
            title = word_for(SESSION_KINDS, SessionKind.BREAK.value, self._event.language)
            draft = SessionDraft(title, start, start + timedelta(minutes=30),
                                 SessionKind.BREAK.value, None, spans_all_rooms=True)  # fmt: skip
        else:
            draft = SessionDraft(self.tr("New session"), start, start + DEFAULT_LENGTH,
                                 SessionKind.TALK.value, room_id)  # fmt: skip
        self._create_draft(draft)

    def delete_session(self, session_id: int) -> None:
        if session_id:
            self._push_edit("delete", lambda service: service.delete(session_id))

    def _key_move(self, time_steps: int, room_steps: int) -> None:
        session = self._session(self.scene.selected_id())
        if session is None or self.scene.geometry is None:
            return
        columns = self.scene.geometry.columns
        room_id = session.room_id
        if room_steps and not session.spans_all_rooms:
            index = self.scene.geometry.column_of(session.room_id) + room_steps
            room_id = columns[min(max(index, 0), len(columns) - 1)].room_id
        self._moved(session.id, session.starts_at + time_steps * SNAP, room_id)

    def _key_resize(self, steps: int) -> None:
        session = self._session(self.scene.selected_id())
        if session is not None:
            end = max(session.ends_at + steps * SNAP, session.starts_at + SNAP)
            self._resized(session.id, end)

    # -- Output -----------------------------------------------------------------------------
    def _signup_counts(self, counts: str) -> None:
        label = self.tr("Sign-ups")
        self.side_tabs.setTabText(1, f"{label} ({counts})" if counts else label)

    def choose_export(self, what: str, session_id: int = 0) -> None:
        """Ask where to write one output; ``session_id``: only that session's
        participant list."""
        if self._database is None or self._event is None:
            return
        names = {
            "programme": (self.tr("Programme"), "programme.pdf", "PDF (*.pdf)"),
            "ical": (self.tr("Calendar file"), "programme.ics", "iCalendar (*.ics)"),
            "doors": (self.tr("Door signs"), "door-signs.pdf", "PDF (*.pdf)"),
            "participants": (self.tr("Participant lists"), "participants.pdf", "PDF (*.pdf)"),
        }
        title, file_name, file_filter = names[what]
        if session_id:
            file_name = f"participants-{session_id}.pdf"
        path = save_file_name(
            self, title, str(Path(self._database.path.parent) / file_name), file_filter
        )
        if path:
            self.export(what, Path(path), [session_id] if session_id else None)

    def export(self, what: str, path: Path, session_ids: list[int] | None = None) -> None:
        """Write one output off the GUI thread; the status goes to a message box."""
        if self._database is None or self._event is None or self._background is not None:
            return
        from confdesk.output.agenda import outputs as agenda_outputs

        database, event_id = self._database, self._event.id

        def work(progress: Any) -> object:
            if what in ("programme", "ical"):
                return agenda_outputs.write_programme(database, event_id, path)
            if what == "doors":
                return agenda_outputs.write_door_signs(database, event_id, path)
            return agenda_outputs.write_participant_lists(
                database, event_id, path, session_ids=session_ids, progress=progress
            )

        self._background = BackgroundTask(
            self, self.tr("Writing {file}…").format(file=path.name), work,
            on_success=lambda _result: self._exported(path), on_error=self._export_failed,
        )  # fmt: skip
        self._background.finished.connect(self._export_finished)
        self._background.start()

    def _exported(self, path: Path) -> None:
        QMessageBox.information(self, self.tr("Agenda"),
                                self.tr("Written to {path}.").format(path=path))  # fmt: skip

    def _export_failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            QMessageBox.warning(self, self.tr("Agenda"), describe_error(error))
        else:
            report_unexpected(error, "writing the agenda")

    def _export_finished(self) -> None:
        if self._background is not None:
            self._background.deleteLater()
        self._background = None

    @property
    def busy(self) -> bool:
        return self._background is not None
