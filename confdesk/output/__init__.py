"""What confdesk writes for people to read: PDFs with ReportLab and iCalendar files. No Qt."""
