"""The log file: where it is, what goes in, what stays out, and that it never stops the desk."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from confdesk import logs
from confdesk.errors import UserError
from confdesk.paths import LOG_DIR_ENV, log_dir


@pytest.fixture
def log_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "logs"
    assert log_dir() == folder  # the autouse fixture points every test at its own folder
    return folder


def _confdesk(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "confdesk", *args],
        capture_output=True,
        text=True,
        input=stdin,
        check=False,
        timeout=120,
    )


def _python(code: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        env=env,
    )


def test_the_command_line_logs_what_it_did(
    demo_copy: Callable[..., Path], log_folder: Path, tmp_path: Path
) -> None:
    database = demo_copy(20, 1)
    result = _confdesk("--db", str(database), "badges", str(tmp_path / "badges.pdf"))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # the log goes to its file, never to stderr
    text = (log_folder / logs.LOG_FILE_NAME).read_text(encoding="utf-8")
    assert f"Opened database {database}" in text
    assert f"Badges for event 1: 20 on 5 pages, stock a6-4up, to {tmp_path / 'badges.pdf'}" in text
    assert f"Closed database {database}" in text
    # Time, level, process id and logger on every line.
    line_format = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} INFO \[\d+\] confdesk\.\S+: ")
    assert all(line_format.match(line) for line in text.splitlines()), text
    assert "confdesk.cli.main: confdesk " in text


def test_an_unexpected_error_is_one_line_naming_the_log_which_has_the_traceback(
    demo_copy: Callable[..., Path], log_folder: Path, tmp_path: Path
) -> None:
    """A file damaged by hand (a table dropped) makes recording the prints fail in a way
    no user mistake does: the desk sees one line, the log holds the whole story."""
    database = demo_copy(20, 1)
    with closing(sqlite3.connect(database)) as connection:
        connection.execute("DROP TABLE print_records")
        (someone,) = connection.execute("SELECT family_name FROM registrations").fetchone()
        connection.commit()
    result = _confdesk("--db", str(database), "badges", str(tmp_path / "badges.pdf"))
    assert result.returncode == 1
    log_file = log_folder / logs.LOG_FILE_NAME
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("confdesk: an unexpected error stopped badges (OperationalError")
    assert str(log_file) in lines[0]
    text = log_file.read_text(encoding="utf-8")
    assert "Unexpected error in the command badges" in text
    assert "Traceback (most recent call last)" in text
    assert "no such table: print_records" in text
    # The failed INSERT's values (the people's ids and the desk) are not quoted into it.
    assert "SQL parameters hidden" in text
    assert someone not in text


def test_a_user_error_is_logged_by_code_without_the_names_it_mentions(log_folder: Path) -> None:
    logs.setup_logging()
    error = UserError(
        "Anna Müller is registered already.",
        code="duplicate_registration",
        name="Anna Müller",
        registration_id=42,
        path=Path("/tmp/list.csv"),
    )
    logs.log_user_error(error, "the registrations screen")
    text = (log_folder / logs.LOG_FILE_NAME).read_text(encoding="utf-8")
    assert (
        "User error duplicate_registration (UserError) in the registrations screen: "
        "registration_id=42; path=/tmp/list.csv; withheld: name"
    ) in text
    assert "Anna" not in text


@pytest.mark.parametrize("blocked_by", ["a file where the folder should be", "a folder as file"])
def test_a_log_folder_that_cannot_be_written_does_not_stop_the_command_line(
    demo_copy: Callable[..., Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    blocked_by: str,
) -> None:
    # Neither can be written even by root, unlike a folder without write permission.
    if blocked_by == "a file where the folder should be":
        (tmp_path / "not-a-folder").write_text("x")
        monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path / "not-a-folder" / "logs"))
    else:
        (tmp_path / "logs" / logs.LOG_FILE_NAME).mkdir(parents=True)
        monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path / "logs"))
    database = demo_copy(20, 1)
    result = _confdesk("--db", str(database), "export", str(tmp_path / "people.csv"))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert (tmp_path / "people.csv").is_file()
    # The window's code asks where the log is: nowhere.
    assert logs.setup_logging() is None
    assert logs.current_log_file() is None
    logging.getLogger("confdesk.test").error("dropped quietly")


def test_the_log_rotates_and_keeps_five_files(log_folder: Path) -> None:
    log_file = logs.setup_logging()
    assert log_file == log_folder / logs.LOG_FILE_NAME
    line = "x" * 20_000
    lines = 8 * logs.MAX_BYTES // len(line)  # eight files' worth
    for number in range(lines):
        logging.getLogger("confdesk.test").info("line %05d %s", number, line)
    names = sorted(path.name for path in log_folder.iterdir())
    assert names == [
        "confdesk.log",
        "confdesk.log.1",
        "confdesk.log.2",
        "confdesk.log.3",
        "confdesk.log.4",
    ]
    for path in log_folder.iterdir():
        assert path.stat().st_size <= logs.MAX_BYTES
    assert f"line {lines - 1:05d}" in log_file.read_text(encoding="utf-8")
    oldest_kept = (log_folder / "confdesk.log.4").read_text(encoding="utf-8")
    assert "line 00000 " not in oldest_kept


def test_setting_up_twice_keeps_one_file_and_a_new_folder_moves_the_log(
    tmp_path: Path, log_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = logs.setup_logging()
    assert logs.setup_logging() == first
    logging.getLogger("confdesk.test").info("once")
    assert first is not None
    assert first.read_text(encoding="utf-8").count("once") == 1
    monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path / "elsewhere"))
    second = logs.setup_logging()
    assert second == tmp_path / "elsewhere" / logs.LOG_FILE_NAME
    logging.getLogger("confdesk.test").info("moved")
    assert "moved" in second.read_text(encoding="utf-8")
    assert "moved" not in first.read_text(encoding="utf-8")


def _environment_without_faulthandler() -> dict[str, str]:
    return {name: value for name, value in os.environ.items() if name != "PYTHONFAULTHANDLER"}


def test_uncaught_exceptions_of_the_program_and_of_threads_are_logged(log_folder: Path) -> None:
    result = _python(
        """
        import threading
        from confdesk.logs import setup_logging
        setup_logging()
        def fail_in_thread():
            raise ValueError("thread bug")
        thread = threading.Thread(target=fail_in_thread, name="worker-7")
        thread.start()
        thread.join()
        raise RuntimeError("main bug")
        """
    )
    assert result.returncode == 1
    assert "RuntimeError: main bug" in result.stderr  # Python's own hook still prints it
    text = (log_folder / logs.LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "CRITICAL" in text
    assert "Uncaught exception in thread worker-7" in text
    assert "ValueError: thread bug" in text
    assert "RuntimeError: main bug" in text


def test_a_hard_crash_leaves_its_stacks_in_faults_log(log_folder: Path) -> None:
    result = _python(
        """
        import faulthandler
        from confdesk.logs import setup_logging
        setup_logging()
        def crash_here():
            faulthandler._sigsegv()
        crash_here()
        """,
        env=_environment_without_faulthandler(),
    )
    assert result.returncode != 0
    text = (log_folder / logs.FAULTS_FILE_NAME).read_text(encoding="utf-8")
    assert "--- confdesk process" in text
    assert "Fatal Python error: Segmentation fault" in text
    assert "crash_here" in text
