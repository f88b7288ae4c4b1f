"""Errors and import problems read in the window's language."""

from __future__ import annotations

from confdesk.domain.importing.plan import Problem, Severity
from confdesk.errors import UserError
from confdesk.ui.shell.language import messages

# That every code has its German and English sentence is checked without Qt, in
# tests/words/test_error_catalogue.py; these tests check the window picks its language's.


def test_problems_read_in_german(english_ui) -> None:
    problem = Problem(
        7, "", "import_same_name", "English text", Severity.WARNING, {"other_line": 3}
    )
    listed = Problem(
        0,
        "",
        "import_rows_above_header",
        "x",
        Severity.WARNING,
        {"lines": [1, 2], "header_line": 4},
    )
    assert messages.describe_problem(problem).startswith(
        "This row has the same name and organization as row 3"
    )
    english_ui.install("de")

    assert "Zeile 3" in messages.describe_problem(problem)
    assert "1, 2" in messages.describe_problem(listed)


def test_an_error_reads_in_the_window_language(english_ui) -> None:
    error = UserError("A registration cannot be merged into itself.", code="merge_into_itself")
    assert messages.describe_error(error) == "A registration cannot be merged into itself."
    english_ui.install("de")
    assert messages.describe_error(error) == (
        "Eine Anmeldung kann nicht mit sich selbst zusammengeführt werden."
    )
    english_ui.install("en")
    assert messages.describe_error(error) == "A registration cannot be merged into itself."
