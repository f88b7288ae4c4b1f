"""Run the chosen scenarios in one temporary folder, print the table, write the JSON."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from confdesk.bench.registry import select_scenarios
from confdesk.bench.report import ScenarioResult, as_json, as_table
from confdesk.bench.scenario import BenchContext, BenchError
from confdesk.errors import UserError
from confdesk.words.command_line import Said, language, say
from confdesk.words.formatting import whole_number


def run_bench(only: list[str] | None, scale: int, json_path: str | None) -> int:
    """Exit code 0 when every scenario was measured, whether or not it met its target:
    benchmarks report figures, they do not judge the machine they run on."""
    scenarios = select_scenarios(only)
    json_file = Path(json_path).expanduser() if json_path else None
    if json_file is not None and not json_file.parent.is_dir():
        # Checked first: a run at full scale takes minutes to get to the writing.
        raise UserError(
            f"The folder for the report {json_file} does not exist.",
            code="bench_report_folder_missing",
            path=str(json_file),
        )

    results: list[ScenarioResult] = []
    with tempfile.TemporaryDirectory(prefix="confdesk-bench-", ignore_cleanup_errors=True) as tmp:
        context = BenchContext(scale=scale, workdir=Path(tmp))
        for scenario in scenarios:
            context.progress(f"{scenario.name}: {say(scenario.description)}")
            try:
                results.append(ScenarioResult(scenario, scenario.measure(context)))
            except BenchError as error:
                results.append(ScenarioResult(scenario, None, error=str(error)))

    print(say(Said.BENCH_HEADING, scale=whole_number(scale, language())))
    print(as_table(results))
    if json_file is not None:
        _write_json(json_file, as_json(results, scale))
    failed = [result for result in results if result.error]
    for result in failed:
        print(f"confdesk: {result.scenario.name}: {result.error}", file=sys.stderr)
    return 1 if failed else 0


def _write_json(path: Path, report: dict[str, object]) -> None:
    try:
        path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    except OSError as error:
        raise UserError(
            f"The report {path} cannot be written: {error.strerror}.",
            code="bench_report_unwritable",
            path=str(path),
        ) from None
