"""How a category looks on a badge: a colour and a word, in the event's language. The
word is always there, so the band is readable without telling colours apart; it is the
screen's word for the category (:mod:`confdesk.words.vocabulary`)."""

from __future__ import annotations

from dataclasses import dataclass

from confdesk.db.models import Category
from confdesk.words.vocabulary import CATEGORIES, word_for


@dataclass(frozen=True)
class CategoryStyle:
    category: str
    color: str

    def word(self, language: str) -> str:
        return word_for(CATEGORIES, self.category, language)


CATEGORY_STYLES: dict[str, CategoryStyle] = {
    category: CategoryStyle(category, color)
    for category, color in (
        (Category.PARTICIPANT, "#1f5fa8"),
        (Category.SPEAKER, "#b8322a"),
        (Category.MODERATOR, "#7b3f98"),
        (Category.EXHIBITOR, "#c8650b"),
        (Category.STAFF, "#263645"),
        (Category.PRESS, "#127a68"),
        (Category.GUEST, "#5d6b6e"),
    )
}


def category_style(category: str) -> CategoryStyle:
    return CATEGORY_STYLES.get(category, CATEGORY_STYLES[Category.GUEST])
