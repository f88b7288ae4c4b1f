"""The post-event report: the figures of :mod:`confdesk.domain.reports` as a PDF with
vector charts, or as a workbook."""
