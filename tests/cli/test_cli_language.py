"""The command line speaks English, or German when asked (CONFDESK_LANGUAGE=de): reports,
help, complaints and the core's errors alike; counts read "1 page", never "1 pages"."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from confdesk.cli.main import main


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as leaving:
        code = int(leaving.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_a_german_desk_gets_german_reports(
    demo_copy: Callable[..., Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    database = demo_copy(30, 1)
    monkeypatch.setenv("CONFDESK_LANGUAGE", "de")
    code, out, _ = _run(capsys, "--db", str(database), "export", str(tmp_path / "a.csv"))
    assert code == 0
    assert "30 Anmeldungen von „" in out and "personenbezogene Daten" in out
    code, out, _ = _run(capsys, "--db", str(database), "agenda", str(tmp_path / "p.pdf"))
    assert code == 0 and "Das Programm mit " in out and " Programmpunkte" in out


def test_a_german_desk_gets_the_cores_errors_in_german(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CONFDESK_LANGUAGE", "de")
    missing = tmp_path / "missing.sqlite"
    code, out, err = _run(capsys, "--db", str(missing), "export", str(tmp_path / "a.csv"))
    assert code == 1 and out == ""
    assert err.startswith("confdesk: ") and err.count("\n") == 1
    assert str(missing) in err and "Datenbank" in err
    code, _, err = _run(capsys, "badges", "--start-at", "zwei")
    assert code == 2 and "keine ganze Zahl" in err and "siehe 'confdesk --help'" in err


def test_english_stays_the_default_and_counts_one_page_as_one_page(
    demo_copy: Callable[..., Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("CONFDESK_LANGUAGE", raising=False)
    database = demo_copy(30, 1)
    code, out, _ = _run(
        capsys, "--db", str(database), "badges", "--stock", "a6", str(tmp_path / "b.pdf")
    )
    assert code == 0 and re.match(r"Wrote \d\d badges on \d\d pages \(a6: ", out), out
    code, out, _ = _run(capsys, "badges", "--calibration", str(tmp_path / "c.pdf"))
    assert code == 0 and out.startswith("Wrote the calibration page")
    single = tmp_path / "single.sqlite"
    assert _run(capsys, "--db", str(single), "demo", "--attendees", "1")[0] == 0
    code, out, _ = _run(capsys, "--db", str(single), "badges", str(tmp_path / "one.pdf"))
    assert code == 0 and "1 badge on 1 page " in out
    exported = tmp_path / "one.csv"
    assert _run(capsys, "--db", str(single), "export", str(exported))[0] == 0
    with exported.open(encoding="utf-8-sig", newline="") as rows:
        (row,) = csv.DictReader(rows, delimiter=";")
    assert _run(capsys, "--db", str(single), "checkin", row["checkin_code"])[0] == 0
    code, out, _ = _run(capsys, "--db", str(single), "certificates", str(tmp_path / "c1.pdf"))
    assert code == 0 and out.startswith("Wrote 1 certificate of attendance (1 page) to ")


def test_the_help_is_german_too(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CONFDESK_LANGUAGE", "de")
    code, out, _ = _run(capsys, "badges", "--help")
    assert code == 0 and "Kalibrierseite" in out
