"""The registrations' search index: a folded ``search_key`` per registration and an FTS5
table over it.

The key is computed in Python (:func:`confdesk.normalize.search_fold` cannot run inside
SQLite), on every path that writes a registration: the ORM (listeners below), bulk inserts
(:mod:`confdesk.db.bulk`) and the migration that introduced it. The FTS5 table is an
external-content index kept in step by SQL triggers, so it can never disagree with the
keys, whoever writes them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, event, inspect, select, update
from sqlalchemy.orm import Mapper

from confdesk.db.models import Organization, Registration
from confdesk.normalize import has_other_scripts, search_fold, transliterate

# The FTS5 table (migration 0002), spelled out in each statement that reads or writes it.
FTS_TABLE = "registration_search"
KEY_FIELDS = ("title", "given_name", "family_name", "email", "position")


@contextmanager
def registrations_indexed_at_the_end(connection: Connection) -> Iterator[None]:
    """Registrations inserted inside this block enter the FTS5 index in one statement at
    its end instead of one trigger call each; for imports, whose thousands of rows cost
    the trigger about a fifth of their insert time.

    The insert trigger is dropped and re-created, so the block must run inside the
    transaction of its inserts: if anything fails, the rollback restores the trigger and
    writes none of the rows, and the index is never missing a committed row. Only rows
    with ids above the largest at the start are indexed, so the inserts must not reuse
    lower ids (new rows never do)."""
    create = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' "
        "AND name = 'registrations_search_insert'"
    ).scalar()
    if create is None:  # an index maintained some other way: nothing to speed up
        yield
        return
    largest = connection.exec_driver_sql("SELECT coalesce(max(id), 0) FROM registrations").scalar()
    connection.exec_driver_sql("DROP TRIGGER registrations_search_insert")
    try:
        yield
        connection.exec_driver_sql(
            "INSERT INTO registration_search(rowid, search_key) "
            "SELECT id, search_key FROM registrations WHERE id > ?",
            (largest,),
        )
    finally:
        # Also on failure, in case a caller goes on with the transaction regardless.
        connection.exec_driver_sql(create)


def registration_search_key(values: dict[str, Any], organization_name: str) -> str:
    parts = [str(values.get(name) or "") for name in KEY_FIELDS]
    parts[KEY_FIELDS.index("email")] = email_local_part(parts[KEY_FIELDS.index("email")])
    parts.append(organization_name)
    parts.append(name_written_as_one_word(parts[1], parts[2]))
    # Folded part by part, the same as folding the joined text (folding never joins words
    # across a space), but names, positions and organisations repeat from row to row, so
    # an import of 20,000 rows finds most parts in search_fold's cache.
    return " ".join(folded for part in parts if (folded := search_fold(part)))


def name_written_as_one_word(given: str, family: str) -> str:
    """For a name in another script, family and given name joined, as Chinese, Japanese and
    Korean names are written: family name first and no space ("王小明", "김민수"). Typed so,
    the name is one word ("wangxiaoming"), which must begin a word of the key. Empty for
    other names, whose key words are the words typed."""
    if given and family and has_other_scripts(family + given):
        return family + given
    return ""


def email_local_part(email: str) -> str:
    """What comes before the "@". A key holds only this of an address: its domain
    ("example.de", "stadt-x.de") would make "de" or "st" begin a word of nearly everyone,
    the slowest and least useful keystrokes there are. Search matches a domain only when
    one is typed after an "@" (see confdesk.domain.registrations.search). Keys written
    before this rule held the whole address; migration 0009 wrote them again."""
    local, at, _domain = email.rpartition("@")
    return local if at else email


def registration_sort_name(values: dict[str, Any]) -> str:
    return name_sort_key(str(values.get("given_name") or ""), str(values.get("family_name") or ""))


def name_sort_key(given: str, family: str) -> str:
    """The ``sort_name`` column: "family given" spelled out in ASCII, without the title
    ("Weiß", "Anna" → "weiss anna"). The one definition; see
    :class:`confdesk.domain.registrations.names.PersonName`."""
    return transliterate(f"{family} {given}").strip()


def is_search_index_name(name: str | None) -> bool:
    """FTS5 keeps shadow tables beside its own; the ORM metadata knows none of them."""
    return bool(name) and str(name).startswith(FTS_TABLE)


def organization_names(connection: Connection, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = connection.execute(
        select(Organization.id, Organization.name).where(Organization.id.in_(wanted))
    )
    return {row.id: row.name for row in rows}


def refresh_keys_of_organization(connection: Connection, organization_id: int) -> None:
    rows = connection.execute(
        select(Registration.id, Organization.name, *(getattr(Registration, f) for f in KEY_FIELDS))
        .join(Organization, Registration.organization_id == Organization.id)
        .where(Registration.organization_id == organization_id)
    ).all()
    for row in rows:
        key = registration_search_key(row._asdict(), row.name)
        connection.execute(
            update(Registration.__table__).where(Registration.id == row.id).values(search_key=key)
        )


@event.listens_for(Registration, "before_insert")
@event.listens_for(Registration, "before_update")
def _set_search_key(_mapper: Mapper[Any], connection: Connection, target: Registration) -> None:
    organization = target.__dict__.get("organization")
    # A loaded relationship may be stale when only organization_id was changed.
    if organization is not None and organization.id == target.organization_id:
        name = organization.name
    else:
        name = organization_names(connection, [target.organization_id]).get(
            target.organization_id or -1, ""
        )
    values = {field: getattr(target, field) for field in KEY_FIELDS}
    target.search_key = registration_search_key(values, name)
    target.sort_name = registration_sort_name(values)


@event.listens_for(Organization, "after_update")
def _rename_reaches_registrations(
    _mapper: Mapper[Any], connection: Connection, target: Organization
) -> None:
    if inspect(target).attrs.name.history.has_changes():
        refresh_keys_of_organization(connection, target.id)
