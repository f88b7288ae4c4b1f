"""The event screen: details, rooms, logo, a new event."""
