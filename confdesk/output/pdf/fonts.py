"""The one PDF font registry: the bundled DejaVu Sans, registered once per process.

Names are printed in DejaVu Sans, never in a PDF base-14 font: the base-14 fonts cover
only Latin-1, so "Çalışkan", "Иванова" or "Παπαδόπουλος" would come out as black boxes.
DejaVu covers Latin (ş ı ğ ç ß ẞ), Greek and Cyrillic; its licence travels beside it in
``resources/fonts``. ReportLab embeds only the glyphs a document uses.
"""

from __future__ import annotations

import threading
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from confdesk.paths import resources_dir

REGULAR = "ConfdeskSans"
BOLD = "ConfdeskSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
# How far glyphs reach above and below the baseline, in em. DejaVu's ascent (0.76 em)
# leaves out the accents on capitals ("Ü", "Ç" reach 0.93 em), so text boxes are sized
# with these extents instead; tests measure the real glyph boxes against them.
EXTENT_ABOVE = 0.95
EXTENT_BELOW = 0.25

_lock = threading.Lock()
_registered = threading.Event()


def register_fonts() -> None:
    """Make :data:`REGULAR` and :data:`BOLD` known to ReportLab; cheap after the first call.
    Thread-safe, because the print screen renders off the GUI thread."""
    if _registered.is_set():
        return
    with _lock:
        if _registered.is_set():
            return
        folder = resources_dir() / "fonts"
        for name, file_name in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / file_name)))
        _registered.set()


def font_name(bold: bool) -> str:
    register_fonts()
    return BOLD if bold else REGULAR


def text_width(text: str, font: str, size: float) -> float:
    """Advance width in points."""
    return _unit_width(text, font) * size


@lru_cache(maxsize=65536)
def _unit_width(text: str, font: str) -> float:
    # Badges repeat texts (event title, organisations, categories) and fitting measures
    # each several times; ReportLab measures in pure Python without its accelerator.
    return pdfmetrics.stringWidth(text, font, 1.0)
