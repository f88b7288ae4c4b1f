"""The big answer to a scan: colour, a symbol, a headline word and the person's details.

Never colour alone: each outcome has its own symbol and headline, so a desk person who does
not tell red from green, or reads a photocopied screenshot, still knows. After a while the
panel goes back to "ready for the next scan" by itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from confdesk.db.models import CheckinAction, RegistrationStatus, ScanStatus
from confdesk.db.storage_faults import StorageFault
from confdesk.domain.checkin.desk import Attendee, ScanResult, SessionInfo, UndoResult
from confdesk.domain.checkin.queue import NotStored
from confdesk.ui.shell.language.formatting import desk_time, short_time, whole_number
from confdesk.ui.shell.language.labels import category_label

# How long an answer stays before the panel says "ready" again.
RESULT_SHOWN_MS = 8_000

# Outcome → (style name, symbol). Colours in the style sheet below.
_GOOD, _WARN, _BAD, _INFO = "accepted", "warning", "rejected", "info"
_STYLE = {
    ScanStatus.ACCEPTED: (_GOOD, "✔"),
    ScanStatus.CHECKED_OUT: (_INFO, "⇥"),
    ScanStatus.ALREADY_CHECKED_IN: (_WARN, "⚠"),
    ScanStatus.NOT_CHECKED_IN: (_WARN, "⚠"),
}
_COLOURS = {
    # background, text: contrast above 7:1 for the white text.
    _GOOD: ("#1b6e35", "#ffffff"),
    _WARN: ("#8a4b00", "#ffffff"),
    _BAD: ("#a3001b", "#ffffff"),
    _INFO: ("#1f4e8c", "#ffffff"),
    "ready": ("#eef1f4", "#1d2733"),
    "checking": ("#d9dee5", "#1d2733"),
}
NOT_RECORDED = "not_recorded"  # the outcome of a scan that did not reach the disk


def symbol(status: ScanStatus) -> str:
    return _STYLE.get(status, (_BAD, "✖"))[1]


def headline(status: ScanStatus) -> str:
    return {
        ScanStatus.ACCEPTED: QCoreApplication.translate("CheckinResult", "Welcome — checked in"),
        ScanStatus.ALREADY_CHECKED_IN: QCoreApplication.translate(
            "CheckinResult", "Already checked in"
        ),
        ScanStatus.CANCELLED: QCoreApplication.translate(
            "CheckinResult", "Rejected: registration cancelled"
        ),
        ScanStatus.WAITLISTED: QCoreApplication.translate(
            "CheckinResult", "Rejected: on the waiting list"
        ),
        ScanStatus.UNKNOWN: QCoreApplication.translate(
            "CheckinResult", "Rejected: not registered here"
        ),
        ScanStatus.INVALID: QCoreApplication.translate(
            "CheckinResult", "Rejected: not a valid code"
        ),
        ScanStatus.REVOKED: QCoreApplication.translate(
            "CheckinResult", "Rejected: old badge, a new one was issued"
        ),
        ScanStatus.WRONG_EVENT: QCoreApplication.translate(
            "CheckinResult", "Rejected: badge of another event"
        ),
        ScanStatus.CHECKED_OUT: QCoreApplication.translate("CheckinResult", "Checked out"),
        ScanStatus.NOT_CHECKED_IN: QCoreApplication.translate("CheckinResult", "Not checked in"),
    }[status]


def _advice(status: ScanStatus) -> str:
    """What the desk person does next, for the outcomes that need a decision."""
    return {
        ScanStatus.CANCELLED: QCoreApplication.translate(
            "CheckinResult", "Ask the person; an organiser can reinstate the registration."
        ),
        ScanStatus.WAITLISTED: QCoreApplication.translate(
            "CheckinResult", "Ask an organiser whether a place is free to promote the person."
        ),
        ScanStatus.UNKNOWN: QCoreApplication.translate(
            "CheckinResult",
            "The code is genuine, but this desk's file does not hold the registration yet. "
            "Search the name or register a walk-in.",
        ),
        ScanStatus.INVALID: QCoreApplication.translate(
            "CheckinResult", "Scan again, or search the name; the code may be damaged or forged."
        ),
        ScanStatus.REVOKED: QCoreApplication.translate(
            "CheckinResult", "This badge was replaced (lost badge). Ask for the new badge."
        ),
        ScanStatus.WRONG_EVENT: QCoreApplication.translate(
            "CheckinResult", "This badge belongs to another conference."
        ),
    }.get(status, "")


def storage_headline(fault: StorageFault) -> str:
    """Why a scan is NOT recorded, in a few words; each kind its own."""
    return {
        StorageFault.DISK_FULL: QCoreApplication.translate(
            "CheckinResult", "NOT recorded: the disk is full"
        ),
        StorageFault.READ_ONLY: QCoreApplication.translate(
            "CheckinResult", "NOT recorded: the database file is read-only"
        ),
        StorageFault.LOCKED: QCoreApplication.translate(
            "CheckinResult", "NOT recorded: another program holds the database"
        ),
        StorageFault.IO_ERROR: QCoreApplication.translate(
            "CheckinResult", "NOT recorded: the disk reports an input/output error"
        ),
        StorageFault.DAMAGED: QCoreApplication.translate(
            "CheckinResult", "NOT recorded: the database file is damaged"
        ),
        StorageFault.FILE_GONE: QCoreApplication.translate(
            "CheckinResult", "NOT recorded: the database file was moved or deleted"
        ),
    }[fault]


def storage_advice(fault: StorageFault) -> str:
    """What the desk person does about it."""
    return {
        StorageFault.DISK_FULL: QCoreApplication.translate(
            "CheckinResult",
            "Free some space on this computer's disk (empty the wastebasket, move files). "
            "The scan is stored by itself as soon as there is room.",
        ),
        StorageFault.READ_ONLY: QCoreApplication.translate(
            "CheckinResult",
            "The drive or file cannot be written. Make it writable again (a USB stick's "
            "lock switch, a network drive's rights); the scan is stored by itself then. "
            "Otherwise copy the file to a writable folder and open the copy.",
        ),
        StorageFault.LOCKED: QCoreApplication.translate(
            "CheckinResult",
            "Another program (a second confdesk, a backup or sync tool, a database viewer) "
            "holds the file. Close it there; the scan is stored by itself then.",
        ),
        StorageFault.IO_ERROR: QCoreApplication.translate(
            "CheckinResult",
            "Check the drive and its cable or connection. confdesk keeps trying; if this "
            "stays, write the name down and restart from a backup.",
        ),
        StorageFault.DAMAGED: QCoreApplication.translate(
            "CheckinResult",
            "Check-in at this desk has stopped. Write names down on paper; an organiser "
            "restores the newest backup (File → Open offers it).",
        ),
        StorageFault.FILE_GONE: QCoreApplication.translate(
            "CheckinResult",
            "Check-in at this desk has stopped. Write names down on paper; an organiser "
            "opens the file again (or the rescue copy).",
        ),
    }[fault]


def category_instruction(category: str) -> str:
    """What to hand out or tell, by category."""
    return {
        "speaker": QCoreApplication.translate(
            "CheckinResult", "Speaker: speaker badge; show the way to the green room."
        ),
        "moderator": QCoreApplication.translate(
            "CheckinResult", "Moderator: show the way to the green room."
        ),
        "exhibitor": QCoreApplication.translate(
            "CheckinResult", "Exhibitor: stand information at the exhibitors' desk."
        ),
        "press": QCoreApplication.translate(
            "CheckinResult", "Press: press kit and the photo rules."
        ),
        "staff": QCoreApplication.translate("CheckinResult", "Staff: staff lanyard."),
        "guest": QCoreApplication.translate("CheckinResult", "Guest: let the organisers know."),
    }.get(category, "")


class ResultPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultPanel")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumHeight(260)
        self.symbol_label = QLabel()
        self.headline_label = QLabel()
        self.name_label = QLabel()
        self.details_label = QLabel()
        for label, scale, bold in (
            (self.symbol_label, 3.2, True),
            (self.headline_label, 1.9, True),
            (self.name_label, 2.4, True),
            (self.details_label, 1.2, False),
        ):
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * scale)
            font.setBold(bold)
            label.setFont(font)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addStretch(1)
        layout.addWidget(self.symbol_label)
        layout.addWidget(self.headline_label)
        layout.addWidget(self.name_label)
        layout.addWidget(self.details_label)
        layout.addStretch(1)
        # Set while the desk has stopped (the file is gone or damaged): "ready" would lie.
        self._stopped_reason: str | None = None
        self._back_to_ready = QTimer(self)
        self._back_to_ready.setSingleShot(True)
        self._back_to_ready.timeout.connect(self.show_ready)
        self.outcome = "ready"
        self.show_ready()

    # -- What it shows ---------------------------------------------------------------------
    def show_ready(self, note: str = "") -> None:
        self._back_to_ready.stop()
        if self._stopped_reason is not None:
            self._show_stopped_state()
            return
        self._paint("ready")
        self.symbol_label.setText("⌁")
        self.headline_label.setText(self.tr("Ready for the next scan"))
        self.name_label.clear()
        self.details_label.setText(
            note or self.tr("Scan a badge, or type a name below to find the person.")
        )

    def show_result(self, result: ScanResult) -> None:
        style, symbol = _STYLE.get(result.status, (_BAD, "✖"))
        self._paint(style)
        self.symbol_label.setText(symbol)
        self.headline_label.setText(headline(result.status))
        attendee = result.attendee
        self.name_label.setText(attendee.full_name if attendee else "")
        self.details_label.setText("\n".join(self._details(result)))
        self._back_to_ready.start(RESULT_SHOWN_MS)

    def show_checking(self) -> None:
        """A scan is on its way to the disk: nothing of the previous person stays."""
        self._back_to_ready.stop()
        self._paint("checking")
        self.symbol_label.setText("…")
        self.headline_label.setText(self.tr("Checking …"))
        self.name_label.clear()
        self.details_label.clear()

    def show_not_stored(self, answer: NotStored) -> None:
        """Red, and it says so: this person is NOT checked in (yet)."""
        self._paint(_BAD, NOT_RECORDED)
        self.symbol_label.setText("✖")
        self.headline_label.setText(storage_headline(answer.fault))
        self.name_label.setText(answer.attendee.full_name if answer.attendee else "")
        lines: list[str] = []
        if answer.unreadable:
            lines.append(self.tr("Who this is cannot be read from the file either."))
        if answer.pending:
            lines.append(
                self.tr(
                    "The scan waits and is stored by itself; the list on the right shows "
                    "when. Let the person go in."
                )
                if _registered(answer.attendee)
                else self.tr(
                    "The scan waits and is stored by itself; the list on the right shows "
                    "when. Whether this badge admits anyone is known only then: check the "
                    "person's registration by hand."
                )
            )
        lines.append(storage_advice(answer.fault))
        self.details_label.setText("\n".join(lines))
        # A red that says "not recorded" stays until the next scan: it must be read.

    def show_undone(self, undone: UndoResult) -> None:
        self._paint(_INFO)
        self.symbol_label.setText("↶")
        if undone.undone_action is CheckinAction.CHECK_OUT:
            self.headline_label.setText(self.tr("Check-out undone"))
        else:
            self.headline_label.setText(self.tr("Check-in undone"))
        self.name_label.setText(undone.attendee.full_name)
        self.details_label.setText(undone.attendee.organization)
        self._back_to_ready.start(RESULT_SHOWN_MS)

    def show_stopped(self, reason: str) -> None:
        """The desk has stopped for good: the panel says so, and never "ready" again until
        a database is opened anew (:meth:`clear_stopped`)."""
        self._stopped_reason = reason
        if self.outcome == "not_recorded":
            return  # the person just scanned keeps their red; "stopped" follows it
        self._back_to_ready.stop()
        self._show_stopped_state()

    def clear_stopped(self) -> None:
        self._stopped_reason = None

    def _show_stopped_state(self) -> None:
        self._paint(_BAD, "stopped")
        self.symbol_label.setText("✖")
        self.headline_label.setText(self.tr("Check-in has stopped"))
        self.name_label.clear()
        self.details_label.setText(self._stopped_reason or "")

    def show_problem(self, message: str) -> None:
        self._paint(_BAD)
        self.symbol_label.setText("✖")
        self.headline_label.setText(self.tr("Not checked in"))
        self.name_label.clear()
        self.details_label.setText(message)
        self._back_to_ready.start(RESULT_SHOWN_MS)

    # -- Parts -------------------------------------------------------------------------------
    def _details(self, result: ScanResult) -> list[str]:
        lines: list[str] = []
        attendee = result.attendee
        if attendee is not None:
            category = category_label(attendee.category)
            lines.append(" · ".join(part for part in (attendee.organization, category) if part))
        if result.previous is not None:
            at = desk_time(result.previous.occurred_at)
            if result.previous.desk:
                lines.append(
                    self.tr("Checked in at {time} at {desk}.").format(
                        time=at, desk=result.previous.desk
                    )
                )
            else:
                lines.append(self.tr("Checked in at {time}.").format(time=at))
        if result.load is not None:
            lines.extend(self._session_lines(result))
        advice = _advice(result.status)
        if advice:
            lines.append(advice)
        if attendee is not None and result.status is ScanStatus.ACCEPTED:
            instruction = category_instruction(attendee.category)
            if instruction:
                lines.append(instruction)
            if attendee.dietary_needs:
                lines.append(self.tr("Dietary needs: {needs}").format(needs=attendee.dietary_needs))
            if attendee.accessibility_needs:
                lines.append(
                    self.tr("Accessibility: {needs}").format(needs=attendee.accessibility_needs)
                )
            if attendee.notes:
                lines.append(self.tr("Note: {note}").format(note=attendee.notes))
            if result.signups:
                lines.append(
                    self.tr("Signed up for: {sessions}").format(
                        sessions="; ".join(_session_line(s) for s in result.signups)
                    )
                )
        return lines

    def _session_lines(self, result: ScanResult) -> list[str]:
        assert result.load is not None
        load = result.load
        capacity = load.session.capacity
        if capacity is None:
            lines = [
                self.tr("{session}: {present} present").format(
                    session=load.session.title, present=whole_number(load.present)
                )
            ]
        else:
            lines = [
                self.tr("{session}: {present} of {capacity} present").format(
                    session=load.session.title,
                    present=whole_number(load.present),
                    capacity=whole_number(capacity),
                )
            ]
        if load.over_capacity:
            lines.append(self.tr("Warning: the room is over its capacity."))
        if not result.signed_up and load.session.signup_required:
            lines.append(self.tr("Warning: not signed up for this session."))
        return lines

    def _paint(self, style: str, outcome: str | None = None) -> None:
        self.outcome = outcome or style
        background, foreground = _COLOURS[style]
        self.setStyleSheet(
            f"QFrame#resultPanel {{ background: {background}; border-radius: 8px; }}"
            f"QFrame#resultPanel QLabel {{ color: {foreground}; }}"
        )


def _session_line(session: SessionInfo) -> str:
    start = short_time(session.starts_at)
    room = f" ({session.room})" if session.room else ""
    return f"{start} {session.title}{room}"


def _registered(attendee: Attendee | None) -> bool:
    """Known, and registered (not cancelled, not waiting): a pending scan of this person
    will be accepted or "already checked in" once stored, so the desk may wave them in."""
    return attendee is not None and attendee.status == RegistrationStatus.REGISTERED
