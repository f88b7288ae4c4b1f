"""Checking people in and out at the venue and at session doors, with a log of every scan.

One :class:`CheckinDesk` serves one desk (a check-in screen, or one ``confdesk checkin`` run).
Each scan is one write transaction: verify the code, decide, write the check-in record (if
any) and the scan's log row, commit. The database runs in WAL mode with
``synchronous=FULL``, so when :meth:`CheckinDesk.check_in` returns, the record is on disk:
a crash or a power cut afterwards cannot lose it. Callers show "accepted" only after that.

The transaction starts with ``BEGIN IMMEDIATE``: two desks on one file take turns, so a
person scanned at both at once is accepted once and "already checked in" at the other.

Statuses (:class:`~confdesk.db.models.ScanStatus`, the set DESIGN.md documents): a valid code
of a registered person is ``accepted`` unless the person is already in (``already_checked_in``,
with when and where); cancelled and waitlisted registrations are refused under those names;
``unknown``, ``invalid``, ``revoked`` and ``wrong_event`` come from the code verifier
(:mod:`confdesk.domain.checkin.codes`). A check-out answers ``checked_out`` or
``not_checked_in``.

"In" means: the latest check-in or check-out of the person at that place (the venue, or one
agenda session) that no undo took back is a check-in. Which records no undo took back, and
which of them are check-ins at the venue, the database's views ``checkins_in_force`` and
``venue_checkins`` say (see :mod:`confdesk.domain.checkin.attendance`).

The hot path uses the DB-API connection directly: per scan it costs one indexed lookup and
two inserts, which keeps a scan within a few milliseconds of SQLite's own durable write.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from confdesk.db.database import Database
from confdesk.db.models import (
    CheckinAction,
    CheckinSource,
    RegistrationStatus,
    ScanStatus,
    SignupStatus,
    new_uuid,
    utc_now,
)
from confdesk.db.storage_faults import storage_error
from confdesk.domain.changes import NOTHING, Changes
from confdesk.domain.checkin.codes import (
    FIND_REGISTRATION_SQL,
    CodeStatus,
    CodeVerifier,
    RegistrationState,
    registration_state,
)
from confdesk.domain.registrations.names import HasPersonName
from confdesk.errors import UserError
from confdesk.logs import log_storage_failure

# How the log keeps what was read: enough to recognise it, never megabytes.
LOGGED_INPUT_CHARS = 120
ARRIVALS_WINDOW = timedelta(minutes=15)
CHECKIN_CHANGES = Changes(checkins=True)

REJECTED = frozenset(
    {
        ScanStatus.CANCELLED,
        ScanStatus.WAITLISTED,
        ScanStatus.UNKNOWN,
        ScanStatus.INVALID,
        ScanStatus.REVOKED,
        ScanStatus.WRONG_EVENT,
    }
)
_FROM_CODE_STATUS = {
    CodeStatus.UNKNOWN: ScanStatus.UNKNOWN,
    CodeStatus.INVALID: ScanStatus.INVALID,
    CodeStatus.REVOKED: ScanStatus.REVOKED,
    CodeStatus.WRONG_EVENT: ScanStatus.WRONG_EVENT,
}


@dataclass(frozen=True)
class Attendee(HasPersonName):
    """What the desk tells about a person whose code was read."""

    registration_id: int
    uuid: str
    title: str
    given_name: str
    family_name: str
    organization: str
    position: str
    category: str
    status: str
    dietary_needs: str
    accessibility_needs: str
    notes: str


@dataclass(frozen=True)
class PreviousCheckin:
    """The check-in that makes a person "already checked in"."""

    checkin_id: int
    occurred_at: datetime
    desk: str


@dataclass(frozen=True)
class SessionInfo:
    id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    room: str
    capacity: int | None
    signup_required: bool


@dataclass(frozen=True)
class SessionLoad:
    """How full a session's room is after a session check-in."""

    session: SessionInfo
    present: int

    @property
    def over_capacity(self) -> bool:
        capacity = self.session.capacity
        return capacity is not None and self.present > capacity


