"""The words for stored values (categories, statuses, kinds, roles), in English and German.

The database stores short English codes (``confdesk.db.models``); the screens, the badges,
the printed programme and the export all name them with these words, so the badge and the
screen say the same.

The German forms, chosen once for everything a person reads: a neutral word where German
has a common one ("Teilnehmende", "Moderation", "Team", "Presse", "Gast"), else the gender
star ("Referent*in", "Aussteller*in"). Why "Teilnehmende" and not "Teilnahme": a badge and a
column name the person, not the act, and the printed lists already say
"Teilnehmendenliste". Why the star and not "Referent/in" or "Referent(in)": the slash and
the brackets name two genders and are an abbreviation that needs "Referent/-in" to be
correct; the star includes everyone, the badges printed it already, and it is one
character on a narrow badge band. The import reads every one of
these spellings (and the others) back, see ``confdesk.domain.importing.values``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Word:
    english: str
    german: str

    def in_language(self, language: str) -> str:
        return self.german if language == "de" else self.english


CATEGORIES: Mapping[str, Word] = {
    "participant": Word("Participant", "Teilnehmende"),
    "speaker": Word("Speaker", "Referent*in"),
    "moderator": Word("Moderator", "Moderation"),
    "exhibitor": Word("Exhibitor", "Aussteller*in"),
    "staff": Word("Staff", "Team"),
    "press": Word("Press", "Presse"),
    "guest": Word("Guest", "Gast"),
}

REGISTRATION_STATUSES: Mapping[str, Word] = {
    "registered": Word("Registered", "Angemeldet"),
    "waitlisted": Word("Waiting list", "Warteliste"),
    "cancelled": Word("Cancelled", "Storniert"),
}

REGISTRATION_SOURCES: Mapping[str, Word] = {
    "import": Word("Import", "Import"),
    "manual": Word("Manual", "Manuell"),
    "walk_in": Word("Walk-in", "Vor Ort"),
}

ORGANIZATION_KINDS: Mapping[str, Word] = {
    "municipality": Word("Municipality", "Kommune"),
    "district": Word("District", "Landkreis"),
    "state_agency": Word("State agency", "Landesbehörde"),
    "business": Word("Business", "Wirtschaft"),
    "research": Word("Research", "Forschung"),
    "civil_society": Word("Civil society", "Zivilgesellschaft"),
    "press": Word("Press", "Presse"),
    "other": Word("Other", "Sonstige"),
}

SESSION_KINDS: Mapping[str, Word] = {
    "keynote": Word("Keynote", "Impuls"),
    "talk": Word("Talk", "Vortrag"),
    "workshop": Word("Workshop", "Workshop"),
    "panel": Word("Panel", "Podium"),
    "speed_dating": Word("Speed dating", "Speed-Dating"),
    "marketplace": Word("Marketplace", "Markt"),
    "excursion": Word("Excursion", "Exkursion"),
    "break": Word("Break", "Pause"),
    "get_together": Word("Get-together", "Geselliger Ausklang"),
}

SPEAKER_ROLES: Mapping[str, Word] = {
    "speaker": Word("Speaker", "Referent*in"),
    "moderator": Word("Moderator", "Moderation"),
}


# The badge stocks (confdesk.output.badges.stocks), by name: the print screen's list, the
# command line's --list-stocks and the calibration page. Article numbers stay with the stock.
STOCK_TITLES: Mapping[str, Word] = {
    "a6": Word("A6 sheet", "A6-Blatt"),
    "a6-4up": Word("4 × A6 on A4", "4 × A6 auf A4"),
    "a7-8up": Word("8 × A7 on A4", "8 × A7 auf A4"),
    "avery-l4785": Word("Avery name badge labels 80 × 50 mm", "Avery-Namensetiketten 80 × 50 mm"),
    "herma-4412": Word("HERMA name badge labels 80 × 50 mm", "HERMA-Namensetiketten 80 × 50 mm"),
    "durable-54x90": Word("Badge inserts 90 × 54 mm", "Namensschild-Einlagen 90 × 54 mm"),
    "durable-60x90": Word("Badge inserts 90 × 60 mm", "Namensschild-Einlagen 90 × 60 mm"),
    "durable-40x75": Word("Badge inserts 75 × 40 mm", "Namensschild-Einlagen 75 × 40 mm"),
    "a6-fold": Word("Fold-over A6 from A5", "Klappschild A6 aus A5"),
    "brother-ql-62": Word("Brother QL roll 62 mm", "Brother-QL-Rolle 62 mm"),
    "dymo-54x101": Word("DYMO name badges 54 × 101 mm", "DYMO-Namensschilder 54 × 101 mm"),
    "dymo-41x89": Word("DYMO name badges 41 × 89 mm", "DYMO-Namensschilder 41 × 89 mm"),
    "zebra-57x102": Word("Zebra labels 57 × 102 mm", "Zebra-Etiketten 57 × 102 mm"),
}


def words_in(table: Mapping[str, Word], language: str) -> dict[str, str]:
    """Every code of ``table`` with its word in ``language``, in the table's order."""
    return {code: word.in_language(language) for code, word in table.items()}


def word_for(table: Mapping[str, Word], code: str, language: str) -> str:
    """The word for ``code``; the code itself for a value this version does not know."""
    word = table.get(code)
    return word.in_language(language) if word else code
