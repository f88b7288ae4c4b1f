"""The command line as a user meets it: a mistake is one line on stderr and a non-zero
exit, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def run_confdesk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "confdesk", *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def assert_one_line_error(result: subprocess.CompletedProcess, *fragments: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("confdesk: ")
    for fragment in fragments:
        assert fragment in lines[0]


def test_version() -> None:
    result = run_confdesk("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("confdesk ")


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (["frobnicate"], ["invalid choice", "frobnicate"]),
        (["demo", "--attendees", "0"], ["0 is not a positive number"]),
        (["demo", "--attendees", "viele"], ["'viele' is not a whole number"]),
        (["demo", "--unknown-flag"], ["unrecognized arguments"]),
        (["--quit-after", "-1", "gui"], ["negative"]),
    ],
)
def test_usage_mistakes(tmp_path: Path, args: list[str], fragments: list[str]) -> None:
    result = run_confdesk("--db", str(tmp_path / "desk.sqlite"), *args)
    assert result.returncode == 2
    assert_one_line_error(result, *fragments)


def test_a_folder_as_database(tmp_path: Path) -> None:
    result = run_confdesk("--db", str(tmp_path), "demo")
    assert result.returncode == 1
    assert_one_line_error(result, "is a folder")


def test_a_spreadsheet_as_database(tmp_path: Path) -> None:
    export = tmp_path / "teilnehmer.csv"
    export.write_text("Vorname;Nachname\nJürgen;Größmann\n", encoding="utf-8")
    result = run_confdesk("--db", str(export), "demo")
    assert_one_line_error(result, "is not a confdesk database")
    assert export.read_text(encoding="utf-8") == "Vorname;Nachname\nJürgen;Größmann\n"


def test_confdesk_db_environment_variable_names_the_file(tmp_path: Path) -> None:
    target = tmp_path / "from-env" / "desk.sqlite"
    result = run_confdesk("demo", "--attendees", "20", env={"CONFDESK_DB": str(target)})
    assert result.returncode == 0, result.stderr
    assert target.is_file()


def test_db_option_wins_over_the_environment(tmp_path: Path) -> None:
    chosen = tmp_path / "chosen.sqlite"
    ignored = tmp_path / "ignored.sqlite"
    result = run_confdesk(
        "--db", str(chosen), "demo", "--attendees", "20", env={"CONFDESK_DB": str(ignored)}
    )
    assert result.returncode == 0, result.stderr
    assert chosen.is_file() and not ignored.exists()


def test_demo_if_empty_creates_once(tmp_path: Path) -> None:
    database = str(tmp_path / "desk.sqlite")
    first = run_confdesk("--db", database, "demo", "--attendees", "30", "--if-empty")
    second = run_confdesk("--db", database, "demo", "--attendees", "30", "--if-empty")
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    assert "30 registrations" in first.stdout
    assert "nothing to do" in second.stdout


def test_a_reader_that_goes_away_is_no_error(tmp_path: Path) -> None:
    # `confdesk export x.csv | head -1`: the pipe closes before confdesk has said all.
    database = tmp_path / "desk.sqlite"
    subprocess.run(
        [sys.executable, "-m", "confdesk", "--db", str(database), "demo", "--attendees", "10"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    with subprocess.Popen(
        [sys.executable, "-m", "confdesk", "--db", str(database), "export",
         str(tmp_path / "x.csv")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as export:  # fmt: skip
        assert export.stdout is not None and export.stderr is not None
        export.stdout.close()
        errors = export.stderr.read()
        export.wait(timeout=120)
    assert errors == ""
    assert (tmp_path / "x.csv").exists()
