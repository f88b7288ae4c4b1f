"""No SQL statement is put together from strings at run time (issue 13): a statement is
either one literal, whole where it is used, or a SQLAlchemy construct. Pieces glued with
f-strings, ``+``, ``%`` or ``.format`` hide what runs from anyone reading the module, invite
an injection the day a piece comes from input, and let two copies of a rule ("not
undone", "checked in") drift apart; those rules live in the database's views instead."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "confdesk"

# Words only SQL spells in capitals; a string holding one is taken for SQL.
_SQL_WORDS = re.compile(
    r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|WHERE|JOIN|EXISTS|AND|OR|IN \(|IS NULL"
    r"|ORDER BY|GROUP BY|VALUES|MATCH|PRAGMA)\b"
)
# A PRAGMA takes no bound parameters: a number chosen by confdesk is formatted in.
_PRAGMA_VALUE = re.compile(r"PRAGMA \w+=")
# Written once and never again: a migration is the schema's history, frozen as it ran.
_FROZEN = ("db/migrations/",)
# Modules whose SQL is made from the schema itself, where a literal per case cannot exist.
_MADE_FROM_THE_SCHEMA = {
    # One multi-row INSERT for any model's table: names from the model, as many row
    # placeholders as the batch has rows.
    "db/bulk.py",
    # A CHECK constraint listing the values of an enum, made with the table.
    "db/models.py",
    # The import benchmark's floor: a plain table with a column per header of its file.
    "bench/import_.py",
}


def _text_of(node: ast.AST) -> str:
    """The literal text a string expression shows in the source (f-string parts included)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(_text_of(part) for part in node.values)
    if isinstance(node, ast.BinOp):
        return _text_of(node.left) + " " + _text_of(node.right)
    return ""


def _glued_sql(tree: ast.AST) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        glued = ""
        if isinstance(node, ast.JoinedStr) and any(
            isinstance(part, ast.FormattedValue) for part in node.values
        ):
            glued = _text_of(node)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
            glued = _text_of(node.left) + " " + _text_of(node.right)
        elif isinstance(node, ast.AugAssign) and isinstance(node.op, ast.Add):
            glued = _text_of(node.value)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "format"
        ):
            glued = _text_of(node.func.value)
        if _SQL_WORDS.search(glued) and not _PRAGMA_VALUE.fullmatch(glued.strip()):
            yield node.lineno, glued.strip()[:70]


def glued_statements(package: Path) -> list[str]:
    found = []
    for path in sorted(package.rglob("*.py")):
        name = path.relative_to(package).as_posix()
        if name.startswith(_FROZEN) or name in _MADE_FROM_THE_SCHEMA:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [f"{name}:{line}: {text}" for line, text in _glued_sql(tree)]
    return found


def test_no_sql_is_put_together_from_strings() -> None:
    assert glued_statements(PACKAGE) == []


def test_the_check_finds_glued_sql(tmp_path: Path) -> None:
    """The ways statements were glued before: a constant piece in an f-string, a prefix
    plus a clause, a list of markers formatted in."""
    (tmp_path / "glued.py").write_text(
        "NOT_UNDONE = 'NOT EXISTS (SELECT 1 FROM checkins u WHERE u.reverts_id = c.id)'\n"
        'A = f"SELECT c.id FROM checkins c WHERE {NOT_UNDONE}"\n'
        'B = A + "WHERE s.id = ?"\n'
        "C = 'SELECT id FROM registrations WHERE status IN (%s)' % marks\n"
        "D = f'Choose one of {names}.'\n"
        "E = 'SELECT count(*) FROM registrations WHERE event_id = ?'\n",
        encoding="utf-8",
    )
    assert [line.split(":")[1] for line in glued_statements(tmp_path)] == ["2", "3", "4"]
