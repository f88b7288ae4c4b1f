"""User errors in the user's language.

The core raises :class:`~confdesk.errors.UserError` with an English message, a ``code``
and its ``params``; this module holds the one translatable sentence per code. A code
missing here still shows, in English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from confdesk.errors import UserError
from confdesk.logs import log_unexpected, log_user_error


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
            "UserError",
            "{path} is read-only; confdesk needs to write to it. Copy it to a writable "
            "folder (for example your Documents) and open the copy.",
        ),
        "missing": QCoreApplication.translate(
            "UserError",
            "There is no database file at {path}; it may have been moved, renamed or "
            "deleted. Locate it, or choose another file.",
        ),
        "disk_full": QCoreApplication.translate(
            "UserError", "The disk holding {path} is full; free some space, then open it again."
        ),
        "io_error": QCoreApplication.translate(
            "UserError",
            "{path} cannot be read: the disk reported an input/output error. Check the "
            "drive, or restore a backup.",
        ),
        "open_in_window": QCoreApplication.translate(
            "UserError",
            "{path} is open in a confdesk window on this computer (process {pid}); close it "
            "there first.",
        ),
        "open_in_command": QCoreApplication.translate(
            "UserError",
            "{path} is in use by 'confdesk {command}' on this computer (process {pid}); wait "
            "for it to finish, or stop it.",
        ),
        "open_on_other_computer": QCoreApplication.translate(
            "UserError", "{path} is open in confdesk on the computer {host}; close it there first."
        ),
        "is_open_database": QCoreApplication.translate(
            "UserError", "{path} is the database confdesk has open; choose another file."
        ),
        "storage_disk_full": QCoreApplication.translate(
            "UserError", "NOT recorded: the disk is full; free some space (delete or move files)."
        ),
        "storage_read_only": QCoreApplication.translate(
            "UserError",
            "NOT recorded: the database file cannot be written (read-only); copy it to a "
            "writable folder and open the copy.",
        ),
        "storage_locked": QCoreApplication.translate(
            "UserError",
            "NOT recorded: another program holds the database file locked; close it there, "
            "confdesk retries.",
        ),
        "storage_io_error": QCoreApplication.translate(
            "UserError",
            "NOT recorded: the disk reported an input/output error; check the drive or "
            "cable, confdesk retries.",
        ),
        "storage_damaged": QCoreApplication.translate(
            "UserError", "NOT recorded: the database file is damaged; restore the newest backup."
        ),
        "storage_file_gone": QCoreApplication.translate(
            "UserError",
            "NOT recorded: the database file was moved or deleted; nothing more is written "
            "until it is opened again.",
        ),
        "cannot_open": QCoreApplication.translate(
            "UserError", "{path} cannot be opened; check that its folder is writable."
        ),
        "damaged": QCoreApplication.translate(
            "UserError",
            "{path} is damaged ({detail}). Restore the newest good backup, or a copy you "
            "made, or start a new file.",
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
        "checkin_not_undoable": QCoreApplication.translate(
            "UserError", "This check-in cannot be undone: it was undone already."
        ),
        "no_such_session": QCoreApplication.translate(
            "UserError", "This agenda session no longer exists; choose another one."
        ),
        "session_title_required": QCoreApplication.translate(
            "UserError", "The session needs a title."
        ),
        "session_ends_before_start": QCoreApplication.translate(
            "UserError", "A session must end after it starts."
        ),
        "session_capacity_negative": QCoreApplication.translate(
            "UserError", "The capacity cannot be negative."
        ),
        "round_not_positive": QCoreApplication.translate(
            "UserError", "Workshop rounds are numbered from 1."
        ),
        "unknown_room": QCoreApplication.translate(
            "UserError", "This room is not a room of the event."
        ),
        "unknown_speaker": QCoreApplication.translate(
            "UserError", "A speaker or moderator is not registered for this event."
        ),
        "agenda_undo_deleted": QCoreApplication.translate(
            "UserError",
            "The change to “{title}” cannot be undone: the session has been deleted since.",
        ),
        "agenda_undo_outdated": QCoreApplication.translate(
            "UserError",
            "The change to “{title}” cannot be undone: the session has been changed since.",
        ),
        "session_has_checkins": QCoreApplication.translate(
            "UserError", "“{title}” cannot be deleted: people have been checked in at it."
        ),
        "agenda_empty": QCoreApplication.translate(
            "UserError", "The agenda is empty: there is no programme to print."
        ),
        "no_door_signs": QCoreApplication.translate(
            "UserError", "No room has a session: there are no door signs to print."
        ),
        "no_participant_lists": QCoreApplication.translate(
            "UserError", "No session takes sign-ups: there are no participant lists to print."
        ),
        "signup_wrong_event": QCoreApplication.translate(
            "UserError", "This person is not registered for the session's event."
        ),
        "signup_cancelled_registration": QCoreApplication.translate(
            "UserError", "{name} has cancelled the registration."
        ),
        "not_signed_up": QCoreApplication.translate(
            "UserError", "This person is not signed up for this session."
        ),
        "signup_changed": QCoreApplication.translate(
            "UserError", "This sign-up was changed in the meantime; it cannot be taken back."
        ),
        "no_such_event": QCoreApplication.translate(
            "UserError", "This event no longer exists in the database."
        ),
        "given_name_required": QCoreApplication.translate(
            "UserError", "The given name is required."
        ),
        "family_name_required": QCoreApplication.translate(
            "UserError", "The family name is required."
        ),
        "email_invalid": QCoreApplication.translate(
            "UserError", "“{email}” is not an e-mail address."
        ),
        "not_a_certificate_code": QCoreApplication.translate(
            "UserError",
            "“{text}” is not a certificate code: it has 16 letters and digits, as in "
            "7K2M-Q9XD-4HPT-B3NW.",
        ),
        "no_such_registration": QCoreApplication.translate(
            "UserError", "This registration no longer exists in the database."
        ),
        "already_cancelled": QCoreApplication.translate(
            "UserError", "The registration of {name} is already cancelled."
        ),
        "not_cancelled": QCoreApplication.translate(
            "UserError", "The registration of {name} is not cancelled."
        ),
        "not_waitlisted": QCoreApplication.translate(
            "UserError", "{name} is not on the waiting list."
        ),
        "undo_deleted": QCoreApplication.translate(
            "UserError",
            "The change to {name} cannot be undone: the registration has been deleted since.",
        ),
        "undo_outdated": QCoreApplication.translate(
            "UserError",
            "The change to {name} cannot be undone: the registration has been changed since.",
        ),
        "organization_exists": QCoreApplication.translate(
            "UserError", "There is already an organization called “{name}”."
        ),
        "merge_other_event": QCoreApplication.translate(
            "UserError", "{name} is registered for another event and cannot be merged."
        ),
        "merge_checked_in": QCoreApplication.translate(
            "UserError",
            "The registration of {name} has check-in records, which cannot be moved; keep "
            "that registration and merge the others into it.",
        ),
        "import_file_empty": QCoreApplication.translate("UserError", "{path} is empty."),
        "import_old_excel": QCoreApplication.translate(
            "UserError",
            "{path} is an old Excel file (.xls) or a password-protected workbook; save it in "
            "Excel as .xlsx or CSV without a password and import that.",
        ),
        "import_not_text": QCoreApplication.translate(
            "UserError", "{path} is not a CSV file or Excel workbook (it holds binary data)."
        ),
        "import_unknown_encoding": QCoreApplication.translate(
            "UserError",
            "{path} is not in an encoding confdesk knows (UTF-8, UTF-16 or Windows-1252); "
            "save it as “CSV UTF-8” and import that.",
        ),
        "import_bad_csv": QCoreApplication.translate(
            "UserError",
            "{path} is not readable as CSV from line {line} on; a quotation mark may be missing.",
        ),
        "import_bad_workbook": QCoreApplication.translate(
            "UserError",
            "{path} is not an Excel workbook confdesk can read; save it in Excel as .xlsx or "
            "CSV and import that.",
        ),
        "import_no_rows": QCoreApplication.translate(
            "UserError", "{path} has a header row (row {line}) but no attendees below it."
        ),
        "import_has_errors": QCoreApplication.translate(
            "UserError", "The import has {count} unresolved problem(s); nothing was imported."
        ),
        "import_plan_outdated": QCoreApplication.translate(
            "UserError",
            "The registrations of the event have changed since this import was checked; "
            "check the import again.",
        ),
        "import_database_busy": QCoreApplication.translate(
            "UserError", "The database is busy with another desk's work; try the import again."
        ),
        "import_file_too_large": QCoreApplication.translate(
            "UserError", "{path} is {size}; confdesk imports files of at most {limit}."
        ),
        "import_too_many_rows": QCoreApplication.translate(
            "UserError",
            "{path} has more than {limit} rows; confdesk imports at most {limit} rows at a "
            "time — split the file.",
        ),
        "import_workbook_too_large": QCoreApplication.translate(
            "UserError",
            "{path} unpacks to {size}; confdesk reads workbooks that unpack to at most "
            "{limit}. Save the sheet of attendees as CSV and import that.",
        ),
        "import_no_such_sheet": QCoreApplication.translate(
            "UserError", "{path} has no sheet “{sheet}”; its sheets are {sheets}."
        ),
        "import_sheet_in_csv": QCoreApplication.translate(
            "UserError", "{path} is a CSV file; it has no sheets to choose from."
        ),
        "import_status_syntax": QCoreApplication.translate(
            "UserError", "“{item}” is not WORD=status, e.g. “Angefragt=waitlisted”."
        ),
        "import_status_unknown_choice": QCoreApplication.translate(
            "UserError",
            "“{value}” is not a status; choose registered, waitlisted or cancelled.",
        ),
        "import_rejected_unwritable": QCoreApplication.translate(
            "UserError", "{path} cannot be written."
        ),
        "logo_not_image": QCoreApplication.translate(
            "UserError", "{name} is not a PNG or JPEG image; save the logo in one of those formats."
        ),
        "logo_too_large": QCoreApplication.translate(
            "UserError", "{path} is too large for a logo (at most 5 MB)."
        ),
        "logo_unreadable": QCoreApplication.translate("UserError", "{path} cannot be read."),
        "no_badges": QCoreApplication.translate(
            "UserError", "There are no badges to print for this choice."
        ),
        "no_certificates": QCoreApplication.translate(
            "UserError",
            "There are no certificates to write: nobody of this choice has been checked in "
            "at the venue.",
        ),
        "start_at_out_of_range": QCoreApplication.translate(
            "UserError",
            "Label {start_at} is not on this sheet; start at 1 to {labels_per_page}.",
        ),
        "unknown_stock": QCoreApplication.translate(
            "UserError", "There is no label stock called “{name}”; choose from {choices}."
        ),
        "cannot_write_file": QCoreApplication.translate("UserError", "{path} cannot be written."),
        "printer_not_started": QCoreApplication.translate(
            "UserError",
            "The printer could not be started; check that it is switched on and connected.",
        ),
        "export_unknown_format": QCoreApplication.translate(
            "UserError", "{path}: confdesk exports to .csv or .xlsx files; name the file so."
        ),
        "export_target_locked": QCoreApplication.translate(
            "UserError",
            "{path} cannot be written; if it is open in a spreadsheet program, close it there "
            "and export again.",
        ),
    }


def _problem_templates() -> dict[str, str]:
    """The import's row-level problems (confdesk.domain.importing), by code."""
    return {
        "import_repeated_row": QCoreApplication.translate(
            "ImportProblem", "This row repeats row {other_line}; it is skipped."
        ),
        "import_same_person_twice": QCoreApplication.translate(
            "ImportProblem",
            "This row registers {name} again (as row {other_line} does) with other details; "
            "remove or skip one of the two rows.",
        ),
        "import_shared_email": QCoreApplication.translate(
            "ImportProblem",
            "This row has the same e-mail address as row {other_line} ({name}); both are imported.",
        ),
        "import_same_name": QCoreApplication.translate(
            "ImportProblem",
            "This row has the same name and organization as row {other_line}; both are "
            "imported — check them for a duplicate afterwards.",
        ),
        "import_nothing_to_update": QCoreApplication.translate(
            "ImportProblem", "There is no registration to update with this row; add or skip it."
        ),
        "import_ambiguous_match": QCoreApplication.translate(
            "ImportProblem",
            "This row matches several registrations; it cannot update one of them. Add or skip it.",
        ),
        "import_update_twice": QCoreApplication.translate(
            "ImportProblem",
            "Row {other_line} already updates the same registration; skip one of the two rows.",
        ),
        "import_no_name_columns": QCoreApplication.translate(
            "ImportProblem",
            "No column gives the attendees' names: map columns to given name and family name, "
            "or one to full name.",
        ),
        "import_rows_above_header": QCoreApplication.translate(
            "ImportProblem",
            "These rows are above the header row (row {header_line}) and are not imported: "
            "{lines}.",
        ),
        "import_too_many_cells": QCoreApplication.translate(
            "ImportProblem",
            "This row has {cells} cells but the header has {columns}; a value may contain the "
            "delimiter without quotation marks.",
        ),
        "import_cells_beside_table": QCoreApplication.translate(
            "ImportProblem",
            "Cells to the right of the table (without a header) are not imported.",
        ),
        "import_unknown_category": QCoreApplication.translate(
            "ImportProblem",
            "“{value}” is not a category confdesk knows; use participant, speaker, moderator, "
            "exhibitor, staff, press or guest (or the German words).",
        ),
        "import_unknown_status": QCoreApplication.translate(
            "ImportProblem",
            "“{value}” is not a status confdesk knows; say whether it means registered, "
            "waitlisted or cancelled.",
        ),
        "import_unknown_status_left_out": QCoreApplication.translate(
            "ImportProblem",
            "“{value}” is not a status confdesk knows; the row is left out until you say "
            "whether it means registered, waitlisted or cancelled.",
        ),
        "import_sheet_chosen": QCoreApplication.translate(
            "ImportProblem",
            "The workbook has several sheets; the attendees are read from “{sheet}”, not "
            "from {others}. Choose another sheet if that is wrong.",
        ),
        "import_rows_not_people": QCoreApplication.translate(
            "ImportProblem",
            "Left out as not about a person: {totals} row(s) of sums or counts, {empty} "
            "empty row(s).",
        ),
        "import_not_yes_no": QCoreApplication.translate(
            "ImportProblem", "“{value}” is neither yes nor no (ja/nein, x, 1/0)."
        ),
    }


def describe_error(error: BaseException) -> str:
    """The sentence to show for ``error``, in the user's language. Everything shown goes
    into the log too: a UserError by code, anything else (a bug) with its traceback."""
    if isinstance(error, UserError):
        log_user_error(error)
    else:
        log_unexpected(error, "an error shown as a message")
    code = getattr(error, "code", "")
    return _fill(_templates().get(code) if code else None, error, str(error))


def describe_problem(problem: object) -> str:
    """An import problem's sentence in the user's language (its English one if unknown).
    The registration form's checks share their codes with :func:`describe_error`."""
    code = getattr(problem, "code", "")
    template = _problem_templates().get(code) or _templates().get(code)
    return _fill(template, problem, str(getattr(problem, "message", "")))


def _fill(template: str | None, source: object, fallback: str) -> str:
    if template is None:
        return fallback
    params = {
        name: ", ".join(map(str, value)) if isinstance(value, list | tuple) else str(value)
        for name, value in getattr(source, "params", {}).items()
    }
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return fallback
