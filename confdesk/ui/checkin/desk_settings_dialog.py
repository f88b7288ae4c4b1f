"""This desk's own settings: the name its check-ins are recorded under, and how fast its
scanner types. Wired scanners type a code in a few milliseconds a key; some Bluetooth
scanners take ten times as long, and would be read as a person typing. Rather than asking
the desk for a number nobody knows, the dialog measures a scan and suggests the gap.

It also makes the desk a badge station: a printer of the system's and the stock in it, on
which each person's badge prints as they are checked in."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from confdesk.output.badges.stocks import STOCKS, stock_name
from confdesk.ui.checkin.keyboard_scanner import (
    DEFAULT_MIN_LENGTH,
    ENDING_KEYS,
    MAX_GAP_MS,
    MIN_GAP_MS,
    key_moment,
    longest_gap_ms,
    suggested_gap_ms,
)
from confdesk.ui.shell.language.formatting import whole_number
from confdesk.ui.shell.language.i18n import ui_language
from confdesk.ui.shell.widgets.form_error import FormErrorLabel

# A test scan without Enter is over after this long without a key.
TEST_SCAN_PAUSE_MS = 600


@dataclass(frozen=True)
class BadgeStationChoice:
    """Print each badge at check-in (``on``), on the system printer ``printer``, loaded
    with ``stock``."""

    on: bool = False
    printer: str = ""
    stock: str = "a6"


class DeskSettingsDialog(QDialog):
    def __init__(
        self,
        desk_name: str,
        gap_ms: int,
        parent: QWidget | None = None,
        *,
        station: BadgeStationChoice | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Desk settings"))
        self._key_times_ms: list[float] = []

        self.desk_edit = QLineEdit(desk_name)
        self.desk_edit.setMaxLength(60)
        # Names a volunteer understands; the first one filled in for a desk without a name.
        suggestions = [
            self.tr("Desk 1"), self.tr("Desk 2"), self.tr("Entrance"), self.tr("Entrance North"),
        ]  # fmt: skip
        completer = QCompleter(suggestions, self.desk_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.desk_edit.setCompleter(completer)
        if not desk_name:
            self.desk_edit.setText(suggestions[0])
            self.desk_edit.selectAll()
        self.desk_edit.setToolTip(self.tr("Check-ins from this laptop are recorded under it"))
        self.gap_spin = QSpinBox()
        self.gap_spin.setRange(MIN_GAP_MS, MAX_GAP_MS)
        self.gap_spin.setSingleStep(10)
        self.gap_spin.setSuffix(" ms")
        self.gap_spin.setValue(gap_ms)
        self.test_edit = QLineEdit()
        self.test_edit.setPlaceholderText(self.tr("Scan any badge here"))
        self.test_edit.installEventFilter(self)
        self.test_result = QLabel(
            self.tr("Scan a badge into the field to measure your scanner and set the gap.")
        )
        self.test_result.setWordWrap(True)
        self.error_label = FormErrorLabel()
        self._test_pause = QTimer(self)
        self._test_pause.setSingleShot(True)
        self._test_pause.setInterval(TEST_SCAN_PAUSE_MS)
        self._test_pause.timeout.connect(self._test_scan_ended)

        desk_form = QFormLayout()
        desk_label = QLabel(self.tr("&Desk name:"))
        desk_label.setBuddy(self.desk_edit)
        desk_form.addRow(desk_label, self.desk_edit)

        scanner_box = QGroupBox(self.tr("Keyboard-mode scanner"))
        explanation = QLabel(
            self.tr(
                "Keys that come closer together than this are one scan; slower keys are "
                "typing. Wired scanners need the default of 40 ms; some Bluetooth scanners "
                "need more."
            )
        )
        explanation.setWordWrap(True)
        scanner_form = QFormLayout(scanner_box)
        scanner_form.addRow(explanation)
        gap_label = QLabel(self.tr("Longest &gap between keys:"))
        gap_label.setBuddy(self.gap_spin)
        scanner_form.addRow(gap_label, self.gap_spin)
        test_label = QLabel(self.tr("&Test scan:"))
        test_label.setBuddy(self.test_edit)
        scanner_form.addRow(test_label, self.test_edit)
        scanner_form.addRow(self.test_result)

        station_box = self._station_box(station or BadgeStationChoice())

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # Enter ends a test scan; it must not close the dialog.
        for button in buttons.buttons():
            if isinstance(button, QPushButton):  # a dialog button box makes push buttons
                button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addLayout(desk_form)
        layout.addWidget(scanner_box)
        layout.addWidget(station_box)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _station_box(self, station: BadgeStationChoice) -> QGroupBox:
        box = QGroupBox(self.tr("Badge station"))
        self.station_box = QCheckBox(self.tr("&Print the badge at each check-in"))
        self.station_box.setToolTip(
            self.tr(
                "Every person checked in at the venue (walk-ins too) gets their badge from "
                "this desk's printer at once"
            )
        )
        self.station_box.setChecked(station.on)
        self.printer_combo = QComboBox()
        self.printer_combo.addItem(self.tr("(no printer)"), "")
        for name in QPrinterInfo.availablePrinterNames():
            self.printer_combo.addItem(name, name)
        if station.printer and self.printer_combo.findData(station.printer) < 0:
            # Unplugged or renamed: kept, and said so, rather than silently forgotten.
            self.printer_combo.addItem(
                self.tr("{printer} (not found)").format(printer=station.printer), station.printer
            )
        self.printer_combo.setCurrentIndex(max(self.printer_combo.findData(station.printer), 0))
        self.stock_combo = QComboBox()
        for name, stock in STOCKS.items():
            self.stock_combo.addItem(stock.title(ui_language()), name)
            self.stock_combo.setItemData(
                self.stock_combo.count() - 1,
                stock.describe(ui_language()),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.stock_combo.setCurrentIndex(
            max(self.stock_combo.findData(stock_name(station.stock)), 0)
        )
        form = QFormLayout(box)
        form.addRow(self.station_box)
        printer_label = QLabel(self.tr("Badge p&rinter:"))
        printer_label.setBuddy(self.printer_combo)
        form.addRow(printer_label, self.printer_combo)
        stock_label = QLabel(self.tr("St&ock in it:"))
        stock_label.setBuddy(self.stock_combo)
        form.addRow(stock_label, self.stock_combo)
        return box

    def desk_name(self) -> str:
        return self.desk_edit.text().strip()

    def station(self) -> BadgeStationChoice:
        return BadgeStationChoice(
            on=self.station_box.isChecked(),
            printer=str(self.printer_combo.currentData() or ""),
            stock=str(self.stock_combo.currentData() or "a6"),
        )

    def gap_ms(self) -> int:
        return self.gap_spin.value()

    def accept(self) -> None:
        if not self.desk_name():
            self.error_label.show_problem(
                self.tr("The desk needs a name: check-ins are recorded under it."),
                self.desk_edit,
            )
            return
        if self.station_box.isChecked() and not self.printer_combo.currentData():
            self.error_label.show_problem(
                self.tr("Choose the printer the badges are to come out of."),
                self.printer_combo,
            )
            return
        super().accept()

    # -- The test scan ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.test_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in ENDING_KEYS:
                self._test_scan_ended()
                return True
            if event.text() and event.text().isprintable():
                if not self._test_pause.isActive():  # a new scan starts
                    self._key_times_ms.clear()
                    self.test_edit.clear()
                self._key_times_ms.append(key_moment(event) * 1000)
                self._test_pause.start()
        return super().eventFilter(watched, event)

    def _test_scan_ended(self) -> None:
        self._test_pause.stop()
        times, self._key_times_ms = self._key_times_ms, []
        if len(times) < DEFAULT_MIN_LENGTH:
            self.test_result.setText(
                self.tr("Too short for a scan: scan a badge's QR code into the field.")
            )
            return
        longest = longest_gap_ms(times)
        suggested = suggested_gap_ms(times)
        self.gap_spin.setValue(suggested)
        self.test_result.setText(
            self.tr(
                "Read {count} characters, keys at most {longest} ms apart. "
                "The gap is set to {gap} ms."
            ).format(
                count=whole_number(len(times)),
                longest=whole_number(round(longest)),
                gap=whole_number(suggested),
            )
        )
