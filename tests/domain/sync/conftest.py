"""Three desks of one demo event for the sync tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.domain.sync.venue import Venue

ATTENDEES = 20


@pytest.fixture
def venue(demo_copy: Callable[..., Path], tmp_path: Path) -> Iterator[Venue]:
    opened = Venue.open(demo_copy(ATTENDEES, 1, "organiser.sqlite"), tmp_path)
    yield opened
    opened.close()
