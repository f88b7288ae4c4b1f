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

No statement is put together from strings: fixed queries are literal statements (a list of
values goes in as one JSON parameter, read with ``json_each``), and the id query, whose
shape depends on what is asked, is a SQLAlchemy Core construct. "Checked in" is the
database's view ``venue_checkins``, the one definition the desk uses too.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum, StrEnum
from functools import lru_cache
from itertools import compress, filterfalse, pairwise
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Connection,
    FromClause,
    Integer,
    Select,
    String,
    bindparam,
    case,
    column,
    exists,
    func,
    literal,
    select,
    table,
)
from sqlalchemy.sql import operators
from sqlalchemy.sql.expression import UnaryExpression

from confdesk.db.database import Database
from confdesk.db.models import (
    Category,
    Organization,
    PrintKind,
    PrintRecord,
    Registration,
    RegistrationStatus,
)
from confdesk.db.search_index import FTS_TABLE
from confdesk.domain.registrations.search_cache import read_ids, search_cache
from confdesk.normalize import search_tokens

# From this many FTS hits on, the hits are put in name order in Python (see
# search_cache), not by SQLite reading and sorting their rows: at 2,000 hits of 50,000 the
# SQL costs ~3 ms, and the cache, once read, less than half of that.
CACHED_FROM_HITS = 2_000
# FTS5 spends ~0.1 ms per phrase, and text pasted by mistake can hold thousands of words:
# words beyond these are checked in Python against the keys of the rows the rest matched.
MOST_FTS_WORDS = 32

_T = TypeVar("_T")


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
            statement, values = _id_query(query, event_id, filter, sort, descending)
            ids = read_ids(connection, statement, values)
        if len(words) > MOST_FTS_WORDS and ids:
            ids = _keep_matching(connection, ids, words[MOST_FTS_WORDS:])
    return ids


def load_rows(database: Database, ids: Sequence[int]) -> dict[int, RegistrationRow]:
    """The table rows of ``ids`` in one query (ids that no longer exist are left out)."""
    if not ids:
        return {}
    with database.transaction() as session:
        rows = (
            session.connection()
            .exec_driver_sql(_ROWS, (PrintKind.BADGE.value, json.dumps(list(ids))))
            .all()
        )
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


# The table's rows, with "checked in" (at the venue, by the database's one definition)
# and "badge printed" looked up per row: an index lookup for each of a few rows.
_ROWS = """
    SELECT r.id, r.title, r.given_name, r.family_name, coalesce(o.name, ''), r.position,
           r.email, r.category, r.status,
           EXISTS (SELECT 1 FROM venue_checkins c WHERE c.registration_id = r.id),
           EXISTS (SELECT 1 FROM print_records p WHERE p.registration_id = r.id AND p.kind = ?)
    FROM registrations r LEFT JOIN organizations o ON o.id = r.organization_id
    WHERE r.id IN (SELECT value FROM json_each(?))
"""
# The id sets the cached plan filters with, each read once until the data changes.
# "+": a category has no index, and reading through the event's index would visit the rows
# at random; the status index (event_id, status) covers the ids.
_IDS_IN_CATEGORIES = (
    "SELECT group_concat(id) FROM registrations "
    "WHERE +event_id = ? AND category IN (SELECT value FROM json_each(?))"
)
_IDS_WITH_STATUSES = (
    "SELECT group_concat(id) FROM registrations "
    "WHERE event_id = ? AND status IN (SELECT value FROM json_each(?))"
)
_CHECKED_IN_IDS = "SELECT group_concat(registration_id) FROM venue_checkins"
_PRINTED_IDS = "SELECT group_concat(registration_id) FROM print_records WHERE kind = ?"
_IDS_IN_NAME_RANGE = (
    "SELECT group_concat(id) FROM (SELECT id FROM registrations "
    "WHERE event_id = ? AND sort_name >= ? AND sort_name < ? ORDER BY sort_name, id)"
)
# The FTS5 table is named like its hidden column, which MATCH takes (FTS_TABLE).
_HIT_IDS = "SELECT group_concat(rowid) FROM registration_search WHERE registration_search MATCH ?"
_COUNT_HITS = (
    "SELECT count(*) FROM "
    "(SELECT 1 FROM registration_search WHERE registration_search MATCH ? LIMIT ?)"
)
_COUNT_WITH_STATUSES = (
    "SELECT count(*) FROM (SELECT 1 FROM registrations "
    "WHERE event_id = ? AND status IN (SELECT value FROM json_each(?)) LIMIT ?)"
)


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
    for sql, values in (
        (_IDS_IN_CATEGORIES, registration_filter.categories),
        (_IDS_WITH_STATUSES, registration_filter.statuses),
    ):
        if values:
            keep.append(cache.id_set(connection, sql, (event_id, json.dumps(sorted(values)))))
    for wanted, sql, parameters in (
        (registration_filter.checked_in, _CHECKED_IN_IDS, ()),
        (registration_filter.badge_printed, _PRINTED_IDS, (PrintKind.BADGE.value,)),
    ):
        if wanted is not None:
            ids = cache.id_set(connection, sql, parameters)
            (keep if wanted else drop).append(ids)

    if query.name_start:
        # The name range comes in name order from its index, and only needs filtering.
        found = read_ids(
            connection,
            _IDS_IN_NAME_RANGE,
            (event_id, query.name_start, chr(ord(query.name_start) + 1)),
        )
        for ids in keep:
            found = list(compress(found, map(ids.__contains__, found)))
    else:
        hits = read_ids(connection, _HIT_IDS, (_fts_match(query.fts_words),))
        found = cache.name_order(connection, event_id).pick(
            set(hits).intersection(*keep) if keep else hits
        )
    for ids in drop:
        found = list(filterfalse(ids.__contains__, found))
    # The name order breaks ties by id, so the descending order is its exact reverse.
    return found[::-1] if descending else found


