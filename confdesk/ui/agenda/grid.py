"""The agenda grid of one day: rooms across, time down, sessions as blocks.

The scene only draws and reads the mouse; every change it asks for goes out as a signal
(``move_requested``, ``resize_requested``, ``create_requested``) and comes back as a new
set of sessions once the page has run it as an undoable command. While dragging, only the
dragged block moves on screen; times snap to 15 minutes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from html import escape

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
)

from confdesk.domain.agenda.colors import kind_color
from confdesk.domain.agenda.conflicts import Conflict
from confdesk.domain.agenda.service import SessionData

SNAP = timedelta(minutes=15)
PX_PER_MINUTE = 1.6
COLUMN_WIDTH = 132.0
TIME_AXIS = 56.0
HEADER = 30.0
SHORT_BLOCK = 44.0  # px: blocks lower than this get a single line of text
RESIZE_EDGE = 7.0  # px above a block's bottom edge that grab the edge, not the block
CONFLICT_COLOR = QColor("#C92A2A")
SELECTED_COLOR = QColor("#1864AB")


@dataclass(frozen=True)
class Column:
    room_id: int | None  # None: the column for sessions without a room
    name: str


@dataclass(frozen=True)
class DayGeometry:
    day: date
    starts: datetime  # the top of the grid
    ends: datetime
    columns: tuple[Column, ...]

    def y(self, moment: datetime) -> float:
        return HEADER + (moment - self.starts).total_seconds() / 60 * PX_PER_MINUTE

    def moment(self, y: float) -> datetime:
        """The snapped moment at height ``y``, kept inside the grid."""
        minutes = (y - HEADER) / PX_PER_MINUTE
        snaps = round(minutes / (SNAP.total_seconds() / 60))
        moment = self.starts + snaps * SNAP
        return min(max(moment, self.starts), self.ends)

    def x(self, column: int) -> float:
        return TIME_AXIS + column * COLUMN_WIDTH

    def column_at(self, x: float) -> int:
        index = int((x - TIME_AXIS) // COLUMN_WIDTH)
        return min(max(index, 0), len(self.columns) - 1)

    def column_of(self, room_id: int | None) -> int:
        for index, column in enumerate(self.columns):
            if column.room_id == room_id:
                return index
        return len(self.columns) - 1

    @property
    def room_columns(self) -> int:
        return sum(1 for column in self.columns if column.room_id is not None)

    @property
    def width(self) -> float:
        return TIME_AXIS + len(self.columns) * COLUMN_WIDTH

    @property
    def height(self) -> float:
        return self.y(self.ends)


def day_geometry(
    day: date,
    day_starts: time,
    day_ends: time,
    rooms: list[tuple[int, str]],
    sessions: list[SessionData],
    no_room: str,
) -> DayGeometry:
    """The grid covers the event's hours, widened to whole hours around any session
    outside them, so nothing is ever off the grid."""
    start = datetime.combine(day, day_starts)
    end = datetime.combine(day, day_ends)
    for session in sessions:
        start = min(start, session.starts_at)
        end = max(end, session.ends_at)
    start = start.replace(minute=0)
    if end.minute or end.second:
        end = end.replace(minute=0) + timedelta(hours=1)
    end = min(end, datetime.combine(day, time(0)) + timedelta(days=1))
    columns = (*tuple(Column(room_id, name) for room_id, name in rooms), Column(None, no_room))
    return DayGeometry(day, start, end, columns)


class SessionBlock(QGraphicsRectItem):
    """One session on the grid: its kind in words, title and time; a red outline and a
    warning sign when it is part of a conflict."""

    def __init__(
        self,
        session: SessionData,
        rect: QRectF,
        color: str,
        kind_word: str,
        conflicts: list[str],
    ) -> None:
        super().__init__(rect)
        self.session = session
        self.has_conflict = bool(conflicts)
        self.setBrush(QBrush(QColor(color)))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setAcceptHoverEvents(True)
        # A long title in a short block stops at the block's edge instead of covering others.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape, True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(2 if session.spans_all_rooms else 3)
        warning = "⚠ " if conflicts else ""
        text = QGraphicsTextItem()
        text.setParentItem(self)
        text.setTextWidth(max(rect.width() - 6, 20))
        when = f"{session.starts_at:%H:%M}–{session.ends_at:%H:%M}"
        warning_html = f"<b style='color:#7A1C1C'>{warning}</b>"
        if rect.height() < SHORT_BLOCK:
            # Too short for three lines: one unwrapped line, the title first (it is what a
            # reader looks for) and cut with "…" at the edge; the kind follows where there
            # is room, the time is in the tooltip and the list.
            font = QFont(text.font())
            font.setPointSizeF(8)
            font.setBold(True)
            line = QFontMetricsF(font).elidedText(
                f"{warning}{session.title} · {kind_word}",
                Qt.TextElideMode.ElideRight,
                max(rect.width() - 10, 20),
            )
            text.setTextWidth(-1)
            text.setFont(font)
            text.setPlainText(line)
            text.setDefaultTextColor(QColor("#7A1C1C") if conflicts else QColor("#000000"))
        else:
            text.setHtml(
                f"<div style='font-size:8pt'>{warning_html}{escape(kind_word)} · {when}</div>"
                f"<div style='font-size:9pt'><b>{escape(session.title)}</b></div>"
            )
        text.setPos(rect.topLeft() + QPointF(2, 0))
        text.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        tooltip = f"{session.title}\n{kind_word} · {when}"
        if conflicts:
            tooltip += "\n\n" + "\n".join(f"⚠ {line}" for line in conflicts)
        self.setToolTip(tooltip)
        self._update_pen()

    def _update_pen(self) -> None:
        if self.isSelected():
            pen = QPen(SELECTED_COLOR, 3)
        elif self.has_conflict:
            pen = QPen(CONFLICT_COLOR, 2.5, Qt.PenStyle.DashLine)
        else:
            pen = QPen(QColor("#555555"), 1)
        self.setPen(pen)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self._update_pen()
        return super().itemChange(change, value)

    def near_bottom(self, y: float) -> bool:
        return self.rect().bottom() - RESIZE_EDGE <= y <= self.rect().bottom() + 2


class AgendaScene(QGraphicsScene):
    move_requested = Signal(int, object, object)  # session id, new start, room id | None
    resize_requested = Signal(int, object)  # session id, new end
    create_requested = Signal(object, object, object)  # start, end, room id | None
    session_selected = Signal(int)  # 0: none
    edit_requested = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.geometry: DayGeometry | None = None
        self.blocks: dict[int, SessionBlock] = {}
        self._drag: tuple[str, SessionBlock | None, QPointF] | None = None
        self._ghost: QGraphicsRectItem | None = None
        self.selectionChanged.connect(self._selection_changed)

    # -- Drawing ---------------------------------------------------------------------------
    def show_day(
        self,
        geometry: DayGeometry,
        sessions: list[SessionData],
        colors: dict[int, str],
        kind_words: dict[str, str],
        conflicts: dict[int, list[Conflict]],
        describe: Callable[[Conflict], str],
        selected: int = 0,
    ) -> None:
        self.blockSignals(True)
        self.clear()
        self._ghost = None
        self._drag = None
        self.blocks = {}
        self.geometry = geometry
        self._draw_grid(geometry)
        lanes = _lanes(sessions, geometry)
        for session in sessions:
            rect = self._block_rect(geometry, session, lanes.get(session.id, (0, 1)))
            words = [describe(c) for c in conflicts.get(session.id, [])]
            block = SessionBlock(
                session,
                rect,
                colors.get(session.id, kind_color(session.kind)),
                kind_words.get(session.kind, session.kind),
                words,
            )
            self.addItem(block)
            self.blocks[session.id] = block
        self.setSceneRect(QRectF(0, 0, geometry.width + 1, geometry.height + 1))
        if selected in self.blocks:
            self.blocks[selected].setSelected(True)
        self.blockSignals(False)

    def _draw_grid(self, geometry: DayGeometry) -> None:
        line = QPen(QColor("#D0D0D0"), 1)
        hour_line = QPen(QColor("#9A9A9A"), 1)
        self.addRect(
            QRectF(TIME_AXIS, HEADER, geometry.width - TIME_AXIS, geometry.height - HEADER),
            QPen(Qt.PenStyle.NoPen),
            QBrush(QColor("#FFFFFF")),
        ).setZValue(-2)
        bold = QFont()
        bold.setBold(True)
        metrics = QFontMetricsF(bold)
        for index, column in enumerate(geometry.columns):
            x = geometry.x(index)
            self.addLine(x, 0, x, geometry.height, hour_line)
            name = metrics.elidedText(column.name, Qt.TextElideMode.ElideRight, COLUMN_WIDTH - 8)
            label = QGraphicsSimpleTextItem(name)
            label.setFont(bold)
            label.setPos(x + 4, 7)
            self.addItem(label)
        moment = geometry.starts
        while moment <= geometry.ends:
            y = geometry.y(moment)
            self.addLine(TIME_AXIS - (8 if moment.minute == 0 else 0), y, geometry.width, y,
                         hour_line if moment.minute == 0 else line)  # fmt: skip
            if moment.minute == 0:
                label = QGraphicsSimpleTextItem(f"{moment:%H:%M}")
                label.setPos(8, y - 8)
                self.addItem(label)
            moment += SNAP
        self.addLine(geometry.width, 0, geometry.width, geometry.height, hour_line)

    @staticmethod
    def _block_rect(geometry: DayGeometry, session: SessionData, lane: tuple[int, int]) -> QRectF:
        top = geometry.y(session.starts_at)
        height = max(geometry.y(session.ends_at) - top, 6.0)
        if session.spans_all_rooms and geometry.room_columns:
            return QRectF(geometry.x(0) + 2, top, geometry.room_columns * COLUMN_WIDTH - 4, height)
        column = geometry.column_of(session.room_id)
        index, count = lane
        width = (COLUMN_WIDTH - 4) / count
        return QRectF(geometry.x(column) + 2 + index * width, top, width, height)

    # -- Selection -------------------------------------------------------------------------
    def selected_id(self) -> int:
        for item in self.selectedItems():
            if isinstance(item, SessionBlock):
                return item.session.id
        return 0

    def select_session(self, session_id: int) -> None:
        self.clearSelection()
        block = self.blocks.get(session_id)
        if block is not None:
            block.setSelected(True)
            for view in self.views():
                view.ensureVisible(block)

    def _selection_changed(self) -> None:
        self.session_selected.emit(self.selected_id())

    # -- A drag leaving the grid (onto a day tab) -----------------------------------------
    def dragged_session(self) -> int:
        """The session being moved by the mouse right now (0: none)."""
        if self._drag is None or self._drag[0] != "move" or self._drag[1] is None:
            return 0
        return self._drag[1].session.id

    def show_ghost(self, visible: bool) -> None:
        if self._ghost is not None:
            self._ghost.setVisible(visible)

    def cancel_drag(self) -> None:
        self._drag = None
        if self._ghost is not None:
            self.removeItem(self._ghost)
            self._ghost = None

    # -- Mouse -----------------------------------------------------------------------------
    def _block_at(self, position: QPointF) -> SessionBlock | None:
        for item in self.items(position):
            while item is not None and not isinstance(item, SessionBlock):
                item = item.parentItem()
            if isinstance(item, SessionBlock):
                return item
        return None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.geometry is None:
            super().mousePressEvent(event)
            return
        position = event.scenePos()
        block = self._block_at(position)
        if block is not None:
            self.clearSelection()
            block.setSelected(True)
            mode = "resize" if block.near_bottom(position.y()) else "move"
            self._drag = (mode, block, position)
        elif position.x() > TIME_AXIS and position.y() > HEADER:
            self.clearSelection()
            self._drag = ("create", None, position)
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._drag is None or self.geometry is None:
            block = self._block_at(event.scenePos())
            for view in self.views():
                resize = block is not None and block.near_bottom(event.scenePos().y())
                view.viewport().setCursor(
                    Qt.CursorShape.SizeVerCursor if resize else Qt.CursorShape.ArrowCursor
                )
            super().mouseMoveEvent(event)
            return
        rect = self._dragged_rect(event.scenePos())
        if self._ghost is None:
            self._ghost = self.addRect(rect, QPen(SELECTED_COLOR, 2, Qt.PenStyle.DashLine),
                                       QBrush(QColor(24, 100, 171, 50)))  # fmt: skip
            self._ghost.setZValue(10)
        self._ghost.setRect(rect)
        event.accept()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if self._ghost is not None:
            self.removeItem(self._ghost)
            self._ghost = None
        if drag is None or self.geometry is None:
            super().mouseReleaseEvent(event)
            return
        mode, block, origin = drag
        position = event.scenePos()
        geometry = self.geometry
        if mode == "create":
            start, end = sorted((geometry.moment(origin.y()), geometry.moment(position.y())))
            if end > start:
                column = geometry.columns[geometry.column_at(origin.x())]
                self.create_requested.emit(start, end, column.room_id)
        elif block is not None and mode == "resize":
            end = max(geometry.moment(position.y()), block.session.starts_at + SNAP)
            if end != block.session.ends_at:
                self.resize_requested.emit(block.session.id, end)
        elif block is not None:
            start, room_id = self._moved_to(block.session, origin, position)
            if (start, room_id) != (block.session.starts_at, block.session.room_id):
                self.move_requested.emit(block.session.id, start, room_id)
        event.accept()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        block = self._block_at(event.scenePos())
        if block is not None:
            self.edit_requested.emit(block.session.id)
        event.accept()

    def _moved_to(
        self, session: SessionData, origin: QPointF, position: QPointF
    ) -> tuple[datetime, int | None]:
        geometry = self.geometry
        assert geometry is not None
        delta = position.y() - origin.y()
        start = geometry.moment(geometry.y(session.starts_at) + delta)
        if session.spans_all_rooms:
            return start, session.room_id
        return start, geometry.columns[geometry.column_at(position.x())].room_id

    def _dragged_rect(self, position: QPointF) -> QRectF:
        assert self._drag is not None and self.geometry is not None
        mode, block, origin = self._drag
        geometry = self.geometry
        if mode == "create":
            top, bottom = sorted((geometry.moment(origin.y()), geometry.moment(position.y())))
            x = geometry.x(geometry.column_at(origin.x()))
            return QRectF(x + 2, geometry.y(top), COLUMN_WIDTH - 4,
                          max(geometry.y(bottom) - geometry.y(top), 2))  # fmt: skip
        assert block is not None
        session = block.session
        if mode == "resize":
            end = max(geometry.moment(position.y()), session.starts_at + SNAP)
            rect = QRectF(block.rect())
            rect.setBottom(geometry.y(end))
            return rect
        start, room_id = self._moved_to(session, origin, position)
        moved = replace(session, starts_at=start, ends_at=start + session.duration, room_id=room_id)
        return self._block_rect(geometry, moved, (0, 1))


def _lanes(sessions: list[SessionData], geometry: DayGeometry) -> dict[int, tuple[int, int]]:
    """Sessions overlapping in one column share it side by side: (lane, lanes)."""
    by_column: dict[int, list[SessionData]] = {}
    for session in sessions:
        if not session.spans_all_rooms:
            by_column.setdefault(geometry.column_of(session.room_id), []).append(session)
    result: dict[int, tuple[int, int]] = {}
    for column_sessions in by_column.values():
        # Lanes are counted per group of overlapping sessions, so one clash does not
        # narrow every block of the room for the whole day.
        group: list[SessionData] = []
        group_end: datetime | None = None
        for session in sorted(column_sessions, key=lambda s: (s.starts_at, s.id)):
            if group_end is not None and session.starts_at >= group_end:
                result.update(_group_lanes(group))
                group, group_end = [], None
            group.append(session)
            group_end = session.ends_at if group_end is None else max(group_end, session.ends_at)
        result.update(_group_lanes(group))
    return result


def _group_lanes(group: list[SessionData]) -> dict[int, tuple[int, int]]:
    ends: list[datetime] = []
    lane_of: dict[int, int] = {}
    for session in group:
        lane = next((i for i, end in enumerate(ends) if end <= session.starts_at), len(ends))
        if lane == len(ends):
            ends.append(session.ends_at)
        else:
            ends[lane] = session.ends_at
        lane_of[session.id] = lane
    return {session_id: (lane, len(ends)) for session_id, lane in lane_of.items()}
