"""The arrivals over a day as a Qt Charts chart (drawn by Qt itself: no web view):
checked in so far (a solid line) against the registered (a dashed line), and the arrivals
per 5 minutes (filled steps, on the right-hand axis). The legend names each series, and
they differ in form, never by colour alone."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCharts import (
    QAbstractAxis,
    QAreaSeries,
    QCategoryAxis,
    QChart,
    QChartView,
    QLegend,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy

from confdesk.domain.reports.figures import ARRIVAL_STEP, ArrivalDay
from confdesk.ui.shell.language.formatting import short_time

CAME = QColor("#2f855a")
PER_STEP = QColor("#90cdf4")
PER_STEP_EDGE = QColor("#2b6cb0")
REGISTERED = QColor("#4a5568")
_STEP_MINUTES = ARRIVAL_STEP.total_seconds() / 60
_SHORTEST_SPAN = 30.0  # minutes along the time axis


def _minutes(moment: datetime) -> float:
    """Minutes since the day's midnight: the chart's time axis."""
    return moment.hour * 60 + moment.minute + moment.second / 60


def _font(points: float) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    return font


def _count_axis(top: int) -> QValueAxis:
    """An axis of people from 0, its ticks at whole, round numbers (never "0, 0, 1")."""
    step = next((n for n in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000,
                             10_000, 20_000, 50_000) if top / n <= 5), 100_000)  # fmt: skip
    axis = QValueAxis()
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setRange(0, max(-(-top // step) * step, step))
    axis.setLabelFormat("%d")
    return axis


def _tick_minutes(span: float) -> int:
    """Round clock times, about five to eight of them along the axis."""
    for every in (15, 30, 60, 120):
        if span / every <= 8:
            return every
    return 180


class ArrivalsChart(QChart):
    def __init__(
        self, title: str, so_far: str, registered: str, per_step: str, scale: float
    ) -> None:
        super().__init__()
        self._names = (so_far, registered, per_step)
        self._scale = scale
        self.setAnimationOptions(QChart.AnimationOption.NoAnimation)  # at once, every scan
        self.setTitle(title)
        self.setMargins(QMargins(2, 2, 2, 2))
        self.setBackgroundRoundness(0)
        title_font = _font(11 * scale)
        title_font.setBold(True)
        self.setTitleFont(title_font)
        legend = self.legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        legend.setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
        legend.setFont(_font(9 * scale))

    def _clear(self) -> None:
        self.removeAllSeries()
        for axis in self.axes():
            self.removeAxis(axis)
            axis.deleteLater()

    def _label(self, axis: QAbstractAxis) -> None:
        axis.setLabelsFont(_font(9 * self._scale))

    def show_day(self, day: ArrivalDay, registered: int) -> None:
        self._clear()
        so_far_name, registered_name, per_step_name = self._names
        first = _minutes(day.steps[0].starts_at)
        last = _minutes(day.steps[-1].starts_at) + _STEP_MINUTES

        outline = QLineSeries()
        outline.append(first, 0)
        for step in day.steps:
            start = _minutes(step.starts_at)
            outline.append(start, step.arrivals)
            outline.append(start + _STEP_MINUTES, step.arrivals)
        outline.append(last, 0)
        per_step = QAreaSeries(outline)
        outline.setParent(per_step)
        per_step.setName(per_step_name)
        per_step.setBrush(QBrush(PER_STEP))
        per_step.setPen(QPen(PER_STEP_EDGE, 1))

        so_far = QLineSeries()
        so_far.setName(so_far_name)
        so_far.append(first, 0)
        for step in day.steps:
            so_far.append(_minutes(step.starts_at) + _STEP_MINUTES, step.cumulative)
        so_far.setPen(QPen(CAME, 3 * self._scale))

        expected = QLineSeries()
        expected.setName(registered_name)
        expected.append(first, registered)
        expected.append(last, registered)
        expected.setPen(QPen(REGISTERED, 2 * self._scale, Qt.PenStyle.DashLine))

        for series in (per_step, expected, so_far):
            self.addSeries(series)
        clock = QCategoryAxis()
        clock.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        # Half an hour at least, so that the first arrivals are not one block as wide as
        # the chart.
        every = _tick_minutes(max(last - first, _SHORTEST_SPAN))
        start = int(min(first, last - _SHORTEST_SPAN) // every) * every
        clock.setRange(start, last)
        tick = start
        while tick <= last:
            clock.append(short_time(time(int(tick // 60) % 24, int(tick % 60))), tick)
            tick += every
        people = _count_axis(max(registered, day.steps[-1].cumulative))
        arrivals = _count_axis(max(s.arrivals for s in day.steps))
        arrivals.setGridLineVisible(False)
        for axis in (clock, people, arrivals):
            self._label(axis)
        self.addAxis(clock, Qt.AlignmentFlag.AlignBottom)
        self.addAxis(people, Qt.AlignmentFlag.AlignLeft)
        self.addAxis(arrivals, Qt.AlignmentFlag.AlignRight)
        for series in (so_far, expected):
            series.attachAxis(clock)
            series.attachAxis(people)
        per_step.attachAxis(clock)
        per_step.attachAxis(arrivals)


def arrivals_view(chart: ArrivalsChart) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    view.setMinimumSize(160, 120)
    return view
