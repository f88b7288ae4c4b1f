"""Registrations: people, organisations, topics, search and likely duplicates."""
