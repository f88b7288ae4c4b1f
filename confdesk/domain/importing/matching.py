"""Who a row may already be: an existing registration of the event, or an earlier row of
the same file.

Two registrations are taken for one person when they have the same e-mail address (case
ignored), or the same name within the same organisation (names and organisations compared
by their folded form, so "Mueller" is "Müller"), as the duplicate finder of the
registrations screen does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from confdesk.db.models import Registration
from confdesk.domain.importing.plan import CandidateRow, Match, MatchReason, Problem, Severity
from confdesk.domain.registrations.names import full_name
from confdesk.domain.registrations.organizations import name_key

# A row's organisation: an existing one by id, a new one by its name key, or none.
OrganizationKey = int | str | None


def email_key(email: str) -> str:
    return email.strip().casefold()


def person_key(given_name: str, family_name: str, organization: OrganizationKey) -> tuple:
    # The same name key as the duplicate finder, so both agree on who is one person.
    return (name_key(given_name), name_key(family_name), organization)


@dataclass(frozen=True)
class _Existing:
    id: int
    name: str
    email: str
    person: tuple


class ExistingRegistrations:
    """The event's registrations, indexed for matching rows against them."""

    def __init__(self, session: Session, event_id: int) -> None:
        rows = session.execute(
            select(
                Registration.id,
                Registration.title,
                Registration.given_name,
                Registration.family_name,
                Registration.email,
                Registration.organization_id,
            ).where(Registration.event_id == event_id)
        ).all()
        self._by_email: dict[str, list[_Existing]] = {}
        self._by_person: dict[tuple, list[_Existing]] = {}
        for row in rows:
            existing = _Existing(
                row.id,
                full_name(row),
                email_key(row.email),
                person_key(row.given_name, row.family_name, row.organization_id),
            )
            if existing.email:
                self._by_email.setdefault(existing.email, []).append(existing)
            if existing.person[0] or existing.person[1]:
                self._by_person.setdefault(existing.person, []).append(existing)

    def matches(self, email: str, person: tuple) -> tuple[Match, ...]:
        by_email = self._by_email.get(email_key(email), []) if email else []
        by_person = self._by_person.get(person, []) if (person[0] or person[1]) else []
        if not by_email and not by_person:
            return ()
        email_ids = {existing.id for existing in by_email}
        person_ids = {existing.id for existing in by_person}
        found = {existing.id: existing for existing in (*by_email, *by_person)}
        return tuple(
            Match(
                registration_id,
                found[registration_id].name,
                MatchReason.EMAIL_AND_NAME
                if registration_id in email_ids and registration_id in person_ids
                else MatchReason.EMAIL
                if registration_id in email_ids
                else MatchReason.NAME,
            )
            for registration_id in sorted(found)
        )


def organization_key_of_new(name: str) -> str:
    return "new:" + name_key(name)


def mark_repeated_rows(
    candidates: Sequence[CandidateRow], persons: Sequence[tuple]
) -> list[CandidateRow]:
    """Flag rows that repeat an earlier row of the file. ``persons[i]`` is the
    :func:`person_key` of ``candidates[i]``.

    - the same values as an earlier row: a warning, and the row is skipped;
    - the same e-mail and name with other details: an error, as nobody can tell which
      row is right;
    - the same e-mail only (a shared office mailbox) or the same name and organisation
      only (a private and a work address): a warning, both are imported.
    """
    first_by_email: dict[str, int] = {}
    first_by_person: dict[tuple, int] = {}
    result: list[CandidateRow] = []
    for index, (candidate, person) in enumerate(zip(candidates, persons, strict=True)):
        email = email_key(candidate.values.email)
        has_name = bool(person[0] or person[1])
        same_email = first_by_email.get(email) if email else None
        same_person = first_by_person.get(person) if has_name else None
        if email:
            first_by_email.setdefault(email, index)
        if has_name:
            first_by_person.setdefault(person, index)
        earlier_index = same_email if same_email is not None else same_person
        if earlier_index is None:
            result.append(candidate)
            continue
        earlier = candidates[earlier_index]
        problem, repeats = _repeat_problem(
            candidate,
            earlier,
            same_email=same_email is not None,
            same_name=persons[earlier_index] == person,
        )
        result.append(
            replace(
                candidate,
                problems=(*candidate.problems, problem),
                repeats_line=earlier.line if repeats else 0,
            )
        )
    return result


def _repeat_problem(
    candidate: CandidateRow, earlier: CandidateRow, *, same_email: bool, same_name: bool
) -> tuple[Problem, bool]:
    line, other = candidate.line, earlier.line
    name = full_name(earlier.values)
    params = {"other_line": other, "name": name}
    if candidate.values == earlier.values:
        return (
            Problem(
                line,
                "",
                "import_repeated_row",
                f"This row repeats row {other}; it is skipped.",
                Severity.WARNING,
                params,
            ),
            True,
        )
    if same_email and same_name:
        return (
            Problem(
                line,
                "",
                "import_same_person_twice",
                f"This row registers {name} again (as row {other} does) with other "
                "details; remove or skip one of the two rows.",
                Severity.ERROR,
                params,
            ),
            False,
        )
    if same_email:
        return (
            Problem(
                line,
                "",
                "import_shared_email",
                f"This row has the same e-mail address as row {other} ({name}); both are imported.",
                Severity.WARNING,
                params,
            ),
            False,
        )
    return (
        Problem(
            line,
            "",
            "import_same_name",
            f"This row has the same name and organisation as row {other}; both are "
            "imported — check them for a duplicate afterwards.",
            Severity.WARNING,
            params,
        ),
        False,
    )
