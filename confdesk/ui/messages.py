"""User errors in the user's language.

The core raises :class:`~confdesk.errors.UserError` with an English message, a ``code``
and its ``params``; this module holds the one translatable sentence per code. A code
missing here still shows, in English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _templates() -> dict[str, str]:
    # Each literal stays inside QCoreApplication.translate, where lupdate finds it.
    return {
        "is_folder": QCoreApplication.translate(
            "UserError", "{path} is a folder, not a database file."
        ),
        "folder_not_created": QCoreApplication.translate(
            "UserError", "The folder for {path} cannot be created."
        ),
        "not_sqlite": QCoreApplication.translate(
            "UserError", "{path} is not a confdesk database (it is not an SQLite file)."
        ),
        "foreign_sqlite": QCoreApplication.translate(
            "UserError",
            "{path} is not a confdesk database (it is an SQLite file of another program).",
        ),
        "no_version": QCoreApplication.translate(
            "UserError", "{path} is damaged: it has no schema version."
        ),
        "newer": QCoreApplication.translate(
            "UserError",
            "{path} was written by a newer version of confdesk (schema {revision}); "
            "update confdesk to open it.",
        ),
        "locked": QCoreApplication.translate(
            "UserError",
            "{path} is locked by another program; close it there or wait, then try again.",
        ),
        "read_only": QCoreApplication.translate(
            "UserError", "{path} is read-only; confdesk needs to write to it."
        ),
        "cannot_open": QCoreApplication.translate(
            "UserError", "{path} cannot be opened; check that its folder is writable."
        ),
        "damaged": QCoreApplication.translate(
            "UserError", "{path} is not a confdesk database (the SQLite file is damaged)."
        ),
        "title_required": QCoreApplication.translate("UserError", "The event needs a title."),
        "ends_before_start": QCoreApplication.translate(
            "UserError", "The event cannot end before it starts."
        ),
        "day_ends_before_start": QCoreApplication.translate(
            "UserError", "The day must end after it starts."
        ),
        "unknown_timezone": QCoreApplication.translate(
            "UserError", "“{timezone}” is not a known time zone."
        ),
        "unknown_language": QCoreApplication.translate(
            "UserError", "The event language must be German or English."
        ),
        "room_name_required": QCoreApplication.translate("UserError", "Every room needs a name."),
        "room_twice": QCoreApplication.translate(
            "UserError", "There are two rooms called “{room}”."
        ),
        "room_capacity_negative": QCoreApplication.translate(
            "UserError", "The capacity of “{room}” cannot be negative."
        ),
        "room_capacity_not_number": QCoreApplication.translate(
            "UserError", "The capacity of “{room}” must be a whole number."
        ),
        "no_such_event": QCoreApplication.translate(
            "UserError", "This event no longer exists in the database."
        ),
    }


def describe_error(error: BaseException) -> str:
    code = getattr(error, "code", "")
    template = _templates().get(code) if code else None
    if template is None:
        return str(error)
    params = {name: str(value) for name, value in getattr(error, "params", {}).items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return str(error)
