"""Names for the files confdesk writes: an event's title as part of a file name."""

from __future__ import annotations

import pytest

from confdesk.output.files import file_name_part


@pytest.mark.parametrize(
    ("title", "part"),
    [
        (
            "Regionalkonferenz Modellprojekte Smart Cities",
            "Regionalkonferenz-Modellprojekte-Smart-Cities",
        ),
        ("Tag der Städte: Köln/Bonn 2027?", "Tag-der-Städte-Köln-Bonn-2027"),
        ('  "Fachtag" <Digitales>\tDorf  ', "Fachtag-Digitales-Dorf"),
        ("...Netzwerktreffen...", "Netzwerktreffen"),
        ("Конференция", "Конференция"),
        ("///", ""),
    ],
)
def test_a_title_becomes_a_part_of_a_file_name_every_system_accepts(title, part):
    assert file_name_part(title) == part


def test_a_long_title_is_cut():
    assert len(file_name_part("Sehr " * 40)) <= 80
