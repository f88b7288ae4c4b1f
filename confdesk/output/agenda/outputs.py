"""Everything ``confdesk agenda`` and the agenda screen write: the programme (PDF or
iCalendar), door signs, participant lists per session and the list of participants for
the attendees."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from confdesk.db.database import Database
from confdesk.db.models import RegistrationStatus
from confdesk.domain.agenda.programme import Programme, load_programme
from confdesk.domain.agenda.signups import SignupService, sessions_taking_signups
from confdesk.domain.events.service import EventService
from confdesk.domain.progress import Progress
from confdesk.domain.registrations.loading import load_people
from confdesk.errors import UserError
from confdesk.output.agenda.attendee_list import render_attendee_list
from confdesk.output.agenda.door_signs import render_door_signs
from confdesk.output.agenda.ical import programme_ical
from confdesk.output.agenda.participant_lists import render_participant_lists
from confdesk.output.agenda.programme_pdf import render_programme
from confdesk.output.files import write_file_atomically

log = logging.getLogger(__name__)
FORMATS = (".pdf", ".ics")


@dataclass(frozen=True)
class AgendaRun:
    sessions: int
    programme_pages: int = 0  # 0 for an iCalendar file


def write_programme(database: Database, event_id: int, out: Path) -> AgendaRun:
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise UserError(
            f"{out.name}: the agenda is written as .pdf or .ics.",
            code="agenda_format",
            path=str(out),
        )
    programme = load_programme(database, event_id)
    if not programme.items:
        raise UserError("The agenda is empty: there is no programme to print.", code="agenda_empty")
    if suffix == ".ics":
        write_file_atomically(out, programme_ical(programme))
        run = AgendaRun(len(programme.items))
    else:
        run = AgendaRun(len(programme.items), render_programme(programme, out))
    log.info(
        "Programme of event %d: %d sessions, %d pages, to %s",
        event_id, run.sessions, run.programme_pages, out,
    )  # fmt: skip
    return run


def write_door_signs(database: Database, event_id: int, out: Path) -> int:
    files = len(render_door_signs(load_programme(database, event_id), Path(out)))
    log.info("Door signs of event %d: %d files, to %s", event_id, files, out)
    return files


def write_participant_lists(
    database: Database,
    event_id: int,
    out: Path,
    *,
    session_ids: list[int] | None = None,
    progress: Progress | None = None,
) -> tuple[int, int]:
    """Lists of the sessions that take sign-ups (or those named); (lists, pages)."""
    programme = load_programme(database, event_id)
    wanted = _list_sessions(database, programme, session_ids)
    service = SignupService(database)
    report = progress or (lambda _done, _total: None)
    lists = []
    for done, session_id in enumerate(wanted, start=1):
        lists.append(service.participants(session_id))
        report(done, len(wanted))
    moderators = {item.id: item.names("moderator") for item in programme.items}
    pages = render_participant_lists(programme, lists, moderators, Path(out))
    log.info(
        "Participant lists of event %d: %d lists on %d pages, to %s",
        event_id, len(lists), pages, out,
    )  # fmt: skip
    return len(lists), pages


def write_attendee_list(database: Database, event_id: int, out: Path) -> tuple[int, int, int]:
    """The list of participants for the attendees: everyone registered who agreed to be
    listed, by name; (named, not named, pages)."""
    event = EventService(database).get(event_id)
    people = load_people(database, event_id, status=RegistrationStatus.REGISTERED.value)
    named, pages = render_attendee_list(event.title, event.language, people, Path(out))
    log.info("Attendee list of event %d: %d named, %d not, %d pages, to %s",
             event_id, named, len(people) - named, pages, out)  # fmt: skip
    return named, len(people) - named, pages


def _list_sessions(
    database: Database, programme: Programme, session_ids: list[int] | None
) -> list[int]:
    if session_ids is not None:
        known = {item.id for item in programme.items}
        return [session_id for session_id in session_ids if session_id in known]
    taking = sessions_taking_signups(database, programme.event_id)
    return [item.id for item in programme.items if item.id in taking]
