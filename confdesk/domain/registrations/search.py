"""Search-as-you-type over an event's registrations, and the rows the table shows.

The typed text is folded by the one normaliser (:func:`confdesk.normalize.search_tokens`),
so case, accents and German spellings do not matter: "muller", "mueller" and "Müller" are
one word. Every typed word must begin a word of the registration's ``search_key`` (name,
title, the e-mail's local part, position, organisation; see :mod:`confdesk.db.search_index`),
looked up in the FTS5 index ``registration_search``. Typed words reach FTS5 only as quoted
prefix phrases, so no input is ever read as FTS5 syntax. What follows an "@" must begin the
domain of the e-mail address, checked on the rows.

A single letter typed alone jumps to the family names starting with it, as in a phone
book; as a word prefix it would match most of a large list.

One keystroke may match three people or all 50,000, so the query is shaped by what is
asked (see :func:`_plan`):

- text with few FTS hits: the hits first, then their rows by primary key, then a small
  sort; single letters typed after a longer word are checked on those rows, since FTS5
  has no prefix index for one letter;
- text with many hits, in name order and without an organisation filter: the hits' ids
  alone, put in name order and filtered in Python against lists read once and kept until
  the data changes (:mod:`confdesk.domain.registrations.search_cache`), so no row is read
  and nothing is sorted by SQLite; a single letter under a filter on row columns, likewise;
- an organisation filter, or a status filter with fewer rows than the text has hits: those
  rows first, the words checked on each;
- no text: the name index for the plain list, otherwise the rows narrowed by the filters,
  then sorted. Rows are never fetched in name-index order, which reads the table at
  random.

The ids leave SQLite as one text value: Python's sqlite3 spends about a microsecond per
result row, which for 50,000 rows costs more than the query itself.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum, StrEnum
from itertools import compress, filterfalse, pairwise

from sqlalchemy import Connection

from confdesk.db.database import Database
from confdesk.db.models import Category, PrintKind, RegistrationStatus
from confdesk.db.search_index import FTS_TABLE
from confdesk.domain.checkin.attendance import VENUE_CHECK_IN
from confdesk.domain.registrations.search_cache import read_ids, search_cache
from confdesk.normalize import search_tokens

# From this many FTS hits on, the hits are put in name order in Python (see
# search_cache), not by SQLite reading and sorting their rows: at 2,000 hits of 50,000 the
# SQL costs ~3 ms, and the cache, once read, less than half of that.
CACHED_FROM_HITS = 2_000
# FTS5 spends ~0.1 ms per phrase, and text pasted by mistake can hold thousands of words:
# words beyond these are checked in Python against the keys of the rows the rest matched.
MOST_FTS_WORDS = 32


class SortKey(StrEnum):
    NAME = "name"
    ORGANIZATION = "organization"
    CATEGORY = "category"
    STATUS = "status"
    EMAIL = "email"
    POSITION = "position"
    REGISTERED_AT = "registered_at"


@dataclass(frozen=True)
class RegistrationFilter:
    """What the registrations screen shows; empty sets and None mean "any"."""

    text: str = ""
    categories: frozenset[str] = frozenset()
    statuses: frozenset[str] = frozenset()
    organization_id: int | None = None
    checked_in: bool | None = None
    badge_printed: bool | None = None


@dataclass(frozen=True)
class RegistrationRow:
    id: int
    title: str
    given_name: str
    family_name: str
    organization: str  # "" without one
    position: str
    email: str
    category: str
    status: str
    checked_in: bool
    badge_printed: bool


def search_registration_ids(
    database: Database,
    event_id: int,
    filter: RegistrationFilter,  # the name the shared contract gives it
    sort: SortKey = SortKey.NAME,
    descending: bool = False,
) -> list[int]:
    """The ids of the event's registrations that match ``filter``, in display order."""
    text, domains = _split_domains(filter.text)
    words = _needed_words(text)
    with database.transaction() as session:
        connection = session.connection()
        query = _plan(connection, event_id, filter, words[:MOST_FTS_WORDS], domains, sort)
        if query.plan is _Plan.CACHED:
            ids = _cached_ids(connection, query, event_id, filter, descending)
        else:
            sql, parameters = _id_query(query, event_id, filter, sort, descending)
            ids = read_ids(connection, sql, parameters)
        if len(words) > MOST_FTS_WORDS and ids:
            ids = _keep_matching(connection, ids, words[MOST_FTS_WORDS:])
    return ids


