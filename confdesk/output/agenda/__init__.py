"""The programme (PDF and iCalendar), door signs and participant lists."""
