"""User errors in the user's language.

The core raises :class:`~confdesk.errors.UserError` with an English message, a ``code``
and its ``params``; the sentence per code, in English and German, is in
:mod:`confdesk.words.errors`. This module picks the one of the window's language. A code
missing there still shows, in the core's English.
"""

from __future__ import annotations

from confdesk.errors import UserError
from confdesk.logs import log_unexpected, log_user_error
from confdesk.ui.shell.language.i18n import ui_language
from confdesk.words.errors import describe


def describe_error(error: BaseException) -> str:
    """The sentence to show for ``error``, in the user's language. Everything shown goes
    into the log too: a UserError by code, anything else (a bug) with its traceback."""
    if isinstance(error, UserError):
        log_user_error(error)
    else:
        log_unexpected(error, "an error shown as a message")
    return describe(
        getattr(error, "code", ""), getattr(error, "params", {}), ui_language(), str(error)
    )


def describe_problem(problem: object) -> str:
    """An import problem's sentence in the user's language (its English one if unknown).
    The registration form's checks share their codes with :func:`describe_error`."""
    return describe(
        getattr(problem, "code", ""),
        getattr(problem, "params", {}),
        ui_language(),
        str(getattr(problem, "message", "")),
    )
