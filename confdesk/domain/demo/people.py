"""The invented crowd of the demo conference: names, organisations, positions, contact
details and needs, each drawn with the weights of :mod:`confdesk.domain.demo.catalogue`."""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Generic, TypeVar

from confdesk.db.models import Category, OrganizationKind
from confdesk.domain.demo import catalogue
from confdesk.normalize import ascii_slug

T = TypeVar("T")


class Weighted(Generic[T]):
    """A weighted choice in O(log n), for draws repeated tens of thousands of times."""

    def __init__(self, items: Sequence[tuple[T, int]]) -> None:
        self._items = [item for item, _ in items]
        self._cumulative = list(accumulate(weight for _, weight in items))

    def pick(self, rng: random.Random) -> T:
        return self._items[bisect(self._cumulative, rng.random() * self._cumulative[-1])]


# How many topics of interest an attendee ticks on the registration form.
_INTEREST_COUNT = Weighted([(0, 15), (1, 35), (2, 30), (3, 20)])
# Participants who register privately, without an organisation.
_PRIVATE_SHARE = 0.02


@dataclass(frozen=True)
class Person:
    title: str
    given_name: str
    family_name: str
    organization: catalogue.OrganizationSpec | None
    position: str


class PersonFactory:
    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._cultures = Weighted([(c, c.weight) for c in catalogue.NAME_CULTURES])
        self._titles = Weighted(catalogue.ACADEMIC_TITLES)
        self._titles_by_position = {
            position: Weighted(position.titles)
            for positions in catalogue.POSITIONS.values()
            for position in positions
            if position.titles
        }
        self._kinds = {category: Weighted(mix) for category, mix in catalogue.KIND_MIX.items()}
        self._organizations = {
            kind: Weighted([(o, o.weight) for o in catalogue.ORGANIZATIONS if o.kind == kind])
            for kind in OrganizationKind
            if any(o.kind == kind for o in catalogue.ORGANIZATIONS)
        }
        self._positions = {
            kind: Weighted([(p, p.weight) for p in positions])
            for kind, positions in catalogue.POSITIONS.items()
        }
        self._guest_roles = Weighted([(role, role[0].weight) for role in catalogue.GUEST_ROLES])
        self._dietary = Weighted(catalogue.DIETARY_NEEDS)
        self._accessibility = Weighted(catalogue.ACCESSIBILITY_NEEDS)
        self._notes = {category: Weighted(notes) for category, notes in catalogue.NOTES.items()}

    def draw(self, category: Category) -> Person:
        rng = self._rng
        culture = self._cultures.pick(rng)
        feminine = rng.random() < 0.5
        given = rng.choice(culture.feminine_given if feminine else culture.masculine_given)
        if feminine or not culture.masculine_family:
            family = rng.choice(culture.feminine_family)
        else:
            family = rng.choice(culture.masculine_family)

        organization: catalogue.OrganizationSpec | None
        titles = self._titles
        if category is Category.STAFF:
            organization = catalogue.ORGANIZATIONS_BY_NAME[
                rng.choice((catalogue.HOST_ORGANIZATION, catalogue.TRANSFER_OFFICE))
            ]
            position = rng.choice(catalogue.STAFF_POSITIONS)
        elif category is Category.GUEST:
            role, organization_name = self._guest_roles.pick(rng)
            organization = (
                catalogue.ORGANIZATIONS_BY_NAME[organization_name] if organization_name else None
            )
            position = role.feminine if feminine else role.masculine
        elif category is Category.PARTICIPANT and rng.random() < _PRIVATE_SHARE:
            organization, position = None, ""
        else:
            kind = self._kinds[category].pick(rng)
            organization = self._organizations[kind].pick(rng)
            chosen = self._positions[kind].pick(rng)
            position = chosen.feminine if feminine else chosen.masculine
            titles = self._titles_by_position.get(chosen, titles)
        return Person(titles.pick(rng), given, family, organization, position)

    def phone(self) -> str:
        prefix = self._rng.choice(catalogue.DRAMA_NUMBER_PREFIXES)
        return f"{prefix}{self._rng.randrange(1000):03d}"

    def dietary_needs(self) -> str:
        return self._dietary.pick(self._rng)

    def accessibility_needs(self) -> str:
        return self._accessibility.pick(self._rng)

    def note(self, category: Category) -> str:
        notes = self._notes.get(category)
        return notes.pick(self._rng) if notes else ""

    def interests(self, topics: Weighted[int]) -> set[int]:
        return {topics.pick(self._rng) for _ in range(_INTEREST_COUNT.pick(self._rng))}


class EmailBook:
    """E-mail addresses made from names, unique within one event: a second Anna Weiß at
    the same place becomes anna.weiss2@…"""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._taken: set[str] = set()

    def address(self, given_name: str, family_name: str, domain: str = "") -> str:
        if not domain:
            domain = self._rng.choice(catalogue.PRIVATE_MAIL_DOMAINS)
        local = f"{ascii_slug(given_name)}.{ascii_slug(family_name)}"
        candidate = f"{local}@{domain}"
        suffix = 2
        while candidate in self._taken:
            candidate = f"{local}{suffix}@{domain}"
            suffix += 1
        self._taken.add(candidate)
        return candidate
