"""What the command line says has one English and one German sentence, and the command
line says nothing that is not in the catalogue."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import confdesk
from confdesk.words.command_line import Said
from confdesk.words.counting import Noun, counted

CLI = Path(confdesk.__file__).parent / "cli"

# Templates that hold no words of their own, only values and punctuation, or a file format's
# name: the same in both languages.
_SAME_IN_BOTH = {
    Said.PROGRESS, Said.FILES_IN, Said.BACKUP_LINE, Said.IN_PARENTHESES,
    Said.EXPORT_KIND_CSV, Said.PROBLEM, Said.COMMA_BEFORE, Said.BENCH_PROGRESS,
}  # fmt: skip


@pytest.mark.parametrize("said", list(Said), ids=str)
def test_every_sentence_has_both_languages_with_the_same_placeholders(said: Said) -> None:
    assert said.english.strip() and said.german.strip()
    assert (said.english == said.german) == (said in _SAME_IN_BOTH)
    assert said.placeholders("de") == said.placeholders("en")


@pytest.mark.parametrize("noun", list(Noun), ids=lambda noun: noun.name)
def test_every_noun_counts_in_both_languages(noun: Noun) -> None:
    assert counted(1, noun, "en").startswith("1 ") and counted(2, noun, "en").startswith("2 ")
    assert all(form.strip() for form in noun.value) and len(noun.value) == 4


def test_counts_use_the_right_form_and_the_languages_separators() -> None:
    assert counted(1, Noun.PAGE, "en") == "1 page"
    assert counted(0, Noun.PAGE, "en") == "0 pages"
    assert counted(1250, Noun.PAGE, "en") == "1,250 pages"
    assert counted(1250, Noun.PAGE, "de") == "1.250 Seiten"


# Text a command may write itself: the program's name before a complaint, and layout.
_ALLOWED = {"confdesk: ", "\rconfdesk: "}
_CALLS = {"print", "fail", "ArgumentTypeError", "UserError", "progress"}
_KEYWORDS = {"help", "description"}


def _words_written_in(path: Path) -> list[str]:
    """Literal words given to print, fail, help= or description= in a module."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", getattr(node.func, "attr", ""))
        arguments = [
            *(node.args if name in _CALLS and name != "UserError" else ()),
            *(keyword.value for keyword in node.keywords if keyword.arg in _KEYWORDS),
        ]
        for argument in arguments:
            for part in ast.walk(argument):
                if (
                    isinstance(part, ast.Constant)
                    and isinstance(part.value, str)
                    and part.value not in _ALLOWED
                    and re.search(r"[A-Za-z]{2,}", part.value)
                ):
                    found.append(f"{path.name}:{part.lineno}: {part.value!r}")
    return found


def test_the_command_line_takes_every_word_from_the_catalogue() -> None:
    # The commands, and the benchmark harness whose table `confdesk bench` prints.
    modules = sorted([*CLI.rglob("*.py"), *(CLI.parent / "bench").glob("*.py")])
    assert len(modules) >= 20
    written = [line for module in modules for line in _words_written_in(module)]
    assert written == []


def test_the_scan_finds_words_written_by_hand(tmp_path: Path) -> None:
    module = tmp_path / "sample.py"
    module.write_text(
        'print(f"Wrote {n} pages.")\nfail("no file")\nparser.add_argument("--x", help="a value")\n',
        encoding="utf-8",
    )
    assert len(_words_written_in(module)) == 4  # both pieces of the f-string
