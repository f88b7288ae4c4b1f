"""How the words of a session block are laid out in lines: broken only between words (or
after a hyphen), never inside one. A word wider than the block is cut with "…" — the block's
tooltip carries the whole title — and when the lines do not all fit, the last one shown ends
with "…". The painter draws exactly the lines these functions return.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF

ELLIPSIS = "…"


def _hyphen_parts(word: str) -> list[str]:
    """A word in the pieces a line may end after: "Speed-Dating:" → "Speed-", "Dating:"."""
    return re.findall(r"[^-]*-+|[^-]+", word) or [word]


def wrap_words(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """``text`` in at most ``max_lines`` lines no wider than ``width``."""
    if max_lines <= 0 or width <= 0:
        return []
    lines = _all_lines(text, metrics, width)
    if len(lines) <= max_lines:
        return lines
    shown = lines[:max_lines]
    last = shown[-1]
    if not last.endswith(ELLIPSIS):
        # What follows is cut at the edge, so the reader sees that the title goes on.
        shown[-1] = metrics.elidedText(
            f"{last} {lines[max_lines]}", Qt.TextElideMode.ElideRight, width
        )
    return shown


def _all_lines(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    def fits(candidate: str) -> bool:
        return metrics.horizontalAdvance(candidate) <= width

    lines: list[str] = []
    line = ""
    for word in text.split():
        parts = _hyphen_parts(word)
        index = 0
        while index < len(parts):
            piece = parts[index]
            glue = " " if index == 0 and line else ""
            if fits(line + glue + piece):
                line += glue + piece
                index += 1
            elif line:
                lines.append(line)
                line = ""
            else:
                # Wider than the block on a line of its own: the rest of the word is cut
                # with "…" and nothing follows it on that line.
                lines.append(
                    metrics.elidedText("".join(parts[index:]), Qt.TextElideMode.ElideRight, width)
                )
                break
    if line:
        lines.append(line)
    return lines
