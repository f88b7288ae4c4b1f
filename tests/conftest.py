"""Fixtures every test gets: a private settings folder, no inherited database choice."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from confdesk.db.database import Database, open_database
from confdesk.paths import CONFIG_DIR_ENV, DATABASE_ENV

# CI replays the same examples every run (a red run must mean a change broke something);
# developers' runs keep exploring new ones. Examples found by either are kept as @example.
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads or writes the real user's settings or database."""
    config = tmp_path / "config"
    monkeypatch.setenv(CONFIG_DIR_ENV, str(config))
    monkeypatch.delenv(DATABASE_ENV, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    # The check-in sounds are written to the cache folder.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-home"))
    return config


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    opened = open_database(tmp_path / "desk.sqlite")
    yield opened
    opened.close()
