"""The post-event report as a reader gets it: the PDF's text and the workbook's cells hold
the figures, in the event's language, and never a person's name or address."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from openpyxl import load_workbook
from pdf_reading import EVENT_ID, page_texts

from confdesk.db.database import Database, open_database
from confdesk.domain.demo.conference import create_demo_event
from confdesk.domain.reports.figures import event_report
from confdesk.errors import UserError
from confdesk.output.reports.report_pdf import render_report_pdf
from confdesk.output.reports.writer import write_report


@pytest.fixture(scope="module")
def day_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report-demo") / "day.sqlite"
    database = open_database(path)
    create_demo_event(database, attendees=70, seed=5, arrivals=True)
    database.close()
    return path


@pytest.fixture
def day(day_template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "desk.sqlite"
    shutil.copy(day_template, path)
    database = open_database(path)
    yield database
    database.close()


def _personal_texts(database: Database) -> list[str]:
    """Every registration's name (as written and family-first), e-mail and phone, and
    family names that are no word of the event's own texts (titles, rooms, venue)."""
    with database.engine.connect() as connection:
        people = connection.exec_driver_sql(
            "SELECT given_name, family_name, email, phone FROM registrations"
        ).all()
        public = " ".join(
            row[0] for row in connection.exec_driver_sql(
                "SELECT title FROM agenda_sessions UNION ALL SELECT name FROM rooms "
                "UNION ALL SELECT title || ' ' || subtitle || ' ' || venue_name FROM events"
            )
        )  # fmt: skip
    public_words = set(re.findall(r"\w+", public))
    texts = []
    for given, family, email, phone in people:
        texts += [f"{given} {family}", f"{family}, {given}", email, phone]
        if family not in public_words:
            texts.append(family)
    return [text for text in texts if text]


def _words(text: str) -> set[str]:
    return set(re.findall(r"[\w@.\-+]+", text))


def test_the_pdf_says_the_figures_in_german_and_no_name(day: Database, tmp_path: Path) -> None:
    out = tmp_path / "Auswertung.pdf"
    run = write_report(day, EVENT_ID, out)
    report = run.report
    text = "\n".join(page_texts(out))
    flat = " ".join(text.split())

    assert run.pages == len(page_texts(out)) >= 2
    assert "Auswertung der Veranstaltung" in flat
    assert "Nur Summen" in flat
    assert f"{report.registered} Angemeldet" in flat or f"Angemeldet {report.registered}" in flat
    rate = f"{report.no_show_rate * 100:.1f}".replace(".", ",").removesuffix(",0")
    assert f"{rate} %" in flat or f"{rate}\xa0%" in text
    for heading in (
        "Ankünfte je 5 Minuten",
        "Bisher eingecheckt",
        "Nach Kategorie",
        "Nach Art der Organisation",
        "Nach Bundesland",
        "Programmpunkte",
        "Ausgestellte Teilnahmebescheinigungen",
        "Brandenburg",
        "Kommune",
    ):
        assert heading in flat  # fmt: skip
    words = _words(text)
    personal = _personal_texts(day)
    assert len(personal) > 3 * 70  # names, e-mails: the check has something to find
    leaked = [t for t in personal if t in flat or (" " not in t and t in words)]
    assert leaked == []


def test_the_charts_are_vectors(day: Database, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    write_report(day, EVENT_ID, out)
    document = pdfium.PdfDocument(out)
    try:
        kinds = [obj.type for page in document for obj in page.get_objects()]
    finally:
        document.close()
    assert pdfium_c.FPDF_PAGEOBJ_IMAGE not in kinds  # no bitmap: bars and lines are paths
    assert kinds.count(pdfium_c.FPDF_PAGEOBJ_PATH) > 100


def test_an_english_event_gets_english_words_and_numbers(day: Database, tmp_path: Path) -> None:
    report = replace(event_report(day, EVENT_ID), language="en")
    data, _pages = render_report_pdf(report)
    out = tmp_path / "en.pdf"
    out.write_bytes(data)
    flat = " ".join(" ".join(page_texts(out)).split())
    assert "Post-event report" in flat and "Arrivals per 5 minutes" in flat
    assert f"{report.no_show_rate * 100:.1f}".removesuffix(".0") + "%" in flat
    assert "Auswertung" not in flat


def test_the_workbook_holds_numbers_and_no_name(day: Database, tmp_path: Path) -> None:
    out = tmp_path / "Auswertung.xlsx"
    report = write_report(day, EVENT_ID, out).report
    workbook = load_workbook(out, read_only=True)
    cells = [
        cell
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if cell is not None
    ]
    overview = workbook.worksheets[0]
    rows = {row[0]: row[1] for row in overview.iter_rows(values_only=True) if row and row[0]}
    sheet_names = workbook.sheetnames
    workbook.close()

    assert rows["Angemeldet"] == report.registered
    assert rows["Anwesend (eingecheckt)"] == report.checked_in
    assert rows["Quote nicht Erschienener"] == pytest.approx(report.no_show_rate)
    assert sheet_names[-1] == "Ankünfte" and "Programmpunkte" in sheet_names
    texts = " | ".join(str(cell) for cell in cells)
    words = _words(texts)
    leaked = [t for t in _personal_texts(day) if t in texts or (" " not in t and t in words)]
    assert leaked == []


def test_another_ending_is_refused(day: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError) as raised:
        write_report(day, EVENT_ID, tmp_path / "report.csv")
    assert raised.value.code == "report_format"
    assert not (tmp_path / "report.csv").exists()
