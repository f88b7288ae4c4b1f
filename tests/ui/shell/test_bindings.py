"""The Qt bindings keep Python's reference counts right: a long day at the desk makes
hundreds of thousands of calls, and a binding that drops a reference to None on each of them
aborts the interpreter ("none_dealloc") after a few thousand on Python 3.11."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QComboBox, QLabel, QListWidget

CALLS = 300  # five calls each: enough to see a leak, too few to abort the run


def test_calls_that_return_nothing_keep_none_alive(qtbot) -> None:
    combo, label, items = QComboBox(), QLabel(), QListWidget()
    qtbot.addWidget(combo)
    qtbot.addWidget(label)
    qtbot.addWidget(items)
    before = sys.getrefcount(None)

    for number in range(CALLS):
        combo.addItem(f"Person {number}", number)  # returns nothing
        combo.setCurrentIndex(number)
        combo.currentData()
        label.setText(str(number))
        items.addItem(str(number))

    # Python 3.12+ makes None immortal (its count is fixed); before that, a binding that
    # returns None without a reference would have taken thousands off the count here.
    assert sys.getrefcount(None) >= before - 100
