"""The rows an import left out for their errors, in a file beside the source: the row
number, why, and the row as it was — so the organiser can fix those rows and import them
afterwards ("import the valid rows and list the others in a file").

The file is CSV as German Excel opens it (UTF-8 with BOM, ``;``); cells a spreadsheet
would run as a formula are neutralised as in an export. It holds personal data, so it is
readable by its owner only.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

from confdesk.domain.exporting.registrations import neutralise
from confdesk.domain.importing.plan import ImportPlan
from confdesk.domain.importing.source import read_source
from confdesk.errors import UserError


def rejected_rows_path(source: Path) -> Path:
    """``teilnehmer.csv`` → ``teilnehmer.rejected.csv`` in the same folder."""
    return source.with_name(f"{source.stem}.rejected.csv")


def write_rejected_rows(plan: ImportPlan, path: Path | None = None) -> Path | None:
    """Write the rows the plan leaves out for errors or unknown status words; None (and
    no file) when there are none. The source is read again for the rows as they were."""
    rejected = dict(plan.rejected_rows())
    if not rejected:
        return None
    source = plan.source
    target = path or rejected_rows_path(source.path)
    sheet = read_source(source.path, sheet=source.sheet_name or None)
    try:
        with target.open("w", encoding="utf-8-sig", newline="") as file:
            os.chmod(target, 0o600)
            writer = csv.writer(file, delimiter=";")
            writer.writerow(["Row", "Reason", *source.headers])
            for row in sheet.rows:
                reason = rejected.get(row.line)
                if reason is not None:
                    cells = [neutralise(cell) for cell in row.cells]
                    writer.writerow([row.line, neutralise(reason), *cells])
    except OSError as error:
        raise UserError(
            f"{target} cannot be written: {error.strerror}.",
            code="import_rejected_unwritable",
            path=str(target),
        ) from None
    return target
