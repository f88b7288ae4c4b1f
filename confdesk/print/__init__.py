"""PDF output with ReportLab (badges, certificates, the programme). No Qt here."""
