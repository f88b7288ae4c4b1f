"""``workshop_assignment``: workshop places for 300 people from ranked wishes, in three
rounds of eight parallel workshops, previewed and applied as the organiser does it
(:mod:`confdesk.domain.networking.workshop_places`); value in seconds.

Setup (not measured): a file of its own holding one event, 24 workshops (40 seats each,
some far more wanted than others) and 300 registrations with three ranked wishes per
round. The number of people is fixed: the issue's conference size, not ``--scale``.

Floor: the plain way in the same run, on a copy of that file — greedy first come, first
served with plain ``sqlite3``: read the wishes, give each person in order of registration
the best wish with a seat left, insert the sign-ups, commit. The report also compares the
ranks both ways give (how many placed, first choices, mean and worst rank, and the mean
rank over everyone with no place counted as rank 4).
"""

from __future__ import annotations

import random
import sqlite3
from collections import Counter, defaultdict
from contextlib import closing
from datetime import date, datetime, time
from pathlib import Path
from time import perf_counter

from confdesk.bench.scenario import BenchContext, Measurement, Scenario, plain_connection
from confdesk.words.command_line import Said

PEOPLE = 300
ROUNDS = 3
WORKSHOPS_PER_ROUND = 8
SEATS = 40
WISHES = 3
# How much each workshop of a round is wanted, relative to the others.
POPULARITY = (9, 7, 5, 4, 3, 2, 2, 1)
_DAY = date(2027, 3, 18)


def measure(context: BenchContext) -> Measurement:
    from confdesk.db.database import open_database
    from confdesk.domain.networking.workshop_places import (
        apply_workshop_places,
        plan_workshop_places,
    )

    folder = context.scratch_dir("workshop_assignment")
    path = folder / "desk.sqlite"
    event_id = _create(path)
    floor_path = folder / "plain.sqlite"
    with closing(sqlite3.connect(path)) as origin, closing(sqlite3.connect(floor_path)) as copy:
        origin.backup(copy)

    database = open_database(path)
    try:
        started = perf_counter()
        plan = plan_workshop_places(database, event_id)
        apply_workshop_places(database, plan)
        ours = perf_counter() - started
    finally:
        database.close()
    optimised = _ranks_in(path)

    started = perf_counter()
    _greedy(floor_path)
    floor = perf_counter() - started
    greedy = _ranks_in(floor_path)

    mine, theirs = _summary(optimised), _summary(greedy)
    return Measurement(
        value=ours,
        floor=floor,
        extra={
            "people": PEOPLE,
            "rounds": ROUNDS,
            "workshops_per_round": WORKSHOPS_PER_ROUND,
            "optimised": mine,
            "greedy": theirs,
            "placed_more": mine["placed"] - theirs["placed"],
            "first_choice_more": mine["first_choice"] - theirs["first_choice"],
            # Over everyone, no place counted as one rank below the last wish.
            "mean_rank_all_better_by": round(theirs["mean_rank_all"] - mine["mean_rank_all"], 3),
        },
    )


