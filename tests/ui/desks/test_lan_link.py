"""The LAN exchange in the window: a one-desk event opens nothing; two desks of one event,
each in its own window, see each other's scans; closing stops every thread. The tests
serve on 127.0.0.1 only, with discovery off (tests/ui/conftest.py): nothing goes out on a
real interface."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from confdesk import settings
from confdesk.db.database import open_database
from confdesk.db.models import CheckinSource
from confdesk.domain.checkin.codes import codes_for_event
from confdesk.domain.sync.desk_copy import make_desk_copy
from confdesk.settings import Settings
from confdesk.ui.shell.main_window import MainWindow
from tests.ui.checkin.test_checkin_page import answered
from tests.ui.desks.test_desks_sync_menu import arrived, checkin_count, not_checked_in

LIMIT_MS = 60_000


def test_the_tests_serve_on_loopback_only(user_settings: Settings) -> None:
    assert user_settings.get(settings.LAN_BIND) == "127.0.0.1:0"
    assert not user_settings.get(settings.LAN_DISCOVERY)


@pytest.fixture
def two_desks(demo_copy: Callable[..., Path]) -> tuple[Path, Path]:
    organiser_file = demo_copy(20, 1, "organiser.sqlite")
    organiser = open_database(organiser_file, backup_on_open=False)
    try:
        copies = tuple(
            make_desk_copy(organiser, organiser_file.with_name(name), desk_name=desk).path
            for name, desk in (("desk1.sqlite", "Desk 1"), ("desk2.sqlite", "Desk 2"))
        )
    finally:
        organiser.close()
    return copies[0], copies[1]


def address(window: MainWindow) -> str:
    sync = window.lan_link.sync
    assert sync is not None and sync.address is not None
    return "{}:{}".format(*sync.address)


def lan_threads() -> set[threading.Thread]:
    return {thread for thread in threading.enumerate() if thread is not threading.main_thread()}


def test_a_one_desk_event_opens_no_socket(qtbot, make_window, event_database):
    window = make_window(event_database)
    window.show_screen("checkin")
    assert window.pages.currentWidget() is window.checkin_page
    assert not window.lan_link.running and window.lan_link.sync is None
    window.show_desks()
    assert window.lan_link.peer_rows() == []


def test_a_scan_at_one_window_shows_in_the_other_windows_count(qtbot, make_window, two_desks):
    before = lan_threads()
    path_a, path_b = two_desks
    window_a, window_b = make_window(path_a), make_window(path_b)
    for window in (window_a, window_b):
        window.show_screen("checkin")
        assert window.lan_link.running
    window_a.lan_link.add_peer(address(window_b))
    window_b.lan_link.add_peer(address(window_a))
    qtbot.waitUntil(lambda: arrived(window_b) != "", timeout=LIMIT_MS)
    shown_before = arrived(window_b)
    count_before = checkin_count(path_b)
    heard: list[tuple[object, object]] = []
    window_b.changed.connect(lambda changes, source: heard.append((changes, source)))

    assert window_a.database is not None
    person = not_checked_in(path_a)[0]
    code = codes_for_event(window_a.database, window_a.current_event.id)[person]
    assert window_a.checkin_page.handle_code(code, CheckinSource.SCANNER) is not None
    answered(qtbot, window_a.checkin_page)
    qtbot.waitUntil(lambda: window_a.checkin_page.result_panel.outcome != "ready", timeout=LIMIT_MS)
    assert window_a.checkin_page.result_panel.outcome == "accepted", (
        window_a.checkin_page.result_panel.headline_label.text()
    )
    assert checkin_count(path_a) == count_before + 1

    qtbot.waitUntil(lambda: checkin_count(path_b) == count_before + 1, timeout=LIMIT_MS)
    qtbot.waitUntil(lambda: arrived(window_b) != shown_before, timeout=LIMIT_MS)
    assert arrived(window_b).split(" of ")[0] == str(int(shown_before.split(" of ")[0]) + 1)
    # Told once, on the GUI thread, by the window's LAN link.
    [source] = [source for changes, source in heard if changes.checkins]
    assert source is window_b.lan_link

    # The desk panel at B lists desk A, reached over the network, and when.
    window_b.show_desks()
    qtbot.waitUntil(lambda: window_b.lan_link.peer_rows() != [], timeout=LIMIT_MS)
    [row] = window_b.lan_link.peer_rows()
    assert address(window_a) in row.desk_name
    window_b.desks_dialog.refresh()
    assert any(address(window_a) in name for name in window_b.desks_dialog.desk_panel.desk_names())

    window_a.close()
    window_b.close()
    assert not window_a.lan_link.running and not window_b.lan_link.running
    qtbot.waitUntil(lambda: lan_threads() <= before, timeout=LIMIT_MS)


def test_a_desk_is_paired_by_the_address_the_other_desk_shows(
    qtbot, make_window, two_desks, message_boxes
):
    """Where discovery is blocked: B types (or scans) the address A's desks window shows."""
    path_a, path_b = two_desks
    window_a, window_b = make_window(path_a), make_window(path_b)
    for window in (window_a, window_b):
        window.show_screen("checkin")
        window.show_desks()
    shown = window_a.desks_dialog.pairing.own_label.text()
    assert shown.endswith(address(window_a))  # loopback in tests: 127.0.0.1:PORT

    pairing = window_b.desks_dialog.pairing
    assert pairing.address_edit.isEnabled()
    pairing.address_edit.setText("not an address")
    pairing.connect_typed()
    assert len(message_boxes.texts("warning")) == 1
    assert window_b.lan_link.sync is not None and window_b.lan_link.sync.peers() == []

    pairing.address_edit.setText(shown.rsplit(" ", 1)[-1])
    pairing.connect_typed()
    assert [peer.address for peer in window_b.lan_link.sync.peers()] == [address(window_a)]
    qtbot.waitUntil(lambda: window_b.lan_link.peer_rows() != [], timeout=LIMIT_MS)
    window_a.close()
    window_b.close()


def test_a_one_desk_event_offers_no_pairing(qtbot, make_window, event_database):
    window = make_window(event_database)
    window.show_screen("checkin")
    window.show_desks()
    pairing = window.desks_dialog.pairing
    assert not pairing.address_edit.isEnabled() and not pairing.add_button.isEnabled()
    assert "no other desks" in pairing.own_label.text()
