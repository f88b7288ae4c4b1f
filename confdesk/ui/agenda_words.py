"""Conflict warnings in the user's language, from the kind and facts the core reports."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from confdesk.core.agenda_conflicts import Conflict, ConflictKind


def describe_conflict(conflict: Conflict) -> str:
    p = conflict.params
    tr = QCoreApplication.translate
    if conflict.kind is ConflictKind.ROOM_DOUBLE_BOOKED:
        if p.get("room"):
            return tr("AgendaConflict", "“{first}” and “{second}” overlap in {room}.").format(**p)
        return tr("AgendaConflict", "“{first}” and “{second}” overlap in all rooms.").format(**p)
    if conflict.kind is ConflictKind.PERSON_DOUBLE_BOOKED:
        return tr(
            "AgendaConflict", "{name} is on the programme of “{first}” and “{second}” at once."
        ).format(**p)
    if conflict.kind is ConflictKind.OUTSIDE_HOURS:
        if p.get("days"):
            return tr("AgendaConflict", "“{title}” lies outside the event's days.").format(**p)
        return tr("AgendaConflict", "“{title}” lies outside the event's hours.").format(**p)
    if conflict.kind is ConflictKind.OVER_CAPACITY:
        return tr("AgendaConflict", "“{title}” has {seated} sign-ups for {capacity} seats.").format(
            **p
        )
    return tr(
        "AgendaConflict", "{name} is signed up for “{first}” and “{second}”, which run in parallel."
    ).format(**p)