def _create(path: Path) -> int:
    """The event, its workshops and its people with their wishes, in one transaction."""
    from confdesk.db.database import open_database
    from confdesk.db.models import AgendaSession, Event, Registration, SessionKind
    from confdesk.domain.networking.wishes import add_wishes

    rng = random.Random(18)
    database = open_database(path)
    try:
        with database.transaction() as session:
            event = Event(title="Themenmarktplatz", start_date=_DAY, end_date=_DAY)
            session.add(event)
            session.flush()
            rounds: list[list[AgendaSession]] = []
            for number in range(1, ROUNDS + 1):
                starts = datetime.combine(_DAY, time(9 + 2 * number))
                workshops = [
                    AgendaSession(
                        event_id=event.id, title=f"Workshop {number}.{index}",
                        kind=SessionKind.WORKSHOP.value, starts_at=starts,
                        ends_at=starts.replace(hour=starts.hour + 1), capacity=SEATS,
                        round_number=number,
                    )
                    for index in range(1, WORKSHOPS_PER_ROUND + 1)
                ]  # fmt: skip
                session.add_all(workshops)
                rounds.append(workshops)
            people = [
                Registration(event_id=event.id, given_name=f"Person {index}", family_name="Bench")
                for index in range(PEOPLE)
            ]
            session.add_all(people)
            session.flush()
            wishes = []
            for person in people:
                wished: list[int] = []
                for workshops in rounds:
                    offers = list(zip(workshops, POPULARITY, strict=True))
                    for _ in range(WISHES):
                        pick = rng.choices(offers, weights=[weight for _w, weight in offers])[0]
                        offers.remove(pick)
                        wished.append(pick[0].id)
                wishes.append((person.id, wished))
            add_wishes(session, wishes)
            return event.id
    finally:
        database.close()


def _greedy(path: Path) -> None:
    with closing(plain_connection(path)) as connection:
        wishes = connection.execute(
            "SELECT w.registration_id, a.round_number, w.session_id, a.capacity "
            "FROM workshop_wishes w JOIN agenda_sessions a ON a.id = w.session_id "
            "ORDER BY w.registration_id, a.round_number, w.rank"
        ).fetchall()
        seats_left = {session_id: capacity for _r, _n, session_id, capacity in wishes}
        placed: set[tuple[int, int]] = set()
        rows = []
        for registration_id, number, session_id, _capacity in wishes:
            if (registration_id, number) in placed or seats_left[session_id] <= 0:
                continue
            seats_left[session_id] -= 1
            placed.add((registration_id, number))
            rows.append((f"greedy-{registration_id}-{session_id}", session_id, registration_id))
        connection.execute("BEGIN")
        connection.executemany(
            "INSERT INTO session_signups (uuid, created_at, updated_at, session_id, "
            "registration_id, status, signed_up_at) VALUES (?, '2027-03-01 00:00:00.000000', "
            "'2027-03-01 00:00:00.000000', ?, ?, 'signed_up', '2027-03-01 00:00:00.000000')",
            rows,
        )
        connection.execute("COMMIT")


def _ranks_in(path: Path) -> list[int | None]:
    """Per person and round, the rank of the wish they sit in (None: no place)."""
    with closing(sqlite3.connect(path)) as connection:
        seated = {
            (registration_id, session_id)
            for registration_id, session_id in connection.execute(
                "SELECT registration_id, session_id FROM session_signups WHERE status = 'signed_up'"
            )
        }
        wishes = connection.execute(
            "SELECT w.registration_id, a.round_number, w.session_id, w.rank "
            "FROM workshop_wishes w JOIN agenda_sessions a ON a.id = w.session_id"
        ).fetchall()
    found: dict[tuple[int, int], int | None] = defaultdict(lambda: None)
    for registration_id, number, session_id, rank in wishes:
        found.setdefault((registration_id, number), None)
        if (registration_id, session_id) in seated:
            found[registration_id, number] = rank
    return list(found.values())


def _summary(ranks: list[int | None]) -> dict[str, float]:
    got = [rank for rank in ranks if rank is not None]
    counts = Counter(got)
    return {
        "placed": len(got),
        "unplaced": len(ranks) - len(got),
        "first_choice": counts[1],
        "second_choice": counts[2],
        "third_choice": counts[3],
        "mean_rank": round(sum(got) / len(got), 3) if got else 0.0,
        "mean_rank_all": round(
            sum(rank if rank is not None else WISHES + 1 for rank in ranks) / len(ranks), 3
        )
        if ranks
        else 0.0,
        "worst_rank": max(got, default=0),
    }


SCENARIO = Scenario(
    name="workshop_assignment",
    description=Said.BENCH_WORKSHOPS,
    unit="s",
    target=2.0,
    measure=measure,
)
