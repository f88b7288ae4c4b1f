"""QR codes drawn as vectors: sharp at any printer resolution, and a fraction of the size
and time of a bitmap per badge.

The matrix comes from zxing-cpp's encoder (already the desk's QR reader): it picks the
smallest version and the best mask in C++, a few hundred microseconds per code, where the
pure-Python ``qrcode`` package needs about ten milliseconds. Error correction M; a check-in
code (59 characters) gives version 3, and anything beyond version 4 is refused, because
the badges promise a code that small.
"""

from __future__ import annotations

from dataclasses import dataclass

import zxingcpp
from reportlab.pdfgen.canvas import Canvas

MAX_VERSION = 4
_MAX_MODULES = 17 + 4 * MAX_VERSION
# Grey pixel → 1 for dark, 0 for light.
_DARK = bytes(1 if value < 128 else 0 for value in range(256))


@dataclass(frozen=True)
class QrMatrix:
    size: int  # modules per side
    dark: bytes  # size × size, row by row from the top, 1 = dark


def qr_matrix(text: str) -> QrMatrix:
    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    image = barcode.to_image(scale=1, add_quiet_zones=False)
    height, width = image.shape[:2]
    if height != width or width > _MAX_MODULES:
        raise ValueError(f"{text[:20]!r}… needs a QR code larger than version {MAX_VERSION}")
    # The image is 8-bit grey, 0 for a dark module.
    # zxing-cpp's Image has the buffer protocol; its stub does not declare __buffer__.
    return QrMatrix(width, bytes(memoryview(image)).translate(_DARK))  # type: ignore[arg-type]


def draw_qr(canvas: Canvas, matrix: QrMatrix, x: float, y: float, side: float) -> None:
    """Draw the symbol (without quiet zone) as a ``side``-point square whose bottom-left
    corner is at ``x``, ``y``: one filled path of horizontal runs of dark modules.

    The path is written in module units under a scaling transform, so every number in it is
    a small integer: ReportLab's float formatting per rectangle cost more than the rest of
    a badge."""
    size = matrix.size
    dark = matrix.dark
    module = side / size
    operators = [f"q {module:.4f} 0 0 {module:.4f} {x:.3f} {y:.3f} cm"]
    for row in range(size):
        bottom = size - 1 - row
        start = row * size
        column = 0
        while column < size:
            if dark[start + column]:
                run = column
                while run < size and dark[start + run]:
                    run += 1
                operators.append(f"{column} {bottom} {run - column} 1 re")
                column = run
            else:
                column += 1
    operators.append("f Q")
    canvas.addLiteral("\n".join(operators))
