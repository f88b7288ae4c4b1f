"""Where confdesk keeps its files: the database, the settings and the bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "confdesk"
DATABASE_ENV = "CONFDESK_DB"
CONFIG_DIR_ENV = "CONFDESK_CONFIG_DIR"
LOG_DIR_ENV = "CONFDESK_LOG_DIR"


def default_database_path() -> Path:
    """The database a desk uses when nobody names one: the platform's user data folder."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "confdesk.sqlite"


def resolve_database_path(explicit: str | os.PathLike[str] | None) -> Path:
    """``--db PATH`` wins over ``CONFDESK_DB``, which wins over the default file."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(DATABASE_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return default_database_path()


def config_dir() -> Path:
    from_env = os.environ.get(CONFIG_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    """Where confdesk.log lives: ``$CONFDESK_LOG_DIR``, else the platform's log folder
    (``~/.local/state/confdesk/log`` on Linux, ``~/Library/Logs/confdesk`` on macOS,
    ``%LOCALAPPDATA%\\confdesk\\Logs`` on Windows)."""
    from_env = os.environ.get(LOG_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def frozen_bundle_dir() -> Path | None:
    """The folder a PyInstaller bundle keeps its files in, or None outside a bundle.

    That is ``sys._MEIPASS`` (the ``_internal`` folder beside the executable of a one-folder
    build), else the executable's own folder, where older PyInstaller versions put them.
    """
    if not getattr(sys, "frozen", False):
        return None
    unpacked = getattr(sys, "_MEIPASS", None)
    return Path(unpacked) if unpacked else Path(sys.executable).resolve().parent


def resources_dir() -> Path:
    """The resources folder: where installer/confdesk.spec puts it in a bundle, inside the
    package when installed from a wheel, beside the package in a source checkout (including
    editable installs)."""
    package_dir = Path(__file__).resolve().parent
    candidates = [package_dir / "resources", package_dir.parent / "resources"]
    bundle = frozen_bundle_dir()
    if bundle is not None:
        # Asked first and by name: a bundled module's __file__ is PyInstaller's emulation.
        candidates.insert(0, bundle / APP_NAME / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"confdesk's resources folder is missing next to {package_dir}")
