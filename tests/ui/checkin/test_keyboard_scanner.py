"""The keyboard scanner's timing rules, with the window system's key time stamps and the
clock under the test's control: what is a burst, when a burst without Enter ends, and what a
busy window must not cut in two."""

from __future__ import annotations

import pytest
from key_stamps import type_keys
from PySide6.QtWidgets import QLineEdit

from confdesk.ui.checkin.keyboard_scanner import END_OF_SCAN_PAUSE_MS, KeyboardScanner


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    def advance_ms(self, milliseconds: float) -> None:
        self.now += milliseconds / 1000


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def field(qtbot) -> QLineEdit:
    line_edit = QLineEdit()
    qtbot.addWidget(line_edit)
    return line_edit


@pytest.fixture
def scanner(clock: FakeClock):
    listening = KeyboardScanner(clock=clock)
    listening.set_listening(True)
    scans: list[str] = []
    listening.scanned.connect(scans.append)
    listening.scans = scans  # type: ignore[attr-defined]
    yield listening
    listening.set_listening(False)


def _pause_ends(scanner: KeyboardScanner) -> None:
    """The pause timer fires (the test decides when, by the clock it moved)."""
    scanner._pause.timeout.emit()


def test_a_burst_ended_by_enter_is_one_scan_and_never_reaches_the_field(field, scanner):
    type_keys(field, "CDK0123456", start_ms=5_000, gap_ms=4, enter=True)
    assert scanner.scans == ["CDK0123456"]
    assert field.text() == ""


def test_keys_further_apart_than_the_gap_are_typing(field, scanner):
    type_keys(field, "Schmidt", start_ms=5_000, gap_ms=scanner.max_gap_ms + 60)
    _pause_ends(scanner)
    assert scanner.scans == []
    assert field.text() == "Schmidt"


def test_a_burst_without_enter_ends_with_a_pause_on_time(field, scanner, clock):
    type_keys(field, "CDK0123456", start_ms=5_000, gap_ms=4)
    clock.advance_ms(END_OF_SCAN_PAUSE_MS)
    _pause_ends(scanner)
    assert scanner.scans == ["CDK0123456"]


def test_a_busy_window_does_not_cut_a_burst_in_two(field, scanner, clock):
    # The scanner typed all keys 4 ms apart, but the window was busy after the fourth: its
    # pause timer comes due late, perhaps before the queued rest of the burst is read.
    type_keys(field, "CDK0", start_ms=5_000, gap_ms=4)
    clock.advance_ms(END_OF_SCAN_PAUSE_MS + 400)
    _pause_ends(scanner)
    assert scanner.scans == []
    clock.advance_ms(1)
    type_keys(field, "123456", start_ms=5_016, gap_ms=4, enter=True)
    assert scanner.scans == ["CDK0123456"]
    assert field.text() == ""


def test_a_late_timer_waits_once_and_then_ends_the_scan(field, scanner, clock):
    type_keys(field, "CDK0123456", start_ms=5_000, gap_ms=4)
    clock.advance_ms(END_OF_SCAN_PAUSE_MS + 400)
    _pause_ends(scanner)
    assert scanner.scans == []
    clock.advance_ms(END_OF_SCAN_PAUSE_MS)
    _pause_ends(scanner)
    assert scanner.scans == ["CDK0123456"]


def test_a_slow_scanner_is_heard_once_its_gap_is_set(field, clock):
    # Some Bluetooth scanners send a key every 60 ms; the desk's setting says so.
    slow = KeyboardScanner(max_gap_ms=100, clock=clock)
    scans: list[str] = []
    slow.scanned.connect(scans.append)
    slow.set_listening(True)
    try:
        type_keys(field, "CDK0123456", start_ms=5_000, gap_ms=60, enter=True)
    finally:
        slow.set_listening(False)
    assert scans == ["CDK0123456"]


def test_with_a_raised_gap_brisk_typing_stays_typing_and_slow_codes_are_scans(field, clock):
    # A desk set up for a Bluetooth scanner (200 ms); a person types "Schmidt" briskly,
    # 100 ms a key, then presses Enter: that is a search, not a scan.
    desk = KeyboardScanner(max_gap_ms=200, clock=clock)
    desk.slow_scan_filter = lambda text: text.startswith("CDK")
    scans: list[str] = []
    desk.scanned.connect(scans.append)
    desk.set_listening(True)
    try:
        type_keys(field, "Schmidt", start_ms=5_000, gap_ms=100, enter=True)
        assert field.text() == "Schmidt"
        assert scans == []
        field.clear()
        # The slow scanner's code, at the same pace, is a scan.
        type_keys(field, "CDK0123456", start_ms=9_000, gap_ms=100, enter=True)
        assert scans == ["CDK0123456"]
        # At wired-scanner speed anything is a scan (a foreign code is answered, not
        # searched for).
        type_keys(field, "Schmidt1", start_ms=14_000, gap_ms=4, enter=True)
        assert scans == ["CDK0123456", "Schmidt1"]
        assert field.text() == ""
    finally:
        desk.set_listening(False)