@dataclass(frozen=True)
class ScanResult:
    status: ScanStatus
    scan_id: int
    attendee: Attendee | None = None
    # The record this scan wrote (accepted check-in or a check-out): what undo takes back.
    checkin_id: int | None = None
    previous: PreviousCheckin | None = None
    # Session check-ins only.
    load: SessionLoad | None = None
    signed_up: bool = True
    # Accepted venue check-ins: the sessions the person signed up for, to tell them.
    signups: tuple[SessionInfo, ...] = ()
    # Check-ins when a record was written; the scan log alone is no screen's business.
    changes: Changes = field(default=NOTHING, compare=False, kw_only=True)

    @property
    def accepted(self) -> bool:
        return self.status is ScanStatus.ACCEPTED

    @property
    def rejected(self) -> bool:
        return self.status in REJECTED

    def as_json(self) -> dict[str, Any]:
        """The command line's JSON result."""
        data: dict[str, Any] = {"status": self.status.value}
        if self.attendee is not None:
            data["registration"] = {
                "id": self.attendee.registration_id,
                "uuid": self.attendee.uuid,
                "name": self.attendee.full_name,
                "organization": self.attendee.organization,
                "category": self.attendee.category,
            }
        if self.checkin_id is not None:
            data["checkin_id"] = self.checkin_id
        if self.previous is not None:
            data["previous"] = {
                "at": self.previous.occurred_at.isoformat(timespec="seconds") + "Z",
                "desk": self.previous.desk,
            }
        if self.load is not None:
            data["session"] = {
                "id": self.load.session.id,
                "title": self.load.session.title,
                "present": self.load.present,
                "capacity": self.load.session.capacity,
                "over_capacity": self.load.over_capacity,
                "signed_up": self.signed_up,
            }
        return data


@dataclass(frozen=True)
class UndoResult:
    attendee: Attendee
    undone_action: CheckinAction
    session_id: int | None
    changes: Changes = field(default=CHECKIN_CHANGES, compare=False, kw_only=True)


@dataclass(frozen=True)
class CategoryCount:
    category: str
    expected: int
    checked_in: int


@dataclass(frozen=True)
class CheckinCounters:
    by_category: tuple[CategoryCount, ...]
    arrivals_last_15_min: int

    @property
    def expected(self) -> int:
        return sum(count.expected for count in self.by_category)

    @property
    def checked_in(self) -> int:
        return sum(count.checked_in for count in self.by_category)


@dataclass
class DeskIdentity:
    """Who and where, written into every record."""

    desk: str = ""
    operator: str = ""


@dataclass
class _Scan:
    """One scan on its way to the log."""

    source: CheckinSource
    action: CheckinAction
    session_id: int | None
    text: str = ""
    registration_uuid: str | None = None
    checkin_id: int | None = None
    # When it was scanned (UTC): now, or earlier for a scan that waited to be stored.
    at: datetime = field(default_factory=utc_now)


def _scan(
    source: CheckinSource,
    action: CheckinAction,
    session_id: int | None,
    scanned_at: datetime | None,
    text: str = "",
) -> _Scan:
    return _Scan(source, action, session_id, text=text, at=scanned_at or utc_now())


# -- SQL -------------------------------------------------------------------------------------

_TIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"  # as SQLAlchemy stores DateTime in SQLite
# "Latest" in the order things happened, not the order rows were written: records merged
# from another desk (confdesk.domain.sync) arrive after later ones of this desk.
_LATEST_AT_PLACE = (
    "SELECT c.id, c.action, c.occurred_at, c.desk FROM checkins_in_force c "
    "WHERE c.registration_id = ? AND c.session_id IS ? "
    "ORDER BY c.occurred_at DESC, c.id DESC LIMIT 1"
)
_ATTENDEE = (
    "SELECT r.id, r.uuid, r.title, r.given_name, r.family_name, coalesce(o.name, ''), "
    "r.position, r.category, r.status, r.dietary_needs, r.accessibility_needs, r.notes "
    "FROM registrations r LEFT JOIN organizations o ON o.id = r.organization_id "
    "WHERE r.id = ? AND r.event_id = ?"
)
_INSERT_CHECKIN = (
    "INSERT INTO checkins (uuid, registration_id, session_id, action, occurred_at, desk, "
    "operator, source, reverts_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_SCAN = (
    "INSERT INTO scans (uuid, event_id, scanned_at, desk, operator, source, action, "
    "session_id, input, input_length, status, registration_uuid, checkin_id) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
# Sessions are read in three ways; each statement is whole, with the columns of SessionInfo.
_SESSION = (
    "SELECT s.id, s.title, s.starts_at, s.ends_at, coalesce(r.name, ''), "
    "coalesce(s.capacity, r.capacity), s.signup_required "
    "FROM agenda_sessions s LEFT JOIN rooms r ON r.id = s.room_id "
    "WHERE s.id = ? AND s.event_id = ?"
)
_SESSIONS = (
    "SELECT s.id, s.title, s.starts_at, s.ends_at, coalesce(r.name, ''), "
    "coalesce(s.capacity, r.capacity), s.signup_required "
    "FROM agenda_sessions s LEFT JOIN rooms r ON r.id = s.room_id "
    "WHERE s.event_id = ? ORDER BY s.starts_at, coalesce(r.sort_order, 0), s.id"
)
_PRESENT_IN_SESSION = (
    "SELECT count(*) FROM (SELECT c.action, row_number() OVER (PARTITION BY c.registration_id "
    "ORDER BY c.occurred_at DESC, c.id DESC) AS newest "
    "FROM checkins_in_force c WHERE c.session_id = ?) WHERE newest = 1 AND action = 'check_in'"
)
_SIGNED_UP = (
    "SELECT 1 FROM session_signups WHERE session_id = ? AND registration_id = ? AND status = ?"
)
_SIGNUPS = (
    "SELECT s.id, s.title, s.starts_at, s.ends_at, coalesce(r.name, ''), "
    "coalesce(s.capacity, r.capacity), s.signup_required "
    "FROM agenda_sessions s LEFT JOIN rooms r ON r.id = s.room_id "
    "JOIN session_signups g ON g.session_id = s.id "
    "WHERE g.registration_id = ? AND g.status = ? ORDER BY s.starts_at, s.id"
)
_UNDOABLE = (
    "SELECT c.registration_id, c.session_id, c.action, c.source FROM checkins_in_force c "
    "JOIN registrations r ON r.id = c.registration_id WHERE c.id = ? AND r.event_id = ?"
)
# Per category, how many registered people came and how many of them first came since a
# moment. From the check-ins to their people, not the other way: cheap while few have come.
_ARRIVED_BY_CATEGORY = (
    "WITH arrived AS (SELECT c.registration_id, min(c.occurred_at) AS first_at "
    "FROM venue_checkins c GROUP BY c.registration_id) "
    "SELECT r.category, count(*), coalesce(sum(a.first_at >= ?), 0) "
    "FROM arrived a JOIN registrations r ON r.id = a.registration_id "
    "WHERE r.event_id = ? AND r.status = ? GROUP BY r.category"
)


class CheckinDesk:
    """Check-in and check-out at one desk, for one event. Not shared between threads: give
    each thread its own desk (each holds its own connection)."""

    def __init__(
        self, database: Database, event_id: int, identity: DeskIdentity | None = None
    ) -> None:
        self._verifier = CodeVerifier(database, event_id)
        self._database = database
        self._event_id = event_id
        self.identity = identity or DeskIdentity()
        self._pooled = database.engine.raw_connection()
        connection = self._pooled.driver_connection
        assert isinstance(connection, sqlite3.Connection)
        self._connection: sqlite3.Connection = connection
        self._expected: tuple[int, dict[str, int]] | None = None

    def close(self) -> None:
        self._pooled.close()

    def __enter__(self) -> CheckinDesk:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- scans --------------------------------------------------------------------------

    def check_in(
        self,
        text: str,
        source: CheckinSource = CheckinSource.SCANNER,
        session_id: int | None = None,
        scanned_at: datetime | None = None,
    ) -> ScanResult:
        """Check in whoever ``text`` (a scanned code) names; durable when it returns.
        ``scanned_at`` (UTC) dates the scan log row and the check-in record: a scan that
        waited to be stored (the file was locked, the disk full) keeps the moment it was
        read, so arrivals and certificates show when the person came."""
        scan = _scan(source, CheckinAction.CHECK_IN, session_id, scanned_at, text=text)
        with self._write() as cursor:
            session = self._session(cursor, session_id)
            registration_id, status = self._verify(cursor, text, scan)
            if registration_id is None:
                return self._log(cursor, scan, status)
            return self._check_in(cursor, scan, registration_id, session)

    def check_in_registration(
        self,
        registration_id: int,
        source: CheckinSource = CheckinSource.SEARCH,
        session_id: int | None = None,
        scanned_at: datetime | None = None,
    ) -> ScanResult:
        """Check in a person found by name (or just registered as a walk-in)."""
        scan = _scan(source, CheckinAction.CHECK_IN, session_id, scanned_at)
        with self._write() as cursor:
            session = self._session(cursor, session_id)
            return self._check_in(cursor, scan, registration_id, session)

    def check_out(
        self,
        text: str,
        source: CheckinSource = CheckinSource.SCANNER,
        scanned_at: datetime | None = None,
    ) -> ScanResult:
        """Check out at the venue whoever ``text`` names."""
        scan = _scan(source, CheckinAction.CHECK_OUT, None, scanned_at, text=text)
        with self._write() as cursor:
            registration_id, status = self._verify(cursor, text, scan)
            if registration_id is None:
                return self._log(cursor, scan, status)
            return self._check_out(cursor, scan, registration_id)

    def check_out_registration(
        self,
        registration_id: int,
        source: CheckinSource = CheckinSource.SEARCH,
        scanned_at: datetime | None = None,
    ) -> ScanResult:
        scan = _scan(source, CheckinAction.CHECK_OUT, None, scanned_at)
        with self._write() as cursor:
            return self._check_out(cursor, scan, registration_id)

    def undo(self, checkin_id: int) -> UndoResult:
        """Take back a check-in or check-out with a new record; history stays as it was."""
        with self._write() as cursor:
            row = cursor.execute(_UNDOABLE, (checkin_id, self._event_id)).fetchone()
            if row is None:
                raise UserError(
                    "This check-in cannot be undone: it does not exist or was undone already.",
                    code="checkin_not_undoable",
                    checkin_id=checkin_id,
                )
            registration_id, session_id, action, source = row
            self._insert_checkin(
                cursor,
                registration_id,
                session_id,
                CheckinAction.UNDO,
                source,
                checkin_id,
                utc_now(),
            )
            attendee = self._attendee(cursor, registration_id)
        return UndoResult(attendee, CheckinAction(action), session_id)

    # -- reading ------------------------------------------------------------------------

    def who(self, text: str = "", registration_id: int | None = None) -> Attendee | None:
        """Whom a scanned ``text`` (or a registration id) names, read without writing: for
        the answer to a scan that could not be stored, so the desk can say whose it was.
        None when the code names nobody of this event. Raises
        :class:`~confdesk.db.storage_faults.StorageError` when the file cannot be read."""
        connection = self._connection
        try:
            if connection.in_transaction:
                connection.rollback()
            if registration_id is None:
                check = self._verifier.verify_using(text, self._lookup(connection))
                registration_id = check.registration_id
                if check.status is not CodeStatus.VALID or registration_id is None:
                    return None
            row = connection.execute(_ATTENDEE, (registration_id, self._event_id)).fetchone()
        except sqlite3.Error as error:
            failure = storage_error(error, self._database.path)
            if failure is None:
                raise
            raise failure from error
        finally:
            if connection.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    connection.rollback()
        return Attendee(*row) if row is not None else None

    def sessions(self) -> list[SessionInfo]:
        """The event's agenda sessions, for the door's session picker."""
        rows = self._connection.execute(_SESSIONS, (self._event_id,)).fetchall()
        self._connection.commit()  # ends the read transaction the driver may have opened
        return [_session_info(row) for row in rows]

    def counters(self, now: datetime | None = None) -> CheckinCounters:
        # Reading every registration for the expected numbers is most of the cost (50 ms at
        # 50,000), and they change only when someone else writes the file: this desk's own
        # writes are check-ins. SQLite's data_version moves exactly then.
        (version,) = self._connection.execute("PRAGMA data_version").fetchone()
        if self._expected is None or self._expected[0] != version:
            self._expected = (version, expected_by_category(self._connection, self._event_id))
        return checkin_counters(self._connection, self._event_id, self._expected[1], now)

    # -- the steps ----------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Cursor]:
        """One durable write. A failure to store raises
        :class:`~confdesk.db.storage_faults.StorageError` naming its kind; success is
        returned only once the commit is on disk *and* the path still names the file and
        WAL that were written (:meth:`Database.verify_on_disk`)."""
        self._database.refuse_if_lost()
        connection = self._connection
        cursor = connection.cursor()
        try:
            if connection.in_transaction:  # left open by a read; never expected, never kept
                connection.rollback()
            cursor.execute("BEGIN IMMEDIATE")
            try:
                yield cursor
                # Before the commit too: a file already gone is not written at all.
                self._database.verify_on_disk()
            except BaseException:
                if connection.in_transaction:
                    connection.rollback()
                raise
            # synchronous=FULL: this returns once the WAL is on disk.
            connection.commit()
        except sqlite3.Error as error:
            failure = storage_error(error, self._database.path)
            if failure is None:
                raise
            log_storage_failure(failure.fault.value, f"check-in at {self._database.path}", error)
            if connection.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    connection.rollback()
            raise failure from error
        finally:
            cursor.close()
        self._database.verify_on_disk()

    def _lookup(
        self, reader: sqlite3.Connection | sqlite3.Cursor
    ) -> Callable[[str], RegistrationState | None]:
        """The code verifier's look-up of a registration by UUID, through ``reader`` (the
        write transaction's cursor, or the connection for a read without writing)."""

        def lookup(registration_uuid: str) -> RegistrationState | None:
            row = reader.execute(FIND_REGISTRATION_SQL, (registration_uuid, self._event_id))
            return registration_state(row.fetchone())

        return lookup

    def _verify(
        self, cursor: sqlite3.Cursor, text: str, scan: _Scan
    ) -> tuple[int | None, ScanStatus]:
        """The registration a valid code names (None otherwise), and the scan's status."""
        check = self._verifier.verify_using(text, self._lookup(cursor))
        if check.registration_uuid is not None and check.status is not CodeStatus.WRONG_EVENT:
            scan.registration_uuid = check.registration_uuid
        if check.status is CodeStatus.VALID:
            return check.registration_id, ScanStatus.ACCEPTED
        return None, _FROM_CODE_STATUS[check.status]

    def _check_in(
        self,
        cursor: sqlite3.Cursor,
        scan: _Scan,
        registration_id: int,
        session: SessionInfo | None,
    ) -> ScanResult:
        attendee = self._attendee(cursor, registration_id)
        scan.registration_uuid = attendee.uuid
        if attendee.status == RegistrationStatus.CANCELLED:
            return self._log(cursor, scan, ScanStatus.CANCELLED, attendee=attendee)
        if attendee.status == RegistrationStatus.WAITLISTED:
            return self._log(cursor, scan, ScanStatus.WAITLISTED, attendee=attendee)
        session_id = session.id if session else None
        latest = cursor.execute(_LATEST_AT_PLACE, (registration_id, session_id)).fetchone()
        signed_up = session is None or _is_signed_up(cursor, session.id, registration_id)
        if latest is not None and latest[1] == CheckinAction.CHECK_IN:
            previous = PreviousCheckin(latest[0], datetime.fromisoformat(latest[2]), latest[3])
            return self._log(
                cursor,
                scan,
                ScanStatus.ALREADY_CHECKED_IN,
                attendee=attendee,
                previous=previous,
                load=_load(cursor, session),
                signed_up=signed_up,
            )
        scan.checkin_id = self._insert_checkin(
            cursor, registration_id, session_id, CheckinAction.CHECK_IN, scan.source, None, scan.at
        )
        signups = () if session else _signups(cursor, registration_id)
        return self._log(
            cursor,
            scan,
            ScanStatus.ACCEPTED,
            attendee=attendee,
            load=_load(cursor, session),
            signed_up=signed_up,
            signups=signups,
        )

    def _check_out(self, cursor: sqlite3.Cursor, scan: _Scan, registration_id: int) -> ScanResult:
        attendee = self._attendee(cursor, registration_id)
        scan.registration_uuid = attendee.uuid
        latest = cursor.execute(_LATEST_AT_PLACE, (registration_id, None)).fetchone()
        if latest is None or latest[1] != CheckinAction.CHECK_IN:
            return self._log(cursor, scan, ScanStatus.NOT_CHECKED_IN, attendee=attendee)
        scan.checkin_id = self._insert_checkin(
            cursor, registration_id, None, CheckinAction.CHECK_OUT, scan.source, None, scan.at
        )
        return self._log(cursor, scan, ScanStatus.CHECKED_OUT, attendee=attendee)

    def _log(
        self, cursor: sqlite3.Cursor, scan: _Scan, status: ScanStatus, **result: Any
    ) -> ScanResult:
        text = scan.text
        cursor.execute(
            _INSERT_SCAN,
            (
                new_uuid(),
                self._event_id,
                scan.at.strftime(_TIME_FORMAT),
                self.identity.desk,
                self.identity.operator,
                scan.source.value,
                scan.action.value,
                scan.session_id,
                loggable_input(text),
                len(text),
                status.value,
                scan.registration_uuid,
                scan.checkin_id,
            ),
        )
        assert cursor.lastrowid is not None
        changes = CHECKIN_CHANGES if scan.checkin_id is not None else NOTHING
        return ScanResult(
            status, cursor.lastrowid, checkin_id=scan.checkin_id, changes=changes, **result
        )

    def _insert_checkin(
        self,
        cursor: sqlite3.Cursor,
        registration_id: int,
        session_id: int | None,
        action: CheckinAction,
        source: str,
        reverts_id: int | None,
        at: datetime,
    ) -> int:
        cursor.execute(
            _INSERT_CHECKIN,
            (
                new_uuid(),
                registration_id,
                session_id,
                action.value,
                at.strftime(_TIME_FORMAT),
                self.identity.desk,
                self.identity.operator,
                str(source),
                reverts_id,
            ),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def _attendee(self, cursor: sqlite3.Cursor, registration_id: int) -> Attendee:
        row = cursor.execute(_ATTENDEE, (registration_id, self._event_id)).fetchone()
        # A scanned code's registration was found in this transaction already; an id
        # chosen by name (search, walk-in) may name none of this event, or one deleted since.
        if row is None:
            raise UserError(
                f"There is no registration with id {registration_id} in this event.",
                code="no_such_registration",
                registration_id=registration_id,
            )
        return Attendee(*row)

    def _session(self, cursor: sqlite3.Cursor, session_id: int | None) -> SessionInfo | None:
        if session_id is None:
            return None
        row = cursor.execute(_SESSION, (session_id, self._event_id)).fetchone()
        if row is None:
            raise UserError(
                f"There is no agenda session with id {session_id} in this event.",
                code="no_such_session",
                session_id=session_id,
            )
        return _session_info(row)


def loggable_input(text: str) -> str:
    """What the log keeps of a scanned text: control characters made visible, cut short."""
    shown = "".join(
        character if character.isprintable() else repr(character)[1:-1]
        for character in text[:LOGGED_INPUT_CHARS]
    )
    return shown[:LOGGED_INPUT_CHARS]


def checkin_counters(
    connection: sqlite3.Connection,
    event_id: int,
    expected: dict[str, int],
    now: datetime | None = None,
) -> CheckinCounters:
    """Checked in of expected (registered people), by category, and first arrivals in the
    last 15 minutes. People who checked out still count as arrived. ``expected`` is what
    :func:`expected_by_category` gave, kept by the caller: reading every registration is
    most of the cost."""
    since = ((now or utc_now()) - ARRIVALS_WINDOW).strftime(_TIME_FORMAT)
    rows = connection.execute(
        _ARRIVED_BY_CATEGORY, (since, event_id, RegistrationStatus.REGISTERED.value)
    ).fetchall()
    if connection.in_transaction:
        connection.commit()
    arrived = {row[0]: row[1] for row in rows}
    return CheckinCounters(
        by_category=tuple(
            CategoryCount(category, expected.get(category, 0), arrived.get(category, 0))
            for category in sorted(expected.keys() | arrived.keys())
        ),
        arrivals_last_15_min=sum(row[2] for row in rows),
    )


def expected_by_category(connection: sqlite3.Connection, event_id: int) -> dict[str, int]:
    rows = connection.execute(
        "SELECT category, count(*) FROM registrations WHERE event_id = ? AND status = ? "
        "GROUP BY category",
        (event_id, RegistrationStatus.REGISTERED.value),
    ).fetchall()
    if connection.in_transaction:
        connection.commit()
    return dict(rows)


def _is_signed_up(cursor: sqlite3.Cursor, session_id: int, registration_id: int) -> bool:
    row = cursor.execute(
        _SIGNED_UP, (session_id, registration_id, SignupStatus.SIGNED_UP.value)
    ).fetchone()
    return row is not None


def _load(cursor: sqlite3.Cursor, session: SessionInfo | None) -> SessionLoad | None:
    if session is None:
        return None
    (present,) = cursor.execute(_PRESENT_IN_SESSION, (session.id,)).fetchone()
    return SessionLoad(session, present)


def _signups(cursor: sqlite3.Cursor, registration_id: int) -> tuple[SessionInfo, ...]:
    rows = cursor.execute(_SIGNUPS, (registration_id, SignupStatus.SIGNED_UP.value)).fetchall()
    return tuple(_session_info(row) for row in rows)


def _session_info(row: tuple[Any, ...]) -> SessionInfo:
    return SessionInfo(
        id=row[0],
        title=row[1],
        starts_at=datetime.fromisoformat(row[2]),
        ends_at=datetime.fromisoformat(row[3]),
        room=row[4],
        capacity=row[5],
        signup_required=bool(row[6]),
    )
