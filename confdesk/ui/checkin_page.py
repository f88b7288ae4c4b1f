"""The check-in screen: scan (keyboard scanner, camera) or find by name, see the answer big,
hear it, and be ready for the next person at once.

Every answer comes from :class:`confdesk.core.checkin.CheckinDesk`, which returns only after
the check-in is on disk; the screen shows "accepted" only then. While the screen is shown,
a :class:`~confdesk.ui.keyboard_scanner.KeyboardScanner` hears a keyboard-mode scanner over
whichever widget has the focus.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTime, QTimer, Signal
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
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from confdesk import settings
from confdesk.core.checkin import CheckinCounters, CheckinDesk, DeskIdentity, ScanResult
from confdesk.core.checkin_codes import PREFIX
from confdesk.core.events import EventData
from confdesk.core.search import RegistrationFilter
from confdesk.db.database import Database
from confdesk.db.models import CheckinSource
from confdesk.errors import UserError
from confdesk.settings import Settings
from confdesk.ui.camera_scanner import CameraScanner
from confdesk.ui.checkin_result import ResultPanel, headline, symbol
from confdesk.ui.desk_settings_dialog import DeskSettingsDialog
from confdesk.ui.feedback_sound import FeedbackSound, kind_for_status
from confdesk.ui.keyboard_scanner import KeyboardScanner
from confdesk.ui.labels import category_label
from confdesk.ui.messages import describe_error
from confdesk.ui.registration_table_model import Column, RegistrationTableModel
from confdesk.ui.screen_shortcuts import add_screen_shortcuts
from confdesk.ui.walk_in_dialog import WalkInDialog

COUNTERS_REFRESH_MS = 30_000
RECENT_SCANS = 12
VENUE = 0  # the place combo's data for the venue entrance

# What a result sounds like: accepted, already in, or refused.
SoundPlayer = Callable[[str], None]


class CheckinPage(QWidget):
    # Check-ins were written: lists showing "checked in" are out of date.
    checkins_changed = Signal()
    # "Print badge" for the person just shown (a lost badge, a walk-in).
    print_badge_requested = Signal(int)

    def __init__(self, user_settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = user_settings
        self._database: Database | None = None
        self._event: EventData | None = None
        self._desk: CheckinDesk | None = None
        self._undoable: int | None = None
        self._counters_due = False
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
        self.matches.horizontalHeader().setStretchLastSection(True)
        self.matches.setColumnWidth(Column.NAME, 240)
        self.matches.setColumnWidth(Column.ORGANIZATION, 240)
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

        self.arrived_label = QLabel()
        big = self.arrived_label.font()
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.arrived_label.setFont(big)
        self.arrived_bar = QProgressBar()
        self.arrived_bar.setTextVisible(False)
        self.categories_form = QFormLayout()
        self.recent_label = QLabel()
        self.recent_list = QListWidget()
        self.recent_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.recent_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.recent_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self._layout()
        self._connect()
        self._counter_timer = QTimer(self)
        self._counter_timer.setInterval(COUNTERS_REFRESH_MS)
        self._counter_timer.timeout.connect(self.refresh_counters)
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
        main.addWidget(self.result_panel, 3)
        main.addWidget(self.search_edit)
        main.addWidget(self.matches, 2)
        main.addLayout(buttons)

        counters = QGroupBox(self.tr("Arrivals"))
        counters_layout = QVBoxLayout(counters)
        counters_layout.addWidget(self.arrived_label)
        counters_layout.addWidget(self.arrived_bar)
        counters_layout.addLayout(self.categories_form)
        counters_layout.addWidget(self.recent_label)
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
        self.operator_edit.editingFinished.connect(self._operator_changed)
        add_screen_shortcuts(
            self,
            (
                (QKeySequence("Ctrl+Shift+W"), self.walk_in),
                (QKeySequence(QKeySequence.StandardKey.Undo), self.undo_last),
                (QKeySequence(QKeySequence.StandardKey.Print), self._print_badge),
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
        self.recent_list.clear()
        self.result_panel.show_ready()
        if self.isVisible():
            self._open_desk()

    def shutdown(self) -> None:
        """For good (the window closes): the camera off and its decoder ended too."""
        self.release()
        if self.camera is not None:
            self.camera.release()

    def release(self) -> None:
        """Close this screen's connection (before the database closes)."""
        if self.camera is not None and self.camera.is_running():
            self.camera.stop()
        if self._desk is not None:
            self._desk.close()
            self._desk = None
        self._undoable = None
        self.undo_button.setEnabled(False)

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
        self.scanner.set_listening(True)
        self._counter_timer.start()
        self.refresh_counters()
        self.focus_search()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.scanner.set_listening(False)
        self._counter_timer.stop()
        super().hideEvent(event)

    def _open_desk(self) -> None:
        if self._database is None or self._event is None:
            return
        self._desk = CheckinDesk(self._database, self._event.id, self._identity())
        self.model.set_event(self._database, self._event.id)
        self.model.set_filter(RegistrationFilter(text=""))
        self._fill_places()
        self._show_desk_name()

    def _show_desk_name(self) -> None:
        self.desk_button.setText(
            self.tr("Desk: {desk}").format(desk=self._settings.get(settings.DESK_NAME))
        )

    def _identity(self) -> DeskIdentity:
        return DeskIdentity(
            desk=self._settings.get(settings.DESK_NAME),
            operator=self._settings.get(settings.OPERATOR_NAME),
        )

    def _fill_places(self) -> None:
        assert self._desk is not None
        current = self.place_combo.currentData()
        self.place_combo.blockSignals(True)
        self.place_combo.clear()
        self.place_combo.addItem(self.tr("Venue entrance"), VENUE)
        locale = QLocale()
        for session in self._desk.sessions():
            start = locale.toString(
                QTime(session.starts_at.hour, session.starts_at.minute),
                QLocale.FormatType.ShortFormat,
            )
            room = f" · {session.room}" if session.room else ""
            self.place_combo.addItem(f"{start} {session.title}{room}", session.id)
        index = self.place_combo.findData(current)
        self.place_combo.setCurrentIndex(max(index, 0))
        self.place_combo.blockSignals(False)
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
        if self._desk is not None:
            self._desk.identity.operator = name
        self.focus_search()

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    # -- Scans --------------------------------------------------------------------------------
    def _scanned(self, text: str) -> None:
        self.handle_code(text, CheckinSource.SCANNER)

    def _seen_by_camera(self, text: str) -> None:
        self.handle_code(text, CheckinSource.CAMERA)

    def handle_code(self, text: str, source: CheckinSource) -> ScanResult | None:
        """A code from the scanner, the camera or typed by hand."""
        if self._desk is None:
            return None
        desk = self._desk
        if self.check_out_box.isChecked():
            return self._run(lambda: desk.check_out(text, source))
        session_id = self.session_id()
        return self._run(lambda: desk.check_in(text, source, session_id=session_id))

    def check_in_selected(self) -> ScanResult | None:
        index = self.matches.currentIndex()
        row = index.row() if index.isValid() else (0 if self.model.rowCount() == 1 else -1)
        registration_id = self.model.id_at(row)
        if registration_id is None or self._desk is None:
            return None
        return self.check_in_registration(registration_id, CheckinSource.SEARCH)

    def check_in_registration(
        self, registration_id: int, source: CheckinSource
    ) -> ScanResult | None:
        if self._desk is None:
            return None
        desk = self._desk
        if self.check_out_box.isChecked():
            return self._run(lambda: desk.check_out_registration(registration_id, source))
        session_id = self.session_id()
        return self._run(
            lambda: desk.check_in_registration(registration_id, source, session_id=session_id)
        )

    def _run(self, scan: Callable[[], ScanResult]) -> ScanResult | None:
        try:
            result = scan()
        except UserError as error:
            self.result_panel.show_problem(describe_error(error))
            self._sound("rejected")
            return None
        except sqlite3.OperationalError:
            # Another program holds the file longer than the busy timeout.
            self.result_panel.show_problem(
                self.tr("The database is busy; nothing was recorded. Scan again.")
            )
            self._sound("rejected")
            return None
        self._show(result)
        return result

    def _show(self, result: ScanResult) -> None:
        self.result_panel.show_result(result)
        self._shown_registration = (
            result.attendee.registration_id if result.attendee is not None else None
        )
        self.print_button.setEnabled(self._shown_registration is not None)
        self._sound(kind_for_status(result.status))
        if result.checkin_id is not None:
            self._undoable = result.checkin_id
            self.undo_button.setEnabled(True)
        self._add_recent(
            symbol(result.status),
            result.attendee.full_name if result.attendee else headline(result.status),
            headline(result.status),
        )
        if result.checkin_id is not None:
            self.checkins_changed.emit()
            self._schedule_counters()
            if result.attendee is not None:
                self.model.forget_rows([result.attendee.registration_id])
        # Ready for the next person: an empty search with the cursor in it.
        self.search_edit.clear()
        self.focus_search()

    def _sound(self, kind: str) -> None:
        if self.play_sound is not None and self.sound_box.isChecked():
            self.play_sound(kind)

    def _add_recent(self, mark: str, text: str, explanation: str) -> None:
        now = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        item = QListWidgetItem(f"{now}  {mark}  {text}")
        item.setToolTip(explanation)
        self.recent_list.insertItem(0, item)
        while self.recent_list.count() > RECENT_SCANS:
            self.recent_list.takeItem(self.recent_list.count() - 1)

    def _print_badge(self) -> None:
        if self._shown_registration is not None:
            self.print_badge_requested.emit(self._shown_registration)

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
            )
            accepted = bool(dialog.exec())
        finally:
            self.scanner.set_listening(self.isVisible())
        if accepted:
            self._settings.set(settings.DESK_NAME, dialog.desk_name())
            self._settings.set(settings.SCANNER_KEY_GAP_MS, dialog.gap_ms())
            self.scanner.max_gap_ms = dialog.gap_ms()
            if self._desk is not None:
                self._desk.identity.desk = dialog.desk_name()
            self._show_desk_name()
        self.focus_search()

    def undo_last(self) -> None:
        if self._desk is None or self._undoable is None:
            return
        try:
            undone = self._desk.undo(self._undoable)
        except UserError as error:
            self.result_panel.show_problem(describe_error(error))
        else:
            self.result_panel.show_undone(undone)
            self._add_recent("↶", undone.attendee.full_name, self.tr("Undone"))
            self.model.forget_rows([undone.attendee.registration_id])
            self.checkins_changed.emit()
            self._schedule_counters()
        self._undoable = None
        self.undo_button.setEnabled(False)
        self.focus_search()

    # -- Counters -----------------------------------------------------------------------------
    def _schedule_counters(self) -> None:
        # After the answer is painted, and once for a quick run of scans.
        if not self._counters_due:
            self._counters_due = True
            QTimer.singleShot(300, self.refresh_counters)

    def refresh_counters(self) -> None:
        self._counters_due = False
        if self._desk is None:
            return
        self.show_counters(self._desk.counters())

    def show_counters(self, counters: CheckinCounters) -> None:
        locale = QLocale()
        self.arrived_label.setText(
            self.tr("{arrived} of {expected} checked in").format(
                arrived=locale.toString(counters.checked_in),
                expected=locale.toString(counters.expected),
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
                        arrived=locale.toString(count.checked_in),
                        expected=locale.toString(count.expected),
                    )
                ),
            )
        self.recent_label.setText(
            self.tr("Arrivals in the last 15 minutes: {count}").format(
                count=locale.toString(counters.arrivals_last_15_min)
            )
        )
