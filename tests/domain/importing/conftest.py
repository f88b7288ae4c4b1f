"""Shared pieces of the import tests: an event to import into, files written byte for byte
as the programs that export attendee lists write them, and a look at what got stored."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from confdesk.db.database import Database
from confdesk.db.models import Organization, Registration, Topic, registration_topics
from confdesk.domain.events.service import EventDraft, EventService


@pytest.fixture
def event_id(database: Database) -> int:
    draft = EventDraft("Themenmarktplatz Smarte Dörfer", date(2026, 11, 26), date(2026, 11, 26))
    return EventService(database).create(draft).id


WriteFile = Callable[..., Path]


@pytest.fixture
def write_csv(tmp_path: Path) -> WriteFile:
    """``write_csv(rows, name=..., delimiter=..., encoding=..., newline=...)``: the rows
    joined as a spreadsheet program joins them (no quoting unless a cell needs it)."""

    def write(
        rows: Sequence[Sequence[str]] | str,
        *,
        name: str = "teilnehmer.csv",
        delimiter: str = ";",
        encoding: str = "utf-8",
        newline: str = "\r\n",
    ) -> Path:
        if isinstance(rows, str):
            text = rows
        else:
            text = "".join(
                delimiter.join(_quoted(cell, delimiter) for cell in row) + newline for row in rows
            )
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return path

    return write


def _quoted(cell: str, delimiter: str) -> str:
    if any(char in cell for char in (delimiter, '"', "\n", "\r")):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def stored_registrations(database: Database, event_id: int) -> list[dict]:
    """Every registration of the event with its organisation's name and topic names,
    ordered by id."""
    with database.transaction() as session:
        rows = session.execute(
            select(Registration, Organization.name)
            .outerjoin(Organization, Registration.organization_id == Organization.id)
            .where(Registration.event_id == event_id)
            .order_by(Registration.id)
        ).all()
        topics: dict[int, list[str]] = {}
        for registration_id, name in session.execute(
            select(registration_topics.c.registration_id, Topic.name)
            .join(Topic, Topic.id == registration_topics.c.topic_id)
            .order_by(Topic.name)
        ):
            topics.setdefault(registration_id, []).append(name)
        return [
            {
                "id": r.id,
                "title": r.title,
                "given_name": r.given_name,
                "family_name": r.family_name,
                "email": r.email,
                "phone": r.phone,
                "organization": organization or "",
                "position": r.position,
                "category": r.category,
                "status": r.status,
                "dietary_needs": r.dietary_needs,
                "accessibility_needs": r.accessibility_needs,
                "photo_consent": r.photo_consent,
                "attendee_list_consent": r.attendee_list_consent,
                "notes": r.notes,
                "topics": topics.get(r.id, []),
                "source": r.source,
                "search_key": r.search_key,
                "updated_at": r.updated_at,
            }
            for r, organization in rows
        ]


@pytest.fixture
def stored(database: Database, event_id: int) -> Callable[[], list[dict]]:
    """``stored()``: the event's registrations as they are in the database now."""
    return lambda: stored_registrations(database, event_id)
