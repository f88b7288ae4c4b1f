"""Every import problem a user can meet has a sentence in their language."""

from __future__ import annotations

import re
from pathlib import Path

import confdesk.domain.importing as importing
from confdesk.domain.importing.plan import Problem, Severity
from confdesk.ui.shell import messages

IMPORTING = Path(importing.__file__).parent


def _problem_codes() -> set[str]:
    """Codes written as the third argument of Problem(...) in the import's modules."""
    codes: set[str] = set()
    for module in IMPORTING.glob("*.py"):
        text = module.read_text(encoding="utf-8")
        for call in re.finditer(r"Problem\(\s*[^,]+,\s*[^,]+,\s*(f?\"[a-z_{}]+\")", text):
            codes.add(call.group(1).lstrip("f").strip('"'))
    return codes


def test_every_import_problem_code_has_a_translatable_sentence() -> None:
    codes = _problem_codes()
    assert "import_same_name" in codes  # the scan finds them
    known = set(messages._problem_templates())
    # import_unknown_{what} is spelled out per value of "what".
    codes = {code for code in codes if "{" not in code} | {
        "import_unknown_category",
        "import_unknown_status",
    }
    assert codes <= known


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
