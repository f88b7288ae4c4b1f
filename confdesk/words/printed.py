"""The words on paper — name badges, certificates of attendance, the programme, door
signs and participant lists — in German and English (the event's language).

The words for stored values (categories, session kinds) are in
:mod:`confdesk.words.vocabulary`, dates and numbers come from
:mod:`confdesk.words.formatting`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from confdesk.words.formatting import (
    clock_time,
    day_and_month,
    decimal,
    long_date,
    numeric_date,
    weekday_date,
)
from confdesk.words.sentences import Sentences
from confdesk.words.vocabulary import SESSION_KINDS, word_for


@dataclass(frozen=True)
class BadgeTexts:
    schedule_title: str  # above a person's own workshops on the badge's back
    no_schedule: str


BADGE_TEXTS: dict[str, BadgeTexts] = {
    "de": BadgeTexts(
        schedule_title="Mein Programm",
        no_schedule="Keine Workshop-Anmeldungen – das ganze Programm liegt am Empfang aus.",
    ),
    "en": BadgeTexts(
        schedule_title="My programme",
        no_schedule="No workshop sign-ups – the full programme is at the registration desk.",
    ),
}


def badge_texts(language: str) -> BadgeTexts:
    return BADGE_TEXTS.get(language, BADGE_TEXTS["en"])


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
    # Those who did not agree to be listed, counted instead of named.
    further_seated: str  # with {count}
    further_waiting: str  # with {count}
    attendee_list: str  # the heading of the list of everyone registered
    attendee_list_note: str  # with {count}: who is not on it and why

    def day(self, value: date) -> str:
        return weekday_date(value, self.language)

    def time_span(self, start: datetime, end: datetime) -> str:
        suffix = " Uhr" if self.language == "de" else ""
        span = f"{clock_time(start, self.language)}–{clock_time(end, self.language)}"
        return span + suffix

    def kind(self, code: str) -> str:
        return word_for(SESSION_KINDS, code, self.language)


AGENDA_TEXTS: dict[str, AgendaTexts] = {
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
        further_seated="Weitere Teilnehmende: {count}",
        further_waiting="Weitere auf der Warteliste: {count}",
        attendee_list="Teilnehmendenliste",
        attendee_list_note="Genannt sind alle, die der Nennung zugestimmt haben. "
        "Weitere Teilnehmende: {count}",
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
        further_seated="Further participants: {count}",
        further_waiting="Further on the waiting list: {count}",
        attendee_list="List of participants",
        attendee_list_note="Named are those who agreed to appear on this list. "
        "Further participants: {count}",
    ),
}


def agenda_texts(language: str) -> AgendaTexts:
    return AGENDA_TEXTS.get(language, AGENDA_TEXTS["en"])


@dataclass(frozen=True)
class CertificateTexts:
    heading: str
    confirms: str
    took_part: str
    took_part_end: str
    attended_heading: str
    no_sessions: str
    total: str  # with {hours}
    place_date: str
    signature: str
    verification: str  # with {code}
    continued: str
    language: str

    def dates(self, start: date, end: date) -> str:
        """The event's days in the sentence "… took part in the event …"."""
        last = long_date(end, self.language)
        if start == end:
            return f"am {last}" if self.language == "de" else f"on {last}"
        first = (day_and_month if start.year == end.year else long_date)(start, self.language)
        return f"vom {first} bis {last}" if self.language == "de" else f"from {first} to {last}"

    def hours(self, total: timedelta) -> str:
        return decimal(total.total_seconds() / 3600, self.language)

    def day(self, value: date) -> str:
        return numeric_date(value, self.language)


CERTIFICATE_TEXTS: dict[str, CertificateTexts] = {
    "de": CertificateTexts(
        heading="Teilnahmebescheinigung",
        confirms="Hiermit wird bestätigt, dass",
        took_part="an der Veranstaltung",
        took_part_end="teilgenommen hat.",
        attended_heading="Besuchte Programmpunkte",
        no_sessions="Teilnahme an der Veranstaltung; einzelne Programmpunkte wurden nicht erfasst.",
        total="Gesamtdauer der besuchten Programmpunkte: {hours} Stunden",
        place_date="Ort, Datum",
        signature="Unterschrift der Veranstaltungsleitung",
        verification="Prüfcode {code} – die Veranstaltungsleitung bestätigt damit die Echtheit.",
        continued="Fortsetzung",
        language="de",
    ),
    "en": CertificateTexts(
        heading="Certificate of attendance",
        confirms="This is to certify that",
        took_part="attended the event",
        took_part_end="",
        attended_heading="Sessions attended",
        no_sessions="Attended the event; no individual sessions were recorded.",
        total="Total time in sessions attended: {hours} hours",
        place_date="Place, date",
        signature="Signature of the organiser",
        verification="Verification code {code} – the organiser confirms authenticity with it.",
        continued="continued",
        language="en",
    ),
}


class StockWords(Sentences):
    """A badge stock described: the print screen's tooltip and ``--list-stocks``."""

    DESCRIPTION = (
        "description",
        "{title}: {width} × {height} mm, {where}{articles}",
        "{title}: {width} × {height} mm, {where}{articles}",
    )
    ON_A_ROLL = ("on_a_roll", "on a roll", "auf Rolle")
    PER_PAGE = ("per_page", "{count} per page", "{count} pro Seite")


class CalibrationWords(Sentences):
    """The lines of the calibration page (``confdesk.output.badges.calibration``)."""

    HEADING = ("heading", "confdesk calibration: {stock} ({title})",
               "confdesk-Kalibrierung: {stock} ({title})")  # fmt: skip
    OFFSET_USED = (
        "offset_used",
        "Offset used: x {x} mm, y {y} mm.",
        "Verwendeter Versatz: x {x} mm, y {y} mm.",
    )
    OUTLINES = (
        "outlines",
        "Solid outlines: the labels; dashed: where the badge is printed.",
        "Durchgezogen: die Etiketten; gestrichelt: wo das Namensschild gedruckt wird.",
    )
    LINES = (
        "lines",
        "Each line should be {mark} mm from the left / top paper edge.",
        "Jede Linie sollte {mark} mm vom linken / oberen Papierrand entfernt sein.",
    )
    NEW_X = (
        "new_x",
        "New x offset = offset used + {mark} − measured distance of the vertical line;",
        "Neuer x-Versatz = verwendeter Versatz + {mark} − gemessener Abstand der senkrechten "
        "Linie;",
    )
    NEW_Y = (
        "new_y",
        "new y offset = offset used + {mark} − measured distance of the horizontal line.",
        "neuer y-Versatz = verwendeter Versatz + {mark} − gemessener Abstand der waagrechten "
        "Linie.",
    )
