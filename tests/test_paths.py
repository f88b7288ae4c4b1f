"""confdesk finds its resources wherever it runs: source checkout, wheel, frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from confdesk import paths

REPO = Path(__file__).resolve().parent.parent


def test_source_checkout_uses_the_resources_beside_the_package() -> None:
    assert paths.frozen_bundle_dir() is None
    assert paths.resources_dir() == REPO / "resources"


def _bundle(tmp_path: Path) -> Path:
    """A one-folder bundle's layout as installer/confdesk.spec makes it."""
    internal = tmp_path / "confdesk" / "_internal"
    (internal / "confdesk" / "resources" / "icons").mkdir(parents=True)
    return internal


def test_frozen_bundle_uses_its_own_resources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    internal = _bundle(tmp_path)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    assert paths.frozen_bundle_dir() == internal
    # Not the checkout's resources, although this module's __file__ still points there.
    assert paths.resources_dir() == internal / "confdesk" / "resources"


def test_frozen_without_meipass_looks_beside_the_executable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    program = tmp_path / "confdesk"
    (program / "confdesk" / "resources").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.setattr(sys, "executable", str(program / "confdesk"))
    assert paths.resources_dir() == program / "confdesk" / "resources"


def test_missing_resources_say_where_they_were_looked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "site" / "confdesk"
    package.mkdir(parents=True)
    monkeypatch.setattr(paths, "__file__", str(package / "paths.py"))
    with pytest.raises(FileNotFoundError, match="resources folder is missing"):
        paths.resources_dir()
