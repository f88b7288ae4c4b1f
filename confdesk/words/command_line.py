"""What the command line says: its help, its reports and its one-line complaints.

Each entry holds one English and one German template; ``confdesk.cli.common.say`` fills in
the one of the command line's language (English unless ``CONFDESK_LANGUAGE=de``). Counts
arrive as whole phrases ("3 pages", made by :func:`confdesk.words.counting.counted`), so a
template never has to know about plurals. Errors the core raises are not here but in
:mod:`confdesk.words.errors`, by their code.
"""

from __future__ import annotations

import os

from confdesk.words.sentences import Sentences

# The command line speaks English, as scripts and the README expect; a German desk may ask
# for German with CONFDESK_LANGUAGE=de. Machine-read output (--json, statuses) never changes.
LANGUAGE_ENV = "CONFDESK_LANGUAGE"


class Said(Sentences):
    """One thing the command line tells a person, in English and in German."""

    # -- The program as a whole
    PROGRAM = ("program", "The on-site conference desk.", "Der Konferenz-Schalter vor Ort.")
    HELP_DB = (
        "help_db",
        "database file (default: ${variable} or your data folder)",
        "Datenbankdatei (Vorgabe: ${variable} oder Ihr Datenordner)",
    )
    HELP_QUIT_AFTER = (
        "help_quit_after",
        "GUI only: quit by itself this many seconds after the window is shown",
        "nur Fenster: so viele Sekunden nach dem Öffnen des Fensters von selbst beenden",
    )
    USAGE_MISTAKE = (
        "usage_mistake",
        "{message} (see 'confdesk --help')",
        "{message} (siehe 'confdesk --help')",
    )
    INTERRUPTED = ("interrupted", "interrupted.", "abgebrochen.")
    UNEXPECTED = (
        "unexpected",
        "an unexpected error stopped {command} ({what}){where}.",
        "ein unerwarteter Fehler hat {command} angehalten ({what}){where}.",
    )
    UNEXPECTED_LOG = (
        "unexpected_log",
        "; the details are in {path}",
        "; die Einzelheiten stehen in {path}",
    )
    PROGRESS = ("progress", "{what} {shown}", "{what} {shown}")
    NOT_A_WHOLE_NUMBER = (
        "not_a_whole_number",
        "'{text}' is not a whole number",
        "'{text}' ist keine ganze Zahl",
    )
    NOT_POSITIVE = ("not_positive", "{value} is not a positive number",
                    "{value} ist keine positive Zahl")  # fmt: skip
    NOT_A_NUMBER = ("not_a_number", "'{text}' is not a number", "'{text}' ist keine Zahl")
    NEGATIVE = ("negative", "{value} is negative", "{value} ist negativ")
    NOT_AN_OFFSET = (
        "not_an_offset",
        "'{text}' is not an offset like 1.5,-0.5 (millimetres right, down)",
        "'{text}' ist keine Verschiebung wie 1.5,-0.5 (Millimeter nach rechts, nach unten)",
    )

    # -- gui, demo
    HELP_GUI = ("help_gui", "open the application (the default)",
                "die Anwendung öffnen (die Vorgabe)")  # fmt: skip
    HELP_DEMO = (
        "help_demo",
        "create the demo conference in the database",
        "die Demo-Konferenz in der Datenbank anlegen",
    )
    HELP_DEMO_ARRIVALS = (
        "help_demo_arrivals",
        "the conference as it went: check-ins over the morning, no-shows, badges and "
        "certificates printed (for the report); without it, the day before",
        "die Konferenz, wie sie gelaufen ist: Check-ins über den Vormittag, Nichterschienene, "
        "gedruckte Namensschilder und Bescheinigungen (für den Bericht); ohne: der Vortag",
    )
    HELP_DEMO_IF_EMPTY = (
        "help_demo_if_empty",
        "do nothing when the database already holds an event",
        "nichts tun, wenn die Datenbank schon eine Veranstaltung enthält",
    )
    DEMO_NOT_EMPTY = (
        "demo_not_empty",
        "{path} already holds an event; nothing to do.",
        "{path} enthält schon eine Veranstaltung; nichts zu tun.",
    )
    DEMO_CREATED = (
        "demo_created",
        "Created “{title}” in {path}: {registrations}, {organisations}, {sessions}, {signups}, "
        "{wishes}.",
        "„{title}“ in {path} angelegt: {registrations}, {organisations}, {sessions}, "
        "{signups}, {wishes}.",
    )

    DEMO_ARRIVALS_CREATED = (
        "demo_arrivals_created",
        "Created “{title}” in {path}: {registrations}, {organisations}, {sessions}, {signups}, "
        "{wishes}, {checkins}.",
        "„{title}“ in {path} angelegt: {registrations}, {organisations}, {sessions}, "
        "{signups}, {wishes}, {checkins}.",
    )

    # -- import
    HELP_IMPORT = (
        "help_import",
        "import attendees from a CSV file or Excel workbook into the event",
        "Teilnehmende aus einer CSV-Datei oder Excel-Mappe in die Veranstaltung importieren",
    )
    HELP_IMPORT_FILE = (
        "help_import_file",
        "a CSV file (';', ',' or tab; UTF-8, UTF-16 or Windows-1252) or an .xlsx workbook",
        "eine CSV-Datei (';', ',' oder Tabulator; UTF-8, UTF-16 oder Windows-1252) oder eine "
        ".xlsx-Mappe",
    )
    HELP_IMPORT_DRY_RUN = (
        "help_import_dry_run",
        "show the mapping and what would happen only",
        "nur die Zuordnung zeigen und was geschehen würde",
    )
    HELP_IMPORT_MAP = (
        "help_import_map",
        "read the column HEADER into field, one of: {fields}; repeat for more columns",
        "die Spalte HEADER in das Feld field lesen, eines von: {fields}; für weitere Spalten "
        "wiederholen",
    )
    HELP_IMPORT_EXISTING = (
        "help_import_existing",
        "rows matching a registration of the event: skip them (the default), update that "
        "registration, or add them anyway",
        "Zeilen, die zu einer Anmeldung der Veranstaltung passen: überspringen (die Vorgabe), "
        "diese Anmeldung aktualisieren oder trotzdem hinzufügen",
    )
    HELP_IMPORT_SHEET = (
        "help_import_sheet",
        "the sheet of an .xlsx workbook to read (default: the one holding the attendees)",
        "das Blatt einer .xlsx-Mappe, das gelesen wird (Vorgabe: das mit den Teilnehmenden)",
    )
    HELP_IMPORT_STATUS = (
        "help_import_status",
        "what a status word confdesk does not know means: registered, waitlisted or "
        "cancelled (rows with an unknown word are left out otherwise); repeat for more words",
        "was ein Status-Wort bedeutet, das confdesk nicht kennt: registered, waitlisted oder "
        "cancelled (Zeilen mit einem unbekannten Wort bleiben sonst draußen); für weitere "
        "Wörter wiederholen",
    )
    HELP_IMPORT_SKIP_INVALID = (
        "help_import_skip_invalid",
        "import the valid rows and list the others, with the reason, in FILE.rejected.csv "
        "beside FILE (default: import all rows or none)",
        "die gültigen Zeilen importieren und die übrigen mit dem Grund in FILE.rejected.csv "
        "neben FILE auflisten (Vorgabe: alle Zeilen oder keine importieren)",
    )
    PROGRESS_CHECKING = ("progress_checking", "checking", "prüfe")
    PROGRESS_IMPORTING = ("progress_importing", "importing", "importiere")
    IMPORT_BLOCKED = (
        "import_blocked",
        "nothing imported: {problems} in {rows} of {file}; fix them in the file{mapping} and "
        "import again{skip_invalid}.",
        "nichts importiert: {problems} in {rows} von {file}; beheben Sie sie in der Datei"
        "{mapping} und importieren Sie erneut{skip_invalid}.",
    )
    IMPORT_WOULD_BE_BLOCKED = (
        "import_would_be_blocked",
        "nothing would be imported: {problems} in {rows} of {file}; fix them in the file"
        "{mapping} and import again{skip_invalid}.",
        "nichts würde importiert: {problems} in {rows} von {file}; beheben Sie sie in der "
        "Datei{mapping} und importieren Sie erneut{skip_invalid}.",
    )
    IMPORT_BLOCKED_MAPPING = (
        "import_blocked_mapping",
        " or the mapping (--map)",
        " oder in der Zuordnung (--map)",
    )
    IMPORT_BLOCKED_SKIP_INVALID = (
        "import_blocked_skip_invalid",
        ", or import the valid rows with --skip-invalid",
        ", oder importieren Sie die gültigen Zeilen mit --skip-invalid",
    )
    IMPORT_WOULD_LEAVE_OUT = (
        "import_would_leave_out",
        "Would leave out {rows} and list them in {path}.",
        "Würde {rows} auslassen und in {path} auflisten.",
    )
    IMPORTED = (
        "imported",
        "Imported {file} into “{title}”: {added} added, {updated} updated, {skipped} "
        "skipped{created}.",
        "{file} in „{title}“ importiert: {added} hinzugefügt, {updated} aktualisiert, "
        "{skipped} übersprungen{created}.",
    )
    IMPORT_CREATED = ("import_created", "; created {what}", "; angelegt: {what}")
    IMPORT_WOULD_CREATE = ("import_would_create", "; would create {what}",
                           "; würde anlegen: {what}")  # fmt: skip
    AND = ("and", "{first} and {second}", "{first} und {second}")
    IMPORT_LEFT_OUT = (
        "import_left_out",
        "Left out {rows}; they are listed with the reason in {path}.",
        "{rows} ausgelassen; sie stehen mit dem Grund in {path}.",
    )
    WARNING = ("warning", "warning: {message}", "Warnung: {message}")
    PROBLEM_IN_ROW = ("problem_in_row", "row {line}", "Zeile {line}")
    IN_ROWS = ("in_rows", "rows {lines}", "Zeilen {lines}")
    PROBLEM_IN_FILE = ("problem_in_file", "file", "Datei")
    PROBLEM_IN_COLUMN = ("problem_in_column", ", column “{column}”", ", Spalte „{column}“")
    PROBLEM = ("problem", "{where}: {message}", "{where}: {message}")
    IMPORT_UNKNOWN_STATUS = (
        "import_unknown_status",
        "status “{word}” ({where}) is not one confdesk knows; {rows} left out — add "
        '--status "{word}=registered" (or waitlisted, cancelled) to import them.',
        "Status „{word}“ ({where}) kennt confdesk nicht; {rows} ausgelassen — fügen "
        'Sie --status "{word}=registered" (oder waitlisted, cancelled) hinzu, um sie zu '
        "importieren.",
    )
    DRY_RUN_SOURCE = (
        "dry_run_source",
        "{path}: {description}; header in row {header_line}; {rows} for “{title}”.",
        "{path}: {description}; Kopfzeile in Zeile {header_line}; {rows} für „{title}“.",
    )
    DRY_RUN_COLUMNS = ("dry_run_columns", "Columns:", "Spalten:")
    DRY_RUN_PREVIEW = ("dry_run_preview", "Preview:", "Vorschau:")
    DRY_RUN_ROW = ("dry_run_row", "  row {line}: {values}", "  Zeile {line}: {values}")
    DRY_RUN_MATCH = (
        "dry_run_match",
        "  row {line} matches {names}: {action}",
        "  Zeile {line} passt zu {names}: {action}",
    )
    DRY_RUN_MORE_MATCHES = (
        "dry_run_more_matches",
        "  … and {rows} matching registrations, not shown",
        "  … und {rows}, die zu Anmeldungen passen, hier nicht gezeigt",
    )
    DRY_RUN_TOTALS = (
        "dry_run_totals",
        "Would add {added}, update {updated}, skip {skipped}{created}.",
        "Würde {added} hinzufügen, {updated} aktualisieren, {skipped} überspringen{created}.",
    )
    MATCH_EMAIL = ("match_email", "same e-mail", "gleiche E-Mail")
    MATCH_NAME = ("match_name", "same name and organisation", "gleicher Name und Organisation")
    MATCH_EMAIL_AND_NAME = ("match_email_and_name", "same e-mail and name",
                            "gleiche E-Mail und gleicher Name")  # fmt: skip

    # -- export
    HELP_EXPORT = (
        "help_export",
        "export the event's registrations (personal data) to CSV or XLSX",
        "die Anmeldungen der Veranstaltung (personenbezogene Daten) als CSV oder XLSX exportieren",
    )
    PROGRESS_EXPORTING = ("progress_exporting", "exporting", "exportiere")
    EXPORT_KIND_CSV = ("export_kind_csv", "CSV, UTF-8, ';'", "CSV, UTF-8, ';'")
    EXPORT_KIND_XLSX = ("export_kind_xlsx", "Excel workbook", "Excel-Mappe")
    EXPORTED = (
        "exported",
        "Exported {registrations} of “{title}” to {path} ({kind}).",
        "{registrations} von „{title}“ nach {path} exportiert ({kind}).",
    )
    EXPORT_COLUMNS = ("export_columns", "Columns: {columns}.", "Spalten: {columns}.")
    EXPORT_PERSONAL_DATA = (
        "export_personal_data",
        "The file holds personal data: share it only as the attendees agreed, delete it after.",
        "Die Datei enthält personenbezogene Daten: nur so weitergeben, wie die Teilnehmenden "
        "zugestimmt haben, und danach löschen.",
    )

    # -- checkin
    HELP_CHECKIN = (
        "help_checkin",
        "check in the person a scanned code names (exit 0 only when accepted)",
        "die Person einchecken, die ein gescannter Code nennt (Exit 0 nur bei Annahme)",
    )
    DESCRIBE_CHECKIN = (
        "describe_checkin",
        "Check in by code. The result is printed once the check-in is on disk. Exit status: "
        "0 accepted, 3 read but not accepted (already checked in, cancelled, waitlisted, "
        "unknown, invalid, revoked, wrong_event), 1 an error or a scan not stored "
        "(storage_error), 2 a usage mistake.",
        "Check-in per Code. Das Ergebnis wird ausgegeben, sobald der Check-in auf der "
        "Festplatte steht. Exit-Status: 0 angenommen, 3 gelesen, aber nicht angenommen "
        "(already checked in, cancelled, waitlisted, unknown, invalid, revoked, wrong_event), "
        "1 ein Fehler oder ein nicht gespeicherter Scan (storage_error), 2 ein "
        "Bedienungsfehler.",
    )
    HELP_CHECKIN_CODE = ("help_checkin_code", "the code as the QR holds it",
                         "der Code, wie ihn der QR-Code enthält")  # fmt: skip
    HELP_CHECKIN_STDIN = (
        "help_checkin_stdin",
        "read one code per line (a scanner pipe) and answer each with one line",
        "einen Code pro Zeile lesen (Scanner-Pipe) und jeden mit einer Zeile beantworten",
    )
    HELP_CHECKIN_SESSION = (
        "help_checkin_session",
        "check in at this agenda session's door",
        "an der Tür dieses Programmpunkts einchecken",
    )
    HELP_CHECKIN_JSON = ("help_checkin_json", "one JSON object per result",
                         "ein JSON-Objekt pro Ergebnis")  # fmt: skip
    HELP_CHECKIN_DESK = (
        "help_checkin_desk",
        "this desk's name (default: the setting)",
        "der Name dieses Schalters (Vorgabe: die Einstellung)",
    )
    HELP_CHECKIN_OPERATOR = (
        "help_checkin_operator",
        "who scans (default: the setting)",
        "wer scannt (Vorgabe: die Einstellung)",
    )
    CHECKIN_SINCE = (
        "checkin_since",
        "; since {when} UTC",
        "; seit {when} UTC",
    )
    CHECKIN_AT_DESK = ("checkin_at_desk", " at {desk}", " an {desk}")
    CHECKIN_PRESENT = ("checkin_present", "; {present} present", "; {present} anwesend")
    CHECKIN_OF_CAPACITY = ("checkin_of_capacity", " of {capacity}", " von {capacity}")
    CHECKIN_OVER_CAPACITY = ("checkin_over_capacity", ", over capacity", ", überbelegt")
    CHECKIN_NOT_SIGNED_UP = ("checkin_not_signed_up", ", not signed up", ", nicht angemeldet")

    # -- badges
    HELP_BADGES = (
        "help_badges",
        "print the event's name badges into a PDF and record them as printed",
        "die Namensschilder der Veranstaltung in ein PDF drucken und als gedruckt vermerken",
    )
    DESCRIBE_BADGES = (
        "describe_badges",
        "Write the badges of everyone registered (by name) into OUT.pdf, print a summary "
        "(badges, pages, stock, which names had to shrink below a readable size) and record "
        "the badges as printed, so --only-unprinted skips them next time.",
        "Die Namensschilder aller Angemeldeten (nach Namen) in OUT.pdf schreiben, eine "
        "Zusammenfassung ausgeben (Schilder, Seiten, Material, welche Namen unter eine gut "
        "lesbare Größe schrumpfen mussten) und die Schilder als gedruckt vermerken, damit "
        "--only-unprinted sie beim nächsten Mal überspringt.",
    )
    HELP_BADGES_STOCK = (
        "help_badges_stock",
        "the paper or labels (see --list-stocks; default {stock})",
        "das Papier oder die Etiketten (siehe --list-stocks; Vorgabe {stock})",
    )
    HELP_BADGES_LIST_STOCKS = ("help_badges_list_stocks", "list the stocks and exit",
                               "die Materialien auflisten und beenden")  # fmt: skip
    HELP_BADGES_ONLY_UNPRINTED = (
        "help_badges_only_unprinted",
        "only people whose badge was not printed yet",
        "nur Personen, deren Namensschild noch nicht gedruckt wurde",
    )
    HELP_BADGES_START_AT = (
        "help_badges_start_at",
        "leave the first N-1 labels of a used sheet empty",
        "die ersten N-1 Etiketten eines angebrochenen Bogens frei lassen",
    )
    HELP_BADGES_BACK = (
        "help_badges_back",
        "add a back page per sheet: each person's own programme",
        "eine Rückseite pro Bogen hinzufügen: das eigene Programm jeder Person",
    )
    HELP_BADGES_OFFSET = (
        "help_badges_offset",
        "move everything by X mm right and Y mm down (measured with the calibration page)",
        "alles um X mm nach rechts und Y mm nach unten verschieben (mit der "
        "Kalibrierseite gemessen)",
    )
    HELP_BADGES_CALIBRATION = (
        "help_badges_calibration",
        "write the stock's calibration page to OUT.pdf instead",
        "stattdessen die Kalibrierseite des Materials in OUT.pdf schreiben",
    )
    BADGES_NEED_OUT = (
        "badges_need_out",
        "name the PDF to write, e.g. 'confdesk badges badges.pdf'.",
        "nennen Sie das PDF, das geschrieben werden soll, z. B. 'confdesk badges badges.pdf'.",
    )
    CALIBRATION_WRITTEN = (
        "calibration_written",
        "Wrote the calibration page for {stock} to {path}.",
        "Die Kalibrierseite für {stock} wurde nach {path} geschrieben.",
    )
    PROGRESS_BADGES = ("progress_badges", "drawing badges", "zeichne Namensschilder")
    BADGES_WRITTEN = (
        "badges_written",
        "Wrote {badges} on {pages} ({stock}: {title}) to {path}; recorded as printed.",
        "{badges} auf {pages} ({stock}: {title}) nach {path} geschrieben; als gedruckt vermerkt.",
    )
    HELP_BADGES_PHOTO_MARK = (
        "help_badges_photo_mark",
        "show each person's photo consent as a dot in the badge's band: green may be "
        "photographed, red struck through no photos (default: as last chosen on the print "
        "screen, else off)",
        "die Fotoerlaubnis jeder Person als Punkt im Band des Namensschilds zeigen: grün darf "
        "fotografiert werden, rot durchgestrichen keine Fotos (Vorgabe: wie zuletzt im "
        "Druckbildschirm gewählt, sonst aus)",
    )
    BADGES_PHOTO_MARK = (
        "badges_photo_mark",
        "Photo consent is marked in each badge's band: a green dot may be photographed, a red "
        "dot struck through asks for no photos.",
        "Die Fotoerlaubnis steht im Band jedes Namensschilds: ein grüner Punkt darf "
        "fotografiert werden, ein rot durchgestrichener Punkt bittet um keine Fotos.",
    )
    BADGES_SHRUNK = (
        "badges_shrunk",
        "{texts} had to shrink below a readable size or be shortened:",
        "{texts} mussten unter eine gut lesbare Größe schrumpfen oder gekürzt werden:",
    )
    BADGES_SHRUNK_ITEM = (
        "badges_shrunk_item",
        "  #{id} {name}: {field} at {size} pt{shortened}",
        "  #{id} {name}: {field} mit {size} pt{shortened}",
    )
    BADGES_SHORTENED = ("badges_shortened", ", shortened", ", gekürzt")

    # -- certificates
    HELP_CERTIFICATES = (
        "help_certificates",
        "certificates of attendance for everyone checked in",
        "Teilnahmebescheinigungen für alle Eingecheckten",
    )
    DESCRIBE_CERTIFICATES = (
        "describe_certificates",
        "One merged PDF when OUT ends in .pdf, otherwise a folder with one PDF per person. "
        "Lists the sessions each person was checked in at, with total hours.",
        "Ein zusammengefasstes PDF, wenn OUT auf .pdf endet, sonst ein Ordner mit einem PDF "
        "pro Person. Nennt die Programmpunkte, zu denen jede Person eingecheckt war, mit der "
        "Summe der Stunden.",
    )
    HELP_CERTIFICATES_VERIFY = (
        "help_certificates_verify",
        "instead of writing: say whose certificate carries this verification code (exit 0), "
        "or that none of this event does (exit 3)",
        "statt zu schreiben: sagen, wessen Bescheinigung diesen Prüfcode trägt (Exit 0), "
        "oder dass keine dieser Veranstaltung ihn trägt (Exit 3)",
    )
    HELP_CERTIFICATES_LANGUAGE = ("help_certificates_language", "default: the event's language",
                                  "Vorgabe: die Sprache der Veranstaltung")  # fmt: skip
    CERTIFICATES_NEED_OUT = (
        "certificates_need_out",
        "certificates needs either OUT.pdf|DIR or --verify CODE (see 'confdesk certificates "
        "--help')",
        "certificates braucht entweder OUT.pdf|DIR oder --verify CODE (siehe 'confdesk "
        "certificates --help')",
    )
    PROGRESS_CERTIFICATES = ("progress_certificates", "drawing certificates",
                             "zeichne Bescheinigungen")  # fmt: skip
    FILES_IN = ("files_in", "{files} in {folder}", "{files} in {folder}")
    CERTIFICATES_WRITTEN = (
        "certificates_written",
        "Wrote {certificates} of attendance ({pages}) to {where}.",
        "{certificates} ({pages}) nach {where} geschrieben.",
    )
    CERTIFICATE_UNKNOWN = (
        "certificate_unknown",
        "No certificate of {title} carries the code {code}: it was not issued from this "
        "database, or the person's attendance has changed since.",
        "Keine Bescheinigung von {title} trägt den Code {code}: Sie wurde nicht aus dieser "
        "Datenbank ausgestellt, oder die Anwesenheit der Person hat sich seither geändert.",
    )
    CERTIFICATE_GENUINE = (
        "certificate_genuine",
        "Genuine: {code} is the certificate of {name}{organisation} for {title}, {sessions}, "
        "{hours} hours.",
        "Echt: {code} ist die Bescheinigung von {name}{organisation} für {title}, "
        "{sessions}, {hours} Stunden.",
    )

    # -- agenda
    HELP_AGENDA = (
        "help_agenda",
        "the programme as a PDF or an iCalendar file",
        "das Programm als PDF oder iCalendar-Datei",
    )
    DESCRIBE_AGENDA = (
        "describe_agenda",
        "OUT.pdf: the printed programme, by day, parallel sessions side by side. OUT.ics: an "
        "iCalendar file with every session. Door signs and participant lists on request.",
        "OUT.pdf: das gedruckte Programm, nach Tagen, parallele Programmpunkte nebeneinander. "
        "OUT.ics: eine iCalendar-Datei mit allen Programmpunkten. Türschilder und "
        "Teilnehmendenlisten auf Wunsch.",
    )
    HELP_AGENDA_DOOR_SIGNS = (
        "help_agenda_door_signs",
        "a door sign per room and day: one PDF, or one file each in DIR",
        "ein Türschild pro Raum und Tag: ein PDF oder je eine Datei in DIR",
    )
    HELP_AGENDA_PARTICIPANTS = (
        "help_agenda_participants",
        "a participant list per session that takes sign-ups",
        "eine Teilnehmendenliste pro Programmpunkt mit Anmeldung",
    )
    PROGRAMME_WRITTEN = (
        "programme_written",
        "Wrote the programme with {sessions}{pages} to {path}.",
        "Das Programm mit {sessions}{pages} wurde nach {path} geschrieben.",
    )
    IN_PARENTHESES = ("in_parentheses", " ({what})", " ({what})")
    DOOR_SIGNS_WRITTEN = (
        "door_signs_written",
        "Wrote the door signs to {where}.",
        "Die Türschilder wurden nach {where} geschrieben.",
    )
    HELP_AGENDA_ATTENDEE_LIST = (
        "help_agenda_attendee_list",
        "the list of participants for the attendees: name and organisation of those who "
        "agreed to be listed",
        "die Teilnehmendenliste für die Teilnehmenden: Name und Organisation derer, die der "
        "Aufnahme in die Liste zugestimmt haben",
    )
    ATTENDEE_LIST_WRITTEN = (
        "attendee_list_written",
        "Wrote the list of participants ({pages}) to {path}: {named} named (they agreed to be "
        "listed), {unnamed} more counted but not named. It holds names and organisations: "
        "personal data.",
        "Die Teilnehmendenliste ({pages}) wurde nach {path} geschrieben: {named} mit Namen "
        "(sie haben zugestimmt), {unnamed} weitere gezählt, aber nicht genannt. Sie enthält "
        "Namen und Organisationen: personenbezogene Daten.",
    )
    PROGRESS_LISTS = ("progress_lists", "writing participant lists",
                      "schreibe Teilnehmendenlisten")  # fmt: skip
    LISTS_WRITTEN = (
        "lists_written",
        "Wrote {lists} ({pages}) to {path}; they name only those who agreed to be listed and "
        "count the others.",
        "{lists} ({pages}) nach {path} geschrieben; sie nennen nur, wer der Aufnahme in die "
        "Liste zugestimmt hat, und zählen die anderen.",
    )

    # -- report
    HELP_REPORT = (
        "help_report",
        "the post-event report: only totals, no names (PDF or XLSX)",
        "der Bericht nach der Veranstaltung: nur Summen, keine Namen (PDF oder XLSX)",
    )
    DESCRIBE_REPORT = (
        "describe_report",
        "Registrations, attendance and no-shows; by category, kind of organisation, federal "
        "state and funding; each session's sign-ups, seats, check-ins and waiting list; "
        "arrivals per 5 minutes; certificates issued. The file holds counts only, no personal "
        "data, so it can be passed on.",
        "Anmeldungen, Anwesenheit und Nichterschienene; nach Kategorie, Art der Organisation, "
        "Bundesland und Förderung; je Programmpunkt Anmeldungen, Plätze, Check-ins und "
        "Warteliste; Ankünfte je 5 Minuten; ausgestellte Bescheinigungen. Die Datei enthält "
        "nur Zahlen, keine personenbezogenen Daten, und darf weitergegeben werden.",
    )
    REPORT_WRITTEN = (
        "report_written",
        "Wrote the report on “{title}” to {path}{pages}.",
        "Der Bericht über „{title}“ wurde nach {path} geschrieben{pages}.",
    )
    REPORT_FIGURES = (
        "report_figures",
        "Registered {registered}, checked in {checked_in}, no-shows {no_shows}{rate}; "
        "{certificates} issued.",
        "Angemeldet {registered}, eingecheckt {checked_in}, nicht erschienen {no_shows}{rate}; "
        "{certificates} ausgestellt.",
    )
    REPORT_ONLY_TOTALS = (
        "report_only_totals",
        "The file holds only totals (counts per group and session), no names or other "
        "personal data.",
        "Die Datei enthält nur Summen (Zahlen je Gruppe und Programmpunkt), keine Namen oder "
        "anderen personenbezogenen Daten.",
    )
    COMMA_BEFORE = ("comma_before", ", {what}", ", {what}")

    # -- assign-workshops
    HELP_ASSIGN = (
        "help_assign",
        "give workshop places from people's ranked wishes (a preview unless --apply)",
        "Workshop-Plätze nach den gereihten Wünschen vergeben (eine Vorschau ohne --apply)",
    )
    HELP_ASSIGN_ROUND = ("help_assign_round", "only round N", "nur Runde N")
    HELP_ASSIGN_APPLY = ("help_assign_apply", "write the places", "die Plätze eintragen")
    HELP_ASSIGN_MOVE = (
        "help_assign_move",
        "people already seated may be moved to another of their wishes",
        "schon Platzierte dürfen auf einen anderen ihrer Wünsche wechseln",
    )
    ASSIGN_NO_ROUNDS = ("assign_no_rounds", "“{title}” has no workshop rounds.",
                        "„{title}“ hat keine Workshop-Runden.")  # fmt: skip
    ASSIGN_PREVIEW = (
        "assign_preview",
        "This is a preview; run again with --apply to write the places.",
        "Dies ist eine Vorschau; mit --apply erneut aufrufen, um die Plätze einzutragen.",
    )
    ASSIGN_NOTHING = ("assign_nothing", "Nothing to change.", "Nichts zu ändern.")
    ASSIGN_APPLIED = ("assign_applied", "Applied: {signups} written.",
                      "Eingetragen: {signups}.")  # fmt: skip
    ASSIGN_CHOICE = ("assign_choice", "choice {rank}: {count}", "Wunsch {rank}: {count}")
    ASSIGN_NOBODY_PLACED = ("assign_nobody_placed", "nobody placed", "niemand platziert")
    ASSIGN_ROUND = (
        "assign_round",
        "Round {number}: {wishing} with wishes; {choices}; {placed} newly placed ({moved} "
        "moved), {kept} keep their seat, {unplaced} without a place.",
        "Runde {number}: {wishing} mit Wünschen; {choices}; {placed} neu platziert ({moved} "
        "gewechselt), {kept} behalten ihren Platz, {unplaced} ohne Platz.",
    )
    ASSIGN_WAITS = ("assign_waits", "{name} (waits for “{session}”)",
                    "{name} (wartet auf „{session}“)")  # fmt: skip
    ASSIGN_WITHOUT_PLACE = (
        "assign_without_place",
        "  Without a place: {names}{more}.",
        "  Ohne Platz: {names}{more}.",
    )
    ASSIGN_AND_MORE = ("assign_and_more", "; and {count} more", "; und {count} weitere")

    # -- desk-copy, sync
    HELP_DESK_COPY = (
        "help_desk_copy",
        "copy the database for another desk of the event (a desk of its own; desks exchange "
        "check-ins with 'confdesk sync')",
        "die Datenbank für einen weiteren Platz der Veranstaltung kopieren (ein eigener Platz; "
        "die Plätze tauschen Check-ins mit 'confdesk sync' aus)",
    )
    HELP_DESK_COPY_OUT = ("help_desk_copy_out", "the new file; must not exist",
                          "die neue Datei; sie darf nicht schon bestehen")  # fmt: skip
    HELP_DESK_COPY_DESK = (
        "help_desk_copy_desk",
        "this desk's name, as the copy will know it",
        "der Name dieses Platzes, wie ihn die Kopie kennen wird",
    )
    DESK_COPY_WRITTEN = (
        "desk_copy_written",
        "Wrote a desk copy of “{title}” to {path} (desk {desk}). Open it on the other desk's "
        "laptop; exchange check-ins with 'confdesk sync'.",
        "Eine Platzkopie von „{title}“ wurde nach {path} geschrieben (Platz {desk}). Öffnen "
        "Sie sie auf dem Laptop des anderen Platzes; Check-ins tauschen Sie mit 'confdesk "
        "sync' aus.",
    )
    HELP_SYNC = (
        "help_sync",
        "exchange check-ins and edits with the other desks of the event",
        "Check-ins und Änderungen mit den anderen Plätzen der Veranstaltung austauschen",
    )
    HELP_SYNC_EXPORT = ("help_sync_export", "write what this desk has into a sync file",
                        "was dieser Platz hat, in eine Sync-Datei schreiben")  # fmt: skip
    HELP_SYNC_IMPORT = ("help_sync_import", "merge a sync file of another desk",
                        "eine Sync-Datei eines anderen Platzes einlesen")  # fmt: skip
    HELP_SYNC_DESK = (
        "help_sync_desk",
        "this desk's name in the file (default: the setting)",
        "der Name dieses Platzes in der Datei (Vorgabe: die Einstellung)",
    )
    HELP_SYNC_SERVE = (
        "help_sync_serve",
        "answer the other desks of the event on the network until interrupted",
        "den anderen Plätzen der Veranstaltung im Netz antworten, bis zum Abbruch",
    )
    HELP_SYNC_BIND = (
        "help_sync_bind",
        "the address to serve on (default: 0.0.0.0:8765; port 0: any free port)",
        "die Adresse, unter der geantwortet wird (Vorgabe: 0.0.0.0:8765; Port 0: ein freier)",
    )
    HELP_SYNC_PEER = (
        "help_sync_peer",
        "exchange records with the desk at HOST:PORT, both ways",
        "Daten mit dem Platz unter HOST:PORT austauschen, in beide Richtungen",
    )
    LAN_SERVING = (
        "lan_serving",
        "Serving “{title}” at {address}; stop with Ctrl+C.",
        "„{title}“ wird unter {address} bereitgestellt; beenden mit Strg+C.",
    )
    LAN_SENT = ("lan_sent", "Sent this desk's records to {peer}.",
                "Die Daten dieses Platzes an {peer} gesendet.")  # fmt: skip
    LAN_RECEIVED = (
        "lan_received",
        "From {peer}, desk {desk}: {checkins}.",
        "Von {peer}, Platz {desk}: {checkins}.",
    )
    LAN_REFUSED = (
        "lan_refused",
        "Refused a request from {peer}: not a desk of this event, forged, or sent before.",
        "Eine Anfrage von {peer} abgewiesen: kein Platz dieser Veranstaltung, gefälscht oder "
        "schon einmal gesendet.",
    )
    LAN_EXCHANGED = (
        "lan_exchanged",
        "Exchanged with {peer}: {sent} new there.",
        "Mit {peer} ausgetauscht: {sent} dort neu.",
    )
    SYNC_EXPORTED = (
        "sync_exported",
        "Wrote {checkins}, {registrations}, {prints} and {scans} of “{title}” to {path}.",
        "{checkins}, {registrations}, {prints} und {scans} von „{title}“ nach {path} geschrieben.",
    )
    SYNC_MERGED = (
        "sync_merged",
        "From desk {desk}: {checkins}, {new_registrations} new and {updated} updated, {prints}, "
        "{scans}.",
        "Von Platz {desk}: {checkins}, {new_registrations} neu und {updated} geändert, "
        "{prints}, {scans}.",
    )
    SYNC_REMOVED = (
        "sync_removed",
        "{registrations} merged away elsewhere.",
        "{registrations} anderswo zusammengeführt und hier entfernt.",
    )
    SYNC_EDITS_KEPT = (
        "sync_edits_kept",
        "{edits} lost to later ones (kept).",
        "{edits} durch spätere ersetzt (aufbewahrt).",
    )
    SYNC_HELD_BACK = (
        "sync_held_back",
        "{records} name sessions or people this file does not hold yet; they come with a "
        "later sync.",
        "{records} nennen Programmpunkte oder Personen, die diese Datei noch nicht hat; sie "
        "kommen mit einem späteren Abgleich.",
    )
    SYNC_DOUBLE_ENTRY = ("sync_double_entry", "Double entry: {name} {what}.",
                         "Doppelter Einlass: {name} {what}.")  # fmt: skip
    SYNC_THIS_DESK = ("sync_this_desk", "This desk: {desk}; {exported}.",
                      "Dieser Platz: {desk}; {exported}.")  # fmt: skip
    SYNC_LAST_EXPORT = (
        "sync_last_export",
        "last sync file written {when} UTC",
        "letzte Sync-Datei geschrieben {when} UTC",
    )
    SYNC_NO_EXPORT = ("sync_no_export", "no sync file written yet",
                      "noch keine Sync-Datei geschrieben")  # fmt: skip
    SYNC_NO_PEERS = ("sync_no_peers", "No other desk heard from yet.",
                     "Von keinem anderen Platz bisher etwas gehört.")  # fmt: skip
    SYNC_PEER = (
        "sync_peer",
        "{desk}: last contact {when} UTC, {records} of this desk still to reach it{waiting}.",
        "{desk}: letzter Kontakt {when} UTC, {records} dieses Platzes müssen es noch "
        "erreichen{waiting}.",
    )
    SYNC_PEER_WAITING = (
        "sync_peer_waiting",
        ", {records} of its records waiting to be merged",
        ", {records} von dort warten auf das Einlesen",
    )

    # -- backups
    HELP_BACKUPS = (
        "help_backups",
        "list the database's backups, or restore one in its place",
        "die Sicherungen der Datenbank auflisten oder eine an ihre Stelle setzen",
    )
    HELP_BACKUPS_RESTORE = (
        "help_backups_restore",
        "put the newest good backup (or the file BACKUP) in the database's place; the file "
        "it replaces is kept beside it",
        "die neueste intakte Sicherung (oder die Datei BACKUP) an die Stelle der Datenbank "
        "setzen; die ersetzte Datei bleibt daneben erhalten",
    )
    NO_BACKUPS = ("no_backups", "There are no backups of {path}.",
                  "Es gibt keine Sicherungen von {path}.")  # fmt: skip
    BACKUP_LINE = ("backup_line", "{path}  {size} KB  {state}", "{path}  {size} KB  {state}")
    BACKUP_GOOD = ("backup_good", "good", "intakt")
    BACKUP_DAMAGED = ("backup_damaged", "DAMAGED", "BESCHÄDIGT")
    RESTORED = (
        "restored",
        "Restored {path} from {backup}; the file it replaced is kept as {aside}.",
        "{path} aus {backup} wiederhergestellt; die ersetzte Datei liegt als {aside} bereit.",
    )

    # -- bench
    HELP_BENCH = (
        "help_bench",
        "measure performance against plain floors",
        "die Leistung gegen einfache Untergrenzen messen",
    )
    HELP_BENCH_ONLY = ("help_bench_only", "run only these scenarios", "nur diese Szenarien")
    BENCH_HEADING = (
        "bench_heading",
        "confdesk bench at scale {scale} (value and floor are measured in the same run)",
        "confdesk bench im Maßstab {scale} (Wert und Untergrenze im selben Lauf gemessen)",
    )
    BENCH_PROGRESS = ("bench_progress", "confdesk bench: {message}…",
                      "confdesk bench: {message}…")  # fmt: skip
    BENCH_DEMO = (
        "bench_demo",
        "creating a demo database with {attendees} attendees",
        "lege eine Demo-Datenbank mit {attendees} Teilnehmenden an",
    )
    BENCH_COLUMNS = (
        "bench_columns",
        "scenario|value|unit|floor|ratio|target|result",
        "Szenario|Wert|Einheit|Untergrenze|Verhältnis|Ziel|Ergebnis",
    )
    BENCH_PASS = ("bench_pass", "pass", "erfüllt")
    BENCH_FAIL = ("bench_fail", "FAIL", "VERFEHLT")
    BENCH_ERROR = ("bench_error", "error", "Fehler")
    BENCH_RATIO_TARGET = ("bench_ratio_target", "ratio {ratio}", "Verhältnis {ratio}")
    BENCH_OPEN_DB = ("bench_open_db", "create and open the demo database",
                     "die Demo-Datenbank anlegen und öffnen")  # fmt: skip
    BENCH_STARTUP = (
        "bench_startup",
        "start the app until its main window is shown",
        "die Anwendung starten, bis ihr Hauptfenster erscheint",
    )
    BENCH_SEARCH = (
        "bench_search",
        "search as you type, one query per keystroke",
        "Suche beim Tippen, eine Abfrage je Tastendruck",
    )
    BENCH_IMPORT = ("bench_import", "import 20,000 attendees from a CSV file",
                    "20.000 Teilnehmende aus einer CSV-Datei importieren")  # fmt: skip
    BENCH_CHECKIN = (
        "bench_checkin",
        "1,000 mixed scans at the desk: verify, durable write, result (p99)",
        "1.000 gemischte Scans am Platz: prüfen, dauerhaft schreiben, Ergebnis (p99)",
    )
    BENCH_DESK = (
        "bench_desk",
        "500 scanner scans typed into the check-in window: last key to answer painted",
        "500 Scanner-Scans in das Check-in-Fenster getippt: letzte Taste bis Antwort gezeichnet",
    )
    BENCH_DESK_TYPING = (
        "bench_desk_typing",
        "typing {scans} scans into the check-in screen",
        "tippe {scans} Scans in den Check-in-Bildschirm",
    )
    BENCH_DESK_FLOOR = (
        "bench_desk_floor",
        "feeding the same codes to confdesk checkin --stdin",
        "gebe dieselben Codes an confdesk checkin --stdin",
    )
    BENCH_BADGES = (
        "bench_badges",
        "1,000 badges with vector QR on a6-4up into one PDF (badges/s)",
        "1.000 Namensschilder mit Vektor-QR auf a6-4up in ein PDF (Schilder/s)",
    )
    BENCH_CERTIFICATES = (
        "bench_certificates",
        "1,000 certificates of attendance into one merged PDF (certificates/s)",
        "1.000 Teilnahmebescheinigungen in ein PDF (Bescheinigungen/s)",
    )
    BENCH_PRINT_PATH = (
        "bench_print_path",
        "100 badge pages from PDF to a printer queue (pages/s)",
        "100 Namensschild-Seiten vom PDF in eine Druckerwarteschlange (Seiten/s)",
    )
    BENCH_SYNC = (
        "bench_sync",
        "a check-in at one desk visible at another on loopback (p99); a 10,000 check-in sync "
        "file merged",
        "ein Check-in an einem Platz am anderen sichtbar über Loopback (p99); eine Sync-Datei "
        "mit 10.000 Check-ins eingelesen",
    )
    BENCH_WORKSHOPS = (
        "bench_workshops",
        "3 rounds × 8 workshops for 300 people from ranked wishes, vs greedy",
        "3 Runden × 8 Workshops für 300 Personen nach gereihten Wünschen, gegen gierig",
    )


def language() -> str:
    """ "de" or "en": the language of everything the command line says."""
    return "de" if os.environ.get(LANGUAGE_ENV, "").lower().startswith("de") else "en"


def say(sentence: Said, **params: object) -> str:
    """``sentence`` in the command line's language with ``params`` filled in."""
    return sentence.fill(language(), params)
