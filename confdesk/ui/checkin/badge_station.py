"""The badge station: a desk that prints each person's badge the moment they are checked in.

Every order is one person's badge, printed in the order the scans came (FIFO), one job at
a time on a worker thread, on the desk's own label printer and stock (desk settings). The
check-in screen goes on scanning meanwhile: nothing here is modal, and a printer that fails
is reported through :attr:`BadgeStation.news`, never in a dialog. A badge is recorded as
printed (``PrintKind.BADGE``) only once the printer took it, so "only unprinted" on the
print screen knows who still needs one.
"""

from __future__ import annotations

import itertools
import logging
import shutil
import tempfile
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from confdesk import settings
from confdesk.db.database import Database
from confdesk.db.models import PrintKind
from confdesk.domain.changes import NOTHING, Changes
from confdesk.domain.printing.records import record_prints
from confdesk.domain.progress import Progress
from confdesk.errors import UserError
from confdesk.settings import Settings
from confdesk.ui.printing.pdf_printing import (
    PrintOutcome,
    PrintTarget,
    print_whole_pdf,
    printer_target,
)
from confdesk.ui.shell.background import BackgroundWork
from confdesk.ui.shell.errors.unexpected_errors import report_unexpected
from confdesk.ui.shell.language.messages import describe_error

log = logging.getLogger(__name__)


class BadgeState(Enum):
    QUEUED = "queued"
    PRINTING = "printing"
    PRINTED = "printed"
    FAILED = "failed"


@dataclass(frozen=True)
class BadgeOrder:
    number: int  # counts up from 1 per station: the order the scans came in
    registration_id: int
    name: str  # as the desk calls the person
    printer: str
    stock: str
    photo_mark: bool
    desk: str


@dataclass(frozen=True)
class BadgeNews:
    """What became of one order; ``reason`` says why it failed (or was not recorded)."""

    order: BadgeOrder
    state: BadgeState
    reason: str = ""
    waiting: int = 0  # orders queued behind it
    job_id: str = ""  # printed through CUPS: its job ("queue-42")
    changes: Changes = field(default=NOTHING, compare=False)


@dataclass(frozen=True)
class _Printed:
    outcome: PrintOutcome
    changes: Changes
    # The print went out, but its record could not be written (said on the GUI thread).
    not_recorded: UserError | None = None


