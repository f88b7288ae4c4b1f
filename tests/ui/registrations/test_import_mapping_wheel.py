"""Scrolling the import's column list with the mouse wheel scrolls the list: it never
changes a column's mapping that happens to pass under the pointer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox

from confdesk.db.database import open_database
from confdesk.domain.importing.fields import ImportField
from confdesk.ui.registrations.import_dialog import ImportDialog


def _wheel_down(widget: QComboBox) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(QPoint(int(centre.x()), int(centre.y())))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_a_mapping_does_not_change_it(qtbot, event_database: Path, tmp_path: Path):
    path = tmp_path / "anmeldungen.csv"
    path.write_text("Vorname;Nachname;E-Mail\nAnna;Muster;anna@example.org\n", encoding="utf-8")
    database = open_database(event_database)
    try:
        dialog = ImportDialog(database, 1, path)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.start()
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
        combo = dialog.mapping_table.cellWidget(1, 2)
        assert isinstance(combo, QComboBox)
        assert combo.currentData() == ImportField.FAMILY_NAME

        _wheel_down(combo)

        assert combo.currentData() == ImportField.FAMILY_NAME
        # Chosen on purpose (clicked, so it has the focus), the wheel still works.
        combo.setFocus()
        qtbot.waitUntil(combo.hasFocus, timeout=5_000)
        _wheel_down(combo)
        assert combo.currentData() != ImportField.FAMILY_NAME
    finally:
        database.close()


def test_scrolling_the_registration_form_does_not_change_its_category(qtbot):
    """The form scrolls in its panel; the wheel passing over Category or Organization
    must not change them."""
    from confdesk.ui.registrations.form import RegistrationForm

    form = RegistrationForm()
    qtbot.addWidget(form)
    form.show()
    form.organization_combo.addItems(["Amt Gransee", "Stadt Velten"])
    form.organization_combo.setCurrentIndex(0)
    category = form.category_combo.currentData()

    _wheel_down(form.category_combo)
    _wheel_down(form.organization_combo)

    assert form.category_combo.currentData() == category
    assert form.organization_combo.currentText() == "Amt Gransee"