def load_rows(database: Database, ids: Sequence[int]) -> dict[int, RegistrationRow]:
    """The table rows of ``ids`` in one query (ids that no longer exist are left out)."""
    if not ids:
        return {}
    sql = f"""
        SELECT r.id, r.title, r.given_name, r.family_name, coalesce(o.name, ''), r.position,
               r.email, r.category, r.status,
               {_IS_CHECKED_IN}, {_HAS_BADGE}
        FROM registrations r LEFT JOIN organizations o ON o.id = r.organization_id
        WHERE r.id IN (SELECT value FROM json_each(?))
    """
    with database.transaction() as session:
        rows = session.connection().exec_driver_sql(sql, (json.dumps(list(ids)),)).all()
    # By name, in the SELECT's order: a starred slice would hide a column too many or few.
    return {
        row[0]: RegistrationRow(
            id=row[0],
            title=row[1],
            given_name=row[2],
            family_name=row[3],
            organization=row[4],
            position=row[5],
            email=row[6],
            category=row[7],
            status=row[8],
            checked_in=bool(row[9]),
            badge_printed=bool(row[10]),
        )
        for row in rows
    }


# "Checked in" (VENUE_CHECK_IN) comes in two forms: per row, an index lookup for each of a
# few rows, and as the set of ids, built once for a walk over every registration.
_IS_CHECKED_IN = (
    f"EXISTS (SELECT 1 FROM checkins c WHERE c.registration_id = r.id AND {VENUE_CHECK_IN})"
)
_CHECKED_IN_IDS = f"SELECT c.registration_id FROM checkins c WHERE {VENUE_CHECK_IN}"
_BADGE = f"p.kind = '{PrintKind.BADGE.value}'"
_HAS_BADGE = f"EXISTS (SELECT 1 FROM print_records p WHERE p.registration_id = r.id AND {_BADGE})"
_BADGE_PRINTED_IDS = f"SELECT p.registration_id FROM print_records p WHERE {_BADGE}"


class _Plan(Enum):
    # Walk ix_registrations_event_sort_name in order; never touches the table.
    NAME_INDEX = "name_index"
    # FTS hits first, then their rows by primary key, then sort.
    HITS_FIRST = "hits_first"
    # The rows through a filter's index or in storage order, then sort.
    ROWS_FIRST = "rows_first"
    # FTS hits (or the name range of one letter) as ids, ordered and filtered in Python.
    CACHED = "cached"


@dataclass(frozen=True)
class _Query:
    plan: _Plan
    fts_words: tuple[str, ...] = ()  # looked up in FTS5
    row_words: tuple[str, ...] = ()  # checked on the search key of each row read
    # A single letter typed alone: the family names starting with it, like a phone book.
    name_start: str = ""
    domains: tuple[str, ...] = ()  # typed after an "@", checked on the e-mail of each row