class BadgeStation(QObject):
    # A BadgeNews for each order when it is queued, starts printing, printed or failed.
    news = Signal(object)

    def __init__(self, user_settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = user_settings
        self._database: Database | None = None
        self._event_id: int | None = None
        self._queue: deque[BadgeOrder] = deque()
        self._work: BackgroundWork | None = None
        self._current: BadgeOrder | None = None
        self._numbers = itertools.count(1)
        self._folder: Path | None = None
        # Turns the printer setting into where a job goes; made on the GUI thread per job.
        self.target_for: Callable[[BadgeOrder], PrintTarget] = lambda order: printer_target(
            order.printer
        )

    # -- The desk -------------------------------------------------------------------------
    @property
    def enabled(self) -> bool:
        """Badges print at check-in: switched on, with a printer chosen."""
        return self._settings.get(settings.BADGE_STATION) and bool(self.printer)

    @property
    def printer(self) -> str:
        return self._settings.get(settings.BADGE_STATION_PRINTER)

    @property
    def waiting(self) -> int:
        """Orders not printed yet, the one printing included."""
        return len(self._queue) + (1 if self._current is not None else 0)

    def set_desk(self, database: Database | None, event_id: int | None) -> None:
        """Another file or event: what is queued is dropped (nothing is printed twice or
        for the wrong file), and the running job stops after its current step."""
        self.stop()
        self._database = database
        self._event_id = event_id

    def stop(self) -> None:
        self._queue.clear()
        if self._work is not None:
            self._work.cancel_and_wait()
            self._work.deleteLater()
            self._work = None
        if self._current is not None:
            log.info("Badge station stopped before badge %d was done", self._current.number)
            self._current = None
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    # -- Orders ---------------------------------------------------------------------------
    def order(self, registration_id: int, name: str) -> BadgeOrder | None:
        """Queue this person's badge on the desk's printer; None without a printer or a
        file. Returns at once: the badge prints behind those queued before it."""
        if self._database is None or self._event_id is None or not self.printer:
            return None
        order = BadgeOrder(
            number=next(self._numbers),
            registration_id=registration_id,
            name=name,
            printer=self.printer,
            stock=self._settings.get(settings.BADGE_STATION_STOCK),
            photo_mark=self._settings.get(settings.PRINT_PHOTO_MARK),
            desk=self._settings.get(settings.DESK_NAME),
        )
        self._queue.append(order)
        self._tell(order, BadgeState.QUEUED)
        self._next()
        return order

    def _next(self) -> None:
        if self._work is not None or not self._queue:
            return
        assert self._database is not None and self._event_id is not None
        order = self._queue.popleft()
        self._current = order
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="confdesk-badge-station-"))
        try:
            target = self.target_for(order)
        except UserError as error:
            self._current = None
            self._tell(order, BadgeState.FAILED, describe_error(error))
            self._next()
            return
        database, event_id, folder = self._database, self._event_id, self._folder

        def work(progress: Progress) -> _Printed:
            return _print_badge(database, event_id, order, target, folder, progress)

        self._work = BackgroundWork(
            self,
            work,
            on_success=lambda printed: self._printed(order, printed),
            on_error=lambda error: self._failed(order, error),
        )
        self._work.finished.connect(self._job_done)
        self._tell(order, BadgeState.PRINTING)
        self._work.start()

    def _job_done(self) -> None:
        if self._work is not None:
            self._work.deleteLater()
        self._work = None
        self._current = None

    def _printed(self, order: BadgeOrder, printed: _Printed) -> None:
        log.info(
            "Badge %d printed at check-in on %s (stock %s)%s",
            order.number, order.printer, order.stock,
            ", NOT recorded" if printed.not_recorded else "",
        )  # fmt: skip
        reason = describe_error(printed.not_recorded) if printed.not_recorded else ""
        self._tell(order, BadgeState.PRINTED, reason, printed.changes, printed.outcome.job_id)
        self._next()

    def _failed(self, order: BadgeOrder, error: BaseException) -> None:
        if isinstance(error, UserError):
            log.warning("Badge %d not printed on %s: %s", order.number, order.printer, error)
            reason = describe_error(error)
        else:  # a bug: say so on the screen and in the log, and go on with the next
            reason = self.tr("an unexpected error")
            report_unexpected(error, "printing a badge at check-in")
        self._tell(order, BadgeState.FAILED, reason)
        self._next()

    def _tell(
        self,
        order: BadgeOrder,
        state: BadgeState,
        reason: str = "",
        changes: Changes = NOTHING,
        job_id: str = "",
    ) -> None:
        self.news.emit(BadgeNews(order, state, reason, len(self._queue), job_id, changes))


def _print_badge(
    database: Database,
    event_id: int,
    order: BadgeOrder,
    target: PrintTarget,
    folder: Path,
    progress: Progress,
) -> _Printed:
    """On the worker thread: the badge's PDF, to the printer, then the record."""
    from confdesk.output.badges.writer import render_badges

    pdf = folder / f"badge-{order.number}.pdf"
    try:
        render_badges(
            database,
            event_id,
            pdf,
            stock=order.stock,
            registration_ids=[order.registration_id],
            photo_mark=order.photo_mark,
            progress=progress,
        )
        outcome = print_whole_pdf(pdf, target, progress, title=f"badge-{order.number}")
    finally:
        pdf.unlink(missing_ok=True)
    if outcome.cancelled:  # the desk closed before it went out
        return _Printed(outcome, NOTHING)
    # It went out: recorded even when the desk closes meanwhile (no progress call here).
    try:
        recorded = record_prints(
            database, [order.registration_id], PrintKind.BADGE, stock=order.stock, desk=order.desk
        )
    except UserError as error:  # a StorageError too
        return _Printed(outcome, NOTHING, error)
    return _Printed(outcome, recorded.changes)
