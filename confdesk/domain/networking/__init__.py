"""Networking formats: workshop places from ranked wishes (later: speed dating, matches)."""
