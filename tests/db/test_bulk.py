"""Bulk inserts store every value exactly as the ORM stores it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import text

from confdesk.db.bulk import bulk_insert
from confdesk.db.database import Database
from confdesk.db.models import Organization, new_uuid


def _organization(name: str, moment: datetime) -> dict[str, object]:
    return {
        "name": name,
        "kind": "other",
        "federal_state": "",
        "funding_programme": "",
        "cohort": "",
        "uuid": new_uuid(),
        "created_at": moment,
        "updated_at": moment,
    }


def test_timestamps_are_stored_as_the_orm_stores_them(database: Database) -> None:
    moments = [datetime(2027, 3, 18, 9, 30, 0, 250), datetime(2027, 3, 18, 9, 30)]
    with database.transaction() as session:
        for number, moment in enumerate(moments):
            session.add(Organization(**_organization(f"orm {number}", moment)))
        # Many rows share a moment, as in an import; one is another moment.
        rows = [_organization(f"bulk {number}", moments[0]) for number in range(3)]
        bulk_insert(session, Organization, [*rows, _organization("bulk 3", moments[1])])
    with database.transaction() as session:
        stored = dict(session.execute(text("SELECT name, created_at FROM organizations")).all())
    assert stored["bulk 0"] == stored["bulk 1"] == stored["bulk 2"] == stored["orm 0"]
    assert stored["bulk 3"] == stored["orm 1"] != stored["orm 0"]
    with database.transaction() as session:
        loaded = session.query(Organization).filter(Organization.name == "bulk 3").one()
        assert loaded.created_at == moments[1]
