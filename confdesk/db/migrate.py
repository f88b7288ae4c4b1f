"""Alembic, driven from code: the migrations ship inside the package, no alembic.ini.

Imported only when a file is created or upgraded (Alembic takes a while to import).
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def known_revisions() -> set[str]:
    return {script.revision for script in script_directory().walk_revisions()}


def revisions_oldest_first() -> list[str]:
    return [script.revision for script in reversed(list(script_directory().walk_revisions()))]


def upgrade(engine: Engine, revision: str) -> None:
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def upgrade_to_head(engine: Engine) -> None:
    upgrade(engine, "head")