def _plan(
    connection: Connection,
    event_id: int,
    registration_filter: RegistrationFilter,
    words: list[str],
    domains: tuple[str, ...],
    sort: SortKey,
) -> _Query:
    # Filters on row columns need the row; only the id-based ones work inside the index.
    row_filters = bool(
        registration_filter.categories
        or registration_filter.statuses
        or registration_filter.organization_id is not None
        or domains
    )
    walk = sort is SortKey.NAME and not row_filters
    # The cache knows the name order, and filters other than the organisation as id sets.
    cached = sort is SortKey.NAME and registration_filter.organization_id is None and not domains
    if not words:
        return _Query(_Plan.NAME_INDEX if walk else _Plan.ROWS_FIRST, domains=domains)
    if len(words) == 1 and len(words[0]) == 1:
        # As a word prefix one letter matches most of a large list ("s" for every
        # "Stadt"), which helps nobody and costs the most of all keystrokes; as the start
        # of the family name it is a narrow range of the name index.
        plan = _Plan.NAME_INDEX if walk else _Plan.CACHED if cached else _Plan.ROWS_FIRST
        return _Query(plan, name_start=words[0], domains=domains)
    if registration_filter.organization_id is not None:
        # An organisation's few hundred rows are read faster than any text lookup over
        # the whole event.
        return _Query(_Plan.ROWS_FIRST, row_words=tuple(words), domains=domains)
    # FTS5 has no prefix index for one letter (prefix='2 3'), so it merges the word lists
    # of every word starting with it: most of the cost of "Hannelore L". When a longer
    # word narrows the rows first, single letters are checked on those rows instead.
    # Common words cost FTS5 the most and narrow the least ("stadt"* merges the lists of
    # "stadtwerke", "stadtverwaltung", ...: 5 ms at 50,000), so words go to FTS5 longest
    # first and only until the hits are few enough to read their rows; the rest are checked
    # on those rows.
    longer = [word for word in words if len(word) > 1] or words
    fts_words = longer[:1]
    hits = _count_hits(connection, fts_words, CACHED_FROM_HITS)
    while hits >= CACHED_FROM_HITS and len(fts_words) < len(longer):
        fts_words = longer[: len(fts_words) + 1]
        hits = _count_hits(connection, fts_words, CACHED_FROM_HITS)
    row_words = [word for word in words if word not in fts_words]
    statuses = registration_filter.statuses
    if statuses and _count_with_status(connection, event_id, statuses, hits) < hits:
        return _Query(_Plan.ROWS_FIRST, row_words=tuple(words), domains=domains)
    if cached and hits >= CACHED_FROM_HITS:
        # No row is read, so every word goes through FTS5.
        return _Query(_Plan.CACHED, fts_words=tuple(words))
    return _Query(_Plan.HITS_FIRST, tuple(fts_words), tuple(row_words), domains=domains)


def _cached_ids(
    connection: Connection,
    query: _Query,
    event_id: int,
    registration_filter: RegistrationFilter,
    descending: bool,
) -> list[int]:
    cache = search_cache(connection)
    keep: list[frozenset[int]] = []
    drop: list[frozenset[int]] = []
    for column, values in (
        ("category", registration_filter.categories),
        ("status", registration_filter.statuses),
    ):
        if values:
            # "+": a category has no index, and reading through the event's index would
            # visit the rows at random; the status index (event_id, status) covers the ids.
            event = "+event_id" if column == "category" else "event_id"
            marks = ", ".join("?" for _ in values)
            sql = (
                f"SELECT group_concat(id) FROM registrations "
                f"WHERE {event} = ? AND {column} IN ({marks})"
            )
            keep.append(cache.id_set(connection, sql, (event_id, *sorted(values))))
    for wanted, ids_sql in (
        (registration_filter.checked_in, _CHECKED_IN_IDS),
        (registration_filter.badge_printed, _BADGE_PRINTED_IDS),
    ):
        if wanted is not None:
            ids = cache.id_set(connection, f"SELECT group_concat(registration_id) FROM ({ids_sql})")
            (keep if wanted else drop).append(ids)

    if query.name_start:
        # The name range comes in name order from its index, and only needs filtering.
        found = read_ids(
            connection,
            "SELECT group_concat(id) FROM (SELECT id FROM registrations "
            "WHERE event_id = ? AND sort_name >= ? AND sort_name < ? ORDER BY sort_name, id)",
            (event_id, query.name_start, chr(ord(query.name_start) + 1)),
        )
        for ids in keep:
            found = list(compress(found, map(ids.__contains__, found)))
    else:
        hits = read_ids(
            connection,
            f"SELECT group_concat(rowid) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?",
            (_fts_match(query.fts_words),),
        )
        found = cache.name_order(connection, event_id).pick(
            set(hits).intersection(*keep) if keep else hits
        )
    for ids in drop:
        found = list(filterfalse(ids.__contains__, found))
    # The name order breaks ties by id, so the descending order is its exact reverse.
    return found[::-1] if descending else found


