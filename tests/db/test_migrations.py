"""Migrations: a file from the first schema is upgraded to head with its data intact,
after a backup; the models and the migrations never drift apart."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, select

from confdesk.db import migrate
from confdesk.db.database import HEAD_REVISION, open_database
from confdesk.db.models import Base, Registration
from confdesk.db.search_index import is_search_index_name
from confdesk.domain.checkin.codes import CodeStatus, code_for_registration, verify_code

# Rows as the first schema stores them; written with plain SQL so the test does not
# depend on today's models.
FIRST_REVISION_ROWS = """
INSERT INTO events (id, uuid, created_at, updated_at, title, subtitle, start_date, end_date,
    day_starts, day_ends, venue_name, venue_address, timezone, language)
VALUES (1, 'e0000000-0000-4000-8000-000000000001', '2026-11-01 09:00:00',
    '2026-11-01 09:00:00', 'Regionalkonferenz Modellprojekte Smart Cities', '', '2027-03-18',
    '2027-03-18', '10:00:00', '17:00:00', 'Kulturzentrum Bad Belzig',
    'Weitzgrunder Straße 4, 14806 Bad Belzig', 'Europe/Berlin', 'de');
INSERT INTO rooms (id, uuid, created_at, updated_at, event_id, name, capacity, location,
    sort_order)
VALUES (1, 'c1000000-0000-4000-8000-000000000001', '2026-11-01 09:00:00',
    '2026-11-01 09:00:00', 1, 'Großer Saal', 200, 'EG', 0);
INSERT INTO organizations (id, uuid, created_at, updated_at, name, kind, federal_state,
    funding_programme, cohort)
VALUES (1, 'd0000000-0000-4000-8000-000000000001', '2026-11-01 09:00:00',
    '2026-11-01 09:00:00', 'Stadt Haßfurt', 'municipality', 'Bayern',
    'Modellprojekte Smart Cities', 'Staffel 2');
INSERT INTO registrations (id, uuid, created_at, updated_at, event_id, title, given_name,
    family_name, email, phone, organization_id, position, category, status, dietary_needs,
    accessibility_needs, photo_consent, attendee_list_consent, notes, source)
VALUES
 (1, 'b0000000-0000-4000-8000-000000000001', '2026-11-01 09:00:00', '2026-11-01 09:00:00', 1,
  'Dr.', 'Jürgen', 'Größmann', 'j.groessmann@hassfurt.de', '', 1, 'Bürgermeister', 'speaker',
  'registered', 'vegetarisch', '', 1, 1, '', 'import'),
 (2, 'b0000000-0000-4000-8000-000000000002', '2026-11-01 09:00:00', '2026-11-01 09:00:00', 1,
  '', 'Ayşe', 'Çalışkan', 'a.caliskan@example.org', '', NULL, '', 'participant',
  'waitlisted', '', 'Rollstuhl', 0, 0, '', 'manual');
INSERT INTO agenda_sessions (id, uuid, created_at, updated_at, event_id, title, kind,
    starts_at, ends_at, room_id, capacity, topic_id, signup_required, description)
VALUES (1, 'f0000000-0000-4000-8000-000000000001', '2026-11-01 09:00:00',
    '2026-11-01 09:00:00', 1, 'Workshop Innenstadt', 'workshop', '2027-03-18 10:45:00',
    '2027-03-18 11:45:00', 1, 30, NULL, 1, '');
INSERT INTO session_signups (id, uuid, created_at, updated_at, session_id, registration_id,
    status, signed_up_at)
VALUES (1, 'a0000000-0000-4000-8000-000000000001', '2026-11-01 09:00:00',
    '2026-11-01 09:00:00', 1, 1, 'signed_up', '2026-11-01 09:00:00');
INSERT INTO checkins (id, uuid, registration_id, session_id, action, occurred_at, desk,
    operator, source, reverts_id)
VALUES (1, 'c0000000-0000-4000-8000-000000000001', 1, NULL, 'check_in',
    '2027-03-18 09:12:00', 'Desk 1', 'Petra', 'scanner', NULL);