def _count_hits(connection: Connection, words: Sequence[str], most: int) -> int:
    """How many registrations FTS5 finds for ``words``, counting no further than ``most``."""
    count = connection.exec_driver_sql(_COUNT_HITS, (_fts_match(words), most)).scalar()
    return int(count or 0)


def _count_with_status(
    connection: Connection, event_id: int, statuses: frozenset[str], most: int
) -> int:
    count = connection.exec_driver_sql(
        _COUNT_WITH_STATUSES, (event_id, json.dumps(sorted(statuses)), most)
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


# The tables the id query reads, for SQLAlchemy Core: its shape depends on what is asked.
# Each shape is built from parts once, with named parameters, and kept (SQLAlchemy also
# keeps its compiled SQL), so a keystroke only binds values: no SQL is ever put together
# from strings, and building a construct per keystroke (about a millisecond) is not paid.
_r = Registration.__table__.alias("r")
_o = Organization.__table__.alias("o")
_printed = PrintRecord.__table__.alias("p")
_fts = table(FTS_TABLE, column("rowid", Integer), column(FTS_TABLE, String))
# The database's one definition of "checked in at the venue" (migration 0011).
_venue_checkins = table("venue_checkins", column("registration_id", Integer))


@dataclass(frozen=True)
class _Shape:
    """What decides the id query's SQL; the values typed and chosen are its parameters."""

    plan: _Plan
    sort: SortKey
    descending: bool
    name_start: bool
    row_words: int
    domains: int
    categories: bool
    statuses: bool
    organization: bool
    checked_in: bool | None
    badge_printed: bool | None


def _id_query(
    query: _Query,
    event_id: int,
    registration_filter: RegistrationFilter,
    sort: SortKey,
    descending: bool,
) -> tuple[Select[tuple[str | None]], dict[str, object]]:
    """The statement for ``query`` and the values of its parameters."""
    shape = _Shape(
        query.plan,
        sort,
        descending,
        bool(query.name_start),
        len(query.row_words),
        len(query.domains),
        bool(registration_filter.categories),
        bool(registration_filter.statuses),
        registration_filter.organization_id is not None,
        registration_filter.checked_in,
        registration_filter.badge_printed,
    )
    values: dict[str, object] = {
        "event_id": event_id,
        "fts": _fts_match(query.fts_words),
        "categories": sorted(registration_filter.categories),
        "statuses": sorted(registration_filter.statuses),
        "organization_id": registration_filter.organization_id,
        "badge": PrintKind.BADGE.value,
    }
    if query.name_start:
        values["name_from"] = query.name_start
        values["name_to"] = chr(ord(query.name_start) + 1)
    # Keys are single-spaced words, so a word begins a key word exactly where " word"
    # occurs in " key": the same test as FTS5's prefix query.
    values.update({f"word_{n}": f" {word}" for n, word in enumerate(query.row_words)})
    # The domain of the address begins with what was typed after the "@".
    values.update({f"domain_{n}": f"@{domain}" for n, domain in enumerate(query.domains)})
    return _statement(shape), values


def _unindexed(expression: ColumnElement[_T]) -> ColumnElement[_T]:
    """``+column``: the same value, which SQLite will not look up through an index."""
    return UnaryExpression(expression, operator=operators.custom_op("+"), type_=expression.type)


@lru_cache(maxsize=512)
def _statement(shape: _Shape) -> Select[tuple[str | None]]:
    source: FromClause = _r
    where: list[ColumnElement[bool]] = []
    event: ColumnElement[int] = _r.c.event_id
    if shape.plan is _Plan.HITS_FIRST:
        hits = (
            select(_fts.c.rowid.label("id"))
            .where(_fts.c[FTS_TABLE].match(bindparam("fts")))
            .cte("hits")
            .prefix_with("MATERIALIZED")
        )
        # Hits first, then their rows by primary key: with the event's index kept out of
        # reach ("+"), the primary key is SQLite's only way to the rows.
        source = hits.join(_r, _r.c.id == hits.c.id)
        event = _unindexed(_r.c.event_id)
    if shape.sort is SortKey.ORGANIZATION:
        source = source.outerjoin(_o, _o.c.id == _r.c.organization_id)

    if shape.name_start:
        # An organisation's few hundred rows beat the thousands of a letter's name range,
        # which SQLite would pick and then read at random: "+" keeps it from the range.
        name = _unindexed(_r.c.sort_name) if shape.organization else _r.c.sort_name
        where += [
            event == bindparam("event_id"),
            name >= bindparam("name_from"),
            name < bindparam("name_to"),
        ]
    elif shape.plan is _Plan.ROWS_FIRST and not shape.statuses:
        # "+" keeps SQLite from reaching the rows through an index on event_id: in index
        # order the reads jump around the table. A status filter has its own index
        # (event_id, status) and an organization filter keeps its index on
        # organization_id; anything else reads the table once, in storage order.
        where.append(_unindexed(_r.c.event_id) == bindparam("event_id"))
    else:
        where.append(event == bindparam("event_id"))
    spaced_key = literal(" ").concat(_r.c.search_key)
    for n in range(shape.row_words):
        where.append(func.instr(spaced_key, bindparam(f"word_{n}")) > 0)
    for n in range(shape.domains):
        where.append(func.instr(func.lower(_r.c.email), bindparam(f"domain_{n}")) > 0)
    where += _filter_conditions(shape)

    order_by = _order_by(shape.sort, shape.descending, shape.plan is _Plan.NAME_INDEX)
    inner = select(_r.c.id).select_from(source).where(*where).order_by(*order_by).subquery()
    # SQLite keeps a subquery's ORDER BY under an aggregate such as group_concat, which
    # joins the ids in the order they arrive; the tests check the order of every sort.
    return select(func.group_concat(inner.c.id))


def _filter_conditions(shape: _Shape) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if shape.categories:
        where.append(_r.c.category.in_(bindparam("categories", expanding=True)))
    if shape.statuses:
        where.append(_r.c.status.in_(bindparam("statuses", expanding=True)))
    if shape.organization:
        where.append(_r.c.organization_id == bindparam("organization_id"))
    # When the query reads few rows, the check-in and badge tests look up each row instead
    # of building the set of every id.
    by_row = shape.plan is _Plan.HITS_FIRST or shape.organization
    badge = _printed.c.kind == bindparam("badge")
    for wanted, registration_ids in (
        (shape.checked_in, select(_venue_checkins.c.registration_id)),
        (shape.badge_printed, select(_printed.c.registration_id).where(badge)),
    ):
        if wanted is None:
            continue
        if by_row:
            found = exists(registration_ids.where(registration_ids.selected_columns[0] == _r.c.id))
            where.append(found if wanted else ~found)
        else:
            where.append(
                _r.c.id.in_(registration_ids) if wanted else _r.c.id.not_in(registration_ids)
            )
    return where


def _order_by(sort: SortKey, descending: bool, use_name_index: bool) -> list[ColumnElement[Any]]:
    def directed(expression: ColumnElement[Any]) -> ColumnElement[Any]:
        return expression.desc() if descending else expression

    # sort_name is "family given" spelled out in ASCII, so Ä sorts as Ae and "von Bülow"
    # among the V. Unless the plan walks its index, "+" keeps SQLite from choosing to.
    name = directed(_r.c.sort_name if use_name_index else _unindexed(_r.c.sort_name))
    # Rows without a value come last in either direction: people look for the values.
    if sort is SortKey.NAME:
        keys = [name]
    elif sort is SortKey.ORGANIZATION:
        keys = [_o.c.name.is_(None), directed(_o.c.name), name]
    elif sort is SortKey.CATEGORY:
        keys = [directed(_enum_rank(_r.c.category, Category)), name]
    elif sort is SortKey.STATUS:
        keys = [directed(_enum_rank(_r.c.status, RegistrationStatus)), name]
    elif sort is SortKey.EMAIL:
        keys = [_r.c.email == "", directed(_r.c.email), name]
    elif sort is SortKey.POSITION:
        keys = [_r.c.position == "", directed(_r.c.position), name]
    else:
        keys = [directed(_r.c.created_at)]
    return [*keys, directed(_r.c.id)]


def _enum_rank(column: ColumnElement[str], enum: type[StrEnum]) -> ColumnElement[int]:
    """Categories and statuses sort in the order the model declares them (participant
    before speaker, registered before waitlisted), not by their stored spelling."""
    ranks = {member.value: rank for rank, member in enumerate(enum)}
    return case(ranks, value=column, else_=len(enum))


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
