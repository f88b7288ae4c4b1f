"""The challenges people name ("Leerstand im Ortskern", "Fachkräftemangel"): free tags of
an event like its topics, matched in any spelling, so people facing the same ones can be
introduced to each other."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from confdesk.db.models import Challenge
from confdesk.domain.registrations.organizations import name_key
from confdesk.normalize import nfc


def challenge_ids(
    session: Session, event_id: int, names: Iterable[str]
) -> tuple[dict[str, int], int]:
    """Each name's challenge, created when the event has none of that name in any
    spelling; and how many were created."""
    existing = {
        name_key(challenge.name): challenge.id
        for challenge in session.scalars(select(Challenge).where(Challenge.event_id == event_id))
    }
    ids: dict[str, int] = {}
    created = 0
    for name in dict.fromkeys(names):
        key = name_key(name)
        if key not in existing:
            challenge = Challenge(event_id=event_id, name=nfc(name).strip())
            session.add(challenge)
            session.flush()
            existing[key] = challenge.id
            created += 1
        ids[name] = existing[key]
    return ids, created
