"""``confdesk bench --only search`` at a tiny scale: what it types and what it reports, not
how fast anything is."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from confdesk.bench.search import typing_script
from confdesk.cli import main
from confdesk.db.database import Database
from confdesk.domain.demo.conference import create_demo_event
from confdesk.domain.registrations.search import RegistrationFilter


def test_search_reports_percentiles_against_the_plain_floor(tmp_path: Path) -> None:
    report = tmp_path / "bench.json"
    assert main(["bench", "--only", "search", "--scale", "150", "--json", str(report)]) == 0

    entry = json.loads(report.read_text(encoding="utf-8"))["scenarios"]["search"]
    assert (entry["unit"], entry["target"], entry["attendees"]) == ("ms", 10.0, 150)
    assert entry["passed"] == (entry["value"] <= 10.0)
    assert 0 < entry["p50_ms"] <= entry["value"] <= entry["max_ms"]
    assert 0 < entry["floor_p50_ms"] <= entry["floor"]
    assert entry["ratio"] == pytest.approx(entry["value"] / entry["floor"])
    assert entry["keystrokes"] >= 2 * 300
    assert set(entry["p99_ms_by_typed_letters"]) == {"1", "2", "3+"}
    assert entry["mean_hits"] > 0
    # The floor does real work: it finds people too, not an empty range.
    assert entry["floor_mean_hits"] > 0
    assert 0 < entry["after_change_p50_ms"] <= entry["after_change_max_ms"]


def test_the_typing_script_types_names_every_way_letter_by_letter(database: Database) -> None:
    create_demo_event(database, attendees=400, seed=1)
    with closing(sqlite3.connect(database.path)) as connection:
        event_id, lookups = typing_script(connection, seed=3)

    assert len(lookups) >= 36
    texts = [lookup.text for lookup in lookups]
    assert any("ae" in text or "oe" in text or "ue" in text for text in texts)
    assert any(set(text) & set("äöüß") for text in texts)
    assert any("@" in text for text in texts)
    assert any(not text.isascii() and not set(text) & set("äöüßÄÖÜ") for text in texts)
    filtered = [lookup for lookup in lookups if lookup.filter != RegistrationFilter()]
    assert 4 <= len(filtered) < len(lookups) / 2
    first = lookups[0]
    assert [keystroke.text for keystroke in first.keystrokes()] == [
        first.text[:end] for end in range(1, len(first.text) + 1)
    ]
    assert event_id == 1
