"""A number with its noun, "1 page" / "3 pages" / "3 Seiten", in either language.

English and German both have one singular and one plural form, so a noun needs four
words; the number is written by the one locale-aware helper (thousands separators)."""

from __future__ import annotations

from enum import Enum

from confdesk.words.formatting import whole_number


class Noun(Enum):
    """English singular and plural, German singular and plural."""

    PAGE = ("page", "pages", "Seite", "Seiten")
    BADGE = ("badge", "badges", "Namensschild", "Namensschilder")
    CERTIFICATE = ("certificate", "certificates", "Teilnahmebescheinigung",
                   "Teilnahmebescheinigungen")  # fmt: skip
    SESSION = ("session", "sessions", "Programmpunkt", "Programmpunkte")
    FILE = ("file", "files", "Datei", "Dateien")
    LIST = ("participant list", "participant lists", "Teilnehmendenliste",
            "Teilnehmendenlisten")  # fmt: skip
    TEXT = ("text", "texts", "Text", "Texte")
    ROW = ("row", "rows", "Zeile", "Zeilen")
    INVALID_ROW = ("invalid row", "invalid rows", "ungültige Zeile", "ungültige Zeilen")
    PROBLEM = ("problem", "problems", "Problem", "Probleme")
    REGISTRATION = ("registration", "registrations", "Anmeldung", "Anmeldungen")
    ORGANISATION = ("organisation", "organisations", "Organisation", "Organisationen")
    NEW_ORGANISATION = ("new organisation", "new organisations", "neue Organisation",
                        "neue Organisationen")  # fmt: skip
    NEW_TOPIC = ("new topic", "new topics", "neues Thema", "neue Themen")
    CHECKIN = ("check-in", "check-ins", "Check-in", "Check-ins")
    PRINT_RECORD = ("print record", "print records", "Druckvermerk", "Druckvermerke")
    SCAN = ("scan", "scans", "Scan", "Scans")
    EDIT = ("edit", "edits", "Änderung", "Änderungen")
    RECORD = ("record", "records", "Eintrag", "Einträge")
    WISH = ("workshop wish", "workshop wishes", "Workshop-Wunsch", "Workshop-Wünsche")
    SIGNUP_WRITTEN = ("sign-up", "sign-ups", "Anmeldung", "Anmeldungen")
    SIGNUP = ("workshop sign-up", "workshop sign-ups", "Workshop-Anmeldung",
              "Workshop-Anmeldungen")  # fmt: skip


def counted(count: int, noun: Noun, language: str) -> str:
    """ "1 page", "1,250 pages", "1.250 Seiten"."""
    singular, plural = noun.value[2:] if language == "de" else noun.value[:2]
    return f"{whole_number(count, language)} {singular if count == 1 else plural}"
