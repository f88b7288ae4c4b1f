"""The ``import`` benchmark at a tiny scale: what it reports, not how fast anything is."""

from __future__ import annotations

from pathlib import Path

import pytest

from confdesk.bench import import_
from confdesk.bench.report import ScenarioResult, as_table
from confdesk.bench.scenario import BenchContext, Measurement


def test_import_scenario_imports_the_generated_file_and_measures_a_floor(tmp_path: Path) -> None:
    measurement = import_.measure(BenchContext(scale=250, workdir=tmp_path))

    assert measurement.extra["rows"] == 250
    assert measurement.value > 0
    assert measurement.floor > 0
    assert measurement.value == pytest.approx(
        250 / (measurement.extra["plan_s"] + measurement.extra["apply_s"])
    )
    assert measurement.floor == pytest.approx(250 / measurement.extra["floor_s"])


def test_rows_per_second_pass_from_above() -> None:
    fast = ScenarioResult(import_.SCENARIO, Measurement(value=12_000.0, floor=150_000.0))
    slow = ScenarioResult(import_.SCENARIO, Measurement(value=9_000.0, floor=150_000.0))

    assert fast.passed is True
    assert slow.passed is False
    assert "FAIL" in as_table([slow])
