"""The post-event figures: who was expected, who came (undone check-ins do not count),
the breakdowns, each session's load and the arrivals curve."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import pairwise
from pathlib import Path

from confdesk.db.database import Database, open_database
from confdesk.db.models import Category, OrganizationKind
from confdesk.domain.checkin.desk import CheckinDesk
from confdesk.domain.demo.conference import create_demo_event
from confdesk.domain.registrations.organizations import OrganizationDirectory, OrganizationDraft
from confdesk.domain.registrations.service import RegistrationDraft, RegistrationService
from confdesk.domain.reports.figures import NOT_FUNDED, Tally, event_report

# 9:32 and 9:47 in Berlin (UTC+1 in March).
NINE_32 = datetime(2027, 3, 18, 8, 32, 10)
NINE_47 = datetime(2027, 3, 18, 8, 47, 59)


def _organization(database: Database, draft: OrganizationDraft) -> int:
    with database.transaction() as session:
        return OrganizationDirectory(session).find_or_create(draft).id


def test_counts_who_was_expected_and_who_came(database: Database, event_id: int) -> None:
    town = _organization(database, OrganizationDraft(
        "Stadt Bad Belzig", OrganizationKind.MUNICIPALITY.value, "Brandenburg",
        "Modellprojekte Smart Cities", "Staffel 2"))  # fmt: skip
    firm = _organization(database, OrganizationDraft("Datenwerk GmbH",
                                                     OrganizationKind.BUSINESS.value))  # fmt: skip
    service = RegistrationService(database)
    came = service.create(event_id, RegistrationDraft("Anna", "Arnold", organization_id=town))
    undone = service.create(event_id, RegistrationDraft("Bert", "Brandt", organization_id=town))
    service.create(event_id, RegistrationDraft(
        "Cem", "Çelik", organization_id=firm, category=Category.SPEAKER.value))  # fmt: skip
    cancelled = service.create(event_id, RegistrationDraft("Dora", "Dietz"))
    service.cancel(cancelled.id)
    desk = CheckinDesk(database, event_id)
    assert desk.check_in_registration(came.id, scanned_at=NINE_32).checkin_id is not None
    taken_back = desk.check_in_registration(undone.id, scanned_at=NINE_47).checkin_id
    assert taken_back is not None
    desk.undo(taken_back)
    desk.close()

    report = event_report(database, event_id)

    assert (report.registered, report.checked_in, report.no_shows) == (3, 1, 2)
    assert report.cancelled == 1
    assert report.no_show_rate == 2 / 3
    assert set(report.by_category) == {Tally("participant", 2, 1), Tally("speaker", 1, 0)}
    assert set(report.by_organization_kind) == {Tally("municipality", 2, 1),
                                                Tally("business", 1, 0)}  # fmt: skip
    assert Tally("Brandenburg", 2, 1) in report.by_federal_state
    assert set(report.by_funding) == {Tally("Staffel 2", 2, 1), Tally(NOT_FUNDED, 1, 0)}
    [day] = report.arrivals
    assert [(s.starts_at.time().isoformat(), s.arrivals, s.cumulative) for s in day.steps] == [
        ("09:30:00", 1, 1)
    ]


def test_the_demo_day_has_a_morning_curve_with_a_peak_before_the_opening(
    tmp_path: Path,
) -> None:
    database = open_database(tmp_path / "day.sqlite")
    try:
        create_demo_event(database, attendees=120, seed=3, arrivals=True)
        report = event_report(database, 1)
    finally:
        database.close()
    [day] = report.arrivals
    steps = day.steps
    assert all(b.starts_at - a.starts_at == timedelta(minutes=5) for a, b in pairwise(steps))
    assert steps[-1].cumulative == report.checked_in
    assert 0 < report.no_shows < report.registered * 0.25
    peak = max(steps, key=lambda step: step.arrivals)
    assert datetime(2027, 3, 18, 9, 0) <= peak.starts_at < datetime(2027, 3, 18, 10, 0)
    by_half_past_ten = max(s.cumulative for s in steps if s.starts_at.hour * 60
                           + s.starts_at.minute < 10 * 60 + 30)  # fmt: skip
    assert by_half_past_ten >= 0.85 * report.checked_in
    workshops = [s for s in report.sessions if s.kind == "workshop"]
    assert workshops and all(0 < s.checked_in <= s.signed_up for s in workshops)
    assert 0 < report.certificates < report.checked_in
    assert report.badges == report.registered


def test_the_demo_without_arrivals_has_nobody_checked_in(tmp_path: Path) -> None:
    database = open_database(tmp_path / "before.sqlite")
    try:
        create_demo_event(database, attendees=40, seed=3)
        report = event_report(database, 1)
    finally:
        database.close()
    assert report.checked_in == 0 and report.arrivals == ()
    assert report.no_shows == report.registered
