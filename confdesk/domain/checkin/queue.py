"""Scans that could not be stored yet, kept in order and written when the cause goes away.

A desk must never show a result that is not on disk, and must not lose a scan because
another program held the file for a moment or the disk was full. :class:`ScanQueue` sits in
front of one :class:`~confdesk.domain.checkin.desk.CheckinDesk`:

- :meth:`ScanQueue.submit` writes a scan at once when nothing waits. When the write fails
  for a reason that may pass (:attr:`StorageFault.may_pass`: a lock, a full disk, a
  read-only mount, an I/O error) the scan waits, and the answer is :class:`NotStored`
  with ``pending=True``. While scans wait, a new scan waits behind them without trying:
  scans are stored in the order they were read, so "already checked in" stays true.
- :meth:`ScanQueue.retry` writes the waiting scans, oldest first, until one fails again.
  Each is written with the moment it was read (``scanned_at``) and the desk and operator
  of that moment.
- A damaged or vanished file does not pass by itself: such a scan is answered
  ``pending=False`` and the queue is *stopped* (:attr:`ScanQueue.stopped`); what was
  waiting is given back as lost, since nothing more can be written.

The answer to a scan that was not stored names the person when the file can still be read
(:meth:`CheckinDesk.who`), so the desk can tell them "you are not checked in yet".

No Qt here: the check-in screen runs a queue on its worker thread; the tests drive it
directly.
"""

from __future__ import annotations

import itertools
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime

from confdesk.db.models import CheckinAction, CheckinSource, utc_now
from confdesk.db.storage_faults import StorageError, StorageFault
from confdesk.domain.checkin.desk import Attendee, CheckinDesk, DeskIdentity, ScanResult
from confdesk.errors import UserError

_numbers = itertools.count(1)


@dataclass(frozen=True)
class ScanRequest:
    """What was scanned (or chosen by name), where, by whom and when: all a write needs,
    now or later."""

    action: CheckinAction  # CHECK_IN or CHECK_OUT
    source: CheckinSource
    identity: DeskIdentity
    text: str = ""
    registration_id: int | None = None
    session_id: int | None = None
    scanned_at: datetime = field(default_factory=utc_now)
    # Tells answers apart: the screen matches a later "stored" to its pending entry.
    number: int = field(default_factory=lambda: next(_numbers))

    def write(self, desk: CheckinDesk) -> ScanResult:
        desk.identity = DeskIdentity(self.identity.desk, self.identity.operator)
        at = self.scanned_at
        if self.action is CheckinAction.CHECK_OUT:
            if self.registration_id is not None:
                return desk.check_out_registration(self.registration_id, self.source, at)
            return desk.check_out(self.text, self.source, at)
        if self.registration_id is not None:
            return desk.check_in_registration(
                self.registration_id, self.source, self.session_id, scanned_at=at
            )
        return desk.check_in(self.text, self.source, self.session_id, scanned_at=at)


@dataclass(frozen=True)
class NotStored:
    """The answer to a scan that is NOT recorded (yet)."""

    request: ScanRequest
    fault: StorageFault
    # Who it was, when the file could still be read and the code names someone.
    attendee: Attendee | None = None
    # The file could not even be read to say who it was.
    unreadable: bool = False
    # Waiting in the queue, written by itself once the cause goes away.
    pending: bool = False


@dataclass(frozen=True)
class Stored:
    """A scan that waited, now on disk; or, rarely, refused when its turn came (a
    registration deleted meanwhile): then ``problem`` says why and ``result`` is None."""

    request: ScanRequest
    result: ScanResult | None
    problem: UserError | None = None


@dataclass
class RetryOutcome:
    stored: list[Stored] = field(default_factory=list)
    # Lost because the file turned out damaged or gone while they waited.
    lost: list[NotStored] = field(default_factory=list)


class ScanQueue:
    """Writes scans through ``desk`` in the order they were read (see the module)."""

    def __init__(self, desk: CheckinDesk) -> None:
        self.desk = desk
        self._waiting: deque[ScanRequest] = deque()
        self.fault: StorageFault | None = None  # why the head waits, or why it stopped
        self.stopped = False

    @property
    def waiting(self) -> tuple[ScanRequest, ...]:
        return tuple(self._waiting)

    def submit(self, request: ScanRequest) -> ScanResult | NotStored:
        """Store ``request`` now, or say why not. Raises :class:`UserError` for a scan the
        desk refuses outright (no such session), as :class:`CheckinDesk` does."""
        if self.stopped:
            assert self.fault is not None
            return self._not_stored(request, self.fault, pending=False)
        if self._waiting:
            self._waiting.append(request)
            assert self.fault is not None
            return self._not_stored(request, self.fault, pending=True)
        try:
            return request.write(self.desk)
        except StorageError as error:
            fault = error.fault
            self.fault = fault
            if not fault.may_pass:
                self.stopped = True
                return self._not_stored(request, fault, pending=False)
            self._waiting.append(request)
            return self._not_stored(request, fault, pending=True)

    def retry(self) -> RetryOutcome:
        """Write what waits, oldest first, until a write fails again."""
        outcome = RetryOutcome()
        while self._waiting and not self.stopped:
            head = self._waiting[0]
            try:
                result = head.write(self.desk)
            except StorageError as error:
                self.fault = error.fault
                if not error.fault.may_pass:
                    self.stop(error.fault, outcome)
                break
            except UserError as problem:
                self._waiting.popleft()
                outcome.stored.append(Stored(head, None, problem))
            else:
                self._waiting.popleft()
                outcome.stored.append(Stored(head, result))
        if not self._waiting and not self.stopped:
            self.fault = None
        return outcome

    def stop(self, fault: StorageFault, outcome: RetryOutcome | None = None) -> list[NotStored]:
        """Nothing more is written (the file is damaged or gone); what waited is lost."""
        self.stopped = True
        self.fault = fault
        lost = [NotStored(request, fault) for request in self._waiting]
        self._waiting.clear()
        if outcome is not None:
            outcome.lost.extend(lost)
        return lost

    def _not_stored(self, request: ScanRequest, fault: StorageFault, pending: bool) -> NotStored:
        try:
            attendee = self.desk.who(request.text, request.registration_id)
        except StorageError:
            return NotStored(request, fault, unreadable=True, pending=pending)
        except UserError:
            attendee = None
        return NotStored(request, fault, attendee=attendee, pending=pending)
