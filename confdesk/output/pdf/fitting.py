"""Making a text fit its box: shrink, then wrap onto two (or three) lines, then shorten
middle names.

Widths scale linearly with the font size, so each try computes the largest size that
fits directly instead of stepping down. The order follows what a reader prefers: the text
on one line in a smaller size (down to the box's minimum); two lines instead when that
keeps the text markedly larger (:data:`WRAP_GAIN`) or one line cannot reach the minimum;
then "Anna Maria Luise" as "Anna M. L.";
then, below the box's minimum size, whichever of those is largest; and only when even the
smallest size cannot hold it, the text cut with "…". Whatever happens, the lines returned
fit the box at the size returned.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from confdesk.output.pdf.fonts import EXTENT_ABOVE, EXTENT_BELOW, text_width

LEADING = 1.12  # baseline distance, in em
# Room kept free at each end of a line, in em: some glyphs reach past their advance width
# (DejaVu Sans Bold's "J" starts 0.06 em left of its origin).
SIDE_PAD = 0.08
# Below this nothing is printed smaller, however long the text: cut it instead.
SMALLEST_SIZE = 4.0
ELLIPSIS = "…"
# Two lines are preferred when they allow a font this much larger than one line.
WRAP_GAIN = 1.15
# Titles in narrow boxes may take three lines; names and badges use one or two.
_MOST_LINES = 3
# Beyond this many words a text is not worth splitting every way (and is cut anyway).
_MOST_PIECES_TO_SPLIT = 40
_BREAKS = re.compile(r"(?<=[ \-‐/])")  # break after a space, hyphen or slash


@dataclass(frozen=True)
class FittedText:
    lines: tuple[str, ...]
    size: float
    shortened: bool = False  # middle names shortened
    truncated: bool = False  # cut with "…": even the smallest size did not hold it

    @property
    def text(self) -> str:
        return " ".join(self.lines)


def block_height(lines: int, size: float) -> float:
    """Height in points of ``lines`` lines of text, from the highest accent to the lowest
    descender."""
    return (EXTENT_ABOVE + EXTENT_BELOW + (lines - 1) * LEADING) * size


# Badges fit the same texts again and again (the event title, the category word, the
# schedule heading) with the same arguments; the result is immutable, so it is shared.
@lru_cache(maxsize=8192)
def fit_text(
    text: str,
    *,
    font: str,
    width: float,
    height: float,
    size: float,
    min_size: float,
    max_lines: int = 1,
    shorten: bool = False,
) -> FittedText:
    """The text laid out in a box ``width`` × ``height`` points, at most ``size`` points."""
    text = " ".join(text.split())
    if not text or width <= 0 or height <= 0:
        return FittedText((), size)
    candidates = _layouts(text, font, width, height, size, max_lines, shortened=False)
    if shorten:
        short = shorten_middle_names(text)
        if short != text:
            candidates += _layouts(short, font, width, height, size, max_lines, shortened=True)
    # In order of preference: the first that reaches the minimum size wins.
    for candidate in candidates:
        if candidate.size >= min_size:
            return candidate
    floor = min(min_size, SMALLEST_SIZE)
    best = max(candidates, key=lambda candidate: candidate.size)
    if best.size >= floor:
        return best
    return _truncated(text, font, width, height, floor)


def _layouts(
    text: str, font: str, width: float, height: float, size: float, max_lines: int, *,
    shortened: bool,
) -> list[FittedText]:  # fmt: skip
    """One line, two lines, up to ``max_lines`` (three at most), in order of preference.
    Fewer lines come first unless more lines let the text stay markedly larger: a long
    organisation name reads better on two lines at 12 pt than on one at 7 pt."""
    preferred = [FittedText((text,), _largest_size((text,), font, width, height, size), shortened)]
    for count in range(2, min(max_lines, _MOST_LINES) + 1):
        split = _split_lines(text, font, width, height, size, count)
        if split is None:
            break
        wrapped = FittedText(split[0], split[1], shortened)
        if wrapped.size > preferred[0].size * WRAP_GAIN:
            preferred.insert(0, wrapped)
        else:
            preferred.append(wrapped)
    return preferred


def _largest_size(
    lines: tuple[str, ...], font: str, width: float, height: float, size: float
) -> float:
    widest = max(text_width(line, font, 1.0) for line in lines) + 2 * SIDE_PAD
    by_width = width / widest
    by_height = height / block_height(len(lines), 1.0)
    # Rounded down to a tenth of a point, so the result never exceeds the box.
    return math.floor(min(size, by_width, by_height) * 10) / 10


def _split_lines(
    text: str, font: str, width: float, height: float, size: float, count: int
) -> tuple[tuple[str, ...], float] | None:
    """The text broken into ``count`` lines where that lets it be largest."""
    pieces = _BREAKS.split(text)
    if len(pieces) > _MOST_PIECES_TO_SPLIT:
        return None
    best: tuple[tuple[str, ...], float] | None = None
    best_rank = (0.0, 0.0)
    for cuts in itertools.combinations(range(1, len(pieces)), count - 1):
        bounds = (0, *cuts, len(pieces))
        lines = tuple(
            "".join(pieces[start:end]).strip() for start, end in itertools.pairwise(bounds)
        )
        if not all(lines):
            continue
        fitted = _largest_size(lines, font, width, height, size)
        # Of the breaks that allow the same size, the most even lines read best.
        rank = (fitted, -max(text_width(line, font, 1.0) for line in lines))
        if best is None or rank > best_rank:
            best, best_rank = (lines, fitted), rank
    return best


def shorten_middle_names(text: str) -> str:
    """Every given name after the first as its initial: "Anna Maria Luise" → "Anna M. L.",
    "Hans-Peter Karl" → "Hans-Peter K.". A single name stays as it is."""
    words = text.split()
    if len(words) < 2:
        return text
    return " ".join([words[0]] + [_initial(word) for word in words[1:]])


def _initial(word: str) -> str:
    if len(word) <= 2 or word.endswith("."):
        return word
    return "-".join(part[:1] + "." for part in word.split("-") if part)


def _truncated(text: str, font: str, width: float, height: float, size: float) -> FittedText:
    size = min(size, math.floor(height / block_height(1, 1.0) * 10) / 10)
    kept = text
    room = width - 2 * SIDE_PAD * size
    while kept and text_width(kept + ELLIPSIS, font, size) > room:
        kept = kept[:-1]
    line = kept.rstrip() + ELLIPSIS
    if text_width(line, font, size) > room:  # not even "…" fits: print nothing
        return FittedText((), size, truncated=True)
    return FittedText((line,), size, truncated=True)
