"""A person's name in each form a reader meets it: the one name formatter.

The rule, everywhere a person is named in one line in reading order (the desk's answer,
the certificate, participant lists, the form's heading, messages, the command line):
the full name *with* the academic title, "Dr. Anna Weiß". The title is part of how the
person is addressed in writing, and a name shown with it at the desk but without it on
the certificate looks like two people. The forms without the title are for where the
title would be in the way: ordering (the sort key) and the small name line on a badge's
back. A list read family name first shows "Weiß, Dr. Anna", the title kept with the
given name as German lists and phone books print it.

Names are stored as typed (NFC, stripped, never re-cased); the formatter only joins the
parts that are there, so a person without a given name is "Dr. Weiß", never "Dr.  Weiß".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from confdesk.db.search_index import name_sort_key


class Named(Protocol):
    """Anything that carries the three parts of a name (a row, a dataclass, a model)."""

    @property
    def title(self) -> str: ...

    @property
    def given_name(self) -> str: ...

    @property
    def family_name(self) -> str: ...


def _joined(*parts: str) -> str:
    return " ".join(part for part in parts if part)


@dataclass(frozen=True)
class PersonName:
    given: str
    family: str
    title: str = ""  # academic title as written: "Dr.", "Prof. Dr.", "Dipl.-Ing."

    @classmethod
    def of(cls, person: Named) -> PersonName:
        return cls(person.given_name or "", person.family_name or "", person.title or "")

    @property
    def full(self) -> str:
        """With the title, in reading order: "Prof. Dr. Anna Weiß"."""
        return _joined(self.title, self.given, self.family)

    @property
    def without_title(self) -> str:
        """Given and family name only: "Anna Weiß"."""
        return _joined(self.given, self.family)

    @property
    def family_first(self) -> str:
        """For lists read by family name: "Weiß, Dr. Anna" ("Weiß" alone without a given
        name or title)."""
        rest = _joined(self.title, self.given)
        if not self.family:
            return rest
        return f"{self.family}, {rest}" if rest else self.family

    @property
    def sort_key(self) -> str:
        """What lists are ordered by: the ``sort_name`` column ("weiss anna")."""
        return name_sort_key(self.given, self.family)

    @property
    def badge_lines(self) -> tuple[str, str]:
        """A badge's front: the given name large, then title and family name ("Anna",
        "Dr. Weiß"): read from two metres by the name people use at the event."""
        return self.given, _joined(self.title, self.family)


def full_name(person: Named) -> str:
    """The full name with title of a row, a dataclass or a model: "Dr. Anna Weiß"."""
    return PersonName.of(person).full


class HasPersonName:
    """For the plain data classes that carry a name: ``name`` and ``full_name`` from the one
    formatter. The class defines ``title``, ``given_name`` and ``family_name``."""

    title: str
    given_name: str
    family_name: str

    @property
    def name(self) -> PersonName:
        return PersonName(self.given_name, self.family_name, self.title)

    @property
    def full_name(self) -> str:
        return self.name.full
