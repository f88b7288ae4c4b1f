"""Is this certificate genuine? An employer or a municipality's HR office calls with the
verification code printed on a certificate of attendance; the organiser types it in and
reads out whose certificate it is and what it lists, from this event's attendance records.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from confdesk.db.database import Database
from confdesk.errors import UserError
from confdesk.output.certificates.data import Certificate, find_certificate
from confdesk.ui.shell.background import BackgroundTask
from confdesk.ui.shell.language.formatting import (
    decimal_point,
    short_date,
    short_time,
    whole_number,
)
from confdesk.ui.shell.language.messages import describe_error
from confdesk.words.printed import CERTIFICATE_TEXTS

_GENUINE_COLOUR = "#1B7F3B"
_REFUSED_COLOUR = "#B00020"


class CertificateCheckDialog(QDialog):
    def __init__(self, database: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check a certificate"))
        self._database = database
        self._event_id = event_id
        self._task: BackgroundTask | None = None
        self.outcome = ""  # "genuine", "unknown" or "invalid", for the desk and the tests

        explanation = QLabel(
            self.tr(
                "Type the verification code printed on a certificate of attendance. It is "
                "checked against this event's attendance records."
            )
        )
        explanation.setWordWrap(True)
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("e.g. 7K2M-Q9XD-4HPT-B3NW"))
        self.code_edit.setClearButtonEnabled(True)
        self.check_button = QPushButton(self.tr("&Check"))
        self.check_button.setDefault(True)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setMinimumHeight(120)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.code_edit, 1)
        row.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(row)
        layout.addWidget(self.result_label, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

        self.check_button.clicked.connect(self.check)
        self.code_edit.returnPressed.connect(self.check)

    def check(self) -> None:
        text = self.code_edit.text()
        if not text.strip() or self._task is not None:
            return
        self.check_button.setEnabled(False)
        # Every registration's code is worked out: about a second at 50,000.
        self._task = BackgroundTask(
            self,
            self.tr("Checking the code…"),
            lambda _progress: find_certificate(self._database, self._event_id, text),
            on_success=self._show_result,
            on_error=self._show_error,
        )
        self._task.finished.connect(self._task_done)
        self._task.start()

    def _task_done(self) -> None:
        self._task = None
        self.check_button.setEnabled(True)
        self.code_edit.setFocus()
        self.code_edit.selectAll()

    def _show_result(self, certificate: Certificate | None) -> None:
        if certificate is None:
            self.outcome = "unknown"
            self._say(
                _REFUSED_COLOUR,
                self.tr("✘ Not a certificate of this event"),
                self.tr(
                    "No certificate issued from this database carries this code, or the "
                    "person's attendance has changed since it was printed."
                ),
            )
            return
        self.outcome = "genuine"
        lines = [f"<b>{escape(certificate.full_name)}</b>"]
        if certificate.organization:
            lines.append(escape(certificate.organization))
        for session in certificate.sessions:
            when = " ".join(
                (
                    short_date(session.starts_at.date()),
                    short_time(session.starts_at.replace(second=0))
                    + "–"
                    + short_time(session.ends_at.replace(second=0)),
                )
            )
            lines.append(escape(f"· {when} {session.title}"))
        # The figure as the certificate prints it, with this user's decimal point.
        hours = CERTIFICATE_TEXTS["en"].hours(certificate.total).replace(".", decimal_point())
        summary = (
            self.tr("1 session, {hours} hours in all")
            if len(certificate.sessions) == 1
            else self.tr("{count} sessions, {hours} hours in all")
        )
        lines.append(
            summary.format(
                count=whole_number(len(certificate.sessions)),
                hours=hours,
            )
        )
        self._say(_GENUINE_COLOUR, self.tr("✔ Genuine"), "<br>".join(lines))

    def _show_error(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        self.outcome = "invalid"
        self._say(
            _REFUSED_COLOUR, self.tr("✘ Not a certificate code"), escape(describe_error(error))
        )

    def _say(self, colour: str, headline: str, details: str) -> None:
        self.result_label.setText(
            f"<p style='color:{colour}; font-size:large'><b>{escape(headline)}</b></p>"
            f"<p>{details}</p>"
        )
