"""Reading the values of a cell: yes/no words, category and status words in German and
English, names written in one cell, topic lists.

Words are compared by their folded form (:func:`word_key`), so "Teilnehmer(in)",
"TeilnehmerIn", "Teilnehmer*in" and "teilnehmerin" are one word.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TypeVar

from confdesk.db.models import Category, RegistrationStatus
from confdesk.normalize import nfc, search_tokens

# Columns like category, consent or topics repeat a handful of values over thousands of
# rows; their readings are cached.
_cached = lru_cache(maxsize=4096)

_SPACES = re.compile(r"[^\S\r\n]+")  # whitespace within a line, no-break spaces included
_LINE_BREAKS = re.compile(r"\r\n?")


def word_key(text: str) -> str:
    """The folded form two spellings of one word or header share."""
    return "".join(search_tokens(text))


@lru_cache(maxsize=65536)  # organisations, positions, given names repeat across rows
def one_line(text: str) -> str:
    """A name, address or other one-line value: NFC, inner whitespace runs (line breaks
    and no-break spaces included) as one space."""
    return " ".join((text if text.isascii() else nfc(text)).split())


@_cached
def multi_line(text: str) -> str:
    """A note: line breaks kept (as ``\\n``), other whitespace runs as one space."""
    lines = _LINE_BREAKS.sub("\n", nfc(text)).split("\n")
    return "\n".join(_SPACES.sub(" ", line).strip() for line in lines).strip()


# -- yes / no ---------------------------------------------------------------------------

_TRUE_MARKS = frozenset("xX✓✔☑☒✗✘")
_TRUE_WORDS = frozenset(
    word_key(word)
    for word in (
        "ja", "j", "yes", "y", "1", "wahr", "true", "t", "ok", "einverstanden",
        "zugestimmt", "zustimmung", "erteilt", "erlaubt", "agreed", "agree", "accepted",
        "checked", "an",
    )
)  # fmt: skip
_FALSE_WORDS = frozenset(
    word_key(word)
    for word in (
        "nein", "n", "no", "0", "falsch", "false", "f", "nicht", "kein", "keine", "not",
        "abgelehnt", "widersprochen", "declined", "unchecked", "aus",
    )
)  # fmt: skip


@_cached
def parse_yes_no(text: str) -> bool | None:
    """True or False for the words and marks people and tools use; None for anything
    else. A sentence counts by its first word ("Ja, ich bin einverstanden")."""
    stripped = text.strip()
    if stripped in _TRUE_MARKS:
        return True
    if stripped in ("-", "–", "—"):
        return False
    words = search_tokens(stripped)
    if not words:
        return None
    if words[0] in _FALSE_WORDS:
        return False
    if words[0] in _TRUE_WORDS:
        return True
    return None


# -- category and status ----------------------------------------------------------------

_CATEGORY_WORDS: dict[Category, tuple[str, ...]] = {
    Category.PARTICIPANT: (
        "Teilnehmer", "Teilnehmerin", "Teilnehmer(in)", "Teilnehmende", "Teilnehmender",
        "Teilnahme", "Participant", "Attendee", "Delegate", "Delegierte", "Delegierter",
        "Besucher", "Besucherin", "Visitor", "Regular", "Standard", "General admission",
    ),
    Category.SPEAKER: (
        "Referent", "Referentin", "Referent(in)", "Referierende", "Speaker", "Vortragende",
        "Vortragender", "Redner", "Rednerin", "Impulsgeber", "Impulsgeberin", "Keynote",
        "Keynote speaker", "Panelist", "Panellist", "Podiumsgast", "Presenter",
    ),
    Category.MODERATOR: (
        "Moderator", "Moderatorin", "Moderation", "Moderierende", "Chair", "Host",
        "Facilitator",
    ),
    Category.EXHIBITOR: (
        "Aussteller", "Ausstellerin", "Ausstellende", "Exhibitor", "Standbetreuung",
        "Projektstand", "Marktstand", "Booth",
    ),
    Category.STAFF: (
        "Team", "Orga", "Orgateam", "Organisationsteam", "Veranstalter", "Veranstalterin",
        "Staff", "Crew", "Helfer", "Helferin", "Helfende", "Volunteer", "Organizer",
        "Organiser", "Mitarbeitende Veranstalter",
    ),
    Category.PRESS: (
        "Presse", "Press", "Medien", "Media", "Journalist", "Journalistin", "Fotograf",
        "Fotografin", "Photographer",
    ),
    Category.GUEST: ("Gast", "Gäste", "Guest", "Ehrengast", "VIP", "Ehrengäste"),
}  # fmt: skip
# The status words of the registration tools organisers use, as their exports write them
# (sources in tests/domain/importing/tool_exports/README.md): pretix ("paid", "pending",
# "expired", "canceled"; German "bezahlt", "ausstehend", "abgelaufen", "storniert"),
# Indico's registration states ("Completed", "Pending", "Unpaid"/"Awaiting payment",
# "Rejected", "Withdrawn"), Eventbrite's attendee status ("Attending", "Checked In",
# "Not Attending", "Deleted", "Refunded"), Hi.Events ("ACTIVE", "AWAITING_PAYMENT",
# "CANCELLED") and alf.io's ticket states ("ACQUIRED", "CHECKED_IN", "TO_BE_PAID",
# "PENDING", "CANCELLED", "RELEASED", "INVALIDATED", "EXPIRED").
_STATUS_WORDS: dict[RegistrationStatus, tuple[str, ...]] = {
    RegistrationStatus.REGISTERED: (
        "angemeldet", "registriert", "bestätigt", "zugesagt", "Zusage", "aktiv", "bezahlt",
        "ausstehend", "offen", "registered", "confirmed", "attending", "paid", "pending",
        "approved", "active", "checked in", "eingecheckt", "ok", "completed", "complete",
        "abgeschlossen", "unpaid", "unbezahlt", "awaiting payment", "Zahlung ausstehend",
        "acquired", "to be paid", "erworben", "teilnehmend", "nimmt teil", "pending payment",
        "approval pending", "Freigabe ausstehend", "angenommen", "accepted",
    ),
    RegistrationStatus.WAITLISTED: (
        "Warteliste", "auf Warteliste", "auf der Warteliste", "wartend", "Nachrücker",
        "Nachrückerin", "waitlist", "waitlisted", "waiting list", "on waiting list",
        "waiting", "wait list", "on the waiting list",
    ),
    RegistrationStatus.CANCELLED: (
        "storniert", "abgesagt", "abgemeldet", "Absage", "Abmeldung", "Storno", "annulliert",
        "cancelled", "canceled", "not attending", "refunded", "erstattet", "expired",
        "abgelaufen", "declined", "abgelehnt", "rejected", "withdrawn", "zurückgezogen",
        "deleted", "gelöscht", "released", "invalidated", "ungültig", "nimmt nicht teil",
        "cancelled by attendee", "storniert (erstattet)",
    ),
}  # fmt: skip
_CATEGORY_BY_KEY = {
    word_key(word): category for category, words in _CATEGORY_WORDS.items() for word in words
}
_CATEGORY_BY_KEY.update({category.value: category for category in Category})
_STATUS_BY_KEY = {
    word_key(word): status for status, words in _STATUS_WORDS.items() for word in words
}
_STATUS_BY_KEY.update({status.value: status for status in RegistrationStatus})
# Plural forms ("Referent*innen", "Teilnehmende") fold to these endings.
_PLURAL_ENDINGS = ("innen", "en", "n")


@_cached
def parse_category(text: str) -> Category | None:
    return _lookup(_CATEGORY_BY_KEY, text)


@_cached
def parse_status(text: str) -> RegistrationStatus | None:
    return _lookup(_STATUS_BY_KEY, text)


def status_word_key(text: str) -> str:
    """The form a status word is chosen under (``--status WORD=status``, the dialog)."""
    return word_key(text)


T = TypeVar("T")


def _lookup(table: dict[str, T], text: str) -> T | None:
    key = word_key(text)
    found = table.get(key)
    if found is None:
        for ending in _PLURAL_ENDINGS:
            if key.endswith(ending) and (found := table.get(key[: -len(ending)])) is not None:
                break
    return found


# -- names ------------------------------------------------------------------------------

_FORMS_OF_ADDRESS = frozenset(
    word_key(word)
    for word in (
        "Herr", "Herrn", "Frau", "Hr.", "Fr.", "Mr", "Mrs", "Ms", "Miss", "Mx", "Sir",
        "Madam", "Divers", "Keine Angabe", "ohne", "none", "Liebe", "Lieber", "Sehr geehrte",
        "Sehr geehrter", "Dear",
    )
)  # fmt: skip
_TITLE_WORDS = frozenset(
    ("dr", "prof", "pd", "apl", "dipl", "mag", "ing", "med", "rer", "nat", "phil", "jur",
     "habil", "hc", "mba", "llm", "msc", "bsc", "ma", "ba", "dent", "vet", "oec", "pol")
)  # fmt: skip
_BARE_TITLE_WORDS = frozenset(("dr", "prof"))
# Lower-case words that begin a family name: "von der Leyen", "zu Guttenberg", "de Maizière".
_NAME_PARTICLES = frozenset(
    ("von", "vom", "van", "de", "der", "den", "del", "della", "di", "da", "do", "dos", "du",
     "zu", "zum", "zur", "ten", "ter", "te", "le", "la", "af", "av", "al", "el", "bin", "ibn")
)  # fmt: skip


def is_title_word(word: str) -> bool:
    """ "Dr.", "Prof", "Dr.-Ing.", "h.c.", "M.A." — not an initial like "A.", and not a
    name that happens to spell a degree without its dots ("Ma")."""
    parts = [part for part in re.split(r"[.\-]", word.lower()) if part]
    if not parts or (len(parts) == 1 and len(parts[0]) == 1 and "." in word):
        return False
    if word.isalpha():
        return word.lower() in _BARE_TITLE_WORDS
    return all(part in _TITLE_WORDS for part in parts)


@_cached
def title_from_salutation(text: str) -> str:
    """The academic title inside a salutation: "Frau Prof. Dr." → "Prof. Dr.", "Herr" → ""."""
    words = one_line(text).split()
    kept = [word for word in words if word_key(word) not in _FORMS_OF_ADDRESS]
    if kept and all(is_title_word(word) for word in kept):
        return " ".join(kept)
    return ""


@_cached
def academic_title(text: str) -> str:
    """A title column's value without forms of address: "Mr", "Frau" → "", "Frau Dr." →
    "Dr." — a salutation never lands on a badge as a title (Indico's "Title" column holds
    "Mr", "Ms", "Mrs", "Dr", "Prof.")."""
    words = one_line(text).split()
    return " ".join(word for word in words if word_key(word) not in _FORMS_OF_ADDRESS)


def split_full_name(text: str) -> tuple[str, str, str]:
    """(title, given names, family name) of a name in one cell: "Dr. Anna Maria Müller",
    "Müller, Anna", "Karl-Theodor zu Guttenberg", "Ursula von der Leyen". A single word is
    taken as the family name."""
    text = one_line(text)
    if "," in text:
        family, _, rest = text.partition(",")
        title, given = _split_leading_title(rest.split())
        return title, " ".join(given), family.strip()
    title, words = _split_leading_title(text.split())
    if not words:
        return title, "", ""
    if len(words) == 1:
        return title, "", words[0]
    family_from = len(words) - 1
    for index in range(1, len(words) - 1):
        if words[index] in _NAME_PARTICLES:
            family_from = index
            break
    return title, " ".join(words[:family_from]), " ".join(words[family_from:])


def _split_leading_title(words: list[str]) -> tuple[str, list[str]]:
    words = [word for word in words if word_key(word) not in _FORMS_OF_ADDRESS]
    count = 0
    while count < len(words) - 1 and is_title_word(words[count]):
        count += 1
    return " ".join(words[:count]), words[count:]


# -- topics and e-mail ------------------------------------------------------------------

_TOPIC_SEPARATORS = re.compile(r"[;,\n|]")


@_cached
def split_topics(text: str) -> tuple[str, ...]:
    """Topic names separated by ``,`` or ``;`` (or line breaks, which Excel cells have),
    each once, in the order given."""
    names = (one_line(part) for part in _TOPIC_SEPARATORS.split(text))
    unique: dict[str, str] = {}
    for name in names:
        if name:
            unique.setdefault(word_key(name) or name.casefold(), name)
    return tuple(unique.values())


# Workshop titles have commas in them ("Rufbus, Mitfahrbank und …"): only these separate.
_WISH_SEPARATORS = re.compile(r"[;\n|]")


@_cached
def split_wishes(text: str) -> tuple[str, ...]:
    """Workshop titles separated by ``;``, ``|`` or line breaks, in the order given (the
    order of preference), each once; a leading "1." or "1)" is dropped."""
    titles = (_RANK_PREFIX.sub("", one_line(part)) for part in _WISH_SEPARATORS.split(text))
    unique: dict[str, str] = {}
    for title in titles:
        if title and not means_nothing(title):
            unique.setdefault(word_key(title) or title.casefold(), title)
    return tuple(unique.values())


_RANK_PREFIX = re.compile(r"^\d{1,2}\s*[.):]\s*")


def clean_email(text: str) -> str:
    """An address as tools export it: "mailto:" links and angle brackets removed."""
    text = one_line(text)
    if text.lower().startswith("mailto:"):
        text = text[len("mailto:") :]
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    return text.strip()


_NOTHING = frozenset(
    word_key(word)
    for word in (
        "keine", "kein", "keiner", "nein", "no", "none", "nothing", "nichts", "n/a", "k.A.",
        "keine Angabe", "entfällt", "nicht zutreffend", "not applicable", "-", "/",
    )
)  # fmt: skip


@_cached
def means_nothing(text: str) -> bool:
    """ "keine", "-", "n/a": an answer to "dietary needs?" that says there are none."""
    stripped = text.strip()
    return stripped in ("-", "–", "—", "/") or word_key(stripped) in _NOTHING - {""}
