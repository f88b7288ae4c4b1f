"""``confdesk bench`` at a tiny scale: what it reports, not how fast anything is."""

from __future__ import annotations

import json
import statistics
import tempfile
from pathlib import Path

import pytest

from confdesk.bench import registry, scenario
from confdesk.cli import main

SCALE = "200"


@pytest.fixture
def private_tempdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The bench's temporary files land here, so a test can see they are gone."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _run(tmp_path: Path, *args: str) -> dict:
    report = tmp_path / "bench.json"
    assert main(["bench", *args, "--scale", SCALE, "--json", str(report)]) == 0
    return json.loads(report.read_text(encoding="utf-8"))


def _assert_standard_keys(entry: dict, target: float | None) -> None:
    assert entry["unit"] == "s"
    assert entry["target"] == target
    assert entry["value"] > 0
    assert entry["floor"] > 0
    assert entry["ratio"] == pytest.approx(entry["value"] / entry["floor"])


def test_open_db_reports_creation_and_opening_against_plain_sqlite(
    tmp_path: Path, private_tempdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = _run(tmp_path, "--only", "open_db")

    assert report["scale"] == 200
    assert list(report["scenarios"]) == ["open_db"]
    entry = report["scenarios"]["open_db"]
    _assert_standard_keys(entry, target=None)
    assert entry["passed"] is None
    assert entry["attendees"] == 200
    assert entry["value"] == pytest.approx(entry["create_s"] + entry["open_s"])
    assert entry["floor"] == pytest.approx(entry["floor_create_s"] + entry["floor_open_s"])

    table = capsys.readouterr().out
    assert "scenario" in table
    assert "open_db" in table
    assert list(private_tempdir.iterdir()) == [], "the bench left temporary files behind"


@pytest.mark.slow
def test_full_run_measures_startup_on_the_database_open_db_created(
    tmp_path: Path, private_tempdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    created: list[int] = []
    real_create = scenario.create_demo_database

    def counting_create(path: Path, attendees: int) -> scenario.DemoDatabase:
        created.append(attendees)
        return real_create(path, attendees)

    monkeypatch.setattr(scenario, "create_demo_database", counting_create)

    report = _run(tmp_path)

    assert created == [200], "the demo database must be generated once per run"
    # Every scenario reports, in registry order, from the one shared demo database.
    assert list(report["scenarios"]) == registry.scenario_names()
    assert all("error" not in entry for entry in report["scenarios"].values())
    entry = report["scenarios"]["startup"]
    _assert_standard_keys(entry, target=1.5)
    assert entry["passed"] == (entry["value"] <= 1.5)
    assert len(entry["runs_s"]) == 5
    assert len(entry["floor_runs_s"]) == 5
    assert entry["value"] == pytest.approx(statistics.median(entry["runs_s"]))
    assert entry["floor"] == pytest.approx(statistics.median(entry["floor_runs_s"]))
    assert list(private_tempdir.iterdir()) == [], "the bench left temporary files behind"


def test_unknown_scenario_is_one_line_naming_the_choices(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["bench", "--only", "open_db,warp_speed"])

    assert exit_info.value.code == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1
    assert "warp_speed" in lines[0]
    assert "open_db, startup" in lines[0]


def test_report_into_a_missing_folder_is_refused_before_measuring(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["bench", "--only", "open_db", "--json", str(tmp_path / "nowhere" / "b.json")])

    assert exit_info.value.code == 1
    captured = capsys.readouterr()
    assert "nowhere" in captured.err
    assert "creating a demo database" not in captured.err


def test_checkin_scans_a_mix_of_arrivals_repeats_and_foreign_codes(
    tmp_path: Path, private_tempdir: Path
) -> None:
    report = _run(tmp_path, "--only", "checkin")

    entry = report["scenarios"]["checkin"]
    assert (entry["unit"], entry["target"], entry["scans"]) == ("ms", 5.0, 1000)
    assert entry["value"] > 0 and entry["floor"] > 0
    statuses = entry["statuses"]
    assert sum(statuses.values()) == 1000
    # Every kind of scan the desk sees, none of them crashing the run.
    assert statuses["accepted"] > 0
    assert statuses["already_checked_in"] > 0
    assert statuses["invalid"] >= 100
    assert list(private_tempdir.iterdir()) == [], "the bench left temporary files behind"


def test_workshop_assignment_places_at_least_as_many_as_greedy_first_come(
    tmp_path: Path, private_tempdir: Path
) -> None:
    report = _run(tmp_path, "--only", "workshop_assignment")

    entry = report["scenarios"]["workshop_assignment"]
    _assert_standard_keys(entry, target=2.0)
    optimised, greedy = entry["optimised"], entry["greedy"]
    assert optimised["placed"] + optimised["unplaced"] == 900  # 300 people, 3 rounds
    assert optimised["placed"] >= greedy["placed"]
    assert entry["placed_more"] == optimised["placed"] - greedy["placed"]
    assert optimised["worst_rank"] <= 3


def test_sync_times_a_check_in_reaching_another_desk_and_a_big_merge(
    tmp_path: Path, private_tempdir: Path
) -> None:
    report = _run(tmp_path, "--only", "sync")

    entry = report["scenarios"]["sync"]
    assert (entry["unit"], entry["target"], entry["checkins"]) == ("s", 1.0, 100)
    assert entry["p50_s"] <= entry["value"] <= entry["max_s"]
    assert entry["merged_checkins"] == 10_000
    assert entry["merge_s"] > 0 and entry["merge_floor_s"] > 0
    assert list(private_tempdir.iterdir()) == [], "the bench left temporary files behind"
