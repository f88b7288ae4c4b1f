"""The programme as an iCalendar file (RFC 5545), written by hand: it is a small format,
and every detail that calendar programs trip over is decided here.

- Lines end in CRLF and are folded at 75 octets (never inside a UTF-8 sequence), the
  continuation starting with a space.
- Text values escape backslash, semicolon, comma and newlines.
- Times are the agenda's wall-clock times with ``TZID=<the event's zone>``, and the file
  defines that zone in a VTIMEZONE (:mod:`confdesk.output.agenda.ical_timezone`), so a calendar
  shows 10:00 as 10:00 at the venue — and converts it for someone elsewhere — even when
  it does not know the zone's name. ``X-WR-TIMEZONE`` names the zone as well.
- The UID is the session's UUID, so an updated export replaces the entries it wrote
  before instead of adding copies; ``SEQUENCE`` grows with each change (its updated time).
"""

from __future__ import annotations

from datetime import UTC, datetime

from confdesk import __version__
from confdesk.domain.agenda.programme import Programme, ProgrammeItem
from confdesk.output.agenda.ical_timezone import vtimezone_lines

LINE_OCTETS = 75


def escape_text(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """A content line folded into parts of at most 75 octets, joined by CRLF + space."""
    data = line.encode()
    if len(data) <= LINE_OCTETS:
        return line
    parts: list[str] = []
    start = 0
    limit = LINE_OCTETS
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # inside a UTF-8 sequence
            end -= 1
        parts.append(data[start:end].decode())
        start = end
        limit = LINE_OCTETS - 1  # continuation lines start with a space
    return "\r\n ".join(parts)


def _local(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def _event_lines(item: ProgrammeItem, programme: Programme, stamp: str) -> list[str]:
    description = item.description
    speakers = ", ".join(person.name for person in item.people)
    if speakers:
        description = f"{description}\n\n{speakers}".strip()
    location = item.room or ""
    if programme.venue:
        location = f"{location}, {programme.venue}" if location else programme.venue
    lines = [
        "BEGIN:VEVENT",
        f"UID:{item.uuid}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={programme.timezone}:{_local(item.starts_at)}",
        f"DTEND;TZID={programme.timezone}:{_local(item.ends_at)}",
        f"SUMMARY:{escape_text(item.title)}",
        # Seconds since 2020 grow with every change and fit the integer iCalendar allows.
        f"SEQUENCE:{max(0, int((item.updated_at - datetime(2020, 1, 1)).total_seconds()))}",
    ]
    if location:
        lines.append(f"LOCATION:{escape_text(location)}")
    if description:
        lines.append(f"DESCRIPTION:{escape_text(description)}")
    if item.topic:
        lines.append(f"CATEGORIES:{escape_text(item.topic)}")
    lines.append("END:VEVENT")
    return lines


def programme_ical(programme: Programme, *, now: datetime | None = None) -> bytes:
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//confdesk//confdesk {__version__}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(programme.title)}",
        f"X-WR-TIMEZONE:{programme.timezone}",
    ]
    if programme.items:
        first = min(item.starts_at for item in programme.items).date()
        last = max(item.ends_at for item in programme.items).date()
        lines.extend(vtimezone_lines(programme.timezone, first, last))
    for item in programme.items:
        lines.extend(_event_lines(item, programme, stamp))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines).encode()
