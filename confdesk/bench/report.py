"""The results of a run: as a table for people and as JSON for tools."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from confdesk.bench.scenario import Measurement, Scenario
from confdesk.words.command_line import Said, say


@dataclass(frozen=True)
class ScenarioResult:
    scenario: Scenario
    measurement: Measurement | None
    error: str = ""

    @property
    def passed(self) -> bool | None:
        """None when there is no target to meet; with both a target and a ratio target
        (the desk's: 50 ms and within 5× of the floor), both must be met."""
        if self.measurement is None:
            return False if self.scenario.target is not None else None
        verdicts: list[bool] = []
        ratio, ratio_target = self.measurement.ratio, self.measurement.ratio_target
        if ratio_target is not None and ratio is not None:
            verdicts.append(self._meets(ratio, ratio_target))
        if self.scenario.target is not None:
            verdicts.append(self._meets(self.measurement.value, self.scenario.target))
        return all(verdicts) if verdicts else None

    def _meets(self, figure: float, target: float) -> bool:
        return figure >= target if self.scenario.higher_is_better else figure <= target


def as_json(results: list[ScenarioResult], scale: int) -> dict[str, Any]:
    scenarios: dict[str, Any] = {}
    for result in results:
        measurement = result.measurement
        entry: dict[str, Any] = {
            "value": measurement.value if measurement else None,
            "unit": result.scenario.unit,
            "target": result.scenario.target,
            "floor": measurement.floor if measurement else None,
            "ratio": measurement.ratio if measurement else None,
            "passed": result.passed,
        }
        if measurement and measurement.ratio_target is not None:
            entry["ratio_target"] = measurement.ratio_target
        if measurement:
            entry.update(measurement.extra)
        if result.error:
            entry["error"] = result.error
        scenarios[result.scenario.name] = entry
    return {"scale": scale, "scenarios": scenarios}


def as_table(results: list[ScenarioResult]) -> str:
    header = tuple(say(Said.BENCH_COLUMNS).split("|"))
    rows = [header, *(_row(result) for result in results)]
    widths = [max(len(row[column]) for row in rows) for column in range(len(header))]
    # Names and words to the left, numbers to the right.
    left = {0, 2, 6}
    lines = []
    for row in rows:
        cells = [
            cell.ljust(width) if column in left else cell.rjust(width)
            for column, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def _row(result: ScenarioResult) -> tuple[str, ...]:
    measurement = result.measurement
    target = result.scenario.target
    verdict = {True: say(Said.BENCH_PASS), False: say(Said.BENCH_FAIL), None: "-"}[result.passed]
    if measurement is None:
        verdict = say(Said.BENCH_ERROR)
    return (
        result.scenario.name,
        _number(measurement.value) if measurement else "-",
        result.scenario.unit,
        _number(measurement.floor) if measurement else "-",
        _number(measurement.ratio, digits=2) if measurement else "-",
        _target(target, measurement),
        verdict,
    )


def _target(target: float | None, measurement: Measurement | None) -> str:
    shown = [_number(target)] if target is not None else []
    if measurement is not None and measurement.ratio_target is not None:
        shown.append(say(Said.BENCH_RATIO_TARGET, ratio=f"{measurement.ratio_target:g}"))
    return ", ".join(shown) or "-"


def _number(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"
