"""The words of the registrations export: its column headers and its yes and no, in
English and German.

The headers are ones the importer recognises (``confdesk.domain.importing.fields``), so an
export opened, corrected and imported again keeps every column. The check-in code column
is called ``checkin_code`` in both languages, for mail merges and badge tools.
"""

from __future__ import annotations

from collections.abc import Mapping

from confdesk.words.vocabulary import Word

# In the order of the file's columns; keys are the export's row fields.
EXPORT_COLUMNS: Mapping[str, Word] = {
    "title": Word("Title", "Titel"),
    "given_name": Word("Given name", "Vorname"),
    "family_name": Word("Family name", "Nachname"),
    "email": Word("E-mail", "E-Mail"),
    "phone": Word("Phone", "Telefon"),
    "organization": Word("Organization", "Organisation"),
    "position": Word("Position", "Funktion"),
    "category": Word("Category", "Kategorie"),
    "status": Word("Status", "Status"),
    "dietary_needs": Word("Dietary needs", "Ernährung"),
    "accessibility_needs": Word("Accessibility needs", "Barrierefreiheit"),
    "photo_consent": Word("Photo consent", "Fotoerlaubnis"),
    "attendee_list_consent": Word("Attendee list consent", "Teilnehmerliste"),
    "topics": Word("Topics", "Themen"),
    "notes": Word("Notes", "Bemerkung"),
    "source": Word("Source", "Quelle"),
    "registered_at": Word("Registered at", "Angemeldet am"),
    "checkin_code": Word("checkin_code", "checkin_code"),
}

# A consent given or not, as a cell says it.
YES = Word("yes", "ja")
NO = Word("no", "nein")
