"""The report's charts as ReportLab graphics: vectors in the PDF, sharp at any zoom and
on any printer. Every chart names its figures in words too (axis titles, a legend, the
numbers in the tables beside it), so none depends on colour alone."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.colors import Color, HexColor

from confdesk.domain.reports.figures import ArrivalDay, Tally
from confdesk.output.pdf.fonts import font_name
from confdesk.words.formatting import clock_time

BAR = HexColor("#2b6cb0")
CAME = HexColor("#2f855a")
MUTED = HexColor("#a0aec0")
TEXT = HexColor("#222222")
_LABEL_SIZE = 7


def arrivals_chart(
    day: ArrivalDay, width: float, height: float, *, bars_title: str, line_title: str,
    language: str,
) -> Drawing:  # fmt: skip
    """Arrivals per step as bars above, checked in so far as a line below, one time axis."""
    drawing = Drawing(width, height)
    labels = [_tick(step.starts_at.minute, clock_time(step.starts_at, language))
              for step in day.steps]  # fmt: skip
    half = height / 2
    bars = VerticalBarChart()
    _place(bars, width, half, y=half)
    bars.data = [[step.arrivals for step in day.steps]]
    bars.bars[0].fillColor = BAR
    bars.bars[0].strokeColor = None
    bars.barSpacing = 1
    bars.categoryAxis.categoryNames = labels
    _style_axes(bars, max(step.arrivals for step in day.steps))
    drawing.add(bars)
    drawing.add(_title(bars_title, bars.x, bars.y + bars.height + 4, BAR))

    line = HorizontalLineChart()
    _place(line, width, half, y=0)
    line.data = [[step.cumulative for step in day.steps]]
    line.lines[0].strokeColor = CAME
    line.lines[0].strokeWidth = 1.5
    line.categoryAxis.categoryNames = labels
    _style_axes(line, day.steps[-1].cumulative)
    drawing.add(line)
    drawing.add(_title(line_title, line.x, line.y + line.height + 4, CAME))
    return drawing


def tally_chart(tallies: tuple[Tally, ...], names: list[str], width: float, *,
                registered: str, checked_in: str) -> Drawing:  # fmt: skip
    """Per group, registered (light) and checked in (dark), side by side."""
    row = 16
    height = row * len(tallies) + 34
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = int(width * 0.32), 26
    chart.width, chart.height = int(width * 0.62), int(height - 32)
    chart.data = [[t.registered for t in tallies], [t.checked_in for t in tallies]]
    chart.bars[0].fillColor = MUTED
    chart.bars[1].fillColor = CAME
    for index in (0, 1):
        chart.bars[index].strokeColor = None
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.reverseDirection = 1  # the largest group on top, as in the table
    chart.categoryAxis.labels.fontName = font_name(False)
    chart.categoryAxis.labels.fontSize = _LABEL_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = font_name(False)
    chart.valueAxis.labels.fontSize = _LABEL_SIZE
    chart.valueAxis.valueStep = _step(max((t.registered for t in tallies), default=1))
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = font_name(False)
    chart.barLabels.fontSize = 6
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    legend_x: float = chart.x
    for color, label in ((MUTED, registered), (CAME, checked_in)):
        drawing.add(_title(f"■ {label}", legend_x, 2, color, size=_LABEL_SIZE))
        legend_x += width * 0.3
    return drawing


def _place(chart: VerticalBarChart | HorizontalLineChart, width: float, height: float,
           y: float) -> None:  # fmt: skip
    # ReportLab's charts declare their geometry as int.
    chart.x, chart.y = 30, int(y + 18)
    chart.width, chart.height = int(width - 40), int(height - 34)


def _style_axes(chart: VerticalBarChart | HorizontalLineChart, top: int) -> None:
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(top, 1)
    chart.valueAxis.valueStep = _step(top)
    for labels in (chart.valueAxis.labels, chart.categoryAxis.labels):
        labels.fontName = font_name(False)
        labels.fontSize = _LABEL_SIZE
        labels.fillColor = TEXT
    chart.categoryAxis.labels.angle = 0
    chart.categoryAxis.tickDown = 2


def _step(top: int) -> int:
    """A round step giving about five grid lines."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top / step <= 6:
            return step
    return max(top // 5, 1)


def _tick(minute: int, label: str) -> str:
    """Only the quarter hours are written under the axis; the others stay blank."""
    return label if minute % 15 == 0 else ""


def _title(text: str, x: float, y: float, color: Color, size: float = 8) -> String:
    return String(x, y, text, fontName=font_name(True), fontSize=size, fillColor=color)
