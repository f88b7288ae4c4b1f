"""The words of an import's plan: what was read ("CSV, UTF-8, delimiter ';'") and what
happens to each column ("ignored (header not recognised)"), for the dry run and the import
dialog alike."""

from __future__ import annotations

from confdesk.words.sentences import Sentences


class SourceWords(Sentences):
    WORKBOOK = ("workbook", "Excel workbook, sheet “{sheet}”", "Excel-Mappe, Blatt „{sheet}“")
    CSV = ("csv", "CSV, {encoding}, delimiter {delimiter}", "CSV, {encoding}, Trennzeichen "
           "{delimiter}")  # fmt: skip
    TAB = ("tab", "tab", "Tabulator")
    WITH_BOM = ("with_bom", "with BOM", "mit BOM")


class ColumnFate(Sentences):
    """What happens to a column, by the mapping's origin."""

    AUTO = ("auto", "{field}", "{field}")
    CHOSEN = ("chosen", "{field} (as chosen)", "{field} (so gewählt)")
    IGNORED = ("ignored", "ignored (as chosen)", "ignoriert (so gewählt)")
    UNKNOWN = ("unknown", "ignored (header not recognised)",
               "ignoriert (Überschrift nicht erkannt)")  # fmt: skip
    NO_HEADER = ("no_header", "ignored (no header)", "ignoriert (keine Überschrift)")
    DUPLICATE = (
        "duplicate",
        "ignored ({field} comes from “{other}”)",
        "ignoriert ({field} kommt aus „{other}“)",
    )
    NAME_PARTS = (
        "name_parts",
        "ignored (given and family name have their own columns)",
        "ignoriert (Vor- und Nachname haben eigene Spalten)",
    )
    NOT_PERSONAL = (
        "not_personal",
        "ignored (about the order or the buyer, not the attendee)",
        "ignoriert (betrifft die Bestellung oder den Käufer, nicht die teilnehmende Person)",
    )
    NUMBERS = (
        "numbers",
        "ignored (holds numbers, not a {field})",
        "ignoriert (enthält Zahlen, kein Feld {field})",
    )


def describe_source(
    kind: str, encoding: str, delimiter: str, sheet_name: str, language: str
) -> str:
    """ "Excel workbook, sheet “Anmeldungen”" or "CSV, UTF-8 with BOM, delimiter ';'"."""
    if kind == "xlsx":
        return SourceWords.WORKBOOK.fill(language, {"sheet": sheet_name})
    shown = SourceWords.TAB.fill(language) if delimiter == "\t" else f"'{delimiter}'"
    encoding = encoding.replace("with BOM", SourceWords.WITH_BOM.fill(language))
    return SourceWords.CSV.fill(language, {"encoding": encoding, "delimiter": shown})
