"""The demo conference."""
