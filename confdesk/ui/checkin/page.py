"""The check-in screen: scan (keyboard scanner, camera) or find by name, see the answer big,
hear it, and be ready for the next person at once.

Every answer comes from :class:`confdesk.domain.checkin.desk.CheckinDesk`, which returns only after
the check-in is on disk; the screen shows "accepted" only then. The writes run on a worker
thread (:mod:`confdesk.ui.checkin.worker`), so a file held by another program never
freezes the window: the moment a scan starts the panel says "Checking …" and nothing of the
previous person stays (name, print button, undo). A scan that cannot be stored is answered
in red with "NOT recorded", the kind of fault, the person's name where the file can still
be read, and what to do; if the fault may pass (a lock, a full disk) the scan waits, is
listed as waiting, and is stored by itself with the moment it was read. A damaged or
vanished file stops the desk with a banner (and where the rescue copy is). While the
screen is shown, a :class:`~confdesk.ui.checkin.keyboard_scanner.KeyboardScanner` hears a
keyboard-mode scanner over whichever widget has the focus. As a badge station
(:mod:`confdesk.ui.checkin.badge_station`) the desk prints each person's badge as they are
checked in at the venue, and says under the answer how the printing goes.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from confdesk import settings
from confdesk.db.database import Database
from confdesk.db.models import CheckinAction, CheckinSource
from confdesk.db.storage_faults import StorageError, StorageFault
from confdesk.domain.changes import Changes
from confdesk.domain.checkin.codes import PREFIX
from confdesk.domain.checkin.desk import (
    CheckinCounters,
    CheckinDesk,
    DeskIdentity,
    ScanResult,
    UndoResult,
)
from confdesk.domain.checkin.queue import NotStored, ScanRequest, Stored
from confdesk.domain.events.service import EventData
from confdesk.domain.registrations.search import RegistrationFilter
from confdesk.errors import UserError
from confdesk.settings import Settings
from confdesk.ui.checkin.badge_station import BadgeNews, BadgeOrder, BadgeState, BadgeStation
from confdesk.ui.checkin.badge_strip import BadgeStrip
from confdesk.ui.checkin.camera_scanner import CameraScanner
from confdesk.ui.checkin.desk_settings_dialog import BadgeStationChoice, DeskSettingsDialog
from confdesk.ui.checkin.feedback_sound import FeedbackSound, kind_for_status
from confdesk.ui.checkin.keyboard_scanner import KeyboardScanner
from confdesk.ui.checkin.result_panel import (
    ResultPanel,
    headline,
    storage_advice,
    storage_headline,
    symbol,
)
from confdesk.ui.checkin.worker import CheckinThread, Stopped, UndoRequest, UnexpectedError
from confdesk.ui.desks.desks_strip import DesksStrip
from confdesk.ui.registrations.table_model import (
    Column,
    RegistrationTableModel,
    registration_columns,
)
from confdesk.ui.registrations.walk_in_dialog import WalkInDialog
from confdesk.ui.shell.language.formatting import desk_time, short_time, whole_number
from confdesk.ui.shell.language.labels import category_label
from confdesk.ui.shell.language.messages import describe_error
from confdesk.ui.shell.screen_shortcuts import add_screen_shortcuts

COUNTERS_REFRESH_MS = 30_000
RECENT_SCANS = 12
VENUE = 0  # the place combo's data for the venue entrance
# Waiting scans are tried again this often while their fault may pass.
RETRY_MS = 3_000
# How often the file is checked to still be the one written to, while the screen shows.
FILE_CHECK_MS = 5_000
# Marks a scan in "Recent scans" that waits to be stored (a glyph every desk font has).
WAITING_MARK = "…"
# What a recent scan's item holds, for reprinting its badge.
REGISTRATION_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1
BADGE_ORDER_ROLE = Qt.ItemDataRole.UserRole + 2

# What a result sounds like: accepted, already in, or refused.
SoundPlayer = Callable[[str], None]


class CheckinPage(QWidget):
    # What a write of this screen changed (a check-in once its answer is in, a walk-in):
    # the window broadcasts it to every screen (on_changes).
    changed = Signal(object)
    # "Print badge" for the person just shown (a lost badge, a walk-in).
    print_badge_requested = Signal(int)
    # The answer to a scan (or undo) sent with this ticket is shown.
    scan_finished = Signal(int)
    # The desk panel, or its list of double entries (the window shows them).
    desks_requested = Signal()
    double_entries_requested = Signal()

    def __init__(self, user_settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = user_settings
        self._asked_desk_name = False
        self._database: Database | None = None
        self._event: EventData | None = None
        # Reads (places, counters) on this thread; writes on the worker's own desk.
        self._desk: CheckinDesk | None = None
        self._writer: CheckinThread | None = None
        self._tickets = itertools.count(1)
        self._in_flight: set[int] = set()
        self._latest_ticket = 0
        # The scan the panel shows, when it is one that waits (its request number).
        self._shown_waiting: int | None = None
        # Recent scans that wait, by request number, to be turned into their answer.
        self._waiting_items: dict[int, tuple[QListWidgetItem, str]] = {}
        self.waiting_count = 0
        self._waiting_fault: StorageFault | None = None
        self.stopped: Stopped | None = None
        self._undoable: int | None = None
        self._counters_due = False
        # Written elsewhere while this screen was hidden: read again when it is shown.
        self._places_stale = False
        self._list_stale = False
        self._double_entries_stale = False
        # Camera and sounds load QtMultimedia, which costs a window start-up a quarter of a
        # second: they are made when the screen is first shown.
        self.camera: CameraScanner | None = None
        self.feedback_sound: FeedbackSound | None = None
        self.play_sound: SoundPlayer | None = None
        self.scanner = KeyboardScanner(
            self, max_gap_ms=user_settings.get(settings.SCANNER_KEY_GAP_MS)
        )
        # A slow scanner's bursts count only when they carry a check-in code; a fast one's
        # always do, so that a foreign code is answered "invalid" rather than searched for.
        self.scanner.slow_scan_filter = lambda text: text.strip().upper().startswith(PREFIX)

        self.place_combo = QComboBox()
        self.place_combo.setMinimumContentsLength(20)
        self.place_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.place_combo.setToolTip(
            self.tr("Check in at the venue entrance, or at the door of one session")
        )
        self.check_out_box = QCheckBox(self.tr("Check &out"))
        self.check_out_box.setToolTip(self.tr("Scans check people out as they leave"))
        self.operator_edit = QLineEdit(user_settings.get(settings.OPERATOR_NAME))
        self.operator_edit.setPlaceholderText(self.tr("Your name"))
        self.operator_edit.setMinimumWidth(110)
        self.operator_edit.setMaximumWidth(180)
        self.desk_button = QPushButton()
        self.desk_button.setToolTip(self.tr("This desk's name and scanner settings"))
        self.sound_box = QCheckBox(self.tr("&Sound"))
        self.sound_box.setToolTip(
            self.tr("A distinct sound for accepted, already checked in and rejected")
        )
        self.sound_box.setChecked(user_settings.get(settings.CHECKIN_SOUND))

        self.result_panel = ResultPanel()
        self.stopped_banner = QLabel()
        self.stopped_banner.setWordWrap(True)
        self.stopped_banner.setStyleSheet(
            "QLabel { background: #a3001b; color: white; padding: 8px; font-weight: bold; }"
        )
        self.stopped_banner.hide()
        self.waiting_label = QLabel()
        self.waiting_label.setWordWrap(True)
        self.waiting_label.setStyleSheet(
            "QLabel { background: #8a4b00; color: white; padding: 6px; font-weight: bold; }"
        )
        self.waiting_label.hide()
        self.list_problem_label = QLabel()
        self.list_problem_label.setWordWrap(True)
        self.list_problem_label.setStyleSheet("QLabel { color: #a3001b; }")
        self.list_problem_label.hide()

        self.model = RegistrationTableModel(self)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("Find by name, organization or e-mail — Enter checks in (Ctrl+F)")
        )
        font = self.search_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.search_edit.setFont(font)
        # Ctrl+Z on this screen takes back a check-in, even with the cursor in the search
        # (which is emptied after every scan, so its own undo has nothing worth keeping).
        self.search_edit.installEventFilter(self)
        self.matches = QTableView()
        self.matches.setModel(self.model)
        self.matches.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.matches.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matches.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matches.verticalHeader().hide()
        self.matches.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.matches.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        for column in (Column.POSITION, Column.BADGE, Column.EMAIL):
            self.matches.setColumnHidden(column, True)
        self.match_columns = registration_columns(
            self.matches, weights={Column.NAME: 1, Column.ORGANIZATION: 1}
        )
        self.matches.setMinimumHeight(120)
        self.check_in_button = QPushButton(self.tr("Check &in selected"))
        self.walk_in_button = QPushButton(self.tr("&Walk-in…"))
        self.walk_in_button.setToolTip(
            self.tr("Register someone who is not on the list and check them in (Ctrl+Shift+W)")
        )
        self.undo_button = QPushButton(self.tr("&Undo last"))
        self.undo_button.setToolTip(self.tr("Take back the last check-in or check-out (Ctrl+Z)"))
        self.undo_button.setEnabled(False)
        self.print_button = QPushButton(self.tr("Print &badge…"))
        self.print_button.setToolTip(self.tr("Print a badge for the person shown (Ctrl+P)"))
        self.print_button.setEnabled(False)
        self._shown_registration: int | None = None
        self._shown_name = ""

        self.badge_station = BadgeStation(user_settings, self)
        self.badge_strip = BadgeStrip()

        self.arrived_label = QLabel()
        big = self.arrived_label.font()
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.arrived_label.setFont(big)
        self.arrived_bar = QProgressBar()
        self.arrived_bar.setTextVisible(False)
        self.categories_form = QFormLayout()
        self.recent_label = QLabel()
        self.desks_strip = DesksStrip()
        self.desks_strip.desks_requested.connect(self.desks_requested)
        self.desks_strip.double_entries_requested.connect(self.double_entries_requested)
        self.recent_list = QListWidget()
        self.recent_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.recent_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.recent_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self._layout()
        self._connect()
        self._counter_timer = QTimer(self)
        self._counter_timer.setInterval(COUNTERS_REFRESH_MS)
        self._counter_timer.timeout.connect(self.refresh_counters)
        self._retry_timer = QTimer(self)
        self._retry_timer.setInterval(RETRY_MS)
        self._retry_timer.timeout.connect(self._retry)
        self._file_check_timer = QTimer(self)
        self._file_check_timer.setInterval(FILE_CHECK_MS)
        self._file_check_timer.timeout.connect(self._check_file)
        self.set_event(None, None)

    def _layout(self) -> None:
        top = QHBoxLayout()
        place_label = QLabel(self.tr("&Place:"))
        place_label.setBuddy(self.place_combo)
        operator_label = QLabel(self.tr("O&perator:"))
        operator_label.setBuddy(self.operator_edit)
        top.addWidget(place_label)
        top.addWidget(self.place_combo, 1)
        top.addWidget(self.check_out_box)
        top.addSpacing(16)
        top.addWidget(operator_label)
        top.addWidget(self.operator_edit)
        top.addWidget(self.desk_button)
        top.addWidget(self.sound_box)

        buttons = QHBoxLayout()
        buttons.addWidget(self.check_in_button)
        buttons.addStretch()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.walk_in_button)
        buttons.addWidget(self.undo_button)

        main = QVBoxLayout()
        main.addLayout(top)
        main.addWidget(self.stopped_banner)
        main.addWidget(self.result_panel, 3)
        main.addWidget(self.badge_strip)
        main.addWidget(self.waiting_label)
        main.addWidget(self.search_edit)
        main.addWidget(self.list_problem_label)
        main.addWidget(self.matches, 2)
        main.addLayout(buttons)

        counters = QGroupBox(self.tr("Arrivals"))
        counters_layout = QVBoxLayout(counters)
        counters_layout.addWidget(self.arrived_label)
        counters_layout.addWidget(self.arrived_bar)
        counters_layout.addLayout(self.categories_form)
        counters_layout.addWidget(self.recent_label)
        counters_layout.addWidget(self.desks_strip)
        recent = QGroupBox(self.tr("Recent scans"))
        recent_layout = QVBoxLayout(recent)
        recent_layout.addWidget(self.recent_list)
        side = QVBoxLayout()
        side.addWidget(counters)
        side.addWidget(recent, 1)
        self.side_layout = side  # the camera joins at the end
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(300)

        layout = QHBoxLayout(self)
        layout.addLayout(main, 1)
        layout.addWidget(side_widget)

    def _connect(self) -> None:
        self.scanner.scanned.connect(self._scanned)
        self.sound_box.toggled.connect(
            lambda on: self._settings.set(settings.CHECKIN_SOUND, bool(on))
        )
        self.search_edit.textChanged.connect(self._search)
        self.search_edit.returnPressed.connect(self._search_entered)
        self.matches.activated.connect(lambda _index: self.check_in_selected())
        self.check_in_button.clicked.connect(self.check_in_selected)
        self.walk_in_button.clicked.connect(self.walk_in)
        self.undo_button.clicked.connect(self.undo_last)
        self.print_button.clicked.connect(self._print_badge)
        self.desk_button.clicked.connect(self.edit_desk_settings)
        self.place_combo.currentIndexChanged.connect(self._place_changed)
        self.model.read_fault_changed.connect(self._show_list_problem)
        self.operator_edit.editingFinished.connect(self._operator_changed)
        self.badge_station.news.connect(self._badge_news)
        self.recent_list.customContextMenuRequested.connect(
            lambda position: self.recent_menu(self.recent_list.itemAt(position)).popup(
                self.recent_list.viewport().mapToGlobal(position)
            )
        )
        add_screen_shortcuts(
            self,
            (
                (QKeySequence("Ctrl+Shift+W"), self.walk_in),
                (QKeySequence(QKeySequence.StandardKey.Undo), self.undo_last),
                (QKeySequence(QKeySequence.StandardKey.Print), self._print_badge),
                (QKeySequence("Ctrl+Shift+P"), lambda: self.reprint_badge()),
            ),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
        ):
            event.ignore()  # not the line edit's: the screen's Undo action takes it
            return True
        return super().eventFilter(watched, event)

    # -- Setting up ---------------------------------------------------------------------------
    def set_event(self, database: Database | None, event: EventData | None) -> None:
        self.release()
        self._database = database
        self._event = event
        self.model.set_event(None, None)
        self.desks_strip.refresh(None, None)
        self.recent_list.clear()
        self._waiting_items.clear()
        self._show_waiting(0, "")
        self.stopped = None
        self.stopped_banner.hide()
        self.result_panel.clear_stopped()
        self.result_panel.show_ready()
        self.badge_station.set_desk(database, event.id if event is not None else None)
        self.badge_strip.clear()
        self.badge_strip.show_station(self.badge_station)
        if self.isVisible():
            self._open_desk()

    def shutdown(self) -> None:
        """For good (the window closes): the camera off and its decoder ended too."""
        self.release()
        if self.camera is not None:
            self.camera.release()

    def release(self) -> None:
        """Close this screen's connections (before the database closes). Scans still
        waiting to be stored are dropped: ask :meth:`may_leave` first."""
        if self.camera is not None and self.camera.is_running():
            self.camera.stop()
        self.badge_station.set_desk(None, None)  # before the file closes under its thread
        self._retry_timer.stop()
        self._file_check_timer.stop()
        if self._writer is not None:
            self._writer.close()
            self._writer.deleteLater()
            self._writer = None
        if self._desk is not None:
            self._desk.close()
            self._desk = None
        self._in_flight.clear()
        self._undoable = None
        self.undo_button.setEnabled(False)

    def may_leave(self) -> bool:
        """Scans that wait to be stored are lost when the file closes: ask first."""
        if self.waiting_count == 0 or self.stopped is not None:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Scans not recorded yet"),
            self.tr(
                "Scans not recorded yet: {count}. They wait until the database can be "
                "written again; closing now loses them (write the names down). Close anyway?"
            ).format(count=whole_number(self.waiting_count)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _load_multimedia_parts(self) -> None:
        self.camera = CameraScanner(self)
        self.camera.codeDecoded.connect(self._seen_by_camera)
        self.side_layout.addWidget(self.camera)
        self.feedback_sound = FeedbackSound(self)
        if self.play_sound is None:
            self.play_sound = self.feedback_sound.play

    def showEvent(self, event: QShowEvent) -> None:
        if self.camera is None:
            self._load_multimedia_parts()
        if self._desk is None:
            self._open_desk()
        else:
            self._catch_up()
        self.scanner.set_listening(True)
        self._counter_timer.start()
        self._file_check_timer.start()
        self.refresh_counters()
        self.focus_search()
        super().showEvent(event)
        if not self._settings.get(settings.DESK_NAME) and not self._asked_desk_name:
            # Once the screen is on screen: the first time, the desk is given a name.
            self._asked_desk_name = True
            QTimer.singleShot(0, self.edit_desk_settings)

    def hideEvent(self, event: QHideEvent) -> None:
        self.scanner.set_listening(False)
        self._counter_timer.stop()
        self._file_check_timer.stop()
        super().hideEvent(event)

    def _open_desk(self) -> None:
        if self._database is None or self._event is None:
            return
        self._writer = CheckinThread(self._database, self._event.id, self)
        worker = self._writer.worker
        worker.answered.connect(self._answered)
        worker.stored.connect(self._stored_later)
        worker.waiting_changed.connect(self._show_waiting)
        worker.stopped.connect(self._show_stopped)
        worker.counted.connect(self.show_counters)
        self.model.set_event(self._database, self._event.id)
        self.model.set_filter(RegistrationFilter(text=""))
        self._show_desk_name()
        try:
            self._desk = CheckinDesk(self._database, self._event.id, self._identity())
        except StorageError as error:
            # The worker finds the same at the first scan and stops the desk; say it now.
            self._show_stopped(Stopped(error.fault, self._rescue_path()))
            return
        self._fill_places()
        self._refresh_double_entries()

    def on_changes(self, changes: Changes, source: object) -> None:
        """Sessions added, moved or renamed on the agenda (or rooms renamed) change the
        doors to check in at; registrations changed elsewhere change who can be found."""
        if source is self:
            return
        if changes.agenda or changes.event:
            self._places_stale = True
        if changes.registrations or changes.organizations:
            self._list_stale = True
        if changes.checkins:
            # Check-ins of another desk (a sync file merged): the counters, and perhaps
            # double entries, at once rather than at the next periodic refresh.
            self._list_stale = True
            self._double_entries_stale = True
            if self.isVisible():
                self._schedule_counters()
        if self.isVisible():
            self._catch_up()

    def _catch_up(self) -> None:
        if self._desk is None:
            return  # opening the desk reads both
        if self._places_stale:
            self._fill_places()
        if self._list_stale:
            self._list_stale = False
            self.model.refresh()
        if self._double_entries_stale:
            self._double_entries_stale = False
            self._refresh_double_entries()

    def _refresh_double_entries(self) -> None:
        event_id = self._event.id if self._event is not None else None
        self.desks_strip.refresh(self._database, event_id)

    def _rescue_path(self) -> str:
        rescue = self._database.rescue_path if self._database is not None else None
        return str(rescue) if rescue else ""

    def _show_desk_name(self) -> None:
        name = self._settings.get(settings.DESK_NAME)
        self.desk_button.setText(
            self.tr("Desk: {desk}").format(desk=name) if name else self.tr("Name this desk…")
        )

    def _identity(self) -> DeskIdentity:
        return DeskIdentity(
            desk=self._settings.get(settings.DESK_NAME),
            operator=self._settings.get(settings.OPERATOR_NAME),
        )

    def _fill_places(self) -> None:
        """The venue and the doors of the agenda's sessions; the place chosen stays chosen
        while its session exists."""
        assert self._desk is not None
        self._places_stale = False
        current = self.place_combo.currentData()
        self.place_combo.blockSignals(True)
        self.place_combo.clear()
        self.place_combo.addItem(self.tr("Venue entrance"), VENUE)
        try:
            sessions = self._desk.sessions()
        except (StorageError, sqlite3.Error):
            sessions = []  # the venue still works; the red at the scan says why
        for session in sessions:
            start = short_time(session.starts_at.replace(second=0))
            room = f" · {session.room}" if session.room else ""
            self.place_combo.addItem(f"{start} {session.title}{room}", session.id)
        index = self.place_combo.findData(current)
        self.place_combo.setCurrentIndex(max(index, 0))
        self.place_combo.blockSignals(False)
        if self.place_combo.currentData() != current:
            self._place_changed()

    def session_id(self) -> int | None:
        data = self.place_combo.currentData()
        return None if data in (None, VENUE) else int(data)

    def _place_changed(self) -> None:
        at_venue = self.session_id() is None
        self.check_out_box.setEnabled(at_venue)
        if not at_venue:
            self.check_out_box.setChecked(False)
        self.result_panel.show_ready()
        self.focus_search()

    def _operator_changed(self) -> None:
        name = self.operator_edit.text().strip()
        self._settings.set(settings.OPERATOR_NAME, name)
        self.focus_search()

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    # -- Scans --------------------------------------------------------------------------------
    def _scanned(self, text: str) -> None:
        self.handle_code(text, CheckinSource.SCANNER)

    def _seen_by_camera(self, text: str) -> None:
        self.handle_code(text, CheckinSource.CAMERA)

    def handle_code(self, text: str, source: CheckinSource) -> int | None:
        """A code from the scanner, the camera or typed by hand. Returns the ticket whose
        answer ``scan_finished`` announces (None when no event is open)."""
        return self._send(self._request(source, text=text))

    def check_in_selected(self) -> int | None:
        index = self.matches.currentIndex()
        row = index.row() if index.isValid() else (0 if self.model.rowCount() == 1 else -1)
        registration_id = self.model.id_at(row)
        if registration_id is None:
            return None
        return self.check_in_registration(registration_id, CheckinSource.SEARCH)

    def check_in_registration(self, registration_id: int, source: CheckinSource) -> int | None:
        return self._send(self._request(source, registration_id=registration_id))

    def _request(
        self, source: CheckinSource, *, text: str = "", registration_id: int | None = None
    ) -> ScanRequest:
        """A scan as the desk is set now: check-in or check-out, at the venue or a door."""
        checking_out = self.check_out_box.isChecked()
        return ScanRequest(
            action=CheckinAction.CHECK_OUT if checking_out else CheckinAction.CHECK_IN,
            source=source,
            identity=self._identity(),
            text=text,
            registration_id=registration_id,
            session_id=None if checking_out else self.session_id(),
        )

    @property
    def answers_outstanding(self) -> int:
        """Scans and undos sent to the worker whose answer is not shown yet."""
        return len(self._in_flight)

    def _send(self, request: ScanRequest) -> int | None:
        if self._writer is None:
            return None
        ticket = self._start_answer()
        self._writer.submit_requested.emit(ticket, request)
        return ticket

    def _start_answer(self) -> int:
        """The panel forgets the previous person the moment a scan starts."""
        ticket = next(self._tickets)
        self._in_flight.add(ticket)
        self._latest_ticket = ticket
        self._shown_waiting = None
        self._shown_registration = None
        self._shown_name = ""
        self.print_button.setEnabled(False)
        self._undoable = None
        self.undo_button.setEnabled(False)
        self.result_panel.show_checking()
        return ticket

    def _answered(self, ticket: int, answer: object) -> None:
        self._in_flight.discard(ticket)
        latest = ticket == self._latest_ticket
        if isinstance(answer, ScanResult):
            self._show(answer, on_panel=latest)
        elif isinstance(answer, NotStored):
            self._show_not_stored(answer, on_panel=latest)
        elif isinstance(answer, UndoResult):
            self._show_undone(answer, on_panel=latest)
        elif isinstance(answer, UserError | UnexpectedError):
            message = (
                describe_error(answer)
                if isinstance(answer, UserError)
                else self.tr("Nothing was recorded: an unexpected error. Scan again.")
            )
            if latest:
                self.result_panel.show_problem(message)
                self._sound("rejected")
        if latest:
            # Ready for the next person: an empty search with the cursor in it.
            self.search_edit.clear()
            self.focus_search()
        self.scan_finished.emit(ticket)

    def _show(self, result: ScanResult, on_panel: bool = True) -> None:
        item = self._add_recent(
            symbol(result.status),
            result.attendee.full_name if result.attendee else headline(result.status),
            headline(result.status),
        )
        self._remember_person(item, result)
        if on_panel:
            self.result_panel.show_result(result)
            self._show_person(result)
            self._sound(kind_for_status(result.status))
            if result.checkin_id is not None:
                self._undoable = result.checkin_id
                self.undo_button.setEnabled(True)
        self._after_write(result)

    def _after_write(self, result: ScanResult | UndoResult) -> None:
        """A check-in, check-out or undo is on disk (its answer just arrived): this
        screen's counters and row, and every other screen through the window."""
        if not result.changes:
            return
        self.changed.emit(result.changes)
        self._schedule_counters()
        if result.attendee is not None:
            self.model.forget_rows([result.attendee.registration_id])

    def _show_not_stored(self, answer: NotStored, on_panel: bool) -> None:
        who = self._who(answer)
        if answer.pending:
            item = self._add_recent(
                WAITING_MARK,
                self.tr("{name} — waiting").format(name=who),
                self.tr("Waiting to be recorded: {reason}").format(
                    reason=storage_headline(answer.fault)
                ),
            )
            self._waiting_items[answer.request.number] = (item, who)
        else:
            self._add_recent("✖", who, storage_headline(answer.fault))
        if on_panel:
            self.result_panel.show_not_stored(answer)
            self._shown_waiting = answer.request.number if answer.pending else None
            self._sound("rejected")

    def _who(self, answer: NotStored) -> str:
        if answer.attendee is not None:
            return answer.attendee.full_name
        return self.tr("(name not known)")

    def _stored_later(self, stored: Stored) -> None:
        """A scan that waited is on disk now (or was refused when its turn came)."""
        waiting = self._waiting_items.pop(stored.request.number, None)
        result = stored.result
        if waiting is not None:
            item, who = waiting
            if result is not None:
                text = result.attendee.full_name if result.attendee else headline(result.status)
                item.setText(f"{self._time_of(stored.request)}  {symbol(result.status)}  {text}")
                item.setToolTip(
                    self.tr("Recorded later: {answer}").format(answer=headline(result.status))
                )
            else:
                item.setText(f"{self._time_of(stored.request)}  ✖  {who}")
                item.setToolTip(describe_error(stored.problem) if stored.problem else "")
        if self._shown_waiting == stored.request.number and not self._in_flight:
            self._shown_waiting = None
            if result is not None:
                self.result_panel.show_result(result)
                self._sound(kind_for_status(result.status))
                self._show_person(result)
            elif stored.problem is not None:
                self.result_panel.show_problem(describe_error(stored.problem))
        if result is not None:
            self._remember_person(waiting[0] if waiting is not None else None, result)
            self._after_write(result)

    def _show_waiting(self, count: int, fault: str) -> None:
        self.waiting_count = count
        self._waiting_fault = StorageFault(fault) if fault else None
        if count == 0:
            self.waiting_label.hide()
            self._retry_timer.stop()
            return
        reason = storage_headline(self._waiting_fault) if self._waiting_fault else ""
        waiting = (
            self.tr("1 scan waiting to be recorded — {reason}")
            if count == 1
            else self.tr("{count} scans waiting to be recorded — {reason}")
        )
        self.waiting_label.setText(waiting.format(count=whole_number(count), reason=reason))
        self.waiting_label.show()
        if self._waiting_fault is None or self._waiting_fault.may_pass:
            if not self._retry_timer.isActive():
                self._retry_timer.start()
        else:
            self._retry_timer.stop()

    def _show_stopped(self, stopped: Stopped) -> None:
        self.stopped = stopped
        self._retry_timer.stop()
        text = storage_headline(stopped.fault) + ". " + storage_advice(stopped.fault)
        if stopped.rescue_path:
            text += " " + self.tr("What this desk had recorded is saved in {path}.").format(
                path=stopped.rescue_path
            )
        if stopped.lost:
            text += " " + self.tr("{count} waiting scans were lost: {names}.").format(
                count=whole_number(len(stopped.lost)),
                names=", ".join(self._who(lost) for lost in stopped.lost),
            )
            for lost in stopped.lost:
                waiting = self._waiting_items.pop(lost.request.number, None)
                if waiting is not None:
                    waiting[0].setText(f"{self._time_of(lost.request)}  ✖  {waiting[1]}")
                    waiting[0].setToolTip(storage_headline(stopped.fault))
        self.stopped_banner.setText(text)
        self.stopped_banner.show()
        self.result_panel.show_stopped(
            self.tr("Nothing scanned here is recorded now. Write names down on paper.")
        )

    def _retry(self) -> None:
        if self._writer is not None and self.waiting_count:
            self._writer.retry_requested.emit()

    def _check_file(self) -> None:
        if self._writer is not None and self.stopped is None:
            self._writer.check_requested.emit()

    def _show_list_problem(self) -> None:
        fault = self.model.read_fault
        if fault is None:
            self.list_problem_label.hide()
            return
        self.list_problem_label.setText(
            self.tr("The list cannot be read from the database file: {reason}").format(
                reason=storage_headline(fault).split(":", 1)[-1].strip()
            )
        )
        self.list_problem_label.show()

    def _sound(self, kind: str) -> None:
        if self.play_sound is not None and self.sound_box.isChecked():
            self.play_sound(kind)

    def _add_recent(self, mark: str, text: str, explanation: str) -> QListWidgetItem:
        now = short_time(datetime.now())
        item = QListWidgetItem(f"{now}  {mark}  {text}")
        item.setToolTip(explanation)
        self.recent_list.insertItem(0, item)
        while self.recent_list.count() > RECENT_SCANS:
            dropped = self.recent_list.takeItem(self.recent_list.count() - 1)
            for number, (waiting, _who) in list(self._waiting_items.items()):
                if waiting is dropped:
                    del self._waiting_items[number]
        return item

    def _time_of(self, request: ScanRequest) -> str:
        return desk_time(request.scanned_at)

    def _print_badge(self) -> None:
        if self._shown_registration is not None:
            self.print_badge_requested.emit(self._shown_registration)

    # -- Badge station ------------------------------------------------------------------------
    def _show_person(self, result: ScanResult) -> None:
        """The panel shows this answer: its person is the one Ctrl+P (and a reprint) mean."""
        attendee = result.attendee
        self._shown_registration = attendee.registration_id if attendee is not None else None
        self._shown_name = attendee.full_name if attendee is not None else ""
        self.print_button.setEnabled(self._shown_registration is not None)

    def _remember_person(self, item: QListWidgetItem | None, result: ScanResult) -> None:
        """Keep whom a recent scan was, for a reprint; and as a badge station, print the
        badge of everyone just checked in at the venue (a walk-in too: the same answer)."""
        attendee = result.attendee
        if attendee is None:
            return
        if item is not None:
            item.setData(REGISTRATION_ROLE, attendee.registration_id)
            item.setData(NAME_ROLE, attendee.full_name)
        # Checked in at the venue; a session door never prints (load is for doors only).
        if result.accepted and result.load is None and self.badge_station.enabled:
            order = self.badge_station.order(attendee.registration_id, attendee.full_name)
            if order is not None and item is not None:
                item.setData(BADGE_ORDER_ROLE, order.number)

    def recent_menu(self, item: QListWidgetItem | None) -> QMenu:
        """The context menu of a recent scan: reprint that person's badge."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        action = menu.addAction(self.tr("&Reprint badge"))
        action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        if item is None or item.data(REGISTRATION_ROLE) is None:
            action.setEnabled(False)
        elif not self.badge_station.printer:
            action.setEnabled(False)
            action.setToolTip(self.tr("Choose a badge printer in the desk settings first"))
        else:
            action.triggered.connect(lambda: self.reprint_badge(item))
        return menu

    def reprint_badge(self, item: QListWidgetItem | None = None) -> BadgeOrder | None:
        """Print the badge of a recent scan again (the selected one, else the person the
        panel shows) on this desk's badge printer."""
        item = item or self.recent_list.currentItem()
        if item is not None and item.data(REGISTRATION_ROLE) is not None:
            registration_id = int(item.data(REGISTRATION_ROLE))
            name = str(item.data(NAME_ROLE))
        elif self._shown_registration is not None:
            registration_id, name, item = self._shown_registration, self._shown_name, None
        else:
            return None
        if not self.badge_station.printer:
            self.badge_strip.show_no_printer()
            return None
        order = self.badge_station.order(registration_id, name)
        if order is not None and item is not None:
            item.setData(BADGE_ORDER_ROLE, order.number)
        self.focus_search()
        return order

    def _badge_news(self, news: BadgeNews) -> None:
        self.badge_strip.show_news(news)
        if news.state is BadgeState.PRINTED and news.changes:
            self.changed.emit(news.changes)  # the print screen's "not printed yet"
        if news.state is BadgeState.QUEUED:
            return
        for row in range(self.recent_list.count()):
            item = self.recent_list.item(row)
            if item.data(BADGE_ORDER_ROLE) != news.order.number:
                continue
            failed = news.state is BadgeState.FAILED
            item.setForeground(Qt.GlobalColor.red if failed else self.palette().text())
            badge = (
                self.tr("Badge NOT printed: {reason}").format(reason=news.reason)
                if failed
                else self.tr("Badge printed")
                if news.state is BadgeState.PRINTED
                else self.tr("Badge printing")
            )
            # The answer to the scan stays the first line.
            item.setToolTip(item.toolTip().split("\n")[0] + "\n" + badge)

    # -- Search, walk-in, undo ----------------------------------------------------------------
    def _search(self, text: str) -> None:
        self.model.set_filter(RegistrationFilter(text=text))
        if self.model.rowCount() > 0:
            self.matches.selectRow(0)

    def _search_entered(self) -> None:
        text = self.search_edit.text().strip()
        # A code typed or pasted by hand.
        if text.upper().startswith(PREFIX) and len(text) > 20:
            self.handle_code(text, CheckinSource.SEARCH)
            return
        if text and self.model.rowCount() >= 1:
            self.check_in_selected()

    def walk_in(self) -> None:
        if self._database is None or self._event is None or self._desk is None:
            return
        self.scanner.set_listening(False)  # the dialog's fields take typing
        try:
            dialog = WalkInDialog(self._database, self._event.id, self)
            created = dialog.created if dialog.exec() else None
        finally:
            self.scanner.set_listening(self.isVisible())
        if created is not None:
            self.model.refresh()
            self.changed.emit(created.changes)  # registered: one write, the check-in another
            self.check_in_registration(created.id, CheckinSource.WALK_IN)
        else:
            self.focus_search()

    def edit_desk_settings(self) -> None:
        self.scanner.set_listening(False)  # the dialog's test field takes the scan
        try:
            dialog = DeskSettingsDialog(
                self._settings.get(settings.DESK_NAME),
                self.scanner.max_gap_ms,
                self,
                station=BadgeStationChoice(
                    on=self._settings.get(settings.BADGE_STATION),
                    printer=self._settings.get(settings.BADGE_STATION_PRINTER),
                    stock=self._settings.get(settings.BADGE_STATION_STOCK),
                ),
            )
            accepted = bool(dialog.exec())
        finally:
            self.scanner.set_listening(self.isVisible())
        if accepted:
            renamed = dialog.desk_name() != self._settings.get(settings.DESK_NAME)
            self._settings.set(settings.DESK_NAME, dialog.desk_name())
            self._settings.set(settings.SCANNER_KEY_GAP_MS, dialog.gap_ms())
            self.scanner.max_gap_ms = dialog.gap_ms()
            station = dialog.station()
            self._settings.set(settings.BADGE_STATION, station.on)
            self._settings.set(settings.BADGE_STATION_PRINTER, station.printer)
            self._settings.set(settings.BADGE_STATION_STOCK, station.stock)
            self.badge_strip.show_station(self.badge_station)
            self._show_desk_name()
            if renamed:
                self.changed.emit(Changes(desk=True))  # the status line names the desk
        self.focus_search()

    def undo_last(self) -> None:
        if self._writer is None or self._undoable is None:
            return
        request = UndoRequest(self._undoable, self._identity())
        ticket = self._start_answer()
        self._writer.undo_requested.emit(ticket, request)

    def _show_undone(self, undone: UndoResult, on_panel: bool) -> None:
        if on_panel:
            self.result_panel.show_undone(undone)
        self._add_recent("↶", undone.attendee.full_name, self.tr("Undone"))
        self._after_write(undone)

    # -- Counters -----------------------------------------------------------------------------
    def _schedule_counters(self) -> None:
        # After the answer is painted, and once for a quick run of scans.
        if not self._counters_due:
            self._counters_due = True
            QTimer.singleShot(300, self.refresh_counters)

    def refresh_counters(self) -> None:
        self._counters_due = False
        if self._writer is not None:
            self._writer.count_requested.emit()  # answered by show_counters

    def show_counters(self, counters: CheckinCounters) -> None:
        self.arrived_label.setText(
            self.tr("{arrived} of {expected} checked in").format(
                arrived=whole_number(counters.checked_in),
                expected=whole_number(counters.expected),
            )
        )
        self.arrived_bar.setRange(0, max(counters.expected, 1))
        self.arrived_bar.setValue(min(counters.checked_in, max(counters.expected, 1)))
        while self.categories_form.rowCount():
            self.categories_form.removeRow(0)
        for count in counters.by_category:
            self.categories_form.addRow(
                category_label(count.category),
                QLabel(
                    self.tr("{arrived} of {expected}").format(
                        arrived=whole_number(count.checked_in),
                        expected=whole_number(count.expected),
                    )
                ),
            )
        self.recent_label.setText(
            self.tr("Arrivals in the last 15 minutes: {count}").format(
                count=whole_number(counters.arrivals_last_15_min)
            )
        )
