"""Words for stored values (categories, statuses, kinds) in the window's language.

The database stores short English codes; every screen shows them through these functions.
The words themselves are in :mod:`confdesk.words.vocabulary`, shared with the badges, the
printed programme and the export, so the screen and the paper say the same.
"""

from __future__ import annotations

from confdesk.ui.shell.language.i18n import ui_language
from confdesk.words.vocabulary import (
    CATEGORIES,
    ORGANIZATION_KINDS,
    REGISTRATION_STATUSES,
    SESSION_KINDS,
    SPEAKER_ROLES,
    word_for,
    words_in,
)


def category_labels() -> dict[str, str]:
    return words_in(CATEGORIES, ui_language())


def status_labels() -> dict[str, str]:
    return words_in(REGISTRATION_STATUSES, ui_language())


def organization_kind_labels() -> dict[str, str]:
    return words_in(ORGANIZATION_KINDS, ui_language())


def category_label(code: str) -> str:
    return word_for(CATEGORIES, code, ui_language())


def status_label(code: str) -> str:
    return word_for(REGISTRATION_STATUSES, code, ui_language())


def session_kind_labels() -> dict[str, str]:
    return words_in(SESSION_KINDS, ui_language())


def speaker_role_labels() -> dict[str, str]:
    return words_in(SPEAKER_ROLES, ui_language())
