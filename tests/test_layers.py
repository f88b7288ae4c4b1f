"""The layers below the UI never import Qt: the command line and the core must run on a
machine where Qt cannot even load."""

from __future__ import annotations

import subprocess
import sys
import textwrap

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
    for expected in ("confdesk.cli", "confdesk.db.database", "confdesk.core.events"):
        assert expected in imported
    assert any(name.startswith("confdesk.print") for name in imported)
