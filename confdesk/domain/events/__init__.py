"""Events: their details, rooms, logo and the counts the overview shows."""
