"""What a column of an attendee file can hold, and the headers that say so.

Headers are compared by their folded form (:func:`.values.word_key`: the one normaliser's
search words run together), so "E-Mail-Adresse", "E-mail address" and "EMAIL ADRESSE",
"Kommune / Organisation" and "Kommune/Organisation" are one header each. Registration
tools put a question before its answer ("Attendee name: Given name", pretix) or a hint in
brackets ("E-Mail (dienstlich)", "Vorname*"); both are tried as well.
"""

from __future__ import annotations

import re
from enum import StrEnum

from confdesk.domain.importing.values import word_key
from confdesk.normalize import search_tokens


class ImportField(StrEnum):
    """The targets of a column, named as ``--map HEADER=field`` takes them."""

    TITLE = "title"  # academic title: "Dr.", "Prof. Dr."
    # "Herr Dr." / "Frau": the form of address is dropped, an academic title in it kept.
    SALUTATION = "salutation"
    GIVEN_NAME = "given_name"
    FAMILY_NAME = "family_name"
    FULL_NAME = "full_name"  # split into title, given and family name
    EMAIL = "email"
    PHONE = "phone"
    ORGANIZATION = "organization"
    # Of the person's organisation: filled in where the organisation has none yet.
    ORGANIZATION_KIND = "organization_kind"
    FEDERAL_STATE = "federal_state"
    COHORT = "cohort"  # funded cohort ("Staffel 2"), or not funded
    POSITION = "position"
    CATEGORY = "category"
    STATUS = "status"
    DIETARY_NEEDS = "dietary_needs"
    ACCESSIBILITY_NEEDS = "accessibility_needs"
    PHOTO_CONSENT = "photo_consent"
    ATTENDEE_LIST_CONSENT = "attendee_list_consent"
    NOTES = "notes"
    TOPICS = "topics"
    # Free tags like topics: what the municipality struggles with.
    CHALLENGES = "challenges"
    # Ranked workshop wishes: titles of workshops, first choice first; several columns
    # ("Wunsch 1", "Wunsch 2", …) are read in their order in the file.
    WISHES = "wishes"
    IGNORE = "ignore"


# Several free-text questions of a registration form may all become notes, several topic
# or challenge columns all topics or challenges, "Wunsch 1/2/3" all wishes; every other
# field takes one column.
MULTI_COLUMN_FIELDS = frozenset(
    {ImportField.NOTES, ImportField.TOPICS, ImportField.CHALLENGES, ImportField.WISHES}
)

