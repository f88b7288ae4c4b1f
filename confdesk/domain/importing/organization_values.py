"""An organisation's kind, federal state and funded cohort as attendee files write them.

"Kommune", "Landkreis", "Unternehmen" and their English words name a kind; "BB" or
"Brandenburg" a federal state; "Staffel 2", "2" or "nicht gefördert" the funded cohort of
the Smart City model projects, or none.
"""

from __future__ import annotations

from functools import lru_cache

from confdesk.db.models import OrganizationKind
from confdesk.domain.importing.values import means_nothing, one_line, word_key

K = OrganizationKind
_KIND_WORDS: dict[OrganizationKind, tuple[str, ...]] = {
    K.MUNICIPALITY: (
        "Kommune", "Stadt", "Gemeinde", "Amt", "Verbandsgemeinde", "Samtgemeinde",
        "Stadtverwaltung", "Gemeindeverwaltung", "Kommunalverwaltung", "Municipality",
        "City", "Town", "Local authority",
    ),
    K.DISTRICT: ("Landkreis", "Kreis", "Kreisverwaltung", "Region", "District", "County"),
    K.STATE_AGENCY: (
        "Land", "Landesbehörde", "Landesministerium", "Ministerium", "Bund", "Bundesbehörde",
        "Behörde", "State agency", "Ministry", "Federal agency", "Government",
    ),
    K.BUSINESS: (
        "Unternehmen", "Wirtschaft", "Firma", "Privatwirtschaft", "Business", "Company",
        "Industry", "Private sector",
    ),
    K.RESEARCH: (
        "Forschung", "Wissenschaft", "Hochschule", "Universität", "Forschungseinrichtung",
        "Research", "University", "Academia", "Science",
    ),
    K.CIVIL_SOCIETY: (
        "Zivilgesellschaft", "Verein", "Initiative", "Stiftung", "NGO", "Civil society",
        "Association", "Foundation", "Non-profit",
    ),
    K.PRESS: ("Presse", "Medien", "Press", "Media"),
    K.OTHER: ("Sonstige", "Sonstiges", "Andere", "Other"),
}  # fmt: skip
_KIND_BY_KEY = {word_key(word): kind for kind, words in _KIND_WORDS.items() for word in words}

_STATES = {
    "BW": "Baden-Württemberg", "BY": "Bayern", "BE": "Berlin", "BB": "Brandenburg",
    "HB": "Bremen", "HH": "Hamburg", "HE": "Hessen", "MV": "Mecklenburg-Vorpommern",
    "NI": "Niedersachsen", "NW": "Nordrhein-Westfalen", "RP": "Rheinland-Pfalz",
    "SL": "Saarland", "SN": "Sachsen", "ST": "Sachsen-Anhalt", "SH": "Schleswig-Holstein",
    "TH": "Thüringen",
}  # fmt: skip
_STATE_BY_KEY = {word_key(code): name for code, name in _STATES.items()} | {
    word_key(name): name for name in _STATES.values()
} | {word_key("Bavaria"): "Bayern", word_key("Lower Saxony"): "Niedersachsen",
     word_key("North Rhine-Westphalia"): "Nordrhein-Westfalen", word_key("Saxony"): "Sachsen",
     word_key("Saxony-Anhalt"): "Sachsen-Anhalt", word_key("Thuringia"): "Thüringen",
     word_key("Hesse"): "Hessen", word_key("Rhineland-Palatinate"): "Rheinland-Pfalz"}  # fmt: skip

_NOT_FUNDED = frozenset(
    word_key(word)
    for word in ("nicht gefördert", "ungefördert", "keine Förderung", "ohne Förderung",
                 "not funded", "unfunded", "no funding")
)  # fmt: skip
_COHORT_WORD = "Staffel"


@lru_cache(maxsize=1024)
def parse_organization_kind(text: str) -> OrganizationKind | None:
    return _KIND_BY_KEY.get(word_key(text))


@lru_cache(maxsize=1024)
def federal_state(text: str) -> str:
    """The state's German name for a code or a spelling it knows; else the text itself."""
    cleaned = one_line(text)
    return _STATE_BY_KEY.get(word_key(cleaned), cleaned)


@lru_cache(maxsize=1024)
def cohort(text: str) -> str:
    """The funded cohort ("Staffel 2" also for a bare "2"); "" for not funded."""
    cleaned = one_line(text)
    if not cleaned or means_nothing(cleaned) or word_key(cleaned) in _NOT_FUNDED:
        return ""
    if cleaned.isdigit():
        return f"{_COHORT_WORD} {cleaned}"
    return cleaned
