"""One colour per session kind, shared by the agenda screen and the printed programme.

Colours only help: every block and printed entry also names its kind in words, so the
programme reads the same in black and white and for people who do not tell colours apart.
The hues are light enough for black text on them (contrast above 7:1)."""

from __future__ import annotations

from confdesk.db.models import SessionKind

KIND_COLORS: dict[str, str] = {
    SessionKind.KEYNOTE.value: "#F4C7A1",
    SessionKind.TALK.value: "#F9E0A8",
    SessionKind.WORKSHOP.value: "#B9DBF4",
    SessionKind.PANEL.value: "#D9C8F0",
    SessionKind.SPEED_DATING.value: "#F6C1D7",
    SessionKind.MARKETPLACE.value: "#C5E8C0",
    SessionKind.EXCURSION.value: "#BFE6E0",
    SessionKind.BREAK.value: "#E3E3E3",
    SessionKind.GET_TOGETHER.value: "#EBD9C4",
}
FALLBACK_COLOR = "#DDDDDD"


def kind_color(kind: str) -> str:
    return KIND_COLORS.get(kind, FALLBACK_COLOR)
