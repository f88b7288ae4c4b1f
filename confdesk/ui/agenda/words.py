"""Conflict warnings in the user's language, from the kind and facts the core reports."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from confdesk.domain.agenda.conflicts import Conflict, ConflictKind


def _templates() -> dict[tuple[ConflictKind, bool], str]:
    # Each literal stays inside QCoreApplication.translate, where lupdate finds it; the
    # flag tells the two wordings of a kind apart (a named room, a day outside the event).
    kinds = ConflictKind
    return {
        (kinds.ROOM_DOUBLE_BOOKED, True): QCoreApplication.translate(
            "AgendaConflict", "“{first}” and “{second}” overlap in {room}."
        ),
        (kinds.ROOM_DOUBLE_BOOKED, False): QCoreApplication.translate(
            "AgendaConflict", "“{first}” and “{second}” overlap in all rooms."
        ),
        (kinds.PERSON_DOUBLE_BOOKED, False): QCoreApplication.translate(
            "AgendaConflict", "{name} is on the programme of “{first}” and “{second}” at once."
        ),
        (kinds.OUTSIDE_HOURS, True): QCoreApplication.translate(
            "AgendaConflict", "“{title}” lies outside the event's days."
        ),
        (kinds.OUTSIDE_HOURS, False): QCoreApplication.translate(
            "AgendaConflict", "“{title}” lies outside the event's hours."
        ),
        (kinds.OVER_CAPACITY, False): QCoreApplication.translate(
            "AgendaConflict", "“{title}” has {seated} sign-ups for {capacity} seats."
        ),
        (kinds.PARALLEL_SIGNUP, False): QCoreApplication.translate(
            "AgendaConflict",
            "{name} is signed up for “{first}” and “{second}”, which run in parallel.",
        ),
    }


def describe_conflict(conflict: Conflict) -> str:
    params = conflict.params
    if conflict.kind is ConflictKind.ROOM_DOUBLE_BOOKED:
        flag = bool(params.get("room"))
    elif conflict.kind is ConflictKind.OUTSIDE_HOURS:
        flag = bool(params.get("days"))
    else:
        flag = False
    template = _templates().get((conflict.kind, flag))
    if template is None:
        return conflict.message
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return conflict.message
