"""Check-in at the desk: codes, the desk, the queue of scans waiting to be stored, attendance."""
