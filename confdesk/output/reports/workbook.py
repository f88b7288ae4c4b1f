"""The post-event report as a workbook: one sheet per table, numbers stored as numbers
(shares as percentages) so the funder's spreadsheet can sum and chart them."""

from __future__ import annotations

import io

from confdesk.domain.reports.figures import ARRIVAL_STEP, EventReport
from confdesk.output.reports.tables import (
    ReportTable,
    arrivals_table,
    breakdown_tables,
    overview_table,
    sessions_table,
)
from confdesk.words.formatting import clock_time, long_date
from confdesk.words.report import report_texts

_SHEET_NAME_LENGTH = 31  # Excel's limit
_FORBIDDEN_IN_SHEET_NAMES = str.maketrans({c: " " for c in "[]:*?/\\"})


def render_report_workbook(report: EventReport) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    texts = report_texts(report.language)
    minutes = int(ARRIVAL_STEP.total_seconds() // 60)
    tables = [
        overview_table(report, texts),
        *breakdown_tables(report, texts),
        sessions_table(report, texts),
        arrivals_table(report, texts, minutes),
    ]
    workbook = Workbook()
    first = True
    for table in tables:
        sheet = workbook.active if first else workbook.create_sheet()
        assert sheet is not None
        sheet.title = _sheet_name(table)
        if first:
            made = texts.made_at.format(
                date=long_date(report.made_at.date(), report.language),
                time=clock_time(report.made_at, report.language),
            )
            for line in (f"{texts.heading} – {report.title}", made, texts.only_totals):
                sheet.append([line])
            sheet.append([])
            sheet.cell(row=1, column=1).font = Font(bold=True)
        first = False
        sheet.append(list(table.header))
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append(list(row))
            for cell, value in zip(sheet[sheet.max_row], row, strict=True):
                if isinstance(value, float):
                    cell.number_format = "0.0%"
        sheet.column_dimensions["A"].width = 48 if table is not tables[0] else 40
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _sheet_name(table: ReportTable) -> str:
    return table.title.translate(_FORBIDDEN_IN_SHEET_NAMES)[:_SHEET_NAME_LENGTH]
