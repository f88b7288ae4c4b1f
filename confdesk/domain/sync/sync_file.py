"""The sync file: an SQLite file holding what one desk has, sealed with the event's key.

Tables (format 1), every foreign key spelled as the UUID of the row it names:

- ``manifest`` (name, value): ``format`` = ``confdesk-sync``, ``version``, ``event_uuid``,
  ``desk_uuid``, ``desk_name``, ``made_at`` (UTC), ``clock`` (the desk's clock stamp);
- ``organizations``, ``registrations`` (with ``organization_uuid``), ``field_clocks``
  (registration_uuid, field, hlc), ``checkins`` (registration_uuid, session_uuid,
  reverts_uuid), ``scans`` (session_uuid, checkin_uuid), ``print_records``
  (registration_uuid), ``tombstones`` (UUIDs of deleted registrations);
- ``seal`` (mac): the seal, written last.

The seal is HMAC-SHA256 under the *sync key* over every row of every table above, read back
from the file in a fixed order (table by table, rows sorted by all their columns), each row
as one line of JSON. The sync key is HMAC-SHA256(event's check-in key, "confdesk sync key
v1:" + event UUID): only a desk holding the event's file can make or check a seal, the
check-in key itself is never used twice for different purposes, and a file of another
event cannot pass. A file cut short, altered in any row, or with rows added or removed
does not match its seal and is refused before anything is merged.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Column, Connection, Integer, MetaData, Table, Text, select

from confdesk.db.models import SYNCED_REGISTRATION_FIELDS

FORMAT = "confdesk-sync"
VERSION = 1
_KEY_CONTEXT = b"confdesk sync key v1:"
_SEAL_CONTEXT = b"confdesk sync file v1\n"

# The registration fields as they travel: the organisation by UUID, not by local id.
REGISTRATION_FIELDS = tuple(
    "organization_uuid" if name == "organization_id" else name
    for name in SYNCED_REGISTRATION_FIELDS
)

metadata = MetaData()


def _table(name: str, *columns: str, integers: tuple[str, ...] = ()) -> Table:
    return Table(
        name,
        metadata,
        *(Column(column, Integer if column in integers else Text) for column in columns),
    )


manifest = _table("manifest", "name", "value")
organizations = _table(
    "organizations",
    "uuid",
    "name",
    "kind",
    "federal_state",
    "funding_programme",
    "cohort",
    "created_at",
    "updated_at",
)
registrations = _table(
    "registrations",
    "uuid",
    "created_at",
    "updated_at",
    "source",
    *REGISTRATION_FIELDS,
    integers=("photo_consent", "attendee_list_consent", "checkin_code_issue"),
)
field_clocks = _table("field_clocks", "registration_uuid", "field", "hlc")
checkins = _table(
    "checkins",
    "uuid",
    "registration_uuid",
    "session_uuid",
    "action",
    "occurred_at",
    "desk",
    "operator",
    "source",
    "reverts_uuid",
)
scans = _table(
    "scans",
    "uuid",
    "scanned_at",
    "desk",
    "operator",
    "source",
    "action",
    "session_uuid",
    "input",
    "input_length",
    "status",
    "registration_uuid",
    "checkin_uuid",
    integers=("input_length",),
)
print_records = _table(
    "print_records",
    "uuid",
    "registration_uuid",
    "kind",
    "printed_at",
    "stock",
    "desk",
    "created_at",
    "updated_at",
)
tombstones = _table("tombstones", "uuid", "deleted_at")
seal = _table("seal", "mac")

# What the seal covers, in this order.
SEALED = (
    manifest,
    organizations,
    registrations,
    field_clocks,
    checkins,
    scans,
    print_records,
    tombstones,
)


def sync_key(checkin_key: bytes, event_uuid: str) -> bytes:
    return hmac.new(checkin_key, _KEY_CONTEXT + event_uuid.encode(), hashlib.sha256).digest()


def seal_of(connection: Connection, key: bytes) -> str:
    """The seal over the sealed tables as they are in the file (hex)."""
    mac = hmac.new(key, _SEAL_CONTEXT, hashlib.sha256)
    for line in _canonical_lines(connection):
        mac.update(line)
    return mac.hexdigest()


def seal_matches(connection: Connection, key: bytes, found: str) -> bool:
    return hmac.compare_digest(seal_of(connection, key), found)


def _canonical_lines(connection: Connection) -> Iterator[bytes]:
    for table in SEALED:
        yield json.dumps(table.name).encode() + b"\n"
        for row in connection.execute(select(table).order_by(*table.c)):
            yield json.dumps(list(row), ensure_ascii=False, default=_blob).encode() + b"\n"


def _blob(value: Any) -> Any:
    # No sealed column holds bytes; a file with some was altered, and must still be
    # readable far enough to say so.
    if isinstance(value, bytes):
        return {"blob": value.hex()}
    raise TypeError(type(value).__name__)
