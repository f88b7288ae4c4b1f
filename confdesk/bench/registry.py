"""The scenarios ``confdesk bench`` knows, in the order they run.

``open_db`` comes first: it times the creation of the demo database that later scenarios
reuse.
"""

from __future__ import annotations

from confdesk.bench import (
    badges,
    certificates,
    checkin,
    desk,
    import_,
    open_db,
    print_path,
    search,
    startup,
    sync,
    workshop_assignment,
)
from confdesk.bench.scenario import Scenario
from confdesk.errors import UserError

SCENARIOS: tuple[Scenario, ...] = (
    open_db.SCENARIO,
    startup.SCENARIO,
    search.SCENARIO,
    import_.SCENARIO,
    checkin.SCENARIO,
    desk.SCENARIO,
    badges.SCENARIO,
    certificates.SCENARIO,
    print_path.SCENARIO,
    workshop_assignment.SCENARIO,
    sync.SCENARIO,
)


def scenario_names() -> list[str]:
    return [scenario.name for scenario in SCENARIOS]


def select_scenarios(only: list[str] | None) -> list[Scenario]:
    """All scenarios, or those named in ``only``, always in registry order."""
    if not only:
        return list(SCENARIOS)
    unknown = [name for name in only if name not in scenario_names()]
    if unknown:
        raise UserError(
            f"There is no benchmark scenario called {', '.join(map(repr, unknown))}; "
            f"choose from {', '.join(scenario_names())}.",
            code="unknown_bench_scenario",
            names=unknown,
        )
    return [scenario for scenario in SCENARIOS if scenario.name in only]