F = ImportField
_ALIASES: dict[ImportField, tuple[str, ...]] = {
    F.TITLE: (
        "Titel", "Title", "Akademischer Titel", "Akad. Titel", "Akad. Grad",
        "Academic title", "Degree", "Attendee name: Title",
    ),
    F.SALUTATION: (
        "Anrede", "Salutation", "Prefix", "Form of address", "Attendee name: Salutation",
    ),
    F.GIVEN_NAME: (
        "Vorname", "Vornamen", "Rufname", "Given name", "Given names", "First name",
        "Firstname", "Forename", "Attendee name: Given name", "Attendee first name",
        "Teilnehmer Vorname", "Name: Vorname",
    ),
    F.FAMILY_NAME: (
        "Nachname", "Familienname", "Zuname", "Family name", "Last name", "Lastname",
        "Surname", "Attendee name: Family name", "Attendee last name",
        "Teilnehmer Nachname", "Name: Nachname",
    ),
    F.FULL_NAME: (
        "Name", "Full name", "Fullname", "Vollständiger Name", "Vor- und Nachname",
        "Vor- und Zuname", "Nachname, Vorname", "Attendee name", "Attendee", "Teilnehmer",
        "Teilnehmer/in", "Teilnehmerin", "Teilnehmende", "Teilnehmende Person", "Person",
    ),
    F.EMAIL: (
        "E-Mail", "E-Mail-Adresse", "Mail", "Mailadresse", "Email address", "E-Mail Adresse",
        "Attendee email", "Attendee e-mail", "Kontakt E-Mail", "Electronic mail",
    ),
    F.PHONE: (
        "Telefon", "Telefonnummer", "Tel.", "Phone", "Phone number", "Telephone", "Mobil",
        "Mobile", "Mobilnummer", "Mobiltelefon", "Handy", "Handynummer", "Cell phone",
        "Work phone", "Mobile phone",
    ),
    F.ORGANIZATION: (
        "Organisation", "Organization", "Organisation / Institution", "Institution",
        "Kommune", "Kommune / Organisation", "Organisation / Kommune", "Kommune / Institution",
        "Stadt / Gemeinde", "Stadt / Gemeinde / Landkreis", "Gemeinde", "Firma", "Unternehmen",
        "Company", "Company name", "Behörde", "Dienststelle", "Einrichtung", "Arbeitgeber",
        "Verwaltung", "Affiliation", "Employer", "Organisation / Unternehmen",
        "Institution / Organisation", "Organisation / Firma", "Attendee company",
    ),
    F.ORGANIZATION_KIND: (
        "Art der Organisation", "Organisationsart", "Organisationstyp", "Typ der Organisation",
        "Art der Institution", "Institutionstyp", "Art der Kommune", "Sektor",
        "Organization type", "Organisation type", "Type of organization",
        "Type of organisation", "Kind of organization", "Sector",
    ),
    F.FEDERAL_STATE: (
        "Bundesland", "Land / Bundesland", "Bundesland der Kommune", "Federal state",
        "German state", "State (Germany)",
    ),
    F.COHORT: (
        "Staffel", "Förderstaffel", "MPSC-Staffel", "Modellprojekt-Staffel",
        "Staffel Modellprojekte", "Förderung", "Gefördert", "Cohort", "Funding cohort",
        "Funded cohort", "Funding",
    ),
    F.POSITION: (
        "Funktion", "Position", "Funktion / Position", "Job title", "Jobtitle", "Job",
        "Job role", "Berufsbezeichnung", "Tätigkeit", "Amtsbezeichnung", "Dienstbezeichnung",
        "Stelle", "Stellenbezeichnung", "Funktion in der Organisation", "Attendee job title",
    ),
    F.CATEGORY: (
        "Kategorie", "Category", "Teilnehmerkategorie", "Teilnahmeart", "Art der Teilnahme",
        "Teilnehmertyp", "Rolle", "Role", "Attendee type", "Attendee category",
        "Registration type", "Anmeldeart", "Teilnahme als",
    ),
    F.STATUS: (
        "Status", "Anmeldestatus", "Registration status", "Attendee status", "Order status",
        "Bestellstatus", "Teilnahmestatus", "Registration state", "Ticket status",
        "Ticketstatus", "Anmeldezustand", "Registrierungsstatus",
    ),
    F.DIETARY_NEEDS: (
        "Ernährung", "Essenswunsch", "Essenswünsche", "Ernährungsweise", "Ernährungswünsche",
        "Verpflegung", "Verpflegungswunsch", "Unverträglichkeiten",
        "Lebensmittelunverträglichkeiten", "Allergien", "Dietary requirements",
        "Dietary needs", "Dietary restrictions", "Dietary preferences", "Diet",
        "Food preference", "Food preferences", "Catering",
    ),
    F.ACCESSIBILITY_NEEDS: (
        "Barrierefreiheit", "Unterstützungsbedarf", "Assistenzbedarf", "Besondere Bedürfnisse",
        "Barrierefreiheit / Unterstützungsbedarf", "Bedarf an Barrierefreiheit",
        "Accessibility", "Accessibility needs", "Accessibility requirements", "Access needs",
        "Special needs", "Special requirements",
    ),
    F.PHOTO_CONSENT: (
        "Fotoerlaubnis", "Fotoeinwilligung", "Foto-Einwilligung", "Einwilligung Fotos",
        "Einwilligung Foto", "Einverständnis Fotos", "Einverständnis Fotoaufnahmen",
        "Fotoaufnahmen", "Fotos", "Bildrechte", "Photo consent", "Photo release",
        "Photography consent", "Photos",
    ),
    F.ATTENDEE_LIST_CONSENT: (
        "Teilnehmerliste", "Teilnehmendenliste", "Aufnahme in Teilnehmerliste",
        "Aufnahme in die Teilnehmerliste", "Einwilligung Teilnehmerliste",
        "Einverständnis Teilnehmerliste", "Veröffentlichung Teilnehmerliste",
        "Attendee list", "Attendee list consent", "Participant list", "List consent",
    ),
    F.NOTES: (
        "Bemerkung", "Bemerkungen", "Anmerkung", "Anmerkungen", "Kommentar", "Kommentare",
        "Hinweis", "Hinweise", "Notiz", "Notizen", "Sonstiges", "Mitteilung",
        "Nachricht an die Veranstalter", "Notes", "Note", "Comment", "Comments", "Remarks",
        "Message", "Additional information",
    ),
    F.TOPICS: (
        "Themen", "Thema", "Themenschwerpunkte", "Themenfelder", "Interessen",
        "Themeninteressen", "Interessensgebiete", "Topics", "Topic", "Interests",
        "Areas of interest",
    ),
    F.CHALLENGES: (
        "Herausforderungen", "Herausforderung", "Aktuelle Herausforderungen",
        "Herausforderungen der Kommune", "Problemstellungen", "Challenges", "Challenge",
        "Current challenges", "Key challenges",
    ),
    F.WISHES: (
        "Workshop-Wünsche", "Workshopwünsche", "Workshop-Wunsch", "Workshopwunsch",
        "Wünsche", "Wunsch-Workshops", "Workshop-Auswahl", "Workshopauswahl",
        "Wunsch 1", "Wunsch 2", "Wunsch 3", "Wunsch 4", "Wunsch 5",
        "1. Wunsch", "2. Wunsch", "3. Wunsch", "Erstwunsch", "Zweitwunsch", "Drittwunsch",
        "Workshop Wunsch 1", "Workshop Wunsch 2", "Workshop Wunsch 3",
        "Workshop wishes", "Workshop wish", "Workshop preferences", "Workshop choices",
        "Wish 1", "Wish 2", "Wish 3", "Wish 4", "Wish 5",
        "First choice", "Second choice", "Third choice", "Choice 1", "Choice 2", "Choice 3",
        "Workshop choice 1", "Workshop choice 2", "Workshop choice 3",
    ),
}  # fmt: skip
# A bare "Name" beside a "Vorname" column is the family name, as German forms write it.
_AMBIGUOUS_NAME_HEADERS = ("Name", "Attendee name", "Teilnehmer", "Person")
# Words (folded) that say a column is about the attendee, before or after what it holds:
# "Attendee email" (pretix), "E-Mail Teilnehmer*in" (pretix in German, which folds to
# "e mail teilnehmer in"), "Teilnehmer Vorname", "Participant first name".
_ATTENDEE_WORDS = frozenset(
    ("attendee", "attendees", "participant", "participants", "teilnehmer", "teilnehmerin",
     "teilnehmerinnen", "teilnehmende", "teilnehmenden", "teilnehmender", "delegate",
     "guest", "gast", "ticketinhaber", "ticketinhaberin")
)  # fmt: skip
# The gender endings "*in", "/in", ":in", "(in)" fold to a word of their own.
_GENDER_ENDINGS = frozenset(("in", "innen"))
# Words that say a column is about somebody else than the attendee — the buyer, the
# invoice — or about the order: its answers never fill a person's field.
_OTHER_PERSON_WORDS = frozenset(
    ("invoice", "rechnung", "rechnungsadresse", "rechnungsempfanger", "billing", "buyer",
     "kaufer", "kauferin", "besteller", "bestellerin", "purchaser", "customer", "kunde",
     "kundin", "payer", "zahler")
)  # fmt: skip
# Columns about the order or the ticket, never about the person: position numbers within
# an order (pretix's "Position ID", in German just "Position"), order codes, prices, ids.
_NOT_PERSONAL_HEADERS = (
    "Order code", "Order #", "Order ID", "Order no", "Order number", "Bestellnummer",
    "Bestellcode", "Bestellung", "Position ID", "Positions-ID", "Positionsnummer",
    "Attendee #", "Attendee ID", "Ticket ID", "Ticket number", "Ticketnummer", "Barcode",
    "Barcode #", "Price", "Preis", "Order total", "Total Paid", "Gesamtbetrag", "Betrag",
    "Amount", "Fees", "Fees Paid", "Gebühren", "Tax value", "Steuer", "Tax rate",
    "Steuersatz", "Quantity", "Anzahl", "Menge", "Voucher", "Gutschein", "Voucher code",
    "Gutscheincode", "Invoice numbers", "Rechnungsnummern", "Pseudonymization ID",
    "Pseudonyme ID", "Reservation ID", "ReservationID", "Payment ID", "Zahlungs-ID",
    "Public ID", "Short ID", "Product ID", "Event ID", "OriginalPrice", "PaidPrice",
    "Discount", "Rabatt", "VAT", "VAT ID", "USt-ID-Nr.", "Positions", "Positionen",
)  # fmt: skip
_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")