def _count_hits(connection: Connection, words: Sequence[str], most: int) -> int:
    """How many registrations FTS5 finds for ``words``, counting no further than ``most``."""
    count = connection.exec_driver_sql(
        f"SELECT count(*) FROM (SELECT 1 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? LIMIT ?)",
        (_fts_match(words), most),
    ).scalar()
    return int(count or 0)


def _count_with_status(
    connection: Connection, event_id: int, statuses: frozenset[str], most: int
) -> int:
    marks = ", ".join("?" for _ in statuses)
    count = connection.exec_driver_sql(
        "SELECT count(*) FROM (SELECT 1 FROM registrations "
        f"WHERE event_id = ? AND status IN ({marks}) LIMIT ?)",
        (event_id, *sorted(statuses), most),
    ).scalar()
    return int(count or 0)


def _split_domains(text: str) -> tuple[str, tuple[str, ...]]:
    """The typed text without e-mail domains, and the domains: what follows an "@".

    Search keys hold only the local part of an e-mail address, as its domain would make
    "de" or "stadt" match nearly everyone; a domain is matched when it is asked for."""
    rest: list[str] = []
    domains: list[str] = []
    for token in text.split():
        local, _at, domain = token.partition("@")
        rest.append(local)
        if domain:
            domains.append(domain.lower())
    return " ".join(rest), tuple(domains)


def _needed_words(text: str) -> list[str]:
    """The folded words every match must begin a key word with, longest (narrowest) first.

    A word that begins another typed word is dropped, since whatever matches "mueller"
    also matches "mu"."""
    words = sorted(set(search_tokens(text)))
    # Sorted, a word's longer forms follow it directly.
    needed = [word for word, after in pairwise([*words, ""]) if not after.startswith(word)]
    return sorted(needed, key=len, reverse=True)


def _fts_match(words: Sequence[str]) -> str:
    # The normaliser leaves only a-z and 0-9; the quotes are doubled all the same, so a
    # change there can never turn typed text into FTS5 syntax.
    return " AND ".join('"' + word.replace('"', '""') + '"*' for word in words)


def _id_query(
    query: _Query,
    event_id: int,
    registration_filter: RegistrationFilter,
    sort: SortKey,
    descending: bool,
) -> tuple[str, list[object]]:
    parameters: list[object] = []
    prefix = ""
    source = "registrations r"
    where: list[str] = []
    if query.plan is _Plan.HITS_FIRST:
        prefix = (
            f"WITH hits(id) AS MATERIALIZED "
            f"(SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?) "
        )
        # CROSS JOIN fixes the join order in SQLite: hits first, then rows by primary key.
        source = "hits CROSS JOIN registrations r ON r.id = hits.id"
        parameters.append(_fts_match(query.fts_words))
    if sort is SortKey.ORGANIZATION:
        source += " LEFT JOIN organizations o ON o.id = r.organization_id"

    if query.name_start:
        # An organisation's few hundred rows beat the thousands of a letter's name range,
        # which SQLite would pick and then read at random: "+" keeps it from the range.
        name = "+r.sort_name" if registration_filter.organization_id is not None else "r.sort_name"
        where.append(f"r.event_id = ? AND {name} >= ? AND {name} < ?")
        parameters.extend([event_id, query.name_start, chr(ord(query.name_start) + 1)])
    elif query.plan is _Plan.ROWS_FIRST and not registration_filter.statuses:
        # "+" keeps SQLite from reaching the rows through an index on event_id: in index
        # order the reads jump around the table. A status filter has its own index
        # (event_id, status) and an organization filter keeps its index on
        # organization_id; anything else reads the table once, in storage order.
        where.append("+r.event_id = ?")
        parameters.append(event_id)
    else:
        where.append("r.event_id = ?")
        parameters.append(event_id)
    # Keys are single-spaced words, so a word begins a key word exactly where " word"
    # occurs in " key": the same test as FTS5's prefix query.
    for word in query.row_words:
        where.append("instr(' ' || r.search_key, ?) > 0")
        parameters.append(f" {word}")
    for domain in query.domains:
        # The domain of the address begins with what was typed after the "@".
        where.append("instr(lower(r.email), ?) > 0")
        parameters.append(f"@{domain}")
    few_rows = query.plan is _Plan.HITS_FIRST or registration_filter.organization_id is not None
    filter_sql, filter_parameters = _filter_conditions(registration_filter, by_row=few_rows)
    where.extend(filter_sql)
    parameters.extend(filter_parameters)

    order_by = _order_by(sort, descending, use_name_index=query.plan is _Plan.NAME_INDEX)
    inner = f"SELECT r.id FROM {source} WHERE {' AND '.join(where)} ORDER BY {order_by}"
    # SQLite keeps a subquery's ORDER BY under an aggregate such as group_concat, which
    # joins the ids in the order they arrive; the tests check the order of every sort.
    return f"{prefix}SELECT group_concat(id) FROM ({inner})", parameters


