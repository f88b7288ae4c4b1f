"""The report's tables, once for both files: titles, headers and rows in the event's
language. A cell is text, a count (int), a share (float, 0–1, shown as a percentage) or
None (no value, such as a session without a seat limit). The PDF formats the numbers,
the workbook keeps them numbers."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from confdesk.domain.reports.figures import (
    FUNDED_WITHOUT_COHORT,
    NOT_FUNDED,
    EventReport,
    Tally,
)
from confdesk.words.formatting import time_span, weekday_date
from confdesk.words.report import ReportTexts
from confdesk.words.vocabulary import CATEGORIES, ORGANIZATION_KINDS, Word, word_for

Cell = str | int | float | None


@dataclass(frozen=True)
class ReportTable:
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


def overview_table(report: EventReport, texts: ReportTexts) -> ReportTable:
    rows: list[tuple[Cell, ...]] = [
        (texts.registered, report.registered),
        (texts.checked_in, report.checked_in),
        (texts.no_shows, report.no_shows),
        (texts.no_show_rate, report.no_show_rate),
        (texts.waitlisted, report.waitlisted),
        (texts.cancelled, report.cancelled),
        (texts.walk_ins, report.walk_ins),
        (texts.badges, report.badges),
        (texts.certificates, report.certificates),
    ]
    return ReportTable(texts.overview, (texts.figure, texts.value), tuple(rows))


def breakdown_tables(report: EventReport, texts: ReportTexts) -> list[ReportTable]:
    language = texts.language
    return [
        _breakdown(texts.by_category, report.by_category, texts,
                   lambda key: _word(CATEGORIES, key, language, texts)),
        _breakdown(texts.by_organization_kind, report.by_organization_kind, texts,
                   lambda key: _word(ORGANIZATION_KINDS, key, language, texts)),
        _breakdown(texts.by_federal_state, report.by_federal_state, texts,
                   lambda key: key or texts.not_stated),
        _breakdown(texts.by_funding, report.by_funding, texts,
                   lambda key: _funding_word(key, texts)),
    ]  # fmt: skip


def sessions_table(report: EventReport, texts: ReportTexts) -> ReportTable:
    several_days = report.start_date != report.end_date
    rows = []
    for item in report.sessions:
        when = time_span(item.starts_at, item.ends_at, texts.language)
        if several_days:
            when = f"{weekday_date(item.starts_at.date(), texts.language)}, {when}"
        rows.append((item.title, when, item.room, item.seats, item.signed_up, item.waiting,
                     item.checked_in))  # fmt: skip
    header = (texts.session, texts.time, texts.room, texts.seats, texts.signed_up,
              texts.waiting, texts.at_door)  # fmt: skip
    return ReportTable(texts.sessions, header, tuple(rows))


def arrivals_table(report: EventReport, texts: ReportTexts, step_minutes: int) -> ReportTable:
    several_days = len(report.arrivals) > 1
    rows = []
    for day in report.arrivals:
        for step in day.steps:
            moment = step.starts_at.strftime("%Y-%m-%d %H:%M" if several_days else "%H:%M")
            rows.append((moment, step.arrivals, step.cumulative))
    header = (texts.arrival_time, texts.arrivals_per_step.format(minutes=step_minutes),
              texts.arrivals_so_far)  # fmt: skip
    return ReportTable(texts.arrivals, header, tuple(rows))


def _breakdown(
    title: str, tallies: tuple[Tally, ...], texts: ReportTexts, name: Callable[[str], str]
) -> ReportTable:
    rows = tuple((name(t.key), t.registered, t.checked_in, t.no_shows) for t in tallies)
    return ReportTable(title, (texts.group, texts.registered, texts.checked_in, texts.no_shows),
                       rows)  # fmt: skip


def _word(table: Mapping[str, Word], key: str, language: str, texts: ReportTexts) -> str:
    return word_for(table, key, language) if key else texts.not_stated


def _funding_word(key: str, texts: ReportTexts) -> str:
    if key == NOT_FUNDED:
        return texts.not_funded
    if key == FUNDED_WITHOUT_COHORT:
        return texts.funded_without_cohort
    return key
