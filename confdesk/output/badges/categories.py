"""How a category looks on a badge: a colour and a word, in the event's language. The
word is always there, so the band is readable without telling colours apart."""

from __future__ import annotations

from dataclasses import dataclass

from confdesk.db.models import Category


@dataclass(frozen=True)
class CategoryStyle:
    color: str
    words: dict[str, str]  # language → word

    def word(self, language: str) -> str:
        return self.words.get(language, self.words["en"])


CATEGORY_STYLES: dict[str, CategoryStyle] = {
    Category.PARTICIPANT: CategoryStyle("#1f5fa8", {"de": "Teilnahme", "en": "Participant"}),
    Category.SPEAKER: CategoryStyle("#b8322a", {"de": "Referent*in", "en": "Speaker"}),
    Category.MODERATOR: CategoryStyle("#7b3f98", {"de": "Moderation", "en": "Moderator"}),
    Category.EXHIBITOR: CategoryStyle("#c8650b", {"de": "Aussteller*in", "en": "Exhibitor"}),
    Category.STAFF: CategoryStyle("#263645", {"de": "Team", "en": "Staff"}),
    Category.PRESS: CategoryStyle("#127a68", {"de": "Presse", "en": "Press"}),
    Category.GUEST: CategoryStyle("#5d6b6e", {"de": "Gast", "en": "Guest"}),
}


def category_style(category: str) -> CategoryStyle:
    return CATEGORY_STYLES.get(category, CATEGORY_STYLES[Category.GUEST])
