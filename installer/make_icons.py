"""Render the application icon (resources/icons/confdesk.svg) into what installers need.

    python installer/make_icons.py

writes installer/windows/confdesk.ico (16, 32, 48 and 256 px, each rendered at its own size,
so small sizes stay sharp instead of being scaled down from 256) and the PNGs of the Linux
desktop entry, installer/linux/icons/confdesk-SIZE.png. The outputs are committed: a build
machine (Windows without this repository's venv) then needs neither Qt's SVG renderer nor
Pillow. Run it again after changing the SVG.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

REPO = Path(__file__).resolve().parent.parent
SVG = REPO / "resources" / "icons" / "confdesk.svg"
ICO = REPO / "installer" / "windows" / "confdesk.ico"
PNG_DIR = REPO / "installer" / "linux" / "icons"
ICO_SIZES = (16, 32, 48, 256)
# The hicolor sizes desktops look for first.
PNG_SIZES = (16, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGBA")


def main() -> int:
    # QImage and QPainter need a QGuiApplication (offscreen works without a display).
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0], "-platform", "offscreen"])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in sorted({*ICO_SIZES, *PNG_SIZES})}
    largest, *smaller = (images[size] for size in sorted(ICO_SIZES, reverse=True))
    ICO.parent.mkdir(parents=True, exist_ok=True)
    largest.save(ICO, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=smaller)
    PNG_DIR.mkdir(parents=True, exist_ok=True)
    for size in PNG_SIZES:
        images[size].save(PNG_DIR / f"confdesk-{size}.png", optimize=True)
    del app
    print(f"wrote {ICO.relative_to(REPO)} and {len(PNG_SIZES)} PNGs in {PNG_DIR.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
