"""Python's cyclic garbage collector held off while an import builds its rows.

Planning and writing 20,000 rows create a few hundred thousand small objects (cells, row
values, planned rows, INSERT parameters) that never form reference cycles. Each of them
counts towards the collector's next run, and each full run walks every object alive, so
the collector spent about a quarter of the planning time finding nothing. Memory is still
freed at once by reference counting; cycles made meanwhile wait for the next collection.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic collector inside the block, if it runs, and restart it after.

    Process-wide: a GUI thread running meanwhile has no collection either, for the few
    seconds of an import; nested or parallel blocks leave it to whoever paused it first.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
