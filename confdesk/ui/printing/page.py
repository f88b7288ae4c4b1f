"""The print screen: badges and certificates, previewed as the real PDF, printed through
Qt's print dialog, with records so "only unprinted" and reprints work.

The PDF is made off the GUI thread (with progress and Cancel) into a temporary file that
the preview shows; printing sends that very file, also off the GUI thread with progress and
Cancel but without a modal dialog (the desk goes on scanning), and a copy can be saved.
"""

from __future__ import annotations

import itertools
import logging
import shutil
import tempfile
from collections.abc import Callable
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from confdesk import settings
from confdesk.db.database import Database
from confdesk.db.models import PrintKind
from confdesk.domain.changes import Changes
from confdesk.domain.events.service import EventData
from confdesk.domain.printing.records import record_prints
from confdesk.domain.registrations.search import (
    RegistrationFilter,
    load_rows,
    search_registration_ids,
)
from confdesk.errors import UserError
from confdesk.files import replace_atomically
from confdesk.output.badges.stocks import DEFAULT_STOCK, STOCKS, stock_name
from confdesk.output.files import file_name_part
from confdesk.settings import Settings
from confdesk.ui.printing.certificate_check_dialog import CertificateCheckDialog
from confdesk.ui.printing.pdf_printing import BADGE_DPI, DOCUMENT_DPI, PrintOutcome
from confdesk.ui.printing.print_job import PrintJobPanel
from confdesk.ui.registrations.table_model import display_name
from confdesk.ui.shell.background import BackgroundTask
from confdesk.ui.shell.errors.unexpected_errors import report_unexpected
from confdesk.ui.shell.file_dialogs import save_file_name
from confdesk.ui.shell.language.formatting import decimal, whole_number
from confdesk.ui.shell.language.i18n import ui_language
from confdesk.ui.shell.language.messages import describe_error
from confdesk.ui.shell.screen_shortcuts import add_screen_shortcuts

if TYPE_CHECKING:
    # Imported where used: ReportLab costs the window's start-up 140 ms.
    from confdesk.output.badges.writer import BadgeRun, ShrunkText
    from confdesk.output.certificates.writer import CertificateRun

log = logging.getLogger(__name__)
PERSON_MATCHES = 30


class Selection(StrEnum):
    EVERYONE = "everyone"
    UNPRINTED = "unprinted"
    FILTERED = "filtered"  # as the registrations screen shows them
    ONE = "one"


def field_label(field: str) -> str:
    return {
        "given_name": QCoreApplication.translate("PrintPage", "given name"),
        "family_name": QCoreApplication.translate("PrintPage", "family name"),
        "title": QCoreApplication.translate("PrintPage", "title"),
        "organization": QCoreApplication.translate("PrintPage", "organization"),
        "position": QCoreApplication.translate("PrintPage", "position"),
    }.get(field, field)


