"""Reading PDFs as a person (text), a ruler (glyph boxes) and a scanner (pixels) would."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp

LONG_GIVEN = "Anna Maria Luise Theodora Konstanze"
LONG_FAMILY = "Müller-Lüdenscheidt-Hohenzollern-Sigmaringen von Großbrockhausen-Wittgenstein"
SPECIAL_NAMES = ("Größmann", "Çalışkan", "Иванова", "Παπαδόπουλος")
EVENT_ID = 1


@dataclass(frozen=True)
class Glyph:
    char: str
    left: float
    bottom: float
    right: float
    top: float


def page_texts(pdf_path: Path) -> list[str]:
    document = pdfium.PdfDocument(pdf_path)
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


def page_glyphs(pdf_path: Path) -> list[tuple[tuple[float, float], list[Glyph]]]:
    """Per page: its size in points, and every visible glyph's tight box (PDF coordinates)."""
    document = pdfium.PdfDocument(pdf_path)
    pages = []
    try:
        for page in document:
            text = page.get_textpage()
            glyphs = []
            for index in range(text.count_chars()):
                char = text.get_text_range(index, 1)
                if not char.strip():
                    continue
                glyphs.append(Glyph(char, *text.get_charbox(index)))
            pages.append((page.get_size(), glyphs))
    finally:
        document.close()
    return pages


def decoded_codes(pdf_path: Path, scale: float = 2.0) -> list[str]:
    """Every QR code a scanner finds on the rendered pages."""
    document = pdfium.PdfDocument(pdf_path)
    found: list[str] = []
    try:
        for page in document:
            image = page.render(scale=scale).to_pil()
            found.extend(
                result.text
                for result in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
            )
    finally:
        document.close()
    return found
