"""The event's logo: checked once when it is set, so every badge run can trust it.

A logo is a PNG or JPEG file of at most 5 MB, stored in the database with the event (so every
desk sharing the file prints it). Anything else is refused with one sentence.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, UnidentifiedImageError
from sqlalchemy import select, update

from confdesk.db.database import Database
from confdesk.db.file_lock import refuse_open_database
from confdesk.db.models import Event, utc_now
from confdesk.domain.changes import Changes
from confdesk.errors import UserError

MAX_LOGO_BYTES = 5 * 1024 * 1024
LOGO_FORMATS = frozenset({"PNG", "JPEG"})


def read_logo_file(path: Path) -> bytes:
    """The bytes of a logo file, checked; a UserError says what is wrong with it."""
    refuse_open_database(path)
    try:
        size = path.stat().st_size
        if size > MAX_LOGO_BYTES:
            raise UserError(
                f"{path.name} is too large for a logo ({size // 1024 // 1024} MB; at most 5 MB).",
                code="logo_too_large",
                path=str(path),
            )
        data = path.read_bytes()
    except OSError as error:
        raise UserError(
            f"{path} cannot be read: {error.strerror}.", code="logo_unreadable", path=str(path)
        ) from None
    check_logo(data, path.name)
    return data


def check_logo(data: bytes, name: str = "The file") -> None:
    try:
        with Image.open(io.BytesIO(data)) as image:
            image_format = image.format
            image.verify()
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        image_format = None
    if image_format not in LOGO_FORMATS:
        raise UserError(
            f"{name} is not a PNG or JPEG image; save the logo in one of those formats.",
            code="logo_not_image",
            name=name,
        )


def set_logo(database: Database, event_id: int, data: bytes | None) -> Changes:
    """Set (or with None remove) the event's logo."""
    if data is not None:
        check_logo(data)
    with database.transaction() as session:
        session.execute(
            update(Event).where(Event.id == event_id).values(logo=data, updated_at=utc_now())
        )
    return Changes(event=True)


def event_logo(database: Database, event_id: int) -> bytes | None:
    with database.transaction() as session:
        return session.scalar(select(Event.logo).where(Event.id == event_id))
