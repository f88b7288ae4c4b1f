"""The progress callback of long work (an import, an export, a demo, a batch of PDFs).

``progress(done, total)`` runs on the thread doing the work; an exception it raises (a
cancel button) ends the work, which then leaves nothing written.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]


def no_progress(_done: int, _total: int) -> None:
    """The callback used when the caller gives none."""
