"""Fixtures shared by the core tests: one event in a fresh database, and its service."""

from __future__ import annotations

from datetime import date

import pytest

from confdesk.domain.events.service import EventDraft, EventService
from confdesk.domain.registrations.service import RegistrationService

EVENT_DAY = date(2027, 3, 18)


@pytest.fixture
def event_id(database) -> int:
    return EventService(database).create(EventDraft("Regionalkonferenz", EVENT_DAY, EVENT_DAY)).id


@pytest.fixture
def service(database) -> RegistrationService:
    return RegistrationService(database)
