"""The words of several desks: a double entry as the check-in screen, a list and the
command line name it."""

from __future__ import annotations

from confdesk.words.sentences import Sentences


class SyncWords(Sentences):
    DOUBLE_ENTRY = (
        "double_entry",
        "checked in at {first_desk} at {first_time} and at {second_desk} at {second_time}",
        "eingecheckt bei {first_desk} um {first_time} und bei {second_desk} um {second_time}",
    )
    A_DESK = ("a_desk", "a desk", "einem Platz")
