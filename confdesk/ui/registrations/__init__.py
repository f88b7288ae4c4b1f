"""The registrations screen: the list, the form, import, duplicates, walk-ins."""
