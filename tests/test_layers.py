"""The layers below the UI never import Qt: the command line and the core must run on a
machine where Qt cannot even load. And no import runs up: db < domain < output < the
command line and the window (two faces of the same core, which never import each other)."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest


@pytest.mark.slow
def test_no_module_outside_ui_imports_pyside6() -> None:
    script = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        import confdesk
        imported = []
        for module in pkgutil.walk_packages(confdesk.__path__, "confdesk."):
            name = module.name
            # ui is the Qt layer; migrations run only inside Alembic's environment.
            if name.startswith(("confdesk.ui", "confdesk.db.migrations")):
                continue
            importlib.import_module(name)
            imported.append(name)
        assert "PySide6" not in sys.modules, [m for m in sys.modules if "PySide6" in m]
        print("\\n".join(imported))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    imported = set(result.stdout.split())
    # The walk really covered the layers (a typo in the filter would make this vacuous).
    for expected in ("confdesk.cli", "confdesk.db.database", "confdesk.domain.events.service"):
        assert expected in imported
    assert any(name.startswith("confdesk.output") for name in imported)


# Each package of confdesk/ and the layers it may import from. Modules at the top
# (confdesk/errors.py, paths.py, normalize.py, settings.py, logs.py, files.py) and the
# words (confdesk/words/) are the foundation every layer may use; the words import no layer.
_FOUNDATION = {"words"}
_MAY_IMPORT = {
    "words": set(),
    "db": set(),
    "domain": {"db"},
    "output": {"db", "domain"},
    "cli": {"db", "domain", "output"},
    "ui": {"db", "domain", "output"},
    "bench": {"db", "domain", "output", "cli", "ui"},  # the harness measures every face
}
# The two commands that hand over to another part: `confdesk gui` opens the window and
# `confdesk bench` runs the harness.
_ENTRY_POINTS = {"cli/gui.py": {"ui"}, "cli/reports/bench.py": {"bench"}}


def test_no_import_runs_up_a_layer() -> None:
    package = Path(__file__).resolve().parents[1] / "confdesk"
    wrong = []
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(package).parts
        layer = parts[0]
        allowed = _MAY_IMPORT.get(layer, set()) | _ENTRY_POINTS.get("/".join(parts), set())
        if layer not in _MAY_IMPORT or "migrations" in parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                target = name.split(".")
                if target[0] != "confdesk" or len(target) < 2 or target[1] not in _MAY_IMPORT:
                    continue
                if target[1] in _FOUNDATION and layer not in _FOUNDATION:
                    continue
                if target[1] != layer and target[1] not in allowed:
                    wrong.append(f"{path.relative_to(package)}:{node.lineno} imports {name}")
    assert wrong == []


# What opens or queries a database: output/ calls the domain's loaders instead.
_READING_CALLS = {"connect", "transaction", "execute", "exec_driver_sql", "scalar", "scalars"}


def test_output_reads_the_database_only_through_domain_loaders() -> None:
    package = Path(__file__).resolve().parents[1] / "confdesk" / "output"
    wrong = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlalchemy"):
                wrong.append(f"{path.name}:{node.lineno} imports {node.module}")
            elif isinstance(node, ast.Import) and any(
                alias.name.startswith("sqlalchemy") for alias in node.names
            ):
                wrong.append(f"{path.name}:{node.lineno} imports sqlalchemy")
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in _READING_CALLS
            ):
                wrong.append(f"{path.name}:{node.lineno} calls {node.func.attr}()")
    assert wrong == []
