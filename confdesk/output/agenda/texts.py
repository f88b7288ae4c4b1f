"""The words of the printed programme, door signs and participant lists, in German and
English (the event's language)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from confdesk.output.month_names import MONTHS
from confdesk.words.vocabulary import SESSION_KINDS, word_for

_WEEKDAYS = {
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


@dataclass(frozen=True)
class AgendaTexts:
    language: str
    programme: str
    continued: str
    all_rooms: str
    no_room: str
    round: str  # with {number}
    moderation: str
    participants: str
    waiting_list: str
    seats: str  # with {seated} and {capacity}
    seats_open: str  # with {seated}
    number: str
    name: str
    organization: str
    signature: str
    nobody: str
    page: str  # with {page}

    def day(self, value: date) -> str:
        weekday = _WEEKDAYS[self.language][value.weekday()]
        month = MONTHS[self.language][value.month - 1]
        if self.language == "de":
            return f"{weekday}, {value.day}. {month} {value.year}"
        return f"{weekday}, {value.day} {month} {value.year}"

    def time_span(self, start: datetime, end: datetime) -> str:
        suffix = " Uhr" if self.language == "de" else ""
        return f"{start:%H:%M}–{end:%H:%M}{suffix}"

    def kind(self, code: str) -> str:
        return word_for(SESSION_KINDS, code, self.language)


TEXTS: dict[str, AgendaTexts] = {
    "de": AgendaTexts(
        language="de",
        programme="Programm",
        continued="(Fortsetzung)",
        all_rooms="alle Räume",
        no_room="außer Haus",
        round="Runde {number}",
        moderation="Moderation",
        participants="Teilnehmendenliste",
        waiting_list="Warteliste",
        seats="{seated} von {capacity} Plätzen belegt",
        seats_open="{seated} Anmeldungen",
        number="Nr.",
        name="Name",
        organization="Organisation",
        signature="Unterschrift",
        nobody="Noch niemand angemeldet.",
        page="Seite {page}",
    ),
    "en": AgendaTexts(
        language="en",
        programme="Programme",
        continued="(continued)",
        all_rooms="all rooms",
        no_room="off site",
        round="Round {number}",
        moderation="Moderation",
        participants="List of participants",
        waiting_list="Waiting list",
        seats="{seated} of {capacity} seats taken",
        seats_open="{seated} sign-ups",
        number="No.",
        name="Name",
        organization="Organisation",
        signature="Signature",
        nobody="Nobody has signed up yet.",
        page="Page {page}",
    ),
}


def agenda_texts(language: str) -> AgendaTexts:
    return TEXTS.get(language, TEXTS["en"])
