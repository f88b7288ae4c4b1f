"""Three desks of one event, as the sync tests set them up: the organiser's file and two
desk copies made from it, each open, each with the event's check-in codes at hand."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from confdesk.db.database import Database, open_database
from confdesk.domain.checkin.codes import codes_for_event
from confdesk.domain.checkin.desk import CheckinDesk, DeskIdentity, ScanResult
from confdesk.domain.sync.desk_copy import make_desk_copy
from confdesk.domain.sync.exporting import export_sync_file
from confdesk.domain.sync.importing import SyncSummary, import_sync_file

EVENT_ID = 1
DESK_NAMES = ("Desk 1", "Desk 2", "Desk 3")


@dataclass
class Venue:
    folder: Path
    desks: list[Database]
    codes: dict[int, str]
    _exported: int = field(default=0)

    @classmethod
    def open(cls, organiser_file: Path, folder: Path) -> Venue:
        organiser = open_database(organiser_file, backup_on_open=False)
        desks = [organiser]
        for number in (2, 3):
            copy = make_desk_copy(organiser, folder / f"desk{number}.sqlite")
            desks.append(open_database(copy.path, backup_on_open=False))
        return cls(folder, desks, codes_for_event(organiser, EVENT_ID))

    def close(self) -> None:
        for desk in self.desks:
            desk.close()

    @property
    def people(self) -> list[int]:
        return sorted(self.codes)

    def check_in(self, desk: int, person: int) -> ScanResult:
        with CheckinDesk(self.desks[desk], EVENT_ID, DeskIdentity(DESK_NAMES[desk])) as opened:
            return opened.check_in(self.codes[person])

    def export(self, desk: int) -> Path:
        self._exported += 1
        path = self.folder / f"from-desk{desk + 1}-{self._exported}.sync"
        export_sync_file(self.desks[desk], path, EVENT_ID, desk_name=DESK_NAMES[desk])
        return path

    def receive(self, desk: int, path: Path) -> SyncSummary:
        return import_sync_file(self.desks[desk], path)

    def exchange(self, source: int, target: int) -> SyncSummary:
        return self.receive(target, self.export(source))


def rows(database: Database, statement: str) -> list[tuple[object, ...]]:
    with database.engine.connect() as connection:
        return sorted(tuple(row) for row in connection.exec_driver_sql(statement).all())


def checkin_uuids(database: Database) -> set[str]:
    return {str(row[0]) for row in rows(database, "SELECT uuid FROM checkins")}


def scan_uuids(database: Database) -> set[str]:
    return {str(row[0]) for row in rows(database, "SELECT uuid FROM scans")}


# The registrations as every desk must agree on them: by UUID, the synced fields, the
# organisation by UUID.
REGISTRATIONS = (
    "SELECT r.uuid, r.title, r.given_name, r.family_name, r.email, r.phone, o.uuid, "
    "r.position, r.category, r.status, r.dietary_needs, r.accessibility_needs, "
    "r.photo_consent, r.attendee_list_consent, r.notes, r.checkin_code_issue "
    "FROM registrations r LEFT JOIN organizations o ON o.id = r.organization_id"
)


def file_integrity(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
