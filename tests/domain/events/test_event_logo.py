"""The event's logo: PNG or JPEG in, anything else refused with one sentence."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from confdesk.domain.events.logo import MAX_LOGO_BYTES, event_logo, read_logo_file, set_logo
from confdesk.errors import UserError


def image_bytes(image_format: str, size: tuple[int, int] = (120, 40)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (20, 90, 160)).save(buffer, format=image_format)
    return buffer.getvalue()


@pytest.mark.parametrize("image_format", ["PNG", "JPEG"])
def test_a_png_or_jpeg_logo_is_kept_with_the_event(
    database, event_id, tmp_path: Path, image_format: str
) -> None:
    path = tmp_path / f"logo.{image_format.lower()}"
    path.write_bytes(image_bytes(image_format))

    set_logo(database, event_id, read_logo_file(path))

    assert event_logo(database, event_id) == path.read_bytes()
    set_logo(database, event_id, None)
    assert event_logo(database, event_id) is None


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"%PDF-1.4 not an image", "logo_not_image"),
        (image_bytes("GIF"), "logo_not_image"),
        (image_bytes("PNG")[:40], "logo_not_image"),  # cut short
        (b"\x00" * (MAX_LOGO_BYTES + 1), "logo_too_large"),
    ],
)
def test_anything_else_is_refused_and_nothing_changes(
    database, event_id, tmp_path: Path, content: bytes, code: str
) -> None:
    path = tmp_path / "logo.png"
    path.write_bytes(content)

    with pytest.raises(UserError) as raised:
        set_logo(database, event_id, read_logo_file(path))

    assert raised.value.code == code
    assert event_logo(database, event_id) is None


def test_a_missing_file_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(UserError) as raised:
        read_logo_file(tmp_path / "nowhere.png")
    assert raised.value.code == "logo_unreadable"
