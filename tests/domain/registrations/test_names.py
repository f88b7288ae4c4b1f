"""The one name formatter: each form of a person's name, in any script, with parts missing."""

from __future__ import annotations

import pytest

from confdesk.db.database import Database
from confdesk.db.models import Registration
from confdesk.domain.registrations.names import PersonName, full_name
from confdesk.domain.registrations.service import RegistrationDraft, RegistrationService

PROFESSOR = PersonName("Ayşe", "Çalışkan", "Prof. Dr.")
NO_GIVEN = PersonName("", "Weiß", "Dr.")
CYRILLIC = PersonName("Ольга", "Иванова")


@pytest.mark.parametrize(
    ("name", "full"),
    [
        (PROFESSOR, "Prof. Dr. Ayşe Çalışkan"),
        (NO_GIVEN, "Dr. Weiß"),
        (CYRILLIC, "Ольга Иванова"),
        (PersonName("Anna", ""), "Anna"),
    ],
)
def test_the_full_name_carries_the_title(name: PersonName, full: str) -> None:
    assert name.full == full


@pytest.mark.parametrize(
    ("name", "without"),
    [(PROFESSOR, "Ayşe Çalışkan"), (NO_GIVEN, "Weiß"), (CYRILLIC, "Ольга Иванова")],
)
def test_the_name_without_title(name: PersonName, without: str) -> None:
    assert name.without_title == without


@pytest.mark.parametrize(
    ("name", "listed"),
    [
        (PROFESSOR, "Çalışkan, Prof. Dr. Ayşe"),
        (NO_GIVEN, "Weiß, Dr."),
        (CYRILLIC, "Иванова, Ольга"),
        (PersonName("", "Weiß"), "Weiß"),
        (PersonName("Anna", ""), "Anna"),
    ],
)
def test_family_first_for_lists(name: PersonName, listed: str) -> None:
    assert name.family_first == listed


@pytest.mark.parametrize(
    ("name", "key"),
    [
        (PROFESSOR, "caliskan ayse"),  # the title never moves anyone in a list
        (NO_GIVEN, "weiss"),
        (CYRILLIC, "ivanova olga"),
    ],
)
def test_the_sort_key_is_spelled_out_in_ascii_without_title(name: PersonName, key: str) -> None:
    assert name.sort_key == key


@pytest.mark.parametrize(
    ("name", "lines"),
    [
        (PROFESSOR, ("Ayşe", "Prof. Dr. Çalışkan")),
        (NO_GIVEN, ("", "Dr. Weiß")),
        (CYRILLIC, ("Ольга", "Иванова")),
    ],
)
def test_the_badge_shows_the_given_name_large_and_the_title_with_the_family_name(
    name: PersonName, lines: tuple[str, str]
) -> None:
    assert name.badge_lines == lines


def test_the_stored_sort_name_is_the_formatters_sort_key(
    database: Database, event_id: int, service: RegistrationService
) -> None:
    created = service.create(
        event_id,
        RegistrationDraft(given_name="Ayşe", family_name="Çalışkan", title="Prof. Dr."),
    )
    with database.transaction() as session:
        stored = session.get(Registration, created.id)
        assert stored is not None
        assert stored.sort_name == PersonName.of(stored).sort_key
        assert full_name(stored) == created.full_name == "Prof. Dr. Ayşe Çalışkan"