_FIELD_BY_KEY: dict[str, ImportField] = {
    word_key(alias): field for field, aliases in _ALIASES.items() for alias in aliases
}
AMBIGUOUS_NAME_KEYS = frozenset(word_key(header) for header in _AMBIGUOUS_NAME_HEADERS)
_NOT_PERSONAL_KEYS = frozenset(word_key(header) for header in _NOT_PERSONAL_HEADERS)


def field_for_header(header: str) -> ImportField | None:
    """The field a header names, or None when it is not recognised (also when it is about
    the order or the buyer, see :func:`not_personal`)."""
    if not_personal(header):
        return None
    for candidate in _candidates(header):
        field = _FIELD_BY_KEY.get(word_key(candidate))
        if field is not None:
            return field
    return None


def about_attendee(header: str) -> bool:
    """Whether the header says its column is about the attendee, wherever it says so
    ("Attendee email", "E-Mail Teilnehmer*in", "Name Teilnehmer*in: Vorname")."""
    return any(token in _ATTENDEE_WORDS for token in search_tokens(header))


def not_personal(header: str) -> bool:
    """Whether the column is about the order, the ticket or the buyer rather than the
    attendee: such a column never fills a person's field unless the user maps it."""
    tokens = search_tokens(header)
    if any(token in _OTHER_PERSON_WORDS for token in tokens):
        return True
    return word_key(header) in _NOT_PERSONAL_KEYS


def _candidates(header: str) -> list[str]:
    candidates = [header, _BRACKETED.sub(" ", header)]
    _question, colon, answer = header.rpartition(":")
    if colon:
        candidates += [answer, _BRACKETED.sub(" ", answer)]
    # "E-Mail Teilnehmer*in" is "E-Mail", "Attendee company" is "Company".
    for candidate in list(candidates):
        rest = [token for token in search_tokens(candidate) if token not in _ATTENDEE_WORDS]
        if rest and rest[0] in _GENDER_ENDINGS:
            rest = rest[1:]
        while rest and rest[-1] in _GENDER_ENDINGS:
            rest = rest[:-1]
        if rest:
            candidates.append(" ".join(rest))
    return candidates


def parse_field(name: str) -> ImportField | None:
    """A field named by a user (``--map``, the mapping dialog), in any case or spacing."""
    key = name.strip().lower().replace("-", "_").replace(" ", "_")
    try:
        return ImportField(key)
    except ValueError:
        return None
