"""Certificates of attendance and their verification codes."""
