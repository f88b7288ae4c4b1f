"""The post-event report as an A4 PDF: key figures, the arrivals curve, the breakdowns
(each a chart and its table) and every session's load. Laid out with ReportLab's
platypus on confdesk's canvas (bundled fonts), the charts as vector graphics."""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from confdesk.domain.reports.figures import ARRIVAL_STEP, EventReport
from confdesk.output.agenda.drawing import footer
from confdesk.output.pdf.canvas import new_canvas
from confdesk.output.pdf.fonts import font_name
from confdesk.output.reports.charts import arrivals_chart, tally_chart
from confdesk.output.reports.tables import (
    Cell,
    ReportTable,
    breakdown_tables,
    overview_table,
    sessions_table,
)
from confdesk.words.formatting import clock_time, decimal, long_date, percent
from confdesk.words.report import ReportTexts, report_texts

_MARGIN = 18 * mm
_WIDTH = A4[0] - 2 * _MARGIN
_RULE = HexColor("#cccccc")
_HEAD = HexColor("#edf2f7")


def render_report_pdf(report: EventReport) -> tuple[bytes, int]:
    """The PDF's bytes and its number of pages."""
    texts = report_texts(report.language)
    buffer = io.BytesIO()
    title = f"{texts.heading} – {report.title}"

    def canvas_maker(target: Any, **_options: Any) -> Canvas:
        return new_canvas(target, A4, title)

    pages = [0]

    def on_page(canvas: Canvas, _document: Any) -> None:
        pages[0] = canvas.getPageNumber()
        footer(canvas, A4[0], f"{report.title} · {texts.footer}",
               texts.page.format(page=canvas.getPageNumber()))  # fmt: skip

    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=_MARGIN, rightMargin=_MARGIN,
        topMargin=15 * mm, bottomMargin=18 * mm, title=title, creator="confdesk",
    )  # fmt: skip
    document.build(_story(report, texts), onFirstPage=on_page, onLaterPages=on_page,
                   canvasmaker=canvas_maker)  # fmt: skip
    return buffer.getvalue(), pages[0]


def _story(report: EventReport, texts: ReportTexts) -> list[Flowable]:
    styles = _Styles()
    language = report.language
    when = long_date(report.start_date, language)
    if report.end_date != report.start_date:
        when = f"{when} – {long_date(report.end_date, language)}"
    made = texts.made_at.format(date=long_date(report.made_at.date(), language),
                                time=clock_time(report.made_at, language))  # fmt: skip
    story: list[Flowable] = [
        Paragraph(escape(texts.heading), styles.kicker),
        Paragraph(escape(report.title), styles.title),
    ]
    if report.subtitle:
        story.append(Paragraph(escape(report.subtitle), styles.body))
    story += [
        Paragraph(escape(" · ".join(part for part in (when, report.venue, made) if part)),
                  styles.muted),
        Spacer(1, 2 * mm),
        Paragraph(escape(texts.only_totals), styles.notice),
        Spacer(1, 4 * mm),
        _key_figures(report, texts, styles),
        Spacer(1, 4 * mm),
        _table(overview_table(report, texts), language, styles, (0.7, 0.3)),
        Spacer(1, 6 * mm),
        Paragraph(escape(texts.arrivals), styles.heading),
    ]  # fmt: skip
    minutes = int(ARRIVAL_STEP.total_seconds() // 60)
    if not report.arrivals:
        story.append(Paragraph(escape(texts.no_arrivals), styles.body))
    for day in report.arrivals:
        if len(report.arrivals) > 1:
            story.append(Paragraph(escape(long_date(day.day, language)), styles.subheading))
        story.append(arrivals_chart(
            day, _WIDTH, 80 * mm, language=language,
            bars_title=texts.arrivals_per_step.format(minutes=minutes),
            line_title=texts.arrivals_so_far,
        ))  # fmt: skip
    tallies = (report.by_category, report.by_organization_kind, report.by_federal_state,
               report.by_funding)  # fmt: skip
    for table, tally in zip(breakdown_tables(report, texts), tallies, strict=True):
        if not table.rows:
            continue
        names = [str(row[0]) for row in table.rows]
        chart = tally_chart(tally, names, _WIDTH, registered=texts.registered,
                            checked_in=texts.checked_in)  # fmt: skip
        story += [
            CondPageBreak(60 * mm),
            KeepTogether([Paragraph(escape(table.title), styles.heading), chart,
                          Spacer(1, 2 * mm)]),
            _table(table, language, styles, (0.46, 0.18, 0.18, 0.18)),
            Spacer(1, 5 * mm),
        ]  # fmt: skip
    sessions = sessions_table(report, texts)
    story += [CondPageBreak(60 * mm), Paragraph(escape(sessions.title), styles.heading)]
    if sessions.rows:
        story.append(_table(sessions, language, styles,
                            (0.25, 0.13, 0.15, 0.1, 0.13, 0.12, 0.12)))  # fmt: skip
    else:
        story.append(Paragraph(escape(texts.no_sessions), styles.body))
    return story


def _key_figures(report: EventReport, texts: ReportTexts, styles: _Styles) -> Table:
    """The four figures a reader looks for first, large."""
    language = report.language
    rate = report.no_show_rate
    figures = [
        (texts.registered, decimal(report.registered, language)),
        (texts.checked_in, decimal(report.checked_in, language)),
        (texts.no_shows, decimal(report.no_shows, language)),
        (texts.no_show_rate, percent(rate, language) if rate is not None else "–"),
    ]
    cells: list[list[Flowable]] = [
        [Paragraph(escape(value), styles.big) for _label, value in figures],
        [Paragraph(escape(label), styles.small) for label, _value in figures],
    ]
    table = Table(cells, colWidths=[_WIDTH / 4] * 4)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), _HEAD),
        ("LINEAFTER", (0, 0), (-2, -1), 2, HexColor("#ffffff")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, 0), 6),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
    ]))  # fmt: skip
    return table


