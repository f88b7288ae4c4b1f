"""Search keys and name order for names in scripts without a German spelling.

Since confdesk.normalize spells the letters of every script with anyascii ("王小明" →
"wangxiaoming", "محمد" → "mhmd", "דוד" → "dvd"), a name in Chinese, Japanese, Korean,
Arabic, Hebrew, Thai, ... has a search key, which also holds such a name as one word,
family name first, the way "王小明" is written. Rows written earlier kept an empty key (or one
without those names), so nobody found them, and an empty sort_name, which put them first in
the name order. Both are written again for the rows with such letters; the FTS5 index is
rebuilt once.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-24 10:00:00
"""

import sqlalchemy as sa
from alembic import op

from confdesk.normalize import has_other_scripts, search_fold, transliterate

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _key(title: str, given: str, family: str, email: str, position: str, organization: str) -> str:
    # A frozen copy of confdesk.db.search_index.registration_search_key as of this revision,
    # with the name also as one word, family name first, as "王小明" is written.
    local, at, _domain = email.rpartition("@")
    given, family = given or "", family or ""
    as_one_word = family + given if given and family and has_other_scripts(family + given) else ""
    parts = (title, given, family, local if at else email, position, organization, as_one_word)
    return " ".join(folded for part in parts if (folded := search_fold(part or "")))


def _sort_name(family: str, given: str) -> str:
    # A frozen copy of confdesk.db.search_index.registration_sort_name as of this revision.
    return transliterate(f"{family or ''} {given or ''}").strip()


def upgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(
        sa.text(
            "SELECT r.id, r.search_key, r.sort_name, r.title, r.given_name, r.family_name, "
            "r.email, r.position, coalesce(o.name, '') FROM registrations r "
            "LEFT JOIN organizations o ON o.id = r.organization_id"
        )
    ).all()
    changed_keys: list[tuple[str, int]] = []
    changed_names: list[tuple[str, int]] = []
    for id_, key, sort_name, *fields in rows:
        # Other rows spell as they did: only letters of other scripts are spelled anew.
        if not any(has_other_scripts(field or "") for field in fields):
            continue
        if (new_key := _key(*fields)) != key:
            changed_keys.append((new_key, id_))
        _title, given, family, *_rest = fields
        if (new_name := _sort_name(family, given)) != sort_name:
            changed_names.append((new_name, id_))
    if changed_names:
        connection.exec_driver_sql(
            "UPDATE registrations SET sort_name = ? WHERE id = ?", changed_names
        )
    if not changed_keys:
        return
    # One FTS5 rebuild instead of the update trigger's delete and insert per row, as in
    # 0009. The trigger is put back as it was.
    trigger = "registrations_search_update"
    create = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (trigger,)
    ).scalar()
    if create is not None:
        connection.exec_driver_sql(f"DROP TRIGGER {trigger}")
    connection.exec_driver_sql("UPDATE registrations SET search_key = ? WHERE id = ?", changed_keys)
    if create is not None:
        connection.exec_driver_sql(
            "INSERT INTO registration_search(registration_search) VALUES ('rebuild')"
        )
        connection.exec_driver_sql(create)


def downgrade() -> None:
    # The new keys and names are valid for the older code too: nothing to undo.
    pass
