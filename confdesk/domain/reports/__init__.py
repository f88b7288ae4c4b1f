"""The figures after an event: counts only, never a person (the post-event report)."""
