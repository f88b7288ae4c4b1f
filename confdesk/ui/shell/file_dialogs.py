"""File dialogs that never open the files they list.

Qt's own file dialog asks the MIME database for each file's icon and type, and for names
without a known extension (``confdesk.sqlite-wal``, ``-shm``) the MIME database reads the
file's first bytes: open, read, close. Closing that descriptor cancels every POSIX lock
this process holds on the file, so a file dialog showing the database's folder was enough
for another process to delete the WAL under a working desk (SQLite's "How To Corrupt An
SQLite Database File", §2.2; strace showed the dialog opening all three files). The icon
provider here answers from the file name alone.

On Windows the system's dialog is used: its locks belong to handles, not to the process,
so another handle's close cancels nothing. Elsewhere Qt's dialog is used with this
provider, also where a platform theme would bring GTK's dialog, which sniffs too.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from the kind of entry and its extension, never its content."""

    def icon(self, what: QFileIconProvider.IconType | QFileInfo) -> QIcon:
        if isinstance(what, QFileInfo):
            kind = (
                QFileIconProvider.IconType.Folder
                if what.isDir()
                else QFileIconProvider.IconType.File
            )
            return super().icon(kind)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("FileDialogs", "Folder")
        suffix = info.suffix()
        file = QCoreApplication.translate("FileDialogs", "File")
        return f"{suffix.upper()} {file}" if suffix else file


_provider: NameOnlyIconProvider | None = None


def _dialog(parent: QWidget | None, caption: str, directory: str, filters: str) -> QFileDialog:
    global _provider
    dialog = QFileDialog(parent, caption, directory, filters)
    if sys.platform != "win32":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        # The dialog does not own its provider: one for the process keeps it alive.
        if _provider is None:
            _provider = NameOnlyIconProvider()
        dialog.setIconProvider(_provider)
    return dialog


def open_file_name(parent: QWidget | None, caption: str, directory: str, filters: str) -> str:
    """The chosen existing file, or "" when cancelled."""
    dialog = _dialog(parent, caption, directory, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _chosen(dialog)


def save_file_name(parent: QWidget | None, caption: str, suggested: str, filters: str) -> str:
    """The file to write (the dialog asks before replacing one), or "" when cancelled."""
    dialog = _dialog(parent, caption, suggested, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    return _chosen(dialog)


def _chosen(dialog: QFileDialog) -> str:
    try:
        if not dialog.exec():
            return ""
        files = dialog.selectedFiles()
        return files[0] if files else ""
    finally:
        dialog.deleteLater()
