"""What the dashboard shows, drawn from one :class:`EventReport`: the headline figures in
words, the arrivals curve, each session's load and the four breakdowns. The same view
serves the screen in the window and the full-screen window (with a larger ``scale``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from confdesk.domain.reports.figures import (
    ARRIVAL_STEP,
    FUNDED_WITHOUT_COHORT,
    NOT_FUNDED,
    ArrivalDay,
    EventReport,
    Tally,
)
from confdesk.ui.dashboard.arrivals_chart import ArrivalsChart, arrivals_view
from confdesk.ui.dashboard.group_bars import Group, GroupBars
from confdesk.ui.dashboard.sessions import SessionLoads
from confdesk.ui.shell.language.formatting import percentage, short_time, whole_number
from confdesk.ui.shell.language.i18n import ui_language
from confdesk.words.vocabulary import CATEGORIES, ORGANIZATION_KINDS, word_for


class FigureTile(QFrame):
    """One headline figure: a big number and what it counts, both words."""

    def __init__(self, caption: str, scale: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value_label = QLabel("–")
        self.caption_label = QLabel(caption)
        self.detail_label = QLabel()
        value_font = QFont(self.font())
        value_font.setPointSizeF(value_font.pointSizeF() * 2.0 * scale)
        value_font.setBold(True)
        self.value_label.setFont(value_font)
        text_font = QFont(self.font())
        text_font.setPointSizeF(text_font.pointSizeF() * scale)
        self.caption_label.setFont(text_font)
        self.detail_label.setFont(text_font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(0)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.value_label)
        layout.addWidget(self.detail_label)

    def show_figure(self, value: str, detail: str) -> None:
        self.value_label.setText(value)
        self.detail_label.setText(detail)


class DashboardView(QWidget):
    def __init__(self, scale: float = 1.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = scale
        self.checked_in_tile = FigureTile(self.tr("Checked in"), scale)
        self.no_shows_tile = FigureTile(self.tr("Not (yet) come"), scale)
        self.walk_ins_tile = FigureTile(self.tr("Walk-ins"), scale)
        self.busiest_tile = FigureTile(
            self.tr("Busiest {minutes} minutes").format(minutes=self._step_minutes()), scale
        )
        self.tiles = [self.checked_in_tile, self.no_shows_tile, self.walk_ins_tile,
                      self.busiest_tile]  # fmt: skip
        came, expected = self.tr("Checked in"), self.tr("Not (yet) come")
        self.arrivals_chart = ArrivalsChart(
            self.tr("Arrivals"),
            self.tr("Checked in so far"),
            self.tr("Registered"),
            self.tr("Per {minutes} minutes").format(minutes=self._step_minutes()),
            scale,
        )
        self.category_chart = GroupBars(self.tr("By category"), came, expected, scale)
        self.kind_chart = GroupBars(self.tr("By kind of organisation"), came, expected, scale)
        self.state_chart = GroupBars(self.tr("By federal state"), came, expected, scale)
        self.funding_chart = GroupBars(self.tr("Funded and not funded"), came, expected, scale)
        self.group_charts = [self.category_chart, self.kind_chart, self.state_chart,
                             self.funding_chart]  # fmt: skip
        self.sessions = SessionLoads(scale)
        self.sessions_title = QLabel(self.tr("Sessions: checked in at the door now"))
        self.no_arrivals_label = QLabel(self.tr("Nobody has been checked in yet."))
        self.no_arrivals_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_arrivals_label.setWordWrap(True)
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2 * scale)
        title_font.setBold(True)
        self.sessions_title.setFont(title_font)
        self.no_arrivals_label.setFont(title_font)

        self.arrivals_view = arrivals_view(self.arrivals_chart)
        self.arrivals_stack = QStackedWidget()
        self.arrivals_stack.addWidget(self.no_arrivals_label)
        self.arrivals_stack.addWidget(self.arrivals_view)

        tiles = QHBoxLayout()
        for tile in self.tiles:
            tiles.addWidget(tile, 1)
        sessions_box = QVBoxLayout()
        sessions_box.setContentsMargins(0, 0, 0, 0)
        sessions_box.addWidget(self.sessions_title)
        sessions_box.addWidget(self.sessions, 1)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.arrivals_stack, 0, 0, 1, 2)
        grid.addLayout(sessions_box, 0, 2, 1, 2)
        for column, chart in enumerate(self.group_charts):
            grid.addWidget(chart, 1, column)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tiles)
        layout.addLayout(grid, 1)

    @staticmethod
    def _step_minutes() -> int:
        return int(ARRIVAL_STEP.total_seconds() // 60)

    def show_report(self, report: EventReport) -> None:
        registered = report.registered
        share = report.checked_in / registered if registered else 0.0
        self.checked_in_tile.show_figure(
            whole_number(report.checked_in),
            self.tr("of {registered} registered ({share})").format(
                registered=whole_number(registered), share=percentage(share)
            ),
        )
        rate = report.no_show_rate
        self.no_shows_tile.show_figure(
            whole_number(report.no_shows),
            self.tr("{share} of the registered").format(share=percentage(rate or 0.0)),
        )
        self.walk_ins_tile.show_figure(
            whole_number(report.walk_ins),
            self.tr("registered on site"),
        )
        day = self._day_shown(report)
        if day is None:
            self.busiest_tile.show_figure("–", self.tr("nobody yet"))
            self.arrivals_stack.setCurrentWidget(self.no_arrivals_label)
        else:
            busiest = max(day.steps, key=lambda step: step.arrivals)
            self.busiest_tile.show_figure(
                whole_number(busiest.arrivals),
                self.tr("from {time}").format(time=short_time(busiest.starts_at)),
            )
            self.arrivals_chart.show_day(day, registered)
            self.arrivals_stack.setCurrentWidget(self.arrivals_view)
        self.category_chart.show_groups(self._groups(report.by_category, self._category))
        self.kind_chart.show_groups(self._groups(report.by_organization_kind, self._kind))
        self.state_chart.show_groups(self._groups(report.by_federal_state, self._state))
        self.funding_chart.show_groups(self._groups(report.by_funding, self._funding))
        self.sessions.show_sessions(report)

    @staticmethod
    def _day_shown(report: EventReport) -> ArrivalDay | None:
        """Today's arrivals, else those of the last day anybody arrived."""
        if not report.arrivals:
            return None
        today = report.made_at.date()
        return next((d for d in report.arrivals if d.day == today), report.arrivals[-1])

    @staticmethod
    def _groups(tallies: tuple[Tally, ...], name_of: Callable[[str], str]) -> list[Group]:
        return [Group(name_of(t.key), t.checked_in, t.registered) for t in tallies]

    def _category(self, code: str) -> str:
        return word_for(CATEGORIES, code, ui_language()) if code else self.tr("not stated")

    def _kind(self, code: str) -> str:
        return word_for(ORGANIZATION_KINDS, code, ui_language()) if code else self.tr("not stated")

    def _state(self, state: str) -> str:
        return state or self.tr("not stated")

    def _funding(self, key: str) -> str:
        if key == NOT_FUNDED:
            return self.tr("Not funded")
        if key == FUNDED_WITHOUT_COHORT:
            return self.tr("Funded (no cohort)")
        return key
