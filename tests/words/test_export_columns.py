"""The export's headers and its yes and no come from the words, in both languages, and
the import reads them back: an export opened, corrected and imported again keeps its
columns and consents."""

from __future__ import annotations

import pytest

from confdesk.domain.importing.fields import field_for_header
from confdesk.domain.importing.values import parse_yes_no
from confdesk.words.export_columns import EXPORT_COLUMNS, NO, YES

# Written by the export for the organisers' eyes; no import field takes them.
NOT_IMPORTED = {"source", "registered_at", "checkin_code"}


def test_every_column_has_a_header_in_both_languages() -> None:
    for word in (*EXPORT_COLUMNS.values(), YES, NO):
        assert word.english.strip() and word.german.strip()
    # German and English headers differ where the languages do, not by accident.
    assert EXPORT_COLUMNS["given_name"].in_language("de") == "Vorname"
    assert EXPORT_COLUMNS["given_name"].in_language("en") == "Given name"
    assert EXPORT_COLUMNS["checkin_code"].in_language("de") == "checkin_code"


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_import_reads_every_header_and_consent_back(language: str) -> None:
    for key, word in EXPORT_COLUMNS.items():
        field = field_for_header(word.in_language(language))
        assert (field is None) if key in NOT_IMPORTED else (field == key), key
    assert parse_yes_no(YES.in_language(language)) is True
    assert parse_yes_no(NO.in_language(language)) is False
