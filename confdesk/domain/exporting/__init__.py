"""Exporting registrations to CSV and XLSX."""
