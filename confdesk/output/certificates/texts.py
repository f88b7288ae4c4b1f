"""The wording of certificates of attendance, in German and English."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from confdesk.output.month_names import MONTHS


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
        months = MONTHS["de"] if self.language == "de" else MONTHS["en"]
        if self.language == "de":
            if start == end:
                return f"am {start.day}. {months[start.month - 1]} {start.year}"
            return f"vom {start.day}. {months[start.month - 1]} bis {end.day}. {months[end.month - 1]} {end.year}"  # noqa: E501
        if start == end:
            return f"on {start.day} {months[start.month - 1]} {start.year}"
        return f"from {start.day} {months[start.month - 1]} to {end.day} {months[end.month - 1]} {end.year}"  # noqa: E501

    def hours(self, total: timedelta) -> str:
        hours = total.total_seconds() / 3600
        shown = f"{hours:.2f}".rstrip("0").rstrip(".")
        return shown.replace(".", ",") if self.language == "de" else shown

    def day(self, value: date) -> str:
        return f"{value:%d.%m.%Y}" if self.language == "de" else f"{value:%Y-%m-%d}"


TEXTS: dict[str, CertificateTexts] = {
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
