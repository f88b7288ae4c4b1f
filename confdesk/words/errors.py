"""Every error a person can meet, by code, with one English and one German sentence.

The core raises :class:`~confdesk.errors.UserError` with an English message (the command
line prints it), a ``code`` and ``params``. The code is an :class:`ErrorCode`; its two
sentences are templates over the same ``{params}``, and :func:`describe` fills in the one of
the language asked for. An import's row problems (``confdesk.domain.importing.plan.Problem``)
use the same codes.

Why the German lives here and not in Qt's ``.ts`` file: the two sentences of a code are one
entry, side by side, so a code cannot be added without its German (the Enum refuses a member
without both, and a test compares their placeholders without starting Qt); a reviewer reads
both at once; and nothing of it needs Qt, so the command line speaks German with the same
words (``CONFDESK_LANGUAGE=de``). The window picks the sentence by its UI language
(``confdesk.ui.shell.language.messages``); all its other strings stay with Qt's translation.
"""

from __future__ import annotations

from collections.abc import Mapping

from confdesk.words.sentences import LANGUAGES, Sentences

__all__ = ["LANGUAGES", "ErrorCode", "describe"]


class ErrorCode(Sentences):
    """A situation a person can meet, with its sentence in English and in German."""

    # -- Opening a database file
    IS_FOLDER = (
        "is_folder",
        "{path} is a folder, not a database file.",
        "{path} ist ein Ordner, keine Datenbankdatei.",
    )
    FOLDER_NOT_CREATED = (
        "folder_not_created",
        "The folder for {path} cannot be created.",
        "Der Ordner für {path} kann nicht angelegt werden.",
    )
    NOT_SQLITE = (
        "not_sqlite",
        "{path} is not a confdesk database (it is not an SQLite file).",
        "{path} ist keine confdesk-Datenbank (es ist keine SQLite-Datei).",
    )
    FOREIGN_SQLITE = (
        "foreign_sqlite",
        "{path} is not a confdesk database (it is an SQLite file of another program).",
        "{path} ist keine confdesk-Datenbank (es ist die SQLite-Datei eines anderen Programms).",
    )
    NO_VERSION = (
        "no_version",
        "{path} is damaged: it has no schema version.",
        "{path} ist beschädigt: Die Schema-Version fehlt.",
    )
    NEWER = (
        "newer",
        "{path} was written by a newer version of confdesk (schema {revision}); update confdesk "
        "to open it.",
        "{path} wurde von einer neueren confdesk-Version geschrieben (Schema {revision}); "
        "aktualisieren Sie confdesk, um sie zu öffnen.",
    )
    LOCKED = (
        "locked",
        "{path} is locked by another program; close it there or wait, then try again.",
        "{path} ist von einem anderen Programm gesperrt; schließen Sie sie dort oder warten Sie "
        "kurz und versuchen Sie es dann erneut.",
    )
    READ_ONLY = (
        "read_only",
        "{path} is read-only; confdesk needs to write to it. Copy it to a writable folder (for "
        "example your Documents) and open the copy.",
        "{path} ist schreibgeschützt; confdesk muss hineinschreiben. Kopieren Sie die Datei in "
        "einen beschreibbaren Ordner (etwa Ihre Dokumente) und öffnen Sie die Kopie.",
    )
    MISSING = (
        "missing",
        "There is no database file at {path}; it may have been moved, renamed or deleted. "
        "Locate it, or choose another file.",
        "Unter {path} gibt es keine Datenbankdatei; sie wurde vielleicht verschoben, umbenannt "
        "oder gelöscht. Suchen Sie sie, oder wählen Sie eine andere Datei.",
    )
    DISK_FULL = (
        "disk_full",
        "The disk holding {path} is full; free some space, then open it again.",
        "Der Datenträger mit {path} ist voll; schaffen Sie Platz und öffnen Sie die Datei dann "
        "erneut.",
    )
    IO_ERROR = (
        "io_error",
        "{path} cannot be read: the disk reported an input/output error. Check the drive, or "
        "restore a backup.",
        "{path} kann nicht gelesen werden: Der Datenträger meldet einen Ein-/Ausgabefehler. "
        "Prüfen Sie das Laufwerk, oder stellen Sie eine Sicherung wieder her.",
    )
    OPEN_IN_WINDOW = (
        "open_in_window",
        "{path} is open in a confdesk window on this computer (process {pid}); close it there "
        "first.",
        "{path} ist auf diesem Computer in einem confdesk-Fenster geöffnet (Prozess {pid}); "
        "schließen Sie sie dort zuerst.",
    )
    OPEN_IN_COMMAND = (
        "open_in_command",
        "{path} is in use by 'confdesk {command}' on this computer (process {pid}); wait for it "
        "to finish, or stop it.",
        "{path} wird auf diesem Computer von „confdesk {command}“ benutzt (Prozess {pid}); "
        "warten Sie, bis es fertig ist, oder beenden Sie es.",
    )
    OPEN_ON_OTHER_COMPUTER = (
        "open_on_other_computer",
        "{path} is open in confdesk on the computer {host}; close it there first.",
        "{path} ist in confdesk auf dem Computer {host} geöffnet; schließen Sie sie dort zuerst.",
    )
    IS_OPEN_DATABASE = (
        "is_open_database",
        "{path} is the database confdesk has open; choose another file.",
        "{path} ist die Datenbank, die confdesk geöffnet hat; wählen Sie eine andere Datei.",
    )
    CANNOT_OPEN = (
        "cannot_open",
        "{path} cannot be opened; check that its folder is writable.",
        "{path} lässt sich nicht öffnen; prüfen Sie, ob der Ordner beschreibbar ist.",
    )
    DAMAGED = (
        "damaged",
        "{path} is damaged ({detail}). Restore the newest good backup, or a copy you made, or "
        "start a new file.",
        "{path} ist beschädigt ({detail}). Stellen Sie die neueste intakte Sicherung oder eine "
        "eigene Kopie wieder her, oder beginnen Sie eine neue Datei.",
    )
    UPGRADE_FAILED = (
        "upgrade_failed",
        "{path} could not be upgraded: {rows} rows point to missing rows.",
        "{path} konnte nicht aktualisiert werden: {rows} Zeilen verweisen auf fehlende Zeilen.",
    )
    NO_DATABASE = (
        "no_database",
        "There is no confdesk database at {path}; create an event in the app or run 'confdesk "
        "demo' first.",
        "Unter {path} gibt es keine confdesk-Datenbank; legen Sie zuerst in der App eine "
        "Veranstaltung an oder führen Sie 'confdesk demo' aus.",
    )
    NO_EVENT = (
        "no_event",
        "{path} holds no event; create one in the app or run 'confdesk demo' first.",
        "{path} enthält keine Veranstaltung; legen Sie zuerst in der App eine an oder führen "
        "Sie 'confdesk demo' aus.",
    )
    NO_BACKUP = (
        "no_backup",
        "There is no good backup of {path}.",
        "Es gibt keine intakte Sicherung von {path}.",
    )
    BACKUP_DAMAGED = (
        "backup_damaged",
        "{path} is not a whole database; choose another backup.",
        "{path} ist keine vollständige Datenbank; wählen Sie eine andere Sicherung.",
    )
    # -- A write that did not reach the disk (confdesk.db.storage_faults)
    STORAGE_DISK_FULL = (
        "storage_disk_full",
        "NOT recorded: the disk is full; free some space (delete or move files).",
        "NICHT gespeichert: Der Datenträger ist voll; schaffen Sie Platz (Dateien löschen oder "
        "verschieben).",
    )
    STORAGE_READ_ONLY = (
        "storage_read_only",
        "NOT recorded: the database file cannot be written (read-only); copy it to a writable "
        "folder and open the copy.",
        "NICHT gespeichert: Die Datenbankdatei ist schreibgeschützt; kopieren Sie sie in einen "
        "beschreibbaren Ordner und öffnen Sie die Kopie.",
    )
    STORAGE_LOCKED = (
        "storage_locked",
        "NOT recorded: another program holds the database file locked; close it there, confdesk "
        "retries.",
        "NICHT gespeichert: Ein anderes Programm sperrt die Datenbankdatei; schließen Sie sie "
        "dort, confdesk versucht es erneut.",
    )
    STORAGE_IO_ERROR = (
        "storage_io_error",
        "NOT recorded: the disk reported an input/output error; check the drive or cable, "
        "confdesk retries.",
        "NICHT gespeichert: Der Datenträger meldet einen Ein-/Ausgabefehler; prüfen Sie "
        "Laufwerk oder Kabel, confdesk versucht es erneut.",
    )
    STORAGE_DAMAGED = (
        "storage_damaged",
        "NOT recorded: the database file is damaged; restore the newest backup.",
        "NICHT gespeichert: Die Datenbankdatei ist beschädigt; stellen Sie die neueste "
        "Sicherung wieder her.",
    )
    STORAGE_FILE_GONE = (
        "storage_file_gone",
        "NOT recorded: the database file was moved or deleted; nothing more is written until it "
        "is opened again.",
        "NICHT gespeichert: Die Datenbankdatei wurde verschoben oder gelöscht; bis sie wieder "
        "geöffnet ist, wird nichts mehr geschrieben.",
    )
    # -- The event and its rooms
    NO_SUCH_EVENT = (
        "no_such_event",
        "This event no longer exists in the database.",
        "Diese Veranstaltung gibt es in der Datenbank nicht mehr.",
    )
    TITLE_REQUIRED = (
        "title_required",
        "The event needs a title.",
        "Die Veranstaltung braucht einen Titel.",
    )
    ENDS_BEFORE_START = (
        "ends_before_start",
        "The event cannot end before it starts.",
        "Die Veranstaltung kann nicht enden, bevor sie beginnt.",
    )
    DAY_ENDS_BEFORE_START = (
        "day_ends_before_start",
        "The day must end after it starts.",
        "Der Tag muss nach seinem Beginn enden.",
    )
    UNKNOWN_TIMEZONE = (
        "unknown_timezone",
        "“{timezone}” is not a known time zone.",
        "„{timezone}“ ist keine bekannte Zeitzone.",
    )
    UNKNOWN_LANGUAGE = (
        "unknown_language",
        "The event language must be German or English.",
        "Die Sprache der Veranstaltung muss Deutsch oder Englisch sein.",
    )
    ROOM_NAME_REQUIRED = (
        "room_name_required",
        "Every room needs a name.",
        "Jeder Raum braucht einen Namen.",
    )
    ROOM_TWICE = (
        "room_twice",
        "There are two rooms called “{room}”.",
        "Es gibt zwei Räume mit dem Namen „{room}“.",
    )
    ROOM_CAPACITY_NEGATIVE = (
        "room_capacity_negative",
        "The capacity of “{room}” cannot be negative.",
        "Die Platzzahl von „{room}“ kann nicht negativ sein.",
    )
    ROOM_CAPACITY_NOT_NUMBER = (
        "room_capacity_not_number",
        "The capacity of “{room}” must be a whole number.",
        "Die Platzzahl von „{room}“ muss eine ganze Zahl sein.",
    )
    # -- The agenda
    NO_SUCH_SESSION = (
        "no_such_session",
        "This agenda session no longer exists; choose another one.",
        "Diese Programmeinheit gibt es nicht mehr; bitte eine andere wählen.",
    )
    SESSION_TITLE_REQUIRED = (
        "session_title_required",
        "The session needs a title.",
        "Der Programmpunkt braucht einen Titel.",
    )
    SESSION_ENDS_BEFORE_START = (
        "session_ends_before_start",
        "A session must end after it starts.",
        "Ein Programmpunkt muss nach seinem Beginn enden.",
    )
    SESSION_CAPACITY_NEGATIVE = (
        "session_capacity_negative",
        "The capacity cannot be negative.",
        "Die Kapazität kann nicht negativ sein.",
    )
    ROUND_NOT_POSITIVE = (
        "round_not_positive",
        "Workshop rounds are numbered from 1.",
        "Workshop-Runden werden ab 1 gezählt.",
    )
    UNKNOWN_ROOM = (
        "unknown_room",
        "This room is not a room of the event.",
        "Dieser Raum gehört nicht zur Veranstaltung.",
    )
    UNKNOWN_SPEAKER = (
        "unknown_speaker",
        "A speaker or moderator is not registered for this event.",
        "Eine referierende oder moderierende Person ist für diese Veranstaltung nicht angemeldet.",
    )
    UNKNOWN_SESSION_KIND = (
        "unknown_session_kind",
        "“{kind}” is not a kind of session.",
        "„{kind}“ ist keine Art von Programmpunkt.",
    )
    UNKNOWN_SPEAKER_ROLE = (
        "unknown_speaker_role",
        "“{role}” is not a role in a session.",
        "„{role}“ ist keine Rolle in einem Programmpunkt.",
    )
    UNKNOWN_TOPIC = (
        "unknown_topic",
        "This topic is not a topic of the event.",
        "Dieses Thema gehört nicht zur Veranstaltung.",
    )
    SESSION_EXISTS = (
        "session_exists",
        "“{title}” exists already.",
        "„{title}“ gibt es schon.",
    )
    AGENDA_UNDO_DELETED = (
        "agenda_undo_deleted",
        "The change to “{title}” cannot be undone: the session has been deleted since.",
        "Die Änderung an „{title}“ lässt sich nicht rückgängig machen: Der Programmpunkt wurde "
        "inzwischen gelöscht.",
    )
    AGENDA_UNDO_OUTDATED = (
        "agenda_undo_outdated",
        "The change to “{title}” cannot be undone: the session has been changed since.",
        "Die Änderung an „{title}“ lässt sich nicht rückgängig machen: Der Programmpunkt wurde "
        "inzwischen geändert.",
    )
    SESSION_HAS_CHECKINS = (
        "session_has_checkins",
        "“{title}” cannot be deleted: people have been checked in at it.",
        "„{title}“ kann nicht gelöscht werden: Dort wurden schon Personen eingecheckt.",
    )
    SIGNUP_WRONG_EVENT = (
        "signup_wrong_event",
        "This person is not registered for the session's event.",
        "Diese Person ist für die Veranstaltung dieses Programmpunkts nicht angemeldet.",
    )
    SIGNUP_CANCELLED_REGISTRATION = (
        "signup_cancelled_registration",
        "{name} has cancelled the registration.",
        "{name} hat die Anmeldung storniert.",
    )
    NOT_SIGNED_UP = (
        "not_signed_up",
        "This person is not signed up for this session.",
        "Diese Person ist für diesen Programmpunkt nicht angemeldet.",
    )
    SIGNUP_CHANGED = (
        "signup_changed",
        "This sign-up was changed in the meantime; it cannot be taken back.",
        "Diese Anmeldung wurde inzwischen geändert; sie lässt sich nicht zurücknehmen.",
    )
    # -- Workshop places from wishes
    NO_SUCH_ROUND = (
        "no_such_round",
        "There is no workshop round {round_number}.",
        "Es gibt keine Workshop-Runde {round_number}.",
    )
    WISH_NOT_IN_ROUND = (
        "wish_not_in_round",
        "A wished workshop is not part of round {round_number}.",
        "Ein gewünschter Workshop gehört nicht zu Runde {round_number}.",
    )
    WISH_UNKNOWN_WORKSHOP = (
        "wish_unknown_workshop",
        "“{title}” is no workshop of a round; this wish is left out.",
        "„{title}“ ist kein Workshop einer Runde; dieser Wunsch entfällt.",
    )
    ASSIGNMENT_OUTDATED = (
        "assignment_outdated",
        "The sign-ups changed since the preview; look at the preview again before applying.",
        "Die Anmeldungen haben sich seit der Vorschau geändert; bitte die Vorschau erneut "
        "ansehen, bevor sie übernommen wird.",
    )
    ASSIGNMENT_CHANGED = (
        "assignment_changed",
        "The sign-ups of these rounds were changed in the meantime; the workshop "
        "assignment cannot be taken back.",
        "Die Anmeldungen dieser Runden wurden inzwischen geändert; die Workshop-Zuteilung "
        "lässt sich nicht zurücknehmen.",
    )
    # -- Registrations, organisations and topics
    NO_SUCH_REGISTRATION = (
        "no_such_registration",
        "This registration no longer exists in the database.",
        "Diese Anmeldung gibt es in der Datenbank nicht mehr.",
    )
    GIVEN_NAME_REQUIRED = (
        "given_name_required",
        "The given name is required.",
        "Der Vorname fehlt.",
    )
    FAMILY_NAME_REQUIRED = (
        "family_name_required",
        "The family name is required.",
        "Der Nachname fehlt.",
    )
    EMAIL_INVALID = (
        "email_invalid",
        "“{email}” is not an e-mail address.",
        "„{email}“ ist keine E-Mail-Adresse.",
    )
    UNKNOWN_CATEGORY = (
        "unknown_category",
        "“{category}” is not a registration category.",
        "„{category}“ ist keine Kategorie einer Anmeldung.",
    )
    UNKNOWN_SOURCE = (
        "unknown_source",
        "“{source}” is not a registration source.",
        "„{source}“ ist keine Herkunft einer Anmeldung.",
    )
    UNKNOWN_STATUS = (
        "unknown_status",
        "“{status}” is not a registration status.",
        "„{status}“ ist kein Status einer Anmeldung.",
    )
    ALREADY_CANCELLED = (
        "already_cancelled",
        "The registration of {name} is already cancelled.",
        "Die Anmeldung von {name} ist bereits storniert.",
    )
    NOT_CANCELLED = (
        "not_cancelled",
        "The registration of {name} is not cancelled.",
        "Die Anmeldung von {name} ist nicht storniert.",
    )
    NOT_WAITLISTED = (
        "not_waitlisted",
        "{name} is not on the waiting list.",
        "{name} steht nicht auf der Warteliste.",
    )
    UNDO_DELETED = (
        "undo_deleted",
        "The change to {name} cannot be undone: the registration has been deleted since.",
        "Die Änderung an {name} lässt sich nicht rückgängig machen: Die Anmeldung wurde "
        "inzwischen gelöscht.",
    )
    UNDO_OUTDATED = (
        "undo_outdated",
        "The change to {name} cannot be undone: the registration has been changed since.",
        "Die Änderung an {name} lässt sich nicht rückgängig machen: Die Anmeldung wurde "
        "inzwischen geändert.",
    )
    ORGANIZATION_EXISTS = (
        "organization_exists",
        "There is already an organization called “{name}”.",
        "Es gibt bereits eine Organisation „{name}“.",
    )
    NO_SUCH_ORGANIZATION = (
        "no_such_organization",
        "There is no organisation with id {organization_id} in this database.",
        "In dieser Datenbank gibt es keine Organisation mit der Nummer {organization_id}.",
    )
    ORGANIZATION_NAME_REQUIRED = (
        "organization_name_required",
        "The organisation needs a name.",
        "Die Organisation braucht einen Namen.",
    )
    UNKNOWN_ORGANIZATION_KIND = (
        "unknown_organization_kind",
        "“{kind}” is not a kind of organisation.",
        "„{kind}“ ist keine Art von Organisation.",
    )
    TOPIC_NAME_REQUIRED = (
        "topic_name_required",
        "The topic needs a name.",
        "Das Thema braucht einen Namen.",
    )
    MERGE_OTHER_EVENT = (
        "merge_other_event",
        "{name} is registered for another event and cannot be merged.",
        "{name} ist für eine andere Veranstaltung angemeldet und kann nicht zusammengeführt "
        "werden.",
    )
    MERGE_CHECKED_IN = (
        "merge_checked_in",
        "The registration of {name} has check-in records, which cannot be moved; keep that "
        "registration and merge the others into it.",
        "Die Anmeldung von {name} hat Check-ins, die nicht verschoben werden können; behalten "
        "Sie diese Anmeldung und führen Sie die anderen mit ihr zusammen.",
    )
    MERGE_INTO_ITSELF = (
        "merge_into_itself",
        "A registration cannot be merged into itself.",
        "Eine Anmeldung kann nicht mit sich selbst zusammengeführt werden.",
    )
    MERGE_NOTHING = (
        "merge_nothing",
        "Choose at least one registration to merge into the kept one.",
        "Wählen Sie mindestens eine Anmeldung, die in die behaltene übernommen wird.",
    )
    # -- Check-in codes and certificate codes
    CHECKIN_NOT_UNDOABLE = (
        "checkin_not_undoable",
        "This check-in cannot be undone: it was undone already.",
        "Dieser Check-in kann nicht zurückgenommen werden: Er wurde bereits zurückgenommen.",
    )
    CODE_REISSUED_TOO_OFTEN = (
        "code_reissued_too_often",
        "This registration's code cannot be reissued any more.",
        "Der Code dieser Anmeldung kann nicht noch einmal neu ausgestellt werden.",
    )
    REGISTRATION_UUID_MALFORMED = (
        "registration_uuid_malformed",
        "Registration {registration_id} has no check-in code: its UUID is not a standard UUID.",
        "Die Anmeldung {registration_id} hat keinen Check-in-Code: Ihre UUID ist keine "
        "Standard-UUID.",
    )
    NOT_A_CERTIFICATE_CODE = (
        "not_a_certificate_code",
        "“{text}” is not a certificate code: it has 16 letters and digits, as in "
        "7K2M-Q9XD-4HPT-B3NW.",
        "„{text}“ ist kein Prüfcode: Er hat 16 Buchstaben und Ziffern, etwa 7K2M-Q9XD-4HPT-B3NW.",
    )
    # -- Importing a file
    IMPORT_IS_FOLDER = (
        "import_is_folder",
        "{path} is a folder, not a file to import.",
        "{path} ist ein Ordner, keine Datei zum Importieren.",
    )
    IMPORT_FILE_MISSING = (
        "import_file_missing",
        "There is no file {path}.",
        "Die Datei {path} gibt es nicht.",
    )
    IMPORT_FILE_UNREADABLE = (
        "import_file_unreadable",
        "{path} cannot be read.",
        "{path} kann nicht gelesen werden.",
    )
    IMPORT_FILE_EMPTY = (
        "import_file_empty",
        "{path} is empty.",
        "{path} ist leer.",
    )
    IMPORT_OLD_EXCEL = (
        "import_old_excel",
        "{path} is an old Excel file (.xls) or a password-protected workbook; save it in Excel "
        "as .xlsx or CSV without a password and import that.",
        "{path} ist eine alte Excel-Datei (.xls) oder eine kennwortgeschützte Arbeitsmappe; "
        "speichern Sie sie in Excel ohne Kennwort als .xlsx oder CSV und importieren Sie diese.",
    )
    IMPORT_NOT_TEXT = (
        "import_not_text",
        "{path} is not a CSV file or Excel workbook (it holds binary data).",
        "{path} ist weder eine CSV-Datei noch eine Excel-Arbeitsmappe (sie enthält Binärdaten).",
    )
    IMPORT_UNKNOWN_ENCODING = (
        "import_unknown_encoding",
        "{path} is not in an encoding confdesk knows (UTF-8, UTF-16 or Windows-1252); save it "
        "as “CSV UTF-8” and import that.",
        "{path} hat keine Zeichenkodierung, die confdesk kennt (UTF-8, UTF-16 oder "
        "Windows-1252); speichern Sie sie als „CSV UTF-8“ und importieren Sie diese.",
    )
    IMPORT_BAD_CSV = (
        "import_bad_csv",
        "{path} is not readable as CSV from line {line} on; a quotation mark may be missing.",
        "{path} ist ab Zeile {line} nicht als CSV lesbar; vielleicht fehlt ein Anführungszeichen.",
    )
    IMPORT_BAD_WORKBOOK = (
        "import_bad_workbook",
        "{path} is not an Excel workbook confdesk can read; save it in Excel as .xlsx or CSV "
        "and import that.",
        "{path} ist keine Excel-Arbeitsmappe, die confdesk lesen kann; speichern Sie sie in "
        "Excel als .xlsx oder CSV und importieren Sie diese.",
    )
    IMPORT_NO_ROWS = (
        "import_no_rows",
        "{path} has a header row (row {line}) but no attendees below it.",
        "{path} hat eine Kopfzeile (Zeile {line}), aber darunter keine Teilnehmenden.",
    )
    IMPORT_FILE_TOO_LARGE = (
        "import_file_too_large",
        "{path} is {size}; confdesk imports files of at most {limit}.",
        "{path} ist {size} groß; confdesk importiert Dateien bis höchstens {limit}.",
    )
    IMPORT_TOO_MANY_ROWS = (
        "import_too_many_rows",
        "{path} has more than {limit} rows; confdesk imports at most {limit} rows at a time — "
        "split the file.",
        "{path} hat mehr als {limit} Zeilen; confdesk importiert höchstens {limit} Zeilen auf "
        "einmal – teilen Sie die Datei auf.",
    )
    IMPORT_WORKBOOK_TOO_LARGE = (
        "import_workbook_too_large",
        "{path} unpacks to {size}; confdesk reads workbooks that unpack to at most {limit}. "
        "Save the sheet of attendees as CSV and import that.",
        "{path} ist entpackt {size} groß; confdesk liest Arbeitsmappen bis höchstens {limit} "
        "entpackt. Speichern Sie das Blatt mit den Teilnehmenden als CSV und importieren Sie "
        "diese Datei.",
    )
    IMPORT_NO_SUCH_SHEET = (
        "import_no_such_sheet",
        "{path} has no sheet “{sheet}”; its sheets are {sheets}.",
        "{path} hat kein Tabellenblatt „{sheet}“; seine Blätter sind {sheets}.",
    )
    IMPORT_SHEET_IN_CSV = (
        "import_sheet_in_csv",
        "{path} is a CSV file; it has no sheets to choose from.",
        "{path} ist eine CSV-Datei; sie hat keine Tabellenblätter zur Auswahl.",
    )
    IMPORT_MAP_SYNTAX = (
        "import_map_syntax",
        "“{item}” is not HEADER=field, e.g. “Dienststelle=organization”.",
        "„{item}“ hat nicht die Form SPALTE=Feld, z. B. „Dienststelle=organization“.",
    )
    IMPORT_MAP_UNKNOWN_FIELD = (
        "import_map_unknown_field",
        "“{field}” is not a field to import into.",
        "„{field}“ ist kein Feld, in das importiert werden kann.",
    )
    IMPORT_MAP_UNKNOWN_HEADER = (
        "import_map_unknown_header",
        "The file has no column “{header}”.",
        "Die Datei hat keine Spalte „{header}“.",
    )
    IMPORT_MAP_TWICE = (
        "import_map_twice",
        "Two columns are mapped to {field}; a field takes one column.",
        "Zwei Spalten sind dem Feld {field} zugeordnet; ein Feld nimmt nur eine Spalte.",
    )
    IMPORT_STATUS_SYNTAX = (
        "import_status_syntax",
        "“{item}” is not WORD=status, e.g. “Angefragt=waitlisted”.",
        "„{item}“ hat nicht die Form WORT=Status, z. B. „Angefragt=waitlisted“.",
    )
    IMPORT_STATUS_UNKNOWN_CHOICE = (
        "import_status_unknown_choice",
        "“{value}” is not a status; choose registered, waitlisted or cancelled.",
        "„{value}“ ist kein Status; wählen Sie registered, waitlisted oder cancelled.",
    )
    IMPORT_HAS_ERRORS = (
        "import_has_errors",
        "The import has {count} unresolved problem(s); nothing was imported.",
        "Der Import hat {count} ungelöste(s) Problem(e); es wurde nichts importiert.",
    )
    IMPORT_PLAN_OUTDATED = (
        "import_plan_outdated",
        "The registrations of the event have changed since this import was checked; check the "
        "import again.",
        "Die Anmeldungen der Veranstaltung haben sich geändert, seit dieser Import geprüft "
        "wurde; prüfen Sie den Import erneut.",
    )
    IMPORT_DATABASE_BUSY = (
        "import_database_busy",
        "The database is busy with another desk's work; try the import again.",
        "Die Datenbank ist gerade mit der Arbeit eines anderen Platzes beschäftigt; versuchen "
        "Sie den Import erneut.",
    )
    IMPORT_REJECTED_UNWRITABLE = (
        "import_rejected_unwritable",
        "{path} cannot be written.",
        "{path} kann nicht geschrieben werden.",
    )
    # -- An import"s problems with single rows (confdesk.domain.importing.plan.Problem)
    IMPORT_REPEATED_ROW = (
        "import_repeated_row",
        "This row repeats row {other_line}; it is skipped.",
        "Diese Zeile wiederholt Zeile {other_line}; sie wird übersprungen.",
    )
    IMPORT_SAME_PERSON_TWICE = (
        "import_same_person_twice",
        "This row registers {name} again (as row {other_line} does) with other details; remove "
        "or skip one of the two rows.",
        "Diese Zeile meldet {name} noch einmal an (wie Zeile {other_line}), mit anderen "
        "Angaben; eine der beiden Zeilen entfernen oder überspringen.",
    )
    IMPORT_SHARED_EMAIL = (
        "import_shared_email",
        "This row has the same e-mail address as row {other_line} ({name}); both are imported.",
        "Diese Zeile hat dieselbe E-Mail-Adresse wie Zeile {other_line} ({name}); beide werden "
        "importiert.",
    )
    IMPORT_SAME_NAME = (
        "import_same_name",
        "This row has the same name and organization as row {other_line}; both are imported — "
        "check them for a duplicate afterwards.",
        "Diese Zeile hat denselben Namen und dieselbe Organisation wie Zeile {other_line}; "
        "beide werden importiert – danach auf Dubletten prüfen.",
    )
    IMPORT_NOTHING_TO_UPDATE = (
        "import_nothing_to_update",
        "There is no registration to update with this row; add or skip it.",
        "Es gibt keine Anmeldung, die diese Zeile aktualisieren könnte; hinzufügen oder "
        "überspringen.",
    )
    IMPORT_AMBIGUOUS_MATCH = (
        "import_ambiguous_match",
        "This row matches several registrations; it cannot update one of them. Add or skip it.",
        "Diese Zeile passt zu mehreren Anmeldungen und kann keine davon aktualisieren. "
        "Hinzufügen oder überspringen.",
    )
    IMPORT_UPDATE_TWICE = (
        "import_update_twice",
        "Row {other_line} already updates the same registration; skip one of the two rows.",
        "Zeile {other_line} aktualisiert bereits dieselbe Anmeldung; eine der beiden Zeilen "
        "überspringen.",
    )
    IMPORT_NO_NAME_COLUMNS = (
        "import_no_name_columns",
        "No column gives the attendees' names: map columns to given name and family name, or "
        "one to full name.",
        "Keine Spalte enthält die Namen: Spalten Vorname und Nachname zuordnen oder eine Spalte "
        "dem vollständigen Namen.",
    )
    IMPORT_ROWS_ABOVE_HEADER = (
        "import_rows_above_header",
        "These rows are above the header row (row {header_line}) and are not imported: {lines}.",
        "Diese Zeilen stehen über der Kopfzeile (Zeile {header_line}) und werden nicht "
        "importiert: {lines}.",
    )
    IMPORT_TOO_MANY_CELLS = (
        "import_too_many_cells",
        "This row has {cells} cells but the header has {columns}; a value may contain the "
        "delimiter without quotation marks.",
        "Diese Zeile hat {cells} Zellen, die Kopfzeile aber {columns}; vielleicht enthält ein "
        "Wert das Trennzeichen ohne Anführungszeichen.",
    )
    IMPORT_CELLS_BESIDE_TABLE = (
        "import_cells_beside_table",
        "Cells to the right of the table (without a header) are not imported.",
        "Zellen rechts der Tabelle (ohne Überschrift) werden nicht importiert.",
    )
    IMPORT_UNKNOWN_CATEGORY = (
        "import_unknown_category",
        "“{value}” is not a category confdesk knows; use participant, speaker, moderator, "
        "exhibitor, staff, press or guest (or the German words).",
        "„{value}“ ist keine bekannte Kategorie; Teilnehmer/in, Referent/in, Moderation, "
        "Aussteller/in, Team, Presse oder Gast verwenden (oder die englischen Wörter).",
    )
    IMPORT_UNKNOWN_STATUS = (
        "import_unknown_status",
        "“{value}” is not a status confdesk knows; say whether it means registered, waitlisted "
        "or cancelled.",
        "„{value}“ ist kein Status, den confdesk kennt; geben Sie an, ob er angemeldet, "
        "Warteliste oder storniert bedeutet.",
    )
    IMPORT_UNKNOWN_STATUS_LEFT_OUT = (
        "import_unknown_status_left_out",
        "“{value}” is not a status confdesk knows; the row is left out until you say whether it "
        "means registered, waitlisted or cancelled.",
        "„{value}“ ist kein Status, den confdesk kennt; die Zeile wird ausgelassen, bis Sie "
        "angeben, ob er angemeldet, Warteliste oder storniert bedeutet.",
    )
    IMPORT_SHEET_CHOSEN = (
        "import_sheet_chosen",
        "The workbook has several sheets; the attendees are read from “{sheet}”, not from "
        "{others}. Choose another sheet if that is wrong.",
        "Die Arbeitsmappe hat mehrere Tabellenblätter; die Teilnehmenden werden aus „{sheet}“ "
        "gelesen, nicht aus {others}. Wählen Sie ein anderes Blatt, falls das falsch ist.",
    )
    IMPORT_ROWS_NOT_PEOPLE = (
        "import_rows_not_people",
        "Left out as not about a person: {totals} row(s) of sums or counts, {empty} empty row(s).",
        "Ausgelassen, weil sie keine Person beschreiben: {totals} Zeile(n) mit Summen oder "
        "Anzahlen, {empty} leere Zeile(n).",
    )
    IMPORT_NOT_YES_NO = (
        "import_not_yes_no",
        "“{value}” is neither yes nor no (ja/nein, x, 1/0).",
        "„{value}“ ist weder ja noch nein (ja/nein, x, 1/0).",
    )
    # -- Exporting
    EXPORT_UNKNOWN_FORMAT = (
        "export_unknown_format",
        "{path}: confdesk exports to .csv or .xlsx files; name the file so.",
        "{path}: confdesk exportiert in .csv- oder .xlsx-Dateien; benennen Sie die Datei "
        "entsprechend.",
    )
    EXPORT_FOLDER_MISSING = (
        "export_folder_missing",
        "The folder of {path} does not exist.",
        "Der Ordner von {path} existiert nicht.",
    )
    EXPORT_TARGET_LOCKED = (
        "export_target_locked",
        "{path} cannot be written; if it is open in a spreadsheet program, close it there and "
        "export again.",
        "{path} lässt sich nicht schreiben; wenn die Datei in einer Tabellenkalkulation "
        "geöffnet ist, schließen Sie sie dort und exportieren Sie erneut.",
    )
    EXPORT_UNWRITABLE = (
        "export_unwritable",
        "{path} cannot be written.",
        "{path} kann nicht geschrieben werden.",
    )
    # -- Printing: badges, certificates, the programme, door signs, lists
    NO_BADGES = (
        "no_badges",
        "There are no badges to print for this choice.",
        "Für diese Auswahl gibt es keine Namensschilder zu drucken.",
    )
    NO_CERTIFICATES = (
        "no_certificates",
        "There are no certificates to write: nobody of this choice has been checked in at the "
        "venue.",
        "Es gibt keine Bescheinigungen: Niemand aus dieser Auswahl wurde am Veranstaltungsort "
        "eingecheckt.",
    )
    START_AT_OUT_OF_RANGE = (
        "start_at_out_of_range",
        "Label {start_at} is not on this sheet; start at 1 to {labels_per_page}.",
        "Etikett {start_at} gibt es auf diesem Bogen nicht; bei 1 bis {labels_per_page} beginnen.",
    )
    UNKNOWN_STOCK = (
        "unknown_stock",
        "There is no label stock called “{name}”; choose from {choices}.",
        "Es gibt kein Etikettenmaterial „{name}“; zur Wahl stehen {choices}.",
    )
    UNKNOWN_LAYOUT = (
        "unknown_layout",
        "There is no badge layout called “{name}”; choose one of {choices}.",
        "Ein Namensschild-Layout „{name}“ gibt es nicht; wählen Sie eines von {choices}.",
    )
    LOGO_NOT_IMAGE = (
        "logo_not_image",
        "{name} is not a PNG or JPEG image; save the logo in one of those formats.",
        "{name} ist kein PNG- oder JPEG-Bild; das Logo bitte in einem dieser Formate speichern.",
    )
    LOGO_TOO_LARGE = (
        "logo_too_large",
        "{path} is too large for a logo (at most 5 MB).",
        "{path} ist für ein Logo zu groß (höchstens 5 MB).",
    )
    LOGO_UNREADABLE = (
        "logo_unreadable",
        "{path} cannot be read.",
        "{path} kann nicht gelesen werden.",
    )
    CANNOT_WRITE_FILE = (
        "cannot_write_file",
        "{path} cannot be written.",
        "{path} kann nicht geschrieben werden.",
    )
    PRINTER_NOT_STARTED = (
        "printer_not_started",
        "The printer could not be started; check that it is switched on and connected.",
        "Der Drucker konnte nicht gestartet werden; prüfen, ob er eingeschaltet und verbunden ist.",
    )
    PRINT_JOB_REFUSED = (
        "print_job_refused",
        "The printer {printer} did not take the job ({reason}).",
        "Der Drucker {printer} hat den Auftrag nicht angenommen ({reason}).",
    )
    AGENDA_EMPTY = (
        "agenda_empty",
        "The agenda is empty: there is no programme to print.",
        "Das Programm ist leer: Es gibt nichts zu drucken.",
    )
    AGENDA_FORMAT = (
        "agenda_format",
        "{path}: the agenda is written as .pdf or .ics.",
        "{path}: Das Programm wird als .pdf oder .ics geschrieben.",
    )
    NO_DOOR_SIGNS = (
        "no_door_signs",
        "No room has a session: there are no door signs to print.",
        "Kein Raum hat einen Programmpunkt: Es gibt keine Türschilder zu drucken.",
    )
    NO_PARTICIPANT_LISTS = (
        "no_participant_lists",
        "No session takes sign-ups: there are no participant lists to print.",
        "Kein Programmpunkt nimmt Anmeldungen an: Es gibt keine Teilnehmendenlisten zu drucken.",
    )
    # -- The post-event report
    REPORT_FORMAT = (
        "report_format",
        "{path}: the report is written as .pdf or .xlsx.",
        "{path}: Die Auswertung wird als .pdf oder .xlsx geschrieben.",
    )
    # -- Benchmarks
    BENCH_FAILED = (
        "bench_failed",
        "A benchmark scenario could not be measured.",
        "Ein Messszenario konnte nicht gemessen werden.",
    )
    BENCH_REPORT_FOLDER_MISSING = (
        "bench_report_folder_missing",
        "The folder for the report {path} does not exist.",
        "Der Ordner für den Bericht {path} existiert nicht.",
    )
    BENCH_REPORT_UNWRITABLE = (
        "bench_report_unwritable",
        "The report {path} cannot be written.",
        "Der Bericht {path} kann nicht geschrieben werden.",
    )
    PARTICIPANTS_NOT_PDF = (
        "participants_not_pdf",
        "--participants {path}: the lists are written as a .pdf.",
        "--participants {path}: Die Listen werden als .pdf geschrieben.",
    )
    UNKNOWN_BENCH_SCENARIO = (
        "unknown_bench_scenario",
        "There is no benchmark scenario called {names}.",
        "Ein Messszenario namens {names} gibt es nicht.",
    )
    # -- Several desks: sync files and desk copies (confdesk.domain.sync)
    SYNC_FILE_MISSING = (
        "sync_file_missing",
        "There is no sync file at {path}.",
        "Unter {path} gibt es keine Abgleichsdatei.",
    )
    SYNC_FILE_UNREADABLE = (
        "sync_file_unreadable",
        "{path} is not a confdesk sync file, or it is damaged; nothing was imported.",
        "{path} ist keine confdesk-Abgleichsdatei oder sie ist beschädigt; es wurde nichts "
        "übernommen.",
    )
    SYNC_FILE_NEWER = (
        "sync_file_newer",
        "{path} was written by a newer version of confdesk; update confdesk to import it.",
        "{path} wurde von einer neueren confdesk-Version geschrieben; aktualisieren Sie "
        "confdesk, um sie zu übernehmen.",
    )
    SYNC_FILE_OTHER_EVENT = (
        "sync_file_other_event",
        "{path} is a sync file of another event; nothing was imported.",
        "{path} ist die Abgleichsdatei einer anderen Veranstaltung; es wurde nichts übernommen.",
    )
    SYNC_FILE_ALTERED = (
        "sync_file_altered",
        "{path} is incomplete or has been altered (its seal does not match); nothing was "
        "imported. Export it again at the desk that made it.",
        "{path} ist unvollständig oder wurde verändert (ihr Siegel passt nicht); es wurde "
        "nichts übernommen. Exportieren Sie sie am Platz, der sie erstellt hat, erneut.",
    )
    SYNC_FILE_UNWRITABLE = (
        "sync_file_unwritable",
        "The sync file {path} cannot be written ({reason}).",
        "Die Abgleichsdatei {path} kann nicht geschrieben werden ({reason}).",
    )
    LAN_BAD_ADDRESS = (
        "lan_bad_address",
        "{address} is not a desk's address; write it as HOST:PORT, e.g. 192.168.1.20:8765.",
        "{address} ist keine Adresse eines Platzes; schreiben Sie sie als HOST:PORT, z. B. "
        "192.168.1.20:8765.",
    )
    LAN_REFUSED_BY_PEER = (
        "lan_refused_by_peer",
        "The desk at {address} refused this desk: it is a desk of another event, or it does "
        "not hold this event's key. Nothing was exchanged.",
        "Der Platz unter {address} hat diesen Platz abgewiesen: Er gehört zu einer anderen "
        "Veranstaltung oder hat deren Schlüssel nicht. Es wurde nichts ausgetauscht.",
    )
    LAN_UNREACHABLE = (
        "lan_unreachable",
        "No exchange with the desk at {address} ({reason}); its records come with the next "
        "exchange.",
        "Kein Austausch mit dem Platz unter {address} ({reason}); seine Daten kommen mit dem "
        "nächsten Austausch.",
    )
    DESK_COPY_EXISTS = (
        "desk_copy_exists",
        "{path} already exists; choose a new file name for the desk copy.",
        "{path} gibt es bereits; wählen Sie für die Kopie des Platzes einen neuen Dateinamen.",
    )
    DESK_COPY_UNWRITABLE = (
        "desk_copy_unwritable",
        "The desk copy {path} cannot be written ({reason}).",
        "Die Kopie für den Platz {path} kann nicht geschrieben werden ({reason}).",
    )


_BY_CODE: dict[str, ErrorCode] = {member.value: member for member in ErrorCode}


def describe(code: str, params: Mapping[str, object], language: str, fallback: str) -> str:
    """The sentence for ``code`` in ``language`` with ``params`` filled in; ``fallback`` (the
    core's own English) for a code the catalogue lacks or params that do not fit. A list
    reads as "a, b, c"."""
    member = _BY_CODE.get(code)
    if member is None:
        return fallback
    try:
        return member.fill(language, params)
    except (KeyError, IndexError):
        return fallback
