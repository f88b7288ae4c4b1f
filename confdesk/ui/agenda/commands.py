"""Every agenda edit as a QUndoCommand over the core operations.

A command is pushed after its first run succeeded (so a refused change never enters the
history); later undo and redo call the core again and hand what they changed to
``refresh``, which redraws the page and tells the other screens. When the core refuses one
of those (the session was changed or deleted elsewhere meanwhile), ``on_error`` reports it
and the page clears the history, which no longer matches the file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from confdesk.db.database import Database
from confdesk.db.models import SignupStatus
from confdesk.domain.agenda.service import (
    AgendaEdit,
    AgendaService,
    DeletedSession,
    SessionData,
    SessionDraft,
)
from confdesk.domain.agenda.signups import SignupChange, SignupService
from confdesk.domain.changes import Changes
from confdesk.domain.networking.workshop_places import AppliedPlaces, restore_signups
from confdesk.errors import UserError

# The session to select afterwards (0: none), and what the undo or redo changed.
Refresh = Callable[[int, Changes], None]
ErrorHandler = Callable[[UserError], None]
# What an undo or redo did: the session to select (0: none) and what it changed.
Done = tuple[int, Changes]


class AgendaHistory(QUndoStack):
    """The agenda's undo history and what its commands act on: the open database, the page
    that redraws after an undo, and who reports a refused one. The window is rebuilt when
    the language is switched; the new agenda page takes this history over and points it at
    its own database and itself, so Ctrl+Z still takes back the edits made before."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database: Database | None = None
        # The database file and event the commands belong to: another one clears them.
        self.belongs_to: tuple[Path, int] | None = None
        self.refresh: Refresh = lambda _selected, _changes: None
        self.on_error: ErrorHandler = lambda _error: None

    def agenda(self) -> AgendaService:
        assert self.database is not None, "a command outlived its database"
        return AgendaService(self.database)

    def signups(self) -> SignupService:
        assert self.database is not None, "a command outlived its database"
        return SignupService(self.database)


class _AgendaCommand(QUndoCommand):
    def __init__(self, text: str, history: AgendaHistory) -> None:
        super().__init__(text)
        self._history = history
        self._first = True
        # What names it, to name it again in another language: the key of its sentence
        # and the values filled in (see AgendaPage.undo_sentence).
        self.label: tuple[str, dict[str, str]] | None = None

    def redo(self) -> None:
        if self._first:  # already done before it was pushed
            self._first = False
            return
        self._guarded(self._redo)

    def undo(self) -> None:
        self._guarded(self._undo)

    def _guarded(self, action: Callable[[], Done]) -> None:
        try:
            selected, changes = action()
        except UserError as error:
            # The stack must not be changed from inside its own undo(): the page clears it
            # afterwards.
            self._history.on_error(error)
            return
        self._history.refresh(selected, changes)

    def _redo(self) -> Done:
        raise NotImplementedError

    def _undo(self) -> Done:
        raise NotImplementedError


class EditSessionCommand(_AgendaCommand):
    """An update, a move or a resize: the core's :class:`AgendaEdit` knows both sides."""

    def __init__(self, text: str, history: AgendaHistory, edit: AgendaEdit) -> None:
        super().__init__(text, history)
        self._edit = edit
        self._after: SessionDraft = edit.after.draft()

    def _redo(self) -> Done:
        self._edit = self._history.agenda().update(self._edit.after.id, self._after)
        return self._edit.after.id, self._edit.changes

    def _undo(self) -> Done:
        restored = self._history.agenda().undo(self._edit)
        return restored.id, restored.changes


class CreateSessionCommand(_AgendaCommand):
    def __init__(self, text: str, history: AgendaHistory, created: SessionData) -> None:
        super().__init__(text, history)
        self._session_id = created.id
        self._deleted: DeletedSession | None = None

    def _redo(self) -> Done:
        assert self._deleted is not None
        restored = self._history.agenda().restore(self._deleted)
        return restored.id, restored.changes

    def _undo(self) -> Done:
        self._deleted = self._history.agenda().delete(self._session_id)
        return 0, self._deleted.changes


class DeleteSessionCommand(_AgendaCommand):
    def __init__(self, text: str, history: AgendaHistory, deleted: DeletedSession) -> None:
        super().__init__(text, history)
        self._deleted = deleted

    def _redo(self) -> Done:
        self._deleted = self._history.agenda().delete(self._deleted.session.id)
        return 0, self._deleted.changes

    def _undo(self) -> Done:
        restored = self._history.agenda().restore(self._deleted)
        return restored.id, restored.changes


class SignupCommand(_AgendaCommand):
    """A sign-up or a cancellation; undo restores seats and places in line exactly
    (:meth:`SignupService.undo`), redo repeats it with the original moment."""

    def __init__(self, text: str, history: AgendaHistory, change: SignupChange) -> None:
        super().__init__(text, history)
        self._change = change

    def _redo(self) -> Done:
        change = self._change
        if change.status == SignupStatus.CANCELLED.value:
            self._change = self._history.signups().cancel(change.session_id, change.registration_id)
        else:
            self._change = self._history.signups().sign_up(
                change.session_id, change.registration_id, at=change.signed_up_at
            )
        return change.session_id, self._change.changes

    def _undo(self) -> Done:
        changes = self._history.signups().undo(self._change)
        return self._change.session_id, changes


class AssignPlacesCommand(_AgendaCommand):
    """Workshop places given from wishes, all rounds at once: undo puts every sign-up of
    those rounds back as it was, redo as the assignment left it."""

    def __init__(self, text: str, history: AgendaHistory, applied: AppliedPlaces) -> None:
        super().__init__(text, history)
        self._applied = applied

    def _redo(self) -> Done:
        applied = self._applied
        return 0, restore_signups(
            self._database(), applied.session_ids, applied.before, applied.after
        )

    def _undo(self) -> Done:
        applied = self._applied
        return 0, restore_signups(
            self._database(), applied.session_ids, applied.after, applied.before
        )

    def _database(self) -> Database:
        assert self._history.database is not None, "a command outlived its database"
        return self._history.database
