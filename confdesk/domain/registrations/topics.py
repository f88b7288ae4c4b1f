"""The topics of an event ("Ortskernentwicklung", "Katastrophenschutz", …): what attendees
are interested in and what sessions are about. A topic name is matched in any spelling,
like an organisation's."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from confdesk.db.database import Database
from confdesk.db.models import Topic
from confdesk.domain.changes import NOTHING, Changes
from confdesk.domain.events.service import ValidationError, load_event
from confdesk.domain.registrations.organizations import name_key, session_for
from confdesk.normalize import nfc


@dataclass(frozen=True)
class TopicData:
    id: int
    event_id: int
    name: str
    color: str = ""
    # What the write that returned this value changed (nothing for a read).
    changes: Changes = field(default=NOTHING, compare=False, kw_only=True)


def list_topics(database: Database, event_id: int) -> list[TopicData]:
    with database.transaction() as session:
        topics = [
            _to_data(t) for t in session.scalars(select(Topic).where(Topic.event_id == event_id))
        ]
    return sorted(topics, key=lambda t: (name_key(t.name), t.name, t.id))


def find_or_create_topic(target: Session | Database, event_id: int, name: str) -> TopicData:
    cleaned = nfc(name).strip()
    if not cleaned:
        raise ValidationError("topic", "The topic needs a name.", code="topic_name_required")
    key = name_key(cleaned)
    with session_for(target) as session:
        load_event(session, event_id)
        topics = session.scalars(
            select(Topic).where(Topic.event_id == event_id).order_by(Topic.id)
        ).all()
        matches = [t for t in topics if name_key(t.name) == key]
        found = next((t for t in matches if t.name == cleaned), matches[0] if matches else None)
        if found is not None:
            return _to_data(found)
        created = Topic(event_id=event_id, name=cleaned)
        session.add(created)
        session.flush()
        return replace(_to_data(created), changes=Changes(topics=True))


def _to_data(topic: Topic) -> TopicData:
    return TopicData(id=topic.id, event_id=topic.event_id, name=topic.name, color=topic.color)
