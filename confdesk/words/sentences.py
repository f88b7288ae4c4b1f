"""The shape of every catalogue of sentences: a key with one English and one German template.

Error sentences (:mod:`confdesk.words.errors`) and what the command line says
(:mod:`confdesk.words.command_line`) are both Enums of this kind, so a sentence cannot be
added without its German (the Enum refuses a member without both) and a test compares the
placeholders of the two without starting Qt.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from enum import StrEnum

LANGUAGES = ("en", "de")


class Sentences(StrEnum):
    """A catalogue entry: its value is the key, ``english`` and ``german`` its templates."""

    english: str
    german: str

    def __new__(cls, key: str, english: str, german: str) -> Sentences:
        member = str.__new__(cls, key)
        member._value_ = key
        member.english = english
        member.german = german
        return member

    def sentence(self, language: str) -> str:
        """The template in ``language`` (German for "de", else English)."""
        return self.german if language == "de" else self.english

    def placeholders(self, language: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(self.sentence(language)) if name}

    def fill(self, language: str, params: Mapping[str, object] | None = None) -> str:
        """The template in ``language`` with ``params`` filled in; a list reads as "a, b"."""
        return self.sentence(language).format(**_as_text(params or {}))


def _as_text(params: Mapping[str, object]) -> dict[str, str]:
    return {
        name: ", ".join(map(str, value)) if isinstance(value, list | tuple) else str(value)
        for name, value in params.items()
    }
