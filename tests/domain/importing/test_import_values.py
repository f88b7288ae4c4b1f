"""Cell values as people and tools write them: yes/no words, categories and statuses in
German and English, names in one cell, academic titles hidden in salutations."""

from __future__ import annotations

import pytest

from confdesk.db.models import Category, RegistrationStatus
from confdesk.domain.importing.values import (
    means_nothing,
    parse_category,
    parse_status,
    parse_yes_no,
    split_full_name,
    split_topics,
    title_from_salutation,
)


@pytest.mark.parametrize(
    "word", ["ja", "Ja", "JA", "j", "yes", "Y", "x", "X", "✓", "1", "wahr", "TRUE",
             "Ja, ich bin einverstanden", "einverstanden"],
)  # fmt: skip
def test_yes(word: str) -> None:
    assert parse_yes_no(word) is True


@pytest.mark.parametrize(
    "word", ["nein", "Nein", "n", "no", "0", "falsch", "FALSE", "-",
             "Nein, keine Fotos", "nicht einverstanden"],
)  # fmt: skip
def test_no(word: str) -> None:
    assert parse_yes_no(word) is False


@pytest.mark.parametrize("word", ["vielleicht", "2", "später", "?"])
def test_neither_yes_nor_no(word: str) -> None:
    assert parse_yes_no(word) is None


@pytest.mark.parametrize(
    ("word", "category"),
    [
        ("Teilnehmer(in)", Category.PARTICIPANT),
        ("TeilnehmerIn", Category.PARTICIPANT),
        ("Teilnehmer*innen", Category.PARTICIPANT),
        ("Teilnehmende", Category.PARTICIPANT),
        ("Attendee", Category.PARTICIPANT),
        ("Referent(in)", Category.SPEAKER),
        ("Referentin", Category.SPEAKER),
        ("Speaker", Category.SPEAKER),
        ("Impulsgeber", Category.SPEAKER),
        ("Moderation", Category.MODERATOR),
        ("Aussteller", Category.EXHIBITOR),
        ("Orga-Team", Category.STAFF),
        ("Presse", Category.PRESS),
        ("Journalistin", Category.PRESS),
        ("Gäste", Category.GUEST),
        ("VIP", Category.GUEST),
        ("speaker", Category.SPEAKER),
    ],
)
def test_category_words(word: str, category: Category) -> None:
    assert parse_category(word) is category


def test_an_unknown_category_word_is_not_guessed() -> None:
    assert parse_category("Sponsor") is None
    assert parse_category("Frühbucher") is None


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("angemeldet", RegistrationStatus.REGISTERED),
        ("bestätigt", RegistrationStatus.REGISTERED),
        ("Paid", RegistrationStatus.REGISTERED),
        ("Warteliste", RegistrationStatus.WAITLISTED),
        ("auf der Warteliste", RegistrationStatus.WAITLISTED),
        ("waiting list", RegistrationStatus.WAITLISTED),
        ("storniert", RegistrationStatus.CANCELLED),
        ("abgesagt", RegistrationStatus.CANCELLED),
        ("Canceled", RegistrationStatus.CANCELLED),
        ("Not attending", RegistrationStatus.CANCELLED),
    ],
)
def test_status_words(word: str, status: RegistrationStatus) -> None:
    assert parse_status(word) is status


@pytest.mark.parametrize(
    ("cell", "parts"),
    [
        ("Anna Weiß", ("", "Anna", "Weiß")),
        ("Dr. Anna Maria Weiß", ("Dr.", "Anna Maria", "Weiß")),
        ("Prof. Dr.-Ing. Jürgen Größmann", ("Prof. Dr.-Ing.", "Jürgen", "Größmann")),
        ("Weiß, Anna", ("", "Anna", "Weiß")),
        ("Weiß, Dr. Anna", ("Dr.", "Anna", "Weiß")),
        ("Karl-Theodor zu Guttenberg", ("", "Karl-Theodor", "zu Guttenberg")),
        ("Ursula von der Leyen", ("", "Ursula", "von der Leyen")),
        ("Herr Ömer Şahin", ("", "Ömer", "Şahin")),
        ("  Anna \u00a0 Weiß ", ("", "Anna", "Weiß")),
        ("Ma Lin", ("", "Ma", "Lin")),
        ("A. Weiß", ("", "A.", "Weiß")),
        ("Cher", ("", "", "Cher")),
    ],
)
def test_full_names_are_split(cell: str, parts: tuple[str, str, str]) -> None:
    assert split_full_name(cell) == parts


@pytest.mark.parametrize(
    ("salutation", "title"),
    [("Frau", ""), ("Herr Dr.", "Dr."), ("Frau Prof. Dr.", "Prof. Dr."), ("Mr.", ""),
     ("Keine Angabe", ""), ("Sehr geehrte Frau", "")],
)  # fmt: skip
def test_salutations_keep_only_the_academic_title(salutation: str, title: str) -> None:
    assert title_from_salutation(salutation) == title


def test_topics_are_split_at_commas_semicolons_and_line_breaks_once_each() -> None:
    assert split_topics("Mobilität; Bildung, mobilität\nDorfgemeinschaftshaus;;") == (
        "Mobilität",
        "Bildung",
        "Dorfgemeinschaftshaus",
    )


@pytest.mark.parametrize("answer", ["keine", "Keine Angabe", "-", "n/a", "k.A.", "nein"])
def test_answers_that_say_there_is_no_need(answer: str) -> None:
    assert means_nothing(answer)


@pytest.mark.parametrize("answer", ["keine Nüsse", "vegan", "kein Schweinefleisch"])
def test_answers_that_name_a_need(answer: str) -> None:
    assert not means_nothing(answer)
