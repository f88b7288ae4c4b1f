"""The window names what is wrong with a file and offers the way out: restore the newest
good backup of a damaged file, try again once another confdesk has let the file go."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from confdesk.db.backups import backups_of
from confdesk.db.database import open_database
from confdesk.ui.shell import main_window
from tests.storage_fault_makers import damage_table, remount, small_disk


def test_a_damaged_file_is_restored_from_its_newest_good_backup(
    make_window, demo_copy: Callable[..., Path], message_boxes
) -> None:
    path = demo_copy(30, 1)
    open_database(path).close()  # the backup made on opening
    (backup,) = backups_of(path)
    damage_table(path)

    window = make_window(path)

    page = window.welcome_page
    assert window.database is None
    assert window.pages.currentWidget() is page
    assert "is damaged" in page.explanation.text()
    assert backup.name in page.explanation.text()
    assert page.restore_button.isVisible() and not page.retry_button.isVisible()
    QTest.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert message_boxes.texts("question")[0].startswith(f"Replace the damaged file {path}")
    assert window.database is not None
    assert window.current_event is not None
    assert "Restored from" in window.statusBar().currentMessage()
    assert list(path.parent.glob("desk.damaged-*.sqlite"))


def test_a_file_in_use_by_another_confdesk_can_be_tried_again(
    make_window, demo_copy: Callable[..., Path]
) -> None:
    path = demo_copy(30, 1)
    with subprocess.Popen(
        [sys.executable, "-m", "confdesk", "--db", str(path), "checkin", "--stdin"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as scanner_pipe:
        assert scanner_pipe.stdin is not None
        # The pipe answers a line only once it has the file: then it holds it.
        scanner_pipe.stdin.write("hello\n")
        scanner_pipe.stdin.flush()
        assert scanner_pipe.stdout is not None
        scanner_pipe.stdout.readline()
        window = make_window(path)
        page = window.welcome_page
        assert window.database is None
        assert page.explanation.text() == (
            f"{path} is in use by 'confdesk checkin' on this computer "
            f"(process {scanner_pipe.pid}); wait for it to finish, or stop it."
        )
        assert page.retry_button.isVisible() and not page.restore_button.isVisible()
        scanner_pipe.stdin.close()
        scanner_pipe.wait(timeout=60)
    QTest.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    assert window.database is not None


def test_a_read_only_file_is_copied_somewhere_writable_and_opened(
    make_window, demo_copy: Callable[..., Path], tmp_path: Path, monkeypatch
) -> None:
    copy = tmp_path / "writable" / "desk-copy.sqlite"
    copy.parent.mkdir()
    monkeypatch.setattr(main_window, "save_file_name", lambda *args: str(copy))
    with small_disk(tmp_path / "stick") as stick:
        path = stick / "desk.sqlite"
        shutil.copyfile(demo_copy(30, 1), path)
        remount(stick, read_only=True)
        window = make_window(path)
        page = window.welcome_page
        assert "is read-only" in page.explanation.text()
        assert page.copy_button.isVisible()
        QTest.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
        assert window.database is not None
        assert window.database.path == copy
        assert window.current_event is not None
        window.release()