class PrintPage(QWidget):
    # What printing changed (print records): the window broadcasts it to every screen.
    changed = Signal(object)

    def __init__(self, user_settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = user_settings
        self._database: Database | None = None
        self._event: EventData | None = None
        self._task: BackgroundTask | None = None
        self._folder = Path(tempfile.mkdtemp(prefix="confdesk-print-"))
        self._pdf: Path | None = None
        # What the preview shows (None: the calibration page), and the stock it was made for.
        self._run: BadgeRun | CertificateRun | None = None
        self._run_kind = PrintKind.BADGE
        self._run_stock = ""
        # The ids shown on the registrations screen, for "as filtered there".
        self.filtered_ids: Callable[[], list[int]] = list
        # Raised by every change of the choice: a preview made for an older one is dropped.
        self._choice_serial = 0
        # The confirmation of the last saved PDF (kept for the tests to click "Open").
        self.saved_message: QMessageBox | None = None
        self._job_numbers = itertools.count(1)

        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Name badges"), PrintKind.BADGE.value)
        self.kind_combo.addItem(self.tr("Certificates of attendance"), PrintKind.CERTIFICATE.value)
        self.selection_combo = QComboBox()
        for text, value in (
            (self.tr("Everyone"), Selection.EVERYONE),
            (self.tr("Only those not printed yet"), Selection.UNPRINTED),
            (self.tr("As filtered on the Registrations screen"), Selection.FILTERED),
            (self.tr("One person"), Selection.ONE),
        ):
            self.selection_combo.addItem(text, value.value)
        self.person_edit = QLineEdit()
        self.person_edit.setPlaceholderText(self.tr("Type a name…"))
        self.person_edit.setClearButtonEnabled(True)
        self.person_list = QListWidget()
        self.person_list.setMaximumHeight(150)
        self.stock_combo = QComboBox()
        for name, stock in STOCKS.items():
            self.stock_combo.addItem(stock.title(ui_language()), name)
            self.stock_combo.setItemData(
                self.stock_combo.count() - 1,
                stock.describe(ui_language()),
                Qt.ItemDataRole.ToolTipRole,
            )
        saved_stock = stock_name(user_settings.get(settings.PRINT_STOCK))
        self.stock_combo.setCurrentIndex(max(self.stock_combo.findData(saved_stock), 0))
        self.start_spin = QSpinBox()
        self.start_spin.setRange(1, 99)
        self.start_spin.setToolTip(self.tr("On a half-used sheet: the first free label"))
        self.back_box = QCheckBox(self.tr("Back side with the person's schedule"))
        self.photo_box = QCheckBox(self.tr("Mark photo consent (a dot in the band)"))
        self.photo_box.setToolTip(
            self.tr("Green dot: may be photographed. Red dot, struck through: no photos.")
        )
        self.photo_box.setChecked(user_settings.get(settings.PRINT_PHOTO_MARK))
        self.offset_x = self._offset_spin(user_settings.get(settings.PRINT_OFFSET_X_MM))
        self.offset_y = self._offset_spin(user_settings.get(settings.PRINT_OFFSET_Y_MM))
        self.calibration_button = QPushButton(self.tr("Calibration page…"))
        self.calibration_button.setToolTip(
            self.tr("Print marks, measure how far they are off, enter that as the offset")
        )
        self.verify_button = QPushButton(self.tr("Check a certificate &code…"))
        self.verify_button.setToolTip(
            self.tr("Whose certificate carries a verification code, and what it lists")
        )
        self.language_combo = QComboBox()
        self.language_combo.addItem("Deutsch", "de")
        self.language_combo.addItem("English", "en")

        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.setToolTip(self.tr("Make the PDF and show it (F5)"))
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.print_button.setToolTip(self.tr("Print what the preview shows (Ctrl+P)"))
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.print_job = PrintJobPanel()
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.warnings_list = QListWidget()
        self.warnings_list.setMaximumHeight(110)
        self.warnings_list.hide()

        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.empty_label = QLabel(self.tr("Choose what to print, then Preview (F5)."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self._layout()
        self._connect()
        self._update_enabled()

    def _offset_spin(self, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(-20.0, 20.0)
        spin.setSingleStep(0.5)
        spin.setDecimals(1)
        spin.setSuffix(" mm")
        spin.setValue(value)
        return spin

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Print:"), self.kind_combo)
        form.addRow(self.tr("&Who:"), self.selection_combo)
        form.addRow("", self.person_edit)
        form.addRow("", self.person_list)
        form.addRow(self.tr("S&tock:"), self.stock_combo)
        form.addRow(self.tr("Start at &label:"), self.start_spin)
        form.addRow("", self.back_box)
        form.addRow("", self.photo_box)
        offsets = QHBoxLayout()
        offsets.addWidget(QLabel(self.tr("x")))
        offsets.addWidget(self.offset_x)
        offsets.addWidget(QLabel(self.tr("y")))
        offsets.addWidget(self.offset_y)
        form.addRow(self.tr("Printer offset:"), offsets)
        form.addRow("", self.calibration_button)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow("", self.verify_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addLayout(form)
        side_layout.addLayout(buttons)
        side_layout.addWidget(self.print_job)
        side_layout.addWidget(self.summary_label)
        side_layout.addWidget(self.warnings_list)
        side_layout.addStretch()
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.empty_label)
        preview_layout.addWidget(self.view, 1)
        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(preview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        for combo in (self.kind_combo, self.selection_combo, self.stock_combo):
            combo.currentIndexChanged.connect(self._update_enabled)
        # Whatever changes the PDF makes the preview and its count wrong: they go at once.
        for signal in (
            self.kind_combo.currentIndexChanged,
            self.selection_combo.currentIndexChanged,
            self.stock_combo.currentIndexChanged,
            self.language_combo.currentIndexChanged,
            self.person_list.currentRowChanged,
            self.start_spin.valueChanged,
            self.back_box.toggled,
            self.photo_box.toggled,
            self.offset_x.valueChanged,
            self.offset_y.valueChanged,
        ):
            signal.connect(self._choice_changed)
        self.kind_combo.currentIndexChanged.connect(self._name_everyone)
        self.person_edit.textChanged.connect(self._find_people)
        self.verify_button.clicked.connect(self.check_certificate_code)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_preview)
        self.save_button.clicked.connect(self.save_pdf)
        self.calibration_button.clicked.connect(self.preview_calibration)
        self.print_job.ended.connect(self._update_enabled)
        self.stock_combo.currentIndexChanged.connect(
            lambda: self._settings.set(settings.PRINT_STOCK, str(self.stock_combo.currentData()))
        )
        self.photo_box.toggled.connect(
            lambda checked: self._settings.set(settings.PRINT_PHOTO_MARK, bool(checked))
        )
        self.offset_x.valueChanged.connect(
            lambda value: self._settings.set(settings.PRINT_OFFSET_X_MM, float(value))
        )
        self.offset_y.valueChanged.connect(
            lambda value: self._settings.set(settings.PRINT_OFFSET_Y_MM, float(value))
        )
        add_screen_shortcuts(
            self,
            (
                (QKeySequence("F5"), self.preview),
                (QKeySequence(QKeySequence.StandardKey.Print), self.print_preview),
            ),
        )

    # -- Setting up ---------------------------------------------------------------------------
    def set_event(self, database: Database | None, event: EventData | None) -> None:
        self._database = database
        self._event = event
        self._forget_preview()
        self.person_list.clear()
        self.person_edit.clear()
        if event is not None:
            index = self.language_combo.findData(event.language)
            self.language_combo.setCurrentIndex(max(index, 0))

    def showEvent(self, event: QShowEvent) -> None:
        self._update_enabled()
        super().showEvent(event)

    def on_changes(self, changes: Changes, source: object) -> None:
        """Nothing to refresh: every preview reads the database anew, and the preview
        shown is exactly what the printer gets."""

    def release(self) -> None:
        self.print_job.stop_and_wait()
        self._forget_preview()
        shutil.rmtree(self._folder, ignore_errors=True)

    def choose_person(self, registration_id: int) -> None:
        """Print one person's badge (from the check-in screen): select and preview."""
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(PrintKind.BADGE.value))
        self.selection_combo.setCurrentIndex(self.selection_combo.findData(Selection.ONE.value))
        self.start_spin.setValue(1)
        self.person_list.clear()
        if self._database is not None:
            rows = load_rows(self._database, [registration_id])
            if registration_id in rows:
                self._add_person(registration_id, display_name(rows[registration_id]))
                self.person_list.setCurrentRow(0)
        self.preview()

    # -- Choosing -------------------------------------------------------------------------------
    @property
    def kind(self) -> PrintKind:
        return PrintKind(self.kind_combo.currentData())

    @property
    def selection(self) -> Selection:
        return Selection(self.selection_combo.currentData())

    def _choice_changed(self) -> None:
        self._choice_serial += 1
        self._forget_preview()

    def _name_everyone(self) -> None:
        """Certificates go to those who came, not to everyone registered: say so where
        "everyone" is chosen."""
        everyone = self.selection_combo.findData(Selection.EVERYONE.value)
        self.selection_combo.setItemText(
            everyone,
            self.tr("Everyone")
            if self.kind is PrintKind.BADGE
            else self.tr("Everyone checked in at the venue"),
        )

    def _update_enabled(self) -> None:
        badges = self.kind is PrintKind.BADGE
        one = self.selection is Selection.ONE
        self.person_edit.setVisible(one)
        self.person_list.setVisible(one)
        for widget in (
            self.stock_combo, self.start_spin, self.back_box, self.photo_box,
            self.calibration_button,
        ):  # fmt: skip
            widget.setEnabled(badges)
        self.offset_x.setEnabled(badges)
        self.offset_y.setEnabled(badges)
        self.language_combo.setEnabled(not badges)
        ready = self._database is not None and self._event is not None
        self.verify_button.setEnabled(ready and not badges)
        self.preview_button.setEnabled(ready)
        has_preview = self._pdf is not None
        self.print_button.setEnabled(has_preview and not self.print_job.running)
        self.save_button.setEnabled(has_preview)
        self.view.setVisible(has_preview)
        self.empty_label.setVisible(not has_preview)

    def check_certificate_code(self) -> None:
        if self._database is None or self._event is None:
            return
        CertificateCheckDialog(self._database, self._event.id, self).exec()

    def _find_people(self, text: str) -> None:
        self.person_list.clear()
        if self._database is None or self._event is None or not text.strip():
            return
        ids = search_registration_ids(
            self._database, self._event.id, RegistrationFilter(text=text)
        )[:PERSON_MATCHES]
        rows = load_rows(self._database, ids)
        for registration_id in ids:
            row = rows.get(registration_id)
            if row is not None:
                label = display_name(row) + (f" — {row.organization}" if row.organization else "")
                self._add_person(registration_id, label)
        if self.person_list.count():
            self.person_list.setCurrentRow(0)

    def _add_person(self, registration_id: int, label: str) -> None:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, registration_id)
        self.person_list.addItem(item)

    def _chosen_ids(self) -> list[int] | None:
        """None for everyone (the renderer's default)."""
        if self.selection is Selection.FILTERED:
            return self.filtered_ids()
        if self.selection is Selection.ONE:
            item = self.person_list.currentItem()
            return [int(item.data(Qt.ItemDataRole.UserRole))] if item is not None else []
        return None

    # -- Making the PDF -------------------------------------------------------------------------
    def preview(self) -> None:
        if self._database is None or self._event is None or self._task is not None:
            return
        ids = self._chosen_ids()
        if ids == []:
            self.summary_label.setText(self.tr("Nobody chosen: pick a person or another choice."))
            return
        database, event_id = self._database, self._event.id
        self._forget_preview()
        target = self._folder / (
            "preview-badges.pdf" if self.kind is PrintKind.BADGE else "preview-certificates.pdf"
        )
        kind = self.kind
        if kind is PrintKind.BADGE:
            from confdesk.output.badges.writer import render_badges

            # The widgets are read here, on the GUI thread; the work only renders.
            render = partial(
                render_badges,
                database,
                event_id,
                target,
                stock=str(self.stock_combo.currentData() or DEFAULT_STOCK),
                registration_ids=ids,
                only_unprinted=self.selection is Selection.UNPRINTED,
                start_at=self.start_spin.value(),
                offset_mm=(self.offset_x.value(), self.offset_y.value()),
                back_side=self.back_box.isChecked(),
                photo_mark=self.photo_box.isChecked(),
            )

            def work(progress: Callable[[int, int], None]) -> Any:
                return render(progress=progress)

            label = self.tr("Making the badges…")
        else:
            from confdesk.output.certificates.writer import render_certificates

            language = str(self.language_combo.currentData())

            def work(progress: Callable[[int, int], None]) -> Any:
                return render_certificates(
                    database,
                    event_id,
                    target,
                    language=language,
                    registration_ids=ids,
                    progress=progress,
                )

            label = self.tr("Making the certificates…")
        serial = self._choice_serial

        def succeeded(run: BadgeRun | CertificateRun) -> None:
            if serial == self._choice_serial:  # else the choice changed while it was made
                self._show_preview(target, run, kind)

        def failed(error: BaseException) -> None:
            if serial == self._choice_serial:
                self._failed(error)

        self._task = BackgroundTask(self, label, work, on_success=succeeded, on_error=failed)
        self._task.finished.connect(self._task_done)
        self._task.start()

    def preview_calibration(self) -> None:
        from confdesk.output.badges.writer import calibration_page

        target = self._folder / "calibration.pdf"
        self._forget_preview()
        calibration_page(
            target,
            stock=str(self.stock_combo.currentData() or DEFAULT_STOCK),
            offset_mm=(self.offset_x.value(), self.offset_y.value()),
            language=ui_language(),
        )
        self._show_preview(target, None, PrintKind.BADGE)
        self.summary_label.setText(
            self.tr(
                "Print this page on the label stock, measure how far the marks are from where "
                "they should be, and enter that as the printer offset."
            )
        )

    def _task_done(self) -> None:
        self._task = None

    def _failed(self, error: BaseException) -> None:
        if getattr(error, "code", "") in ("no_badges", "no_certificates"):
            self.summary_label.setText(self.tr("Nothing to print for this choice."))
        elif isinstance(error, UserError):
            self.summary_label.setText(describe_error(error))
        else:  # a bug: say so rather than swallow it
            report_unexpected(error, "making the print preview")

    def _show_preview(
        self, path: Path, run: BadgeRun | CertificateRun | None, kind: PrintKind
    ) -> None:
        self._pdf = path
        self._run = run
        self._run_kind = kind
        # Recorded with the prints: the stock this PDF was made for, whatever is chosen now.
        self._run_stock = str(self.stock_combo.currentData()) if kind is PrintKind.BADGE else ""
        self.document.load(str(path))
        self.warnings_list.clear()
        if run is not None:
            count = len(run.registration_ids)
            self.summary_label.setText(
                # %n is the number of pages, which picks the plural form.
                self.tr("{count} to print on %n page(s).", "", run.pages).format(
                    count=whole_number(count)
                )
                if count
                else self.tr("Nothing to print for this choice.")
            )
            for shrunk in getattr(run, "shrunk", ()):  # badges only
                self.warnings_list.addItem(self._shrunk_text(shrunk))
            self.warnings_list.setVisible(self.warnings_list.count() > 0)
        self._update_enabled()

    def _shrunk_text(self, shrunk: ShrunkText) -> str:
        size = decimal(shrunk.font_size_pt, 1)
        field = field_label(shrunk.field)
        if shrunk.shortened:
            return self.tr("{name}: {field} shortened, {size} pt").format(
                name=shrunk.name, field=field, size=size
            )
        return self.tr("{name}: {field} shrunk to {size} pt").format(
            name=shrunk.name, field=field, size=size
        )

    def _forget_preview(self) -> None:
        self.document.close()
        self._pdf = None
        self._run = None
        self.warnings_list.clear()
        self.warnings_list.hide()
        self.summary_label.clear()
        self._update_enabled()

    # -- Printing and saving --------------------------------------------------------------------
    def print_preview(self) -> bool:
        if self._pdf is None:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._pdf.stem)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Start printing the previewed PDF on ``printer``; False when nothing started.
        Who got a badge or certificate is recorded once every page went out."""
        if self._pdf is None or self.print_job.running:
            return False
        job_file = self._folder / f"print-job-{next(self._job_numbers)}.pdf"
        shutil.copyfile(self._pdf, job_file)
        run, kind, stock, database = self._run, self._run_kind, self._run_stock, self._database
        printer_name = printer.printerName() or "-"

        def printed(outcome: PrintOutcome) -> None:
            log.info(
                "Printed %s for %d people, %d pages, stock %s, on printer %s%s",
                kind.value, len(run.registration_ids) if run else 0, outcome.pages,
                stock or "-", printer_name, " as PDF via CUPS" if outcome.vectors else "",
            )  # fmt: skip
            if run is not None and database is not None:
                recorded = record_prints(
                    database,
                    run.registration_ids,
                    kind,
                    stock=stock,
                    desk=self._settings.get(settings.DESK_NAME),
                )
                self.changed.emit(recorded.changes)

        self.print_job.start(
            job_file,
            self.document,
            printer,
            max_dpi=BADGE_DPI if kind is PrintKind.BADGE else DOCUMENT_DPI,
            on_printed=printed,
        )
        self._update_enabled()
        return True

    def save_pdf(self) -> bool:
        """Save a copy of the previewed PDF where the user chooses; say where it went."""
        if self._pdf is None:
            return False
        suggested = self._last_folder() / self._suggested_name()
        name = save_file_name(self, self.tr("Save PDF"), str(suggested), "PDF (*.pdf)")
        if not name:
            return False
        path = Path(name)
        try:
            replace_atomically(path, self._pdf.read_bytes())
        except UserError as error:  # the database itself chosen as the PDF's name
            QMessageBox.warning(self, self.tr("Save PDF"), describe_error(error))
            return False
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Save PDF"),
                self.tr("{path} could not be written: {reason}").format(
                    path=name, reason=error.strerror
                ),
            )
            return False
        self._settings.set(settings.PDF_FOLDER, str(path.parent))
        self._confirm_saved(path)
        return True

    def _last_folder(self) -> Path:
        folder = Path(self._settings.get(settings.PDF_FOLDER) or Path.home())
        return folder if folder.is_dir() else Path.home()

    def _suggested_name(self) -> str:
        """The name a saved PDF is offered under: "Badges-<event>.pdf" in the window's
        language, the event's title made fit for a file name."""
        if self._run is None:  # the calibration page
            return self.tr("Calibration-{stock}.pdf").format(stock=self._run_stock)
        event = file_name_part(self._event.title) if self._event is not None else ""
        if self._run_kind is PrintKind.BADGE:
            name = self.tr("Badges-{event}.pdf") if event else self.tr("Badges.pdf")
        else:
            name = self.tr("Certificates-{event}.pdf") if event else self.tr("Certificates.pdf")
        return name.format(event=event)

    def _confirm_saved(self, path: Path) -> None:
        """Not blocking (the desk goes on working) and with the way to look at the file."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("PDF saved"),
            self.tr("The PDF is saved as\n{path}").format(path=path),
            QMessageBox.StandardButton.Close,
            self,
        )
        open_button = box.addButton(self.tr("&Open"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Close)
        box.buttonClicked.connect(
            lambda button: (
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
                if button is open_button
                else None
            )
        )
        if self.saved_message is not None:  # one confirmation at a time
            self.saved_message.close()
            self.saved_message.deleteLater()
        self.saved_message = box
        box.open()