def _filter_conditions(
    registration_filter: RegistrationFilter, *, by_row: bool
) -> tuple[list[str], list[object]]:
    """The filters as SQL; ``by_row`` when the query reads few rows, so that the check-in
    and badge tests look up each row instead of building the set of every id."""
    where: list[str] = []
    parameters: list[object] = []
    for column, values in (
        ("category", registration_filter.categories),
        ("status", registration_filter.statuses),
    ):
        if values:
            where.append(f"r.{column} IN ({', '.join('?' for _ in values)})")
            parameters.extend(sorted(values))
    if registration_filter.organization_id is not None:
        where.append("r.organization_id = ?")
        parameters.append(registration_filter.organization_id)
    for wanted, per_row, ids in (
        (registration_filter.checked_in, _IS_CHECKED_IN, _CHECKED_IN_IDS),
        (registration_filter.badge_printed, _HAS_BADGE, _BADGE_PRINTED_IDS),
    ):
        if wanted is not None and by_row:
            where.append(per_row if wanted else f"NOT {per_row}")
        elif wanted is not None:
            where.append(f"r.id {'IN' if wanted else 'NOT IN'} ({ids})")
    return where, parameters


def _order_by(sort: SortKey, descending: bool, *, use_name_index: bool) -> str:
    direction = " DESC" if descending else ""
    # sort_name is "family given" spelled out in ASCII, so Ä sorts as Ae and "von Bülow"
    # among the V. Unless the plan walks its index, "+" keeps SQLite from choosing to.
    name = f"{'' if use_name_index else '+'}r.sort_name{direction}"
    # Rows without a value come last in either direction: people look for the values.
    blank_last = {
        SortKey.ORGANIZATION: "o.name IS NULL",
        SortKey.EMAIL: "r.email = ''",
        SortKey.POSITION: "r.position = ''",
    }
    keys = {
        SortKey.NAME: [name],
        SortKey.ORGANIZATION: [f"o.name{direction}", name],
        SortKey.CATEGORY: [_enum_rank("r.category", Category) + direction, name],
        SortKey.STATUS: [_enum_rank("r.status", RegistrationStatus) + direction, name],
        SortKey.EMAIL: [f"r.email{direction}", name],
        SortKey.POSITION: [f"r.position{direction}", name],
        SortKey.REGISTERED_AT: [f"r.created_at{direction}"],
    }
    first = [blank_last[sort]] if sort in blank_last else []
    return ", ".join([*first, *keys[sort], f"r.id{direction}"])


def _enum_rank(column: str, enum: type[StrEnum]) -> str:
    """Categories and statuses sort in the order the model declares them (participant
    before speaker, registered before waitlisted), not by their stored spelling."""
    cases = " ".join(f"WHEN '{member.value}' THEN {rank}" for rank, member in enumerate(enum))
    return f"CASE {column} {cases} ELSE {len(enum)} END"


def _keep_matching(connection: Connection, ids: list[int], words: list[str]) -> list[int]:
    keys: dict[int, str] = dict(
        connection.exec_driver_sql(
            "SELECT id, search_key FROM registrations WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(ids),),
        ).all()
    )

    def has_all(key: str) -> bool:
        key_words = key.split()
        return all(any(found.startswith(word) for found in key_words) for word in words)

    return [registration_id for registration_id in ids if has_all(keys[registration_id])]
