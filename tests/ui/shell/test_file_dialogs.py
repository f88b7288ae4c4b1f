"""The file dialogs list a database's folder without opening its files: a descriptor of the
database opened and closed by the dialog's type sniffing cancelled SQLite's locks."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

STRACE = shutil.which("strace")


@pytest.mark.skipif(STRACE is None, reason="needs strace (Debian: strace) to see the opens")
@pytest.mark.slow
def test_the_open_dialog_never_opens_the_database_files(tmp_path: Path) -> None:
    # In a process of its own under strace: the opens that count are the C library's,
    # Qt's MIME sniffing included, which no Python audit hook sees.
    script = textwrap.dedent(
        f"""
        from PySide6.QtCore import Qt, QTimer
        from PySide6.QtWidgets import QApplication, QFileSystemModel
        from confdesk.db.database import open_database
        from confdesk.ui.shell import file_dialogs

        folder = {str(tmp_path)!r}
        database = open_database(folder + "/desk.sqlite")
        app = QApplication([])
        def look_at_every_file():
            dialog = app.activeModalWidget()
            model = dialog.findChild(QFileSystemModel) if dialog else None
            root = model.index(folder) if model else None
            if root is None or model.rowCount(root) < 3:
                QTimer.singleShot(50, look_at_every_file)
                return
            # What the view asks for each row it paints: the icon and the type.
            for row in range(model.rowCount(root)):
                model.data(model.index(row, 0, root), Qt.ItemDataRole.DecorationRole)
                model.data(model.index(row, 2, root), Qt.ItemDataRole.DisplayRole)
                print("looked at", model.data(model.index(row, 0, root)))
            dialog.reject()
        QTimer.singleShot(0, look_at_every_file)
        file_dialogs.open_file_name(None, "Open", {str(tmp_path)!r}, "All files (*)")
        database.close()
        print("listed")
        """
    )
    trace = tmp_path / "trace.txt"
    done = subprocess.run(
        [STRACE, "-f", "-e", "trace=openat,open", "-o", str(trace), sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert "listed" in done.stdout
    assert "looked at desk.sqlite-wal" in done.stdout
    opens = [line for line in trace.read_text().splitlines() if "desk.sqlite" in line]
    # SQLite's own opens are read-write with O_NOFOLLOW; a sniff is a plain read-only open.
    assert opens, "strace saw no open at all: the test is not looking"
    strays = [line for line in opens if "O_RDONLY" in line and "O_NOFOLLOW" not in line]
    assert strays == []
