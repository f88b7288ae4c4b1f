"""``confdesk report`` and the report dialog write through here: the figures read once,
then a PDF or a workbook by the file's ending."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from confdesk.db.database import Database
from confdesk.domain.reports.figures import EventReport, event_report
from confdesk.errors import UserError
from confdesk.output.files import write_file_atomically

log = logging.getLogger(__name__)
FORMATS = (".pdf", ".xlsx")


@dataclass(frozen=True)
class ReportRun:
    path: Path
    report: EventReport
    pages: int  # 0 for a workbook


def write_report(database: Database, event_id: int, out: Path) -> ReportRun:
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise UserError(f"{out.name}: the report is written as .pdf or .xlsx.",
                        code="report_format", path=str(out))  # fmt: skip
    report = event_report(database, event_id)
    if suffix == ".pdf":
        from confdesk.output.reports.report_pdf import render_report_pdf

        data, pages = render_report_pdf(report)
    else:
        from confdesk.output.reports.workbook import render_report_workbook

        data, pages = render_report_workbook(report), 0
    write_file_atomically(out, data)
    log.info("Report of event %d (%d pages) to %s", event_id, pages, out)
    return ReportRun(out, report, pages)