"""

COUNTED_TABLES = (
    "events",
    "rooms",
    "organizations",
    "registrations",
    "agenda_sessions",
    "session_signups",
    "checkins",
)


def _counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as connection:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in COUNTED_TABLES
        }


def _file_at_first_revision(path: Path) -> str:
    first = migrate.revisions_oldest_first()[0]
    engine = create_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, first)
    engine.dispose()
    with closing(sqlite3.connect(path)) as connection:
        connection.executescript(FIRST_REVISION_ROWS)
    return first


def test_populated_file_from_first_revision_opens_at_head_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    first = _file_at_first_revision(path)
    before = _counts(path)

    database = open_database(path)
    try:
        with database.transaction() as session:
            names = session.scalars(
                select(Registration.family_name).order_by(Registration.id)
            ).all()
            version = (
                session.connection()
                .exec_driver_sql("SELECT version_num FROM alembic_version")
                .scalar()
            )
            # Rows written before search existed are found by it after the upgrade.
            found = (
                session.connection()
                .exec_driver_sql(
                    "SELECT rowid FROM registration_search WHERE registration_search "
                    "MATCH 'grossm* OR caliskan*' ORDER BY rowid"
                )
                .scalars()
                .all()
            )
            # Keys from before e-mail domains were left out are written again: the local
            # part finds a person, the domain ("example.org") no longer does.
            by_mail = [
                session.connection()
                .exec_driver_sql(
                    "SELECT rowid FROM registration_search WHERE registration_search "
                    "MATCH ? ORDER BY rowid",
                    (words,),
                )
                .scalars()
                .all()
                for words in ("caliskan", "example*", "hassfurt")
            ]
        # Registrations from before check-in codes get working ones after the upgrade.
        code = code_for_registration(database, 1)
        check = verify_code(database, 1, code)
    finally:
        database.close()

    assert (check.status, check.registration_id) == (CodeStatus.VALID, 1)
    assert version == HEAD_REVISION
    assert names == ["Größmann", "Çalışkan"]
    assert found == [1, 2]
    # "hassfurt" is the organisation's name (Haßfurt), not the mail domain.
    assert by_mail == [[2], [], [1]]
    assert _counts(path) == before
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    if first != HEAD_REVISION:
        assert database.backup_path is not None
        assert _counts(database.backup_path) == before


@pytest.mark.slow
def test_an_older_file_is_copied_before_it_is_upgraded(tmp_path: Path) -> None:
    """A file at the schema's base (all migrations undone) is the oldest possible file."""
    path = tmp_path / "desk.sqlite"
    open_database(path).close()
    engine = create_engine(f"sqlite:///{path}")
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        from alembic import command

        command.downgrade(config, "base")
    engine.dispose()

    database = open_database(path)
    database.close()

    assert database.backup_path is not None and database.backup_path.is_file()
    assert "before-upgrade-from-base" in database.backup_path.name
    with closing(sqlite3.connect(database.backup_path)) as backup:
        tables = {row[0] for row in backup.execute("SELECT name FROM sqlite_master")}
    assert "registrations" not in tables  # the copy is the file as it was
    assert _counts(path) == dict.fromkeys(COUNTED_TABLES, 0)


def test_migrations_create_exactly_the_models_schema(tmp_path: Path) -> None:
    database = open_database(tmp_path / "desk.sqlite")
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                opts={
                    "include_name": lambda name, type_, _parents: (
                        not (type_ == "table" and is_search_index_name(name))
                    )
                },
            )
            differences = compare_metadata(context, Base.metadata)
    finally:
        database.close()
    assert differences == []


def test_names_in_other_scripts_written_before_0010_are_found_after_it(tmp_path: Path) -> None:
    """Keys written before anyascii spelled other scripts were empty for these names: the
    upgrade writes them again, and their name order, and leaves other rows alone."""
    path = tmp_path / "desk.sqlite"
    _file_at_first_revision(path)
    with closing(sqlite3.connect(path)) as connection:
        connection.executescript(
            """
            INSERT INTO organizations (id, uuid, created_at, updated_at, name, kind,
                federal_state, funding_programme, cohort)
            VALUES (2, 'd0000000-0000-4000-8000-000000000002', '2026-11-01 09:00:00',
                '2026-11-01 09:00:00', 'עיריית חיפה', 'municipality', '', '', '');
            INSERT INTO registrations (id, uuid, created_at, updated_at, event_id, title,
                given_name, family_name, email, phone, organization_id, position, category,
                status, dietary_needs, accessibility_needs, photo_consent,
                attendee_list_consent, notes, source)
            VALUES
             (3, 'b0000000-0000-4000-8000-000000000003', '2026-11-01 09:00:00',
              '2026-11-01 09:00:00', 1, 'Dr.', '小明', '王', '', '', NULL, '', 'participant',
              'registered', '', '', 0, 0, '', 'manual'),
             (4, 'b0000000-0000-4000-8000-000000000004', '2026-11-01 09:00:00',
              '2026-11-01 09:00:00', 1, '', 'Dana', 'Levi', '', '', 2, '', 'participant',
              'registered', '', '', 0, 0, '', 'manual');
            """
        )
        connection.commit()
    engine = create_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0009")
    engine.dispose()
    with closing(sqlite3.connect(path)) as connection:
        # The keys and names as the code of 0009 wrote them: nothing of the Chinese name or
        # the Hebrew organisation. The update trigger keeps the index in step.
        connection.executemany(
            "UPDATE registrations SET search_key = ?, sort_name = ? WHERE id = ?",
            [("stale", "grossmann jurgen", 1), ("dr", "", 3), ("dana levi", "levi dana", 4)],
        )
        connection.commit()

    database = open_database(path)
    try:
        with database.transaction() as session:
            connection = session.connection()

            def found(words: str) -> list[int]:
                return list(
                    connection.exec_driver_sql(
                        "SELECT rowid FROM registration_search WHERE registration_search "
                        "MATCH ? ORDER BY rowid",
                        (words,),
                    ).scalars()
                )

            searches = [found(words) for words in ("wangxiao*", "xiaoming", "hyfh*", "stale")]
            rows = connection.exec_driver_sql(
                "SELECT id, search_key, sort_name FROM registrations ORDER BY id"
            ).all()
    finally:
        database.close()

    # Haifa's town hall, עיריית חיפה, is "'yryyt hyfh" as anyascii spells it.
    assert searches == [[3], [3], [4], [1]]
    assert [tuple(row) for row in rows[2:]] == [
        (3, "dr xiaoming wang wangxiaoming", "wang xiaoming"),
        (4, "dana levi yryyt hyfh", "levi dana"),
    ]
    # Rows without such letters keep key and name, even stale ones: they are not read again.
    assert tuple(rows[0]) == (1, "stale", "grossmann jurgen")
