"""The words of the post-event report (PDF and workbook), in German and English (the
event's language). Words for stored codes (categories, organisation kinds) come from
:mod:`confdesk.words.vocabulary`, numbers and dates from :mod:`confdesk.words.formatting`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReportTexts:
    language: str
    heading: str
    only_totals: str  # what the file holds: said on its first page
    footer: str  # the same, short, on every page
    made_at: str  # with {date} and {time}
    overview: str
    registered: str
    checked_in: str
    no_shows: str
    no_show_rate: str
    waitlisted: str
    cancelled: str
    walk_ins: str
    badges: str
    certificates: str
    figure: str
    value: str
    by_category: str
    by_organization_kind: str
    by_federal_state: str
    by_funding: str
    group: str
    not_stated: str
    not_funded: str
    funded_without_cohort: str
    sessions: str
    session: str
    time: str
    room: str
    signed_up: str
    seats: str
    at_door: str
    waiting: str
    no_limit: str
    no_sessions: str
    arrivals: str
    arrivals_per_step: str  # with {minutes}
    arrivals_so_far: str
    arrival_time: str
    no_arrivals: str
    page: str  # with {page}


REPORT_TEXTS: dict[str, ReportTexts] = {
    "de": ReportTexts(
        language="de",
        heading="Auswertung der Veranstaltung",
        only_totals="Nur Summen – dieser Bericht enthält keine personenbezogenen Daten und "
        "darf weitergegeben werden.",
        footer="Nur Summen, keine personenbezogenen Daten",
        made_at="Stand: {date}, {time} Uhr",
        overview="Überblick",
        registered="Angemeldet",
        checked_in="Anwesend (eingecheckt)",
        no_shows="Nicht erschienen",
        no_show_rate="Quote nicht Erschienener",
        waitlisted="Auf der Warteliste",
        cancelled="Storniert",
        walk_ins="Vor Ort angemeldet",
        badges="Gedruckte Namensschilder",
        certificates="Ausgestellte Teilnahmebescheinigungen",
        figure="Kennzahl",
        value="Wert",
        by_category="Nach Kategorie",
        by_organization_kind="Nach Art der Organisation",
        by_federal_state="Nach Bundesland",
        by_funding="Geförderte Modellprojekte und andere",
        group="Gruppe",
        not_stated="ohne Angabe",
        not_funded="Nicht gefördert",
        funded_without_cohort="Gefördert (ohne Staffel)",
        sessions="Programmpunkte",
        session="Programmpunkt",
        time="Zeit",
        room="Raum",
        signed_up="Anmeldungen",
        seats="Plätze",
        at_door="Eingecheckt",
        waiting="Warteliste",
        no_limit="–",
        no_sessions="Das Programm ist leer.",
        arrivals="Ankünfte",
        arrivals_per_step="Ankünfte je {minutes} Minuten",
        arrivals_so_far="Bisher eingecheckt",
        arrival_time="Uhrzeit",
        no_arrivals="Noch niemand eingecheckt.",
        page="Seite {page}",
    ),
    "en": ReportTexts(
        language="en",
        heading="Post-event report",
        only_totals="Only totals – this report holds no personal data and may be passed on.",
        footer="Totals only, no personal data",
        made_at="As of {date}, {time}",
        overview="Overview",
        registered="Registered",
        checked_in="Attended (checked in)",
        no_shows="No-shows",
        no_show_rate="No-show rate",
        waitlisted="On the waiting list",
        cancelled="Cancelled",
        walk_ins="Walk-ins",
        badges="Badges printed",
        certificates="Certificates of attendance issued",
        figure="Figure",
        value="Value",
        by_category="By category",
        by_organization_kind="By kind of organisation",
        by_federal_state="By federal state",
        by_funding="Funded model projects and others",
        group="Group",
        not_stated="not stated",
        not_funded="Not funded",
        funded_without_cohort="Funded (no cohort)",
        sessions="Sessions",
        session="Session",
        time="Time",
        room="Room",
        signed_up="Sign-ups",
        seats="Seats",
        at_door="Checked in",
        waiting="Waiting list",
        no_limit="–",
        no_sessions="The programme is empty.",
        arrivals="Arrivals",
        arrivals_per_step="Arrivals per {minutes} minutes",
        arrivals_so_far="Checked in so far",
        arrival_time="Time",
        no_arrivals="Nobody has been checked in yet.",
        page="Page {page}",
    ),
}


def report_texts(language: str) -> ReportTexts:
    return REPORT_TEXTS.get(language, REPORT_TEXTS["en"])
