"""The agenda: sessions, workshop rounds, sign-ups and waiting lists, conflicts."""
