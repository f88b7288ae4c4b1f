"""The ids search keeps between keystrokes: right order, and never stale after a change.

Each test searches with the cached plan forced (every text with hits takes it), changes the
data some way a desk can, and searches again: the second answer must show the change.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from confdesk.db.database import Database, open_database
from confdesk.db.models import CheckinRecord
from confdesk.domain.registrations import search
from confdesk.domain.registrations.search import RegistrationFilter, search_registration_ids
from confdesk.domain.registrations.search_cache import NameOrder, search_cache
from confdesk.domain.registrations.service import RegistrationDraft, RegistrationService


@pytest.fixture(autouse=True)
def always_cached(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "CACHED_FROM_HITS", 1)


def _names(database: Database, event_id: int, text: str, **filters: object) -> list[str]:
    ids = search_registration_ids(database, event_id, RegistrationFilter(text, **filters))  # type: ignore[arg-type]
    service = RegistrationService(database)
    return [service.get(registration_id).family_name for registration_id in ids]


@pytest.fixture
def kims(service: RegistrationService, event_id: int) -> dict[str, int]:
    return {
        family: service.create(event_id, RegistrationDraft("Kim", family, position="Lotsin")).id
        for family in ("Zander", "Özdemir", "Abel", "Vogel")
    }


def test_pick_keeps_the_name_order_and_leaves_out_other_events() -> None:
    order = NameOrder([30, 10, 20, 40], {30: 0, 10: 1, 20: 2, 40: 3})
    assert order.pick({40, 10, 99}) == [10, 40]
    assert order.pick([20, 30, 10, 40]) == [30, 10, 20, 40]
    assert order.pick(set()) == []


def test_a_new_registration_is_found_at_once(
    database: Database, service: RegistrationService, event_id: int, kims: dict[str, int]
) -> None:
    assert _names(database, event_id, "lotsin") == ["Abel", "Özdemir", "Vogel", "Zander"]
    service.create(event_id, RegistrationDraft("Kim", "Müller", position="Lotsin"))
    assert _names(database, event_id, "lotsin") == ["Abel", "Müller", "Özdemir", "Vogel", "Zander"]


def test_a_renamed_person_moves_to_the_new_place(
    database: Database, service: RegistrationService, event_id: int, kims: dict[str, int]
) -> None:
    assert _names(database, event_id, "lotsin")[0] == "Abel"
    service.update(kims["Abel"], RegistrationDraft("Kim", "Wolf", position="Lotsin"))
    assert _names(database, event_id, "lotsin") == ["Özdemir", "Vogel", "Wolf", "Zander"]


def test_filters_follow_status_changes_and_check_ins(
    database: Database, service: RegistrationService, event_id: int, kims: dict[str, int]
) -> None:
    registered = frozenset({"registered"})
    assert len(_names(database, event_id, "lotsin", statuses=registered)) == 4
    service.cancel(kims["Vogel"])
    assert _names(database, event_id, "lotsin", statuses=registered) == [
        "Abel",
        "Özdemir",
        "Zander",
    ]
    assert _names(database, event_id, "lotsin", checked_in=True) == []
    with database.transaction() as session:
        session.add(CheckinRecord(registration_id=kims["Zander"]))
    assert _names(database, event_id, "lotsin", checked_in=True) == ["Zander"]
    assert "Zander" not in _names(database, event_id, "lotsin", checked_in=False)


def test_a_change_by_another_program_is_seen(
    database: Database, event_id: int, kims: dict[str, int]
) -> None:
    """Another desk process, or the command line, writing the same file."""
    registered = frozenset({"registered"})
    assert _names(database, event_id, "lotsin", statuses=registered)[0] == "Abel"
    with closing(sqlite3.connect(database.path)) as other, other:
        other.execute("UPDATE registrations SET status = 'cancelled' WHERE id = ?", (kims["Abel"],))
    assert _names(database, event_id, "lotsin", statuses=registered) == [
        "Özdemir",
        "Vogel",
        "Zander",
    ]


def test_a_change_through_a_second_connection_of_this_process_is_seen(
    database: Database, event_id: int, kims: dict[str, int]
) -> None:
    assert len(_names(database, event_id, "lotsin")) == 4
    second = open_database(database.path)
    try:
        RegistrationService(second).create(
            event_id, RegistrationDraft("Kim", "Bauer", position="Lotsin")
        )
    finally:
        second.close()
    assert _names(database, event_id, "lotsin")[:2] == ["Abel", "Bauer"]


def test_the_cache_is_kept_while_nothing_changes_and_dropped_after_a_write(
    database: Database, event_id: int, kims: dict[str, int]
) -> None:
    with database.transaction() as session:
        connection = session.connection()
        first = search_cache(connection)
        assert search_cache(connection) is first
        connection.exec_driver_sql(
            "UPDATE registrations SET notes = 'x' WHERE id = ?", (kims["Abel"],)
        )
        assert search_cache(connection) is not first
