"""Carrying out an import: all of it in one transaction or nothing, organisations and
topics found in any spelling or created, matching registrations skipped, updated or added
as chosen, and the search finds imported people at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select, text

from confdesk.db.models import Organization, Topic
from confdesk.domain.importing import RowAction, apply_import, plan_import
from confdesk.domain.registrations.organizations import find_or_create_organization
from confdesk.domain.registrations.search import RegistrationFilter, search_registration_ids
from confdesk.domain.registrations.service import RegistrationDraft, RegistrationService
from confdesk.errors import UserError

HEADER = ["Titel", "Vorname", "Nachname", "E-Mail-Adresse", "Kommune / Organisation",
          "Funktion", "Telefon", "Kategorie", "Status", "Fotoerlaubnis", "Themen",
          "Bemerkung"]  # fmt: skip
ANNA = ["Dr.", "Anna", "Weiß", "anna.weiss@bad-belzig.de", "Stadt Bad Belzig",
        "Bürgermeisterin", "033841 123", "Referentin", "", "ja", "Ortskerne; Mobilität",
        ""]  # fmt: skip
JURGEN = ["", "Jürgen", "Größmann", "j.groessmann@hassfurt.de", "Stadt Haßfurt",
          "Digitallotse", "", "Teilnehmer", "Warteliste", "nein", "Mobilität",
          "kommt mit dem Zug,\nca. 10:30 Uhr"]  # fmt: skip


def _counts(database) -> tuple[int, int, int]:
    with database.transaction() as session:
        return (
            session.scalar(text("SELECT count(*) FROM registrations")),
            session.scalar(select(func.count()).select_from(Organization)),
            session.scalar(select(func.count()).select_from(Topic)),
        )


def test_import_stores_rows_as_planned(database, event_id, write_csv, stored) -> None:
    path = write_csv([HEADER, ANNA, JURGEN], encoding="cp1252")

    result = apply_import(database, plan_import(database, event_id, path))

    assert (result.added, result.updated, result.skipped) == (2, 0, 0)
    assert (result.organizations_created, result.topics_created) == (2, 2)
    anna, jurgen = stored()
    assert result.added_ids == (anna["id"], jurgen["id"])
    assert {k: anna[k] for k in ("title", "given_name", "family_name", "organization",
                                 "position", "phone", "category", "status",
                                 "photo_consent", "topics", "source")} == {
        "title": "Dr.", "given_name": "Anna", "family_name": "Weiß",
        "organization": "Stadt Bad Belzig", "position": "Bürgermeisterin",
        "phone": "033841 123", "category": "speaker", "status": "registered",
        "photo_consent": True, "topics": ["Mobilität", "Ortskerne"], "source": "import",
    }  # fmt: skip
    assert jurgen["status"] == "waitlisted"
    assert jurgen["photo_consent"] is False
    assert jurgen["notes"] == "kommt mit dem Zug,\nca. 10:30 Uhr"


def test_imported_people_are_found_by_the_search(database, event_id, write_csv) -> None:
    apply_import(database, plan_import(database, event_id, write_csv([HEADER, ANNA, JURGEN])))

    with database.transaction() as session:
        found = session.scalars(
            text("SELECT rowid FROM registration_search WHERE registration_search MATCH :q"),
            {"q": "grossmann hassfurt"},
        ).all()
        names = session.scalars(
            text("SELECT family_name FROM registrations WHERE id = :id"), {"id": found[0]}
        ).all()

    assert names == ["Größmann"]


def test_organisations_and_topics_are_reused_in_any_spelling(
    database, event_id, write_csv, stored
) -> None:
    existing = find_or_create_organization(database, "Stadt Haßfurt")
    rows = [HEADER, ANNA, JURGEN, ["", "Ben", "Ohm", "", "stadt hassfurt", "", "", "", "",
                                    "", "mobilitaet, ORTSKERNE", ""]]  # fmt: skip

    result = apply_import(database, plan_import(database, event_id, write_csv(rows)))

    assert result.organizations_created == 1
    registrations = stored()
    assert registrations[1]["organization"] == registrations[2]["organization"] == "Stadt Haßfurt"
    assert registrations[2]["topics"] == ["Mobilität", "Ortskerne"]
    with database.transaction() as session:
        ids = session.scalars(select(Organization.id).where(Organization.name.like("%furt"))).all()
    assert ids == [existing.id]


def test_an_error_in_the_last_row_writes_nothing(database, event_id, write_csv) -> None:
    rows = [HEADER] + [[*ANNA[:1], f"Vor{n}", f"Nach{n}", *ANNA[3:]] for n in range(300)]
    rows[-1][3] = "nicht-mehr@"
    rows[-1][4] = "Neue Gemeinde"
    plan = plan_import(database, event_id, write_csv(rows))
    before = _counts(database)

    with pytest.raises(UserError) as error:
        apply_import(database, plan)

    assert error.value.code == "import_has_errors"
    assert _counts(database) == before == (0, 0, 0)
    assert apply_import(database, plan.with_actions({301: RowAction.SKIP})).added == 299


def test_a_progress_callback_that_raises_cancels_everything(database, event_id, write_csv) -> None:
    rows = [HEADER] + [[*ANNA[:1], f"Vor{n}", f"Nach{n}", *ANNA[3:]] for n in range(2500)]
    plan = plan_import(database, event_id, write_csv(rows))
    reports: list[tuple[int, int]] = []

    class Cancelled(Exception):
        pass

    def cancel_at_the_end(done: int, total: int) -> None:
        reports.append((done, total))
        if done == total:
            raise Cancelled

    with pytest.raises(Cancelled):
        apply_import(database, plan, progress=cancel_at_the_end)

    assert reports[0] == (0, 2500)
    assert (1000, 2500) in reports
    assert _counts(database) == (0, 0, 0)


def _search_index_is_exact(database) -> bool:
    """FTS5's own check of its index against the registrations (rank 1: the content
    table too), which fails on a missing, extra or stale row."""
    with database.transaction() as session:
        session.execute(
            text(
                "INSERT INTO registration_search(registration_search, rank) "
                "VALUES ('integrity-check', 1)"
            )
        )
    return True


def _found(database, event_id: int, typed: str) -> list[int]:
    return search_registration_ids(database, event_id, RegistrationFilter(typed))


def test_a_big_import_leaves_the_search_index_exactly_as_a_rebuild(
    database, event_id, write_csv
) -> None:
    """Imports index their new rows in one statement at the end, not row by row."""
    earlier = RegistrationService(database).create(event_id, RegistrationDraft("Ute", "Früh"))
    rows = [HEADER] + [[*ANNA[:1], f"Vor{n}", f"Nach{n}", *ANNA[3:]] for n in range(2500)]

    result = apply_import(database, plan_import(database, event_id, write_csv(rows)))

    assert _search_index_is_exact(database)
    assert _found(database, event_id, "nach2499") == [result.added_ids[-1]]
    assert _found(database, event_id, "vor0 nach0") == [result.added_ids[0]]
    assert _found(database, event_id, "fruh") == [earlier.id]
    # The index keeps up with what is written after the import.
    later = RegistrationService(database).create(event_id, RegistrationDraft("Eva", "Spät"))
    assert _found(database, event_id, "spat") == [later.id]
    assert _search_index_is_exact(database)


def test_a_cancelled_import_leaves_the_search_index_working(database, event_id, write_csv) -> None:
    rows = [HEADER] + [[*ANNA[:1], f"Vor{n}", f"Nach{n}", *ANNA[3:]] for n in range(1500)]
    plan = plan_import(database, event_id, write_csv(rows))

    class Cancelled(Exception):
        pass

    def cancel_after_the_first_rows(done: int, total: int) -> None:
        if done >= 1000:
            raise Cancelled

    with pytest.raises(Cancelled):
        apply_import(database, plan, progress=cancel_after_the_first_rows)

    assert _found(database, event_id, "nach1") == []
    created = RegistrationService(database).create(event_id, RegistrationDraft("Eva", "Spät"))
    assert _found(database, event_id, "spat") == [created.id]
    assert _search_index_is_exact(database)


def test_matching_rows_are_skipped_updated_or_added(database, event_id, write_csv, stored) -> None:
    service = RegistrationService(database)
    original = service.create(
        event_id,
        RegistrationDraft(
            "Anna", "Weiß", email="Anna.Weiss@bad-belzig.de", phone="0171 555",
            notes="bringt Roll-up mit", position="Kämmerin",
        ),
    )  # fmt: skip
    path = write_csv([HEADER, [*ANNA[:6], "", *ANNA[7:]], JURGEN])

    skipped = apply_import(database, plan_import(database, event_id, path))
    assert (skipped.added, skipped.updated, skipped.skipped) == (1, 0, 1)
    assert stored()[0]["position"] == "Kämmerin"

    updated = apply_import(
        database, plan_import(database, event_id, path, existing=RowAction.UPDATE)
    )
    assert (updated.added, updated.updated, updated.skipped) == (0, 2, 0)
    anna = stored()[0]
    assert anna["id"] == original.id
    assert anna["position"] == "Bürgermeisterin"
    assert anna["organization"] == "Stadt Bad Belzig"
    assert anna["topics"] == ["Mobilität", "Ortskerne"]
    # An empty cell never erases what is stored; the source stays as it was.
    assert anna["phone"] == "0171 555"
    assert anna["notes"] == "bringt Roll-up mit"
    assert anna["source"] == "manual"
    assert anna["updated_at"] > original.updated_at
    assert "belzig" in anna["search_key"] and "burgermeisterin" in anna["search_key"]

    added = apply_import(database, plan_import(database, event_id, path, existing=RowAction.ADD))
    assert (added.added, added.updated, added.skipped) == (2, 0, 0)
    assert len(stored()) == 4


def test_a_plan_made_before_another_desk_changed_the_event_is_refused(
    database, event_id, write_csv, stored
) -> None:
    plan = plan_import(database, event_id, write_csv([HEADER, ANNA]))
    RegistrationService(database).walk_in(event_id, "Anna", "Weiß", "Stadt Bad Belzig")

    with pytest.raises(UserError) as error:
        apply_import(database, plan)

    assert error.value.code == "import_plan_outdated"
    assert len(stored()) == 1
    assert plan_import(database, event_id, write_csv([HEADER, ANNA])).rows[0].matches


def test_xlsx_written_by_openpyxl_with_a_title_row(
    tmp_path: Path, database, event_id, stored
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Anmeldungen Themenmarktplatz Smarte Dörfer"])
    sheet.append([])
    sheet.append(["Given name", "Family name", "Company", "Job Title", "Photo consent"])
    sheet.append(["Zoë", "Çalışkan", "Gemeinde Süderlügum", "Ortsbürgermeisterin", True])
    sheet.append(["Ole", "Ørsted", None, 4711, "no"])
    path = tmp_path / "anmeldungen.xlsx"
    workbook.save(path)

    plan = plan_import(database, event_id, path)
    apply_import(database, plan)

    assert [row.line for row in plan.rows] == [4, 5]
    zoe, ole = stored()
    assert (zoe["given_name"], zoe["family_name"], zoe["organization"]) == (
        "Zoë",
        "Çalışkan",
        "Gemeinde Süderlügum",
    )
    assert zoe["photo_consent"] is True
    assert ole["position"] == "4711"
    assert ole["organization"] == ""
    assert ole["photo_consent"] is False
