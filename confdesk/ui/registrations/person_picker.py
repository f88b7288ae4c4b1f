"""An editable combo box for picking a registered person by typing part of the name.

The agenda's speaker picker and its sign-up panel both use it. An event can hold tens of
thousands of people: the names go in with one call and the ids are kept beside them, because
filling a combo box item by item costs the screen seconds.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from confdesk.domain.agenda.service import PersonChoice


def person_label(name: str, organization: str) -> str:
    return f"{name} ({organization})" if organization else name


class PersonPicker(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # As wide as its place, not as its longest "name (organisation)": otherwise one long
        # entry widens the whole side panel it sits in.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        # An editable combo box has both; Qt's signatures allow None for any combo box.
        line_edit, completer = self.lineEdit(), self.completer()
        assert line_edit is not None and completer is not None
        line_edit.setPlaceholderText(self.tr("Name of a registered person"))
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._ids: list[int] = []
        self._labels: list[str] = []
        self._people: Sequence[PersonChoice] | None = None
        self._by_id: dict[int, PersonChoice] = {}

    def set_people(self, people: Sequence[PersonChoice]) -> None:
        if people is self._people:  # the same list again (nothing changed): keep the items
            return
        self._people = people
        self._by_id = {person.id: person for person in people}
        self._ids = [person.id for person in people]
        self._labels = [person_label(person.name, person.organization) for person in people]
        self.clear()
        self.insertItems(0, self._labels)
        self.setCurrentIndex(-1)

    def person(self, registration_id: int) -> PersonChoice | None:
        """The person of that id among those to pick from (None: not among them)."""
        return self._by_id.get(registration_id)

    def exact_choice(self) -> int | None:
        """The person whose entry is exactly what was typed or picked."""
        index = self.findText(self.currentText())
        return self._ids[index] if index >= 0 else None

    def chosen_person(self) -> int | None:
        """An exact entry, else the only one containing what was typed."""
        text = self.currentText().strip()
        index = self.findText(text)
        if index >= 0:
            return self._ids[index]
        needle = text.casefold()
        matches = [
            person_id
            for person_id, label in zip(self._ids, self._labels, strict=True)
            if needle and needle in label.casefold()
        ]
        return matches[0] if len(matches) == 1 else None
