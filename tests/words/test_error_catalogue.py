"""Every error a person can meet has one English and one German sentence, and the English
one is what the core says."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

import confdesk
from confdesk.db.storage_faults import StorageError, StorageFault
from confdesk.domain.events.service import EventDraft, RoomData, validate_event, validate_rooms
from confdesk.domain.importing.mapping import parse_overrides
from confdesk.domain.importing.source import read_source
from confdesk.domain.registrations.service import RegistrationDraft, registration_problems
from confdesk.errors import UserError
from confdesk.output.badges.layouts import layout_for
from confdesk.output.badges.stocks import STOCKS
from confdesk.words.errors import LANGUAGES, ErrorCode, describe

PACKAGE = Path(confdesk.__file__).parent
CATALOGUE = PACKAGE / "words" / "errors.py"

# How a code is written where it is raised: code="…" (UserError and its kinds), the third
# argument of Problem(…) (an import's row problems), a module constant naming an import
# problem, and the code argument of the registration service's choice check.
_RAISED = (
    re.compile(r'\bcode="([a-z_0-9]+)"'),
    re.compile(r'Problem\(\s*[^,]+,\s*[^,]+,\s*"([a-z_0-9]+)"'),
    re.compile(r'^[A-Z_]+ = "(import_[a-z_]+)"$', re.MULTILINE),
    re.compile(r'_check_choice\([^)]*?"(unknown_[a-z_]+)"'),
)


def _sources() -> dict[Path, str]:
    return {
        path: path.read_text(encoding="utf-8")
        for path in PACKAGE.rglob("*.py")
        if path != CATALOGUE and "migrations" not in path.parts
    }


def _raised_codes() -> set[str]:
    codes = {f"storage_{fault.value}" for fault in StorageFault}  # code=f"storage_{…}"
    for text in _sources().values():
        for pattern in _RAISED:
            codes.update(pattern.findall(text))
    return codes


def test_every_code_raised_in_the_source_is_in_the_catalogue() -> None:
    raised = _raised_codes()
    # The scan finds each way of writing a code (a broken pattern would make this vacuous).
    for sample in (
        "locked",
        "import_same_name",
        "import_unknown_status_left_out",
        "unknown_source",
    ):
        assert sample in raised
    assert raised - {code.value for code in ErrorCode} == set()


def test_every_code_in_the_catalogue_is_raised_somewhere() -> None:
    """A code nothing raises any more is a sentence nobody maintains."""
    everything = "\n".join(_sources().values())
    unused = {
        code.value
        for code in ErrorCode
        if f'"{code.value}"' not in everything and code.value not in _raised_codes()
    }
    assert unused == set()


@pytest.mark.parametrize("code", list(ErrorCode), ids=str)
def test_every_code_has_both_sentences_with_the_same_placeholders(code: ErrorCode) -> None:
    assert code.english.strip() and code.german.strip()
    assert code.english != code.german
    assert code.placeholders("de") == code.placeholders("en")
    assert code.english.rstrip().endswith((".", ".)", "”.")), "a whole sentence"


def _english(error: UserError) -> str:
    return describe(error.code, error.params, "en", fallback="(not in the catalogue)")


def _raise(call, *args, **kwargs) -> UserError:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError) as caught:
        call(*args, **kwargs)
    return caught.value


def test_the_catalogue_says_in_english_what_the_core_raises(tmp_path: Path) -> None:
    folder = tmp_path / "a folder"
    folder.mkdir()
    errors = [
        *(StorageError(fault) for fault in StorageFault),
        _raise(
            validate_event,
            EventDraft(title=" ", start_date=date(2027, 3, 18), end_date=date(2027, 3, 18)),
        ),
        _raise(validate_rooms, [RoomData("Saal"), RoomData("saal ")]),
        _raise(read_source, folder),
        _raise(read_source, tmp_path / "gone.csv"),
        _raise(parse_overrides, ["Dienststelle"]),
        _raise(layout_for, next(iter(STOCKS.values())), "no such layout"),
        *registration_problems(RegistrationDraft(given_name="", family_name="", email="x@")),
    ]
    codes = {error.code for error in errors}
    assert {"storage_locked", "title_required", "import_is_folder", "email_invalid"} <= codes
    for error in errors:
        assert _english(error) == str(error), error.code


def test_german_fills_in_the_same_values() -> None:
    error = StorageError(StorageFault.DISK_FULL)
    assert describe(error.code, error.params, "de", "x").startswith("NICHT")
    assert describe("room_twice", {"room": "Saal 1"}, "de", "x") == (
        "Es gibt zwei Räume mit dem Namen „Saal 1“."
    )
    assert describe("unknown_stock", {"name": "A", "choices": ("b", "c")}, "de", "x").endswith(
        "b, c."
    )


def test_an_unknown_code_or_missing_value_falls_back_to_the_core_english() -> None:
    assert describe("no_such_code", {}, "de", "The core's sentence.") == "The core's sentence."
    assert describe("room_twice", {}, "de", "The core's sentence.") == "The core's sentence."
    assert LANGUAGES == ("en", "de")
