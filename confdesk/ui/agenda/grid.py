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
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
)

from confdesk.domain.agenda.colors import kind_color
from confdesk.domain.agenda.conflicts import Conflict
from confdesk.domain.agenda.service import SessionData
from confdesk.ui.agenda.block import SELECTED_COLOR, SessionBlock
from confdesk.ui.agenda.block_text import wrap_words

SNAP = timedelta(minutes=15)
PX_PER_MINUTE = 1.6
COLUMN_WIDTH = 132.0  # until the view says how wide it is
# Columns share the view's width between these bounds; below the least one the grid scrolls.
MIN_COLUMN_WIDTH = 98.0
MAX_COLUMN_WIDTH = 320.0
TIME_AXIS = 56.0
HEADER = 36.0  # room for a room name in two lines


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
    column_width: float = COLUMN_WIDTH

    def y(self, moment: datetime) -> float:
        return HEADER + (moment - self.starts).total_seconds() / 60 * PX_PER_MINUTE

    def moment(self, y: float) -> datetime:
        """The snapped moment at height ``y``, kept inside the grid."""
        minutes = (y - HEADER) / PX_PER_MINUTE
        snaps = round(minutes / (SNAP.total_seconds() / 60))
        moment = self.starts + snaps * SNAP
        return min(max(moment, self.starts), self.ends)

    def x(self, column: int) -> float:
        return TIME_AXIS + column * self.column_width

    def column_at(self, x: float) -> int:
        index = int((x - TIME_AXIS) // self.column_width)
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
        return TIME_AXIS + len(self.columns) * self.column_width

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


def fitted_column_width(available: float, columns: int) -> float:
    """Every column side by side in ``available`` pixels, none narrower than a block's
    words need (below that the view scrolls) nor wider than is pleasant to read."""
    share = (available - TIME_AXIS - 2) / max(columns, 1)
    return float(min(max(share, MIN_COLUMN_WIDTH), MAX_COLUMN_WIDTH))


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
        self.headers: list[QGraphicsSimpleTextItem] = []  # the columns' names, left to right
        self._drag: tuple[str, SessionBlock | None, QPointF] | None = None
        self._ghost: QGraphicsRectItem | None = None
        # The view's width, which the columns share; and what show_day drew last, to draw
        # it again when that width changes.
        self.available_width = 0.0
        self._shown: tuple[Any, ...] | None = None
        self._refit_after_drag = False
        # Redrawn after the event that resized the view has returned: that event can come
        # from inside this scene's own mouse handling (a click that opens the side panel),
        # and a redraw deletes the block being clicked.
        self._refit_timer = QTimer(self)
        self._refit_timer.setSingleShot(True)
        self._refit_timer.setInterval(0)
        self._refit_timer.timeout.connect(self._refit)
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
        self._shown = (geometry, sessions, colors, kind_words, conflicts, describe)
        if self.available_width > 0:
            width = fitted_column_width(self.available_width, len(geometry.columns))
            geometry = replace(geometry, column_width=width)
        self.blockSignals(True)
        self.clear()
        self._ghost = None
        self._drag = None
        self._refit_after_drag = False
        self.blocks = {}
        self.headers = []
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
        self._place_shared_titles(geometry)
        if selected in self.blocks:
            self.blocks[selected].setSelected(True)
        self.blockSignals(False)
        # With signals on: the views learn the new size from sceneRectChanged (a narrower
        # grid must shrink their scroll range).
        self.setSceneRect(QRectF(0, 0, geometry.width + 1, geometry.height + 1))

    def fit_to_width(self, available: float) -> None:
        """The view was resized: the columns share its new width. Not in the middle of a
        drag, whose start point is in the old layout; the drag's end redraws anyway."""
        if available == self.available_width:
            return
        self.available_width = available
        self._refit_timer.start()

    def _refit(self) -> None:
        if self._drag is not None:
            self._refit_after_drag = True
            return
        self._refit_after_drag = False
        if self._shown is None or self.geometry is None:
            return
        geometry, sessions, colors, kind_words, conflicts, describe = self._shown
        wanted = fitted_column_width(self.available_width, len(geometry.columns))
        if abs(wanted - self.geometry.column_width) >= 0.5:
            self.show_day(geometry, sessions, colors, kind_words, conflicts, describe,
                          self.selected_id())  # fmt: skip

    def _place_shared_titles(self, geometry: DayGeometry) -> None:
        """A block for all rooms lies under the rooms' own blocks; its words go where no
        such block covers it, so a break's title is never hidden."""
        for block in self.blocks.values():
            if block.session.spans_all_rooms:
                covering = [
                    other.rect()
                    for other in self.blocks.values()
                    if other is not block and other.rect().intersects(block.rect())
                ]
                if covering:
                    block.set_text_area(_free_area(block.rect(), covering, geometry))

    def _draw_grid(self, geometry: DayGeometry) -> None:
        line = QPen(QColor("#D0D0D0"), 1)
        hour_line = QPen(QColor("#9A9A9A"), 1)
        self.addRect(
            QRectF(TIME_AXIS, HEADER, geometry.width - TIME_AXIS, geometry.height - HEADER),
            QPen(Qt.PenStyle.NoPen),
            QBrush(QColor("#FFFFFF")),
        ).setZValue(-2)
        for index, column in enumerate(geometry.columns):
            x = geometry.x(index)
            self.addLine(x, 0, x, geometry.height, hour_line)
            # In two lines rather than cut: "Seminarraum 1" and "Seminarraum 2" must stay
            # apart in a narrow column; a smaller size before a word is cut.
            width = geometry.column_width - 8
            bold = _header_font(column.name, width)
            metrics = QFontMetricsF(bold)
            lines = wrap_words(column.name, metrics, width, 2)
            label = QGraphicsSimpleTextItem("\n".join(lines))
            label.setFont(bold)
            label.setPos(x + 4, (HEADER - len(lines) * metrics.lineSpacing()) / 2)
            if " ".join(lines) != column.name:
                label.setToolTip(column.name)
            self.addItem(label)
            self.headers.append(label)
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
            width = geometry.room_columns * geometry.column_width - 4
            return QRectF(geometry.x(0) + 2, top, width, height)
        column = geometry.column_of(session.room_id)
        index, count = lane
        width = (geometry.column_width - 4) / count
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
        # The drag is noted before the selection changes: the side panel that a change
        # of selection opens or closes must not redraw the grid under the mouse.
        if block is not None:
            mode = "resize" if block.near_bottom(position.y()) else "move"
            self._drag = (mode, block, position)
            self.clearSelection()
            block.setSelected(True)
        elif position.x() > TIME_AXIS and position.y() > HEADER:
            self._drag = ("create", None, position)
            self.clearSelection()
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
        if self._refit_after_drag:
            # After the drag has been read in the layout it started in.
            self._refit_timer.start()
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
        # The move snaps to steps of 15 minutes from where the session was, so a session at
        # 11:05 stays at 11:05 when merely clicked or moved to another room.
        steps = round((position.y() - origin.y()) / (SNAP.total_seconds() / 60 * PX_PER_MINUTE))
        start = min(max(session.starts_at + steps * SNAP, geometry.starts), geometry.ends)
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
            return QRectF(x + 2, geometry.y(top), geometry.column_width - 4,
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


def _header_font(name: str, width: float) -> QFont:
    font = QFont()
    font.setBold(True)
    if all(QFontMetricsF(font).horizontalAdvance(word) <= width for word in name.split()):
        return font
    font.setPointSizeF(min(font.pointSizeF(), 8.0))
    return font


def _free_area(rect: QRectF, covering: list[QRectF], geometry: DayGeometry) -> QRectF:
    """The widest run of room columns in which nothing covers ``rect``; failing that, the
    taller strip of it above or below what covers it; failing that, ``rect`` itself."""
    runs: list[tuple[float, float]] = []
    run_left: float | None = None
    for index in range(geometry.room_columns + 1):
        free = False
        if index < geometry.room_columns:
            column = QRectF(geometry.x(index), rect.top(), geometry.column_width, rect.height())
            free = not any(column.intersected(other).width() > 0.5 for other in covering)
        if free and run_left is None:
            run_left = geometry.x(index)
        elif not free and run_left is not None:
            runs.append((run_left, geometry.x(index)))
            run_left = None
    if runs:
        left, right = max(runs, key=lambda run: run[1] - run[0])
        return QRectF(left + 2, rect.top(), right - left - 4, rect.height())
    above = QRectF(rect.left(), rect.top(), rect.width(),
                   min(other.top() for other in covering) - rect.top())  # fmt: skip
    lowest = max(other.bottom() for other in covering)
    below = QRectF(rect.left(), lowest, rect.width(), rect.bottom() - lowest)
    best = max(above, below, key=lambda strip: strip.height())
    return best if best.height() >= 16 else rect


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
