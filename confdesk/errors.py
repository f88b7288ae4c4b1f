"""The one exception type a user may see.

Every layer raises :class:`UserError` (or a subclass) for mistakes a user can fix: a wrong
path, a file that is not a confdesk database, a bad option value. Its message is one
complete English sentence, ready for stderr; the command line prints it without a
traceback. The GUI shows the same error in the user's language: ``code`` names the
situation (one of :class:`confdesk.words.errors.ErrorCode`, which holds its English and
German sentence) and ``params`` carries the values the sentences name.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can fix; ``str(error)`` is the whole message."""

    def __init__(self, message: str, *, code: str = "", **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = params
