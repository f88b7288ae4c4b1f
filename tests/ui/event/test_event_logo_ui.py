"""The event screen takes a logo for the badges and shows it; a wrong file gets one sentence."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from confdesk.db.database import open_database
from confdesk.domain.events.logo import event_logo


def test_a_logo_is_shown_kept_and_removed(make_window, event_database, tmp_path, message_boxes):
    window = make_window(event_database)
    window.show_screen("event")
    page = window.event_page
    assert page.logo_label.pixmap().isNull()
    assert not page.remove_logo_button.isEnabled()
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (20, 90, 160)).save(logo)

    assert page.load_logo(logo)

    assert not page.logo_label.pixmap().isNull()
    database = open_database(event_database)
    try:
        assert event_logo(database, 1) == logo.read_bytes()
    finally:
        database.close()
    page.remove_logo_button.click()
    assert page.logo_label.pixmap().isNull()
    assert "No logo" in page.logo_label.text()


def test_a_file_that_is_not_an_image_is_refused(
    make_window, event_database, tmp_path, message_boxes
):
    window = make_window(event_database)
    page = window.event_page
    bad = tmp_path / "logo.png"
    bad.write_text("not an image")

    assert not page.load_logo(Path(bad))

    assert message_boxes.texts("warning") == [
        "logo.png is not a PNG or JPEG image; save the logo in one of those formats."
    ]
