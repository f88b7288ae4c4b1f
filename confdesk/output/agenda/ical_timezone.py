"""The VTIMEZONE component of an iCalendar file (RFC 5545, 3.6.5), from the zone database.

Calendar programs do not all know zone names such as "Europe/Berlin", so a file whose
times carry ``TZID`` must define that zone itself. Here each clock change the zone makes
in the years concerned (and the year before, which holds the rule in force when they
begin) becomes one dated STANDARD or DAYLIGHT observance; a zone without changes gets one
STANDARD observance. Dated observances need no RRULE, so they stay right even for zones
whose rules changed in between.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

_STEP = timedelta(days=1)  # no zone changes its clock twice within a day


def vtimezone_lines(zone_name: str, first: date, last: date) -> list[str]:
    """The VTIMEZONE lines (unfolded) covering ``first`` to ``last``."""
    zone = ZoneInfo(zone_name)
    lines = ["BEGIN:VTIMEZONE", f"TZID:{zone_name}"]
    changes = transitions(zone, first.year - 1, last.year)
    if not changes:
        moment = datetime(first.year, first.month, first.day, tzinfo=UTC).astimezone(zone)
        offset = moment.utcoffset() or timedelta(0)
        lines += _observance("STANDARD", datetime(1970, 1, 1), offset, offset, moment.tzname())
    for instant, before, after in changes:
        local = instant.astimezone(zone)
        kind = "DAYLIGHT" if local.dst() else "STANDARD"
        # An observance starts at the wall-clock time that was valid until then.
        onset = (instant + before).replace(tzinfo=None)
        lines += _observance(kind, onset, before, after, local.tzname())
    lines.append("END:VTIMEZONE")
    return lines


def transitions(
    zone: ZoneInfo, first_year: int, last_year: int
) -> list[tuple[datetime, timedelta, timedelta]]:
    """Every clock change from ``first_year`` through ``last_year``: (the UTC instant,
    the offset before, the offset after)."""
    found = []
    moment = datetime(first_year, 1, 1, tzinfo=UTC)
    end = datetime(last_year + 1, 1, 1, tzinfo=UTC)
    offset = _offset(zone, moment)
    while moment < end:
        following = moment + _STEP
        next_offset = _offset(zone, following)
        if next_offset != offset:
            instant = _first_with(zone, moment, following, next_offset)
            found.append((instant, offset, next_offset))
            offset = next_offset
        moment = following
    return found


def _offset(zone: ZoneInfo, moment: datetime) -> timedelta:
    return moment.astimezone(zone).utcoffset() or timedelta(0)


def _first_with(zone: ZoneInfo, low: datetime, high: datetime, offset: timedelta) -> datetime:
    """The first second in (low, high] at which ``offset`` applies."""
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        middle = middle.replace(microsecond=0)
        if _offset(zone, middle) == offset:
            high = middle
        else:
            low = middle
    return high


def _observance(
    kind: str, onset: datetime, before: timedelta, after: timedelta, name: str | None
) -> list[str]:
    lines = [
        f"BEGIN:{kind}",
        f"DTSTART:{onset:%Y%m%dT%H%M%S}",
        f"TZOFFSETFROM:{_utc_offset(before)}",
        f"TZOFFSETTO:{_utc_offset(after)}",
    ]
    if name:
        lines.append(f"TZNAME:{name}")
    lines.append(f"END:{kind}")
    return lines


def _utc_offset(offset: timedelta) -> str:
    seconds = int(offset.total_seconds())
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{sign}{hours:02d}{minutes:02d}" + (f"{seconds:02d}" if seconds else "")
