"""A small demo conference for the print tests, plus a person whose name cannot fit."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pdf_reading import EVENT_ID, LONG_FAMILY, LONG_GIVEN

from confdesk.db.database import Database, open_database
from confdesk.domain.demo.conference import create_demo_event
from confdesk.domain.registrations.service import RegistrationDraft, RegistrationService


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("print-demo") / "demo.sqlite"
    database = open_database(path)
    create_demo_event(database, attendees=30, seed=4)
    long_name = RegistrationService(database).create(
        EVENT_ID, RegistrationDraft(given_name=LONG_GIVEN, family_name=LONG_FAMILY)
    )
    database.close()
    return path, long_name.id


@pytest.fixture
def demo(demo_template: tuple[Path, int], tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "desk.sqlite"
    shutil.copy(demo_template[0], path)
    database = open_database(path)
    yield database
    database.close()


@pytest.fixture
def long_name_id(demo_template: tuple[Path, int]) -> int:
    return demo_template[1]
