"""Where this desk stands with the other desks of the event: which it has heard from, when,
and how many records are still to reach each.

A contact (a sync file merged here, or the desk copy this desk was made from) records in
``sync_peers`` what the peer lacked then, what it sent that could not be merged yet, and
the newest local rows at that moment; whatever this desk recorded since is pending too.
What the peer has recorded since is unknown until the next contact: the status shows how
long ago that was.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from confdesk.db.database import Database

# The newest rows of this file: anything newer is still to reach a peer met now.
NEWEST_ROWS = (
    "SELECT (SELECT coalesce(max(id), 0) FROM checkins), "
    "(SELECT coalesce(max(id), 0) FROM scans), "
    "(SELECT coalesce(max(id), 0) FROM print_records), "
    "(SELECT coalesce(max(hlc), '') FROM registration_field_clocks)"
)
MET_PEER = (
    "INSERT INTO sync_peers (desk_uuid, desk_name, last_contact_at, last_sent_at, "
    "lacked_at_contact, held_back_at_contact, checkins_upto, scans_upto, prints_upto, "
    "edits_upto) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (desk_uuid) DO UPDATE SET "
    "desk_name = excluded.desk_name, last_contact_at = excluded.last_contact_at, "
    "last_sent_at = excluded.last_sent_at, lacked_at_contact = excluded.lacked_at_contact, "
    "held_back_at_contact = excluded.held_back_at_contact, "
    "checkins_upto = excluded.checkins_upto, scans_upto = excluded.scans_upto, "
    "prints_upto = excluded.prints_upto, edits_upto = excluded.edits_upto"
)
_PEERS = (
    "SELECT p.desk_uuid, p.desk_name, p.last_contact_at, p.last_sent_at, "
    "p.lacked_at_contact "
    "+ (SELECT count(*) FROM checkins c WHERE c.id > p.checkins_upto) "
    "+ (SELECT count(*) FROM scans s WHERE s.id > p.scans_upto) "
    "+ (SELECT count(*) FROM print_records r WHERE r.id > p.prints_upto) "
    "+ (SELECT count(*) FROM registration_field_clocks f WHERE f.hlc > p.edits_upto), "
    "p.held_back_at_contact FROM sync_peers p ORDER BY p.last_contact_at DESC, p.desk_uuid"
)
_THIS_DESK = "SELECT uuid, last_export_at FROM this_desk WHERE id = 1"


@dataclass(frozen=True)
class PeerStatus:
    desk_uuid: str
    desk_name: str
    last_contact_at: datetime  # UTC
    last_sent_at: datetime | None  # when the peer made what it last sent, by its clock
    # Records of this desk that had not reached the peer at the last contact, plus those
    # recorded here since: an upper bound (a third desk may have carried some).
    pending_to_peer: int
    # Records the peer sent that wait for something this desk does not hold yet.
    waiting_from_peer: int


@dataclass(frozen=True)
class SyncStatus:
    desk_uuid: str
    last_export_at: datetime | None
    peers: tuple[PeerStatus, ...]


def sync_status(database: Database) -> SyncStatus:
    with database.engine.connect() as connection:
        desk = connection.exec_driver_sql(_THIS_DESK).one()
        peers = connection.exec_driver_sql(_PEERS).all()
    return SyncStatus(
        desk_uuid=desk[0],
        last_export_at=_moment(desk[1]),
        peers=tuple(
            PeerStatus(
                desk_uuid=row[0],
                desk_name=row[1],
                last_contact_at=datetime.fromisoformat(row[2]),
                last_sent_at=_moment(row[3]),
                pending_to_peer=row[4],
                waiting_from_peer=row[5],
            )
            for row in peers
        ),
    )


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None
