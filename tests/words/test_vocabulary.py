"""One word per stored value, in both languages, that the import reads back."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

import pytest

from confdesk.db.models import (
    Category,
    OrganizationKind,
    RegistrationSource,
    RegistrationStatus,
    SessionKind,
    SpeakerRole,
)
from confdesk.domain.importing.values import parse_category, parse_status
from confdesk.output.badges.categories import category_style
from confdesk.words.vocabulary import (
    CATEGORIES,
    ORGANIZATION_KINDS,
    REGISTRATION_SOURCES,
    REGISTRATION_STATUSES,
    SESSION_KINDS,
    SPEAKER_ROLES,
    Word,
    word_for,
)


@pytest.mark.parametrize(
    ("table", "values"),
    [
        (CATEGORIES, Category),
        (REGISTRATION_STATUSES, RegistrationStatus),
        (REGISTRATION_SOURCES, RegistrationSource),
        (ORGANIZATION_KINDS, OrganizationKind),
        (SESSION_KINDS, SessionKind),
        (SPEAKER_ROLES, SpeakerRole),
    ],
)
def test_every_stored_value_has_a_word_in_both_languages(
    table: Mapping[str, Word], values: type[StrEnum]
) -> None:
    assert set(table) == {value.value for value in values}
    for word in table.values():
        assert word.english.strip() and word.german.strip()


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_import_reads_every_category_and_status_word_back(language: str) -> None:
    """An export opened, corrected and imported again keeps its categories and statuses."""
    for code, word in CATEGORIES.items():
        assert parse_category(word.in_language(language)) == code
    for code, word in REGISTRATION_STATUSES.items():
        assert parse_status(word.in_language(language)) == code


def test_the_badge_says_the_screen_word() -> None:
    assert category_style("speaker").word("de") == "Referent*in"
    assert category_style("participant").word("de") == "Teilnehmende"
    assert category_style("participant").word("en") == "Participant"


def test_an_unknown_value_shows_as_stored() -> None:
    assert word_for(CATEGORIES, "juror", "de") == "juror"


# Loanwords German uses as they are; every other word has a German form of its own.
SAME_IN_GERMAN = {"Workshop", "Import"}


@pytest.mark.parametrize(
    "table",
    [
        CATEGORIES,
        REGISTRATION_STATUSES,
        REGISTRATION_SOURCES,
        ORGANIZATION_KINDS,
        SESSION_KINDS,
        SPEAKER_ROLES,
    ],
)
def test_no_word_is_left_in_english_in_german(table: Mapping[str, Word]):
    untranslated = [
        word.english
        for word in table.values()
        if word.german == word.english and word.english not in SAME_IN_GERMAN
    ]
    assert untranslated == []
