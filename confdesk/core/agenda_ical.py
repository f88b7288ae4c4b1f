"""The programme as an iCalendar file (RFC 5545), written by hand: it is a small format,
and every detail that calendar programs trip over is decided here.

- Lines end in CRLF and are folded at 75 octets (never inside a UTF-8 sequence), the
  continuation starting with a space.
- Text values escape backslash, semicolon, comma and newlines.
- Times are written in UTC ("…Z"): agenda times are wall-clock in the event's zone, and
  converting them with the zone database is exact, including on the day clocks change;
  every calendar shows them in its user's zone. ``X-WR-TIMEZONE`` names the event's zone.
- The UID is the session's UUID, so an updated export replaces the entries it wrote
  before instead of adding copies; ``SEQUENCE`` grows with each change (its updated time).
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from confdesk import __version__
from confdesk.core.agenda_programme import Programme, ProgrammeItem

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


def _utc(moment: datetime, zone: ZoneInfo) -> str:
    return moment.replace(tzinfo=zone).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _event_lines(
    item: ProgrammeItem, programme: Programme, zone: ZoneInfo, stamp: str
) -> list[str]:
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
        f"DTSTART:{_utc(item.starts_at, zone)}",
        f"DTEND:{_utc(item.ends_at, zone)}",
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
    zone = ZoneInfo(programme.timezone)
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
    for item in programme.items:
        lines.extend(_event_lines(item, programme, zone, stamp))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines).encode()
