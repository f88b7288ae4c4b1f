"""``import``: 20,000 attendees from a CSV file the way a German registration tool exports
it (semicolon, "CSV UTF-8" with a byte order mark, German headers, yes/no words, topic
lists), imported into a fresh event of a fresh database: read, map, check, match and write
in one transaction. The value is rows per second for all of it, from opening the file to
the commit; generating the file and creating the database are not timed.

Floor: the same rows, already split into cells, inserted by a plain ``sqlite3``
``executemany`` into one table with the same columns, with the pragmas confdesk uses (WAL,
``synchronous=FULL``, foreign keys), in one transaction.
"""

from __future__ import annotations

import csv
import random
from contextlib import closing
from datetime import date
from pathlib import Path
from time import perf_counter, process_time

from confdesk.bench.scenario import (
    BenchContext,
    BenchError,
    Measurement,
    Scenario,
    plain_connection,
)
from confdesk.db.models import Category
from confdesk.domain.demo import catalogue
from confdesk.domain.demo.people import EmailBook, PersonFactory, Weighted
from confdesk.words.command_line import Said

ROWS = 20_000
HEADERS = (
    "Anrede", "Titel", "Vorname", "Nachname", "E-Mail-Adresse", "Kommune / Organisation",
    "Funktion", "Telefon", "Kategorie", "Ernährung", "Barrierefreiheit", "Fotoerlaubnis",
    "Aufnahme in Teilnehmerliste", "Themen", "Bemerkung",
)  # fmt: skip
_CATEGORY_WORDS = Weighted(
    [("Teilnehmer(in)", 90), ("Referent(in)", 2), ("Aussteller(in)", 5), ("Presse", 1),
     ("Gast", 2)]
)  # fmt: skip
_CATEGORIES = {
    "Teilnehmer(in)": Category.PARTICIPANT,
    "Referent(in)": Category.SPEAKER,
    "Aussteller(in)": Category.EXHIBITOR,
    "Presse": Category.PRESS,
    "Gast": Category.GUEST,
}


def measure(context: BenchContext) -> Measurement:
    from confdesk.db.database import open_database
    from confdesk.domain.events.service import EventDraft, EventService
    from confdesk.domain.importing import apply_import, plan_import

    rows = min(ROWS, context.scale)
    folder = context.scratch_dir("import")
    source = folder / "anmeldungen.csv"
    records = write_registration_export(source, rows)
    database = open_database(folder / "import.sqlite")
    try:
        event = EventService(database).create(
            EventDraft("Themenmarktplatz", date(2026, 11, 26), date(2026, 11, 26))
        )
        cpu_started = process_time()
        started = perf_counter()
        plan = plan_import(database, event.id, source)
        planned = perf_counter()
        if not plan.can_apply:
            raise BenchError(f"The generated file does not import: {plan.blocking_problems[0]}")
        result = apply_import(database, plan)
        finished = perf_counter()
        cpu_seconds = process_time() - cpu_started
    finally:
        database.close()
    if result.added != rows:
        raise BenchError(f"The import added {result.added} of {rows} rows.")
    floor_seconds = _plain_executemany(folder / "plain.sqlite", records)
    return Measurement(
        value=rows / (finished - started),
        floor=rows / floor_seconds,
        extra={
            "rows": rows,
            "database": "a fresh event in a fresh database",
            "plan_s": planned - started,
            "apply_s": finished - planned,
            # This process's CPU time for the same work: on a busy machine the wall-clock
            # figure includes waiting for a core, this one does not.
            "cpu_s": cpu_seconds,
            "floor_s": floor_seconds,
        },
    )


def write_registration_export(path: Path, rows: int, seed: int = 7) -> list[tuple[str, ...]]:
    """A registration tool's export of ``rows`` demo-like attendees; returns the rows."""
    rng = random.Random(seed)
    people = PersonFactory(rng)
    emails = EmailBook(rng)
    topics = [topic.name for topic in catalogue.TOPICS]
    records: list[tuple[str, ...]] = []
    for _ in range(rows):
        word = _CATEGORY_WORDS.pick(rng)
        category = _CATEGORIES[word]
        # The crowd has no speakers of its own; an external speaker looks like a participant.
        person = people.draw(Category.PARTICIPANT if category is Category.SPEAKER else category)
        organization = person.organization
        records.append(
            (
                rng.choice(("Frau", "Herr", "")),
                person.title,
                person.given_name,
                person.family_name,
                emails.address(
                    person.given_name,
                    person.family_name,
                    organization.domain if organization else "",
                ),
                organization.name if organization else "",
                person.position,
                people.phone() if rng.random() < 0.4 else "",
                word,
                people.dietary_needs(),
                people.accessibility_needs(),
                rng.choice(("ja", "ja", "ja", "nein")),
                rng.choice(("ja", "ja", "nein")),
                "; ".join(rng.sample(topics, rng.randrange(4))),
                people.note(category),
            )
        )
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADERS)
        writer.writerows(records)
    return records


def _plain_executemany(path: Path, records: list[tuple[str, ...]]) -> float:
    columns = ", ".join(f"c{index} TEXT NOT NULL" for index in range(len(HEADERS)))
    marks = ", ".join("?" for _ in HEADERS)
    with closing(plain_connection(path)) as connection:
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute(f"CREATE TABLE registrations (id INTEGER PRIMARY KEY, {columns})")
        started = perf_counter()
        connection.execute("BEGIN")
        connection.executemany(
            f"INSERT INTO registrations ({', '.join(f'c{i}' for i in range(len(HEADERS)))}) "
            f"VALUES ({marks})",
            records,
        )
        connection.execute("COMMIT")
        return perf_counter() - started


SCENARIO = Scenario(
    name="import",
    description=Said.BENCH_IMPORT,
    unit="rows/s",
    target=10_000,
    measure=measure,
    higher_is_better=True,
)