def _table(table: ReportTable, language: str, styles: _Styles, shares: tuple[float, ...]) -> Table:
    header: list[Flowable] = [Paragraph(escape(t), styles.cell_bold) for t in table.header]
    rows: list[list[Flowable]] = [header]
    for row in table.rows:
        rows.append([
            Paragraph(escape(_cell(cell, language)),
                      styles.cell if isinstance(cell, str) else styles.number)
            for cell in row
        ])  # fmt: skip
    result = Table(rows, colWidths=[_WIDTH * share for share in shares], repeatRows=1)
    result.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), _HEAD),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, _RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))  # fmt: skip
    return result


def _cell(cell: Cell, language: str) -> str:
    if cell is None:
        return "–"
    if isinstance(cell, float):
        return percent(cell, language)
    if isinstance(cell, int):
        return decimal(cell, language)
    return cell


class _Styles:
    def __init__(self) -> None:
        regular, bold = font_name(False), font_name(True)
        grey = HexColor("#555555")
        self.kicker = ParagraphStyle("kicker", fontName=regular, fontSize=10, leading=13,
                                     textColor=grey)  # fmt: skip
        self.title = ParagraphStyle("title", fontName=bold, fontSize=18, leading=22,
                                    spaceAfter=2)  # fmt: skip
        self.heading = ParagraphStyle("heading", fontName=bold, fontSize=13, leading=16,
                                      spaceBefore=4, spaceAfter=4)  # fmt: skip
        self.subheading = ParagraphStyle("subheading", fontName=bold, fontSize=10, leading=13)
        self.body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=13)
        self.muted = ParagraphStyle("muted", parent=self.body, textColor=grey)
        self.notice = ParagraphStyle("notice", fontName=bold, fontSize=9, leading=12,
                                     textColor=HexColor("#2f855a"))  # fmt: skip
        self.big = ParagraphStyle("big", fontName=bold, fontSize=22, leading=26)
        self.small = ParagraphStyle("small", fontName=regular, fontSize=8, leading=10,
                                    textColor=grey)  # fmt: skip
        self.cell = ParagraphStyle("cell", fontName=regular, fontSize=8.5, leading=10.5)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=bold, fontSize=7,
                                        leading=9)  # fmt: skip
        self.number = ParagraphStyle("number", parent=self.cell, alignment=2)
