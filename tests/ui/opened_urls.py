"""A stand-in for the programs QDesktopServices would open (file manager, PDF viewer)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Slot


class OpenedUrls(QObject):
    """Stands in for the file manager and the PDF viewer: QDesktopServices hands file URLs
    to it, so no test opens a program."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)
